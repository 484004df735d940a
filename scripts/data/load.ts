/**
 * Reads a colloquium's data folder and hands what each file exports to the
 * validator (validate.ts), which returns the edition model the templates use.
 * Any mistake stops here with the file, field path and fix.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { register } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DataError } from "./errors.ts";
import { escapeRegExp } from "../lib/escape.ts";
import { importProblem } from "./imports.ts";
import type { Edition } from "./model.ts";
import { DATA_FILES, SESSIONS_FOLDER, Unloaded, validateEdition, type RawEdition } from "./validate.ts";

export { DATA_FILES, SESSIONS_FOLDER };

// Each load imports fresh modules, so edits are seen by the dev server's rebuilds.
let generation = 0;

/** Once per process: `import … from "actes"` resolves for a data folder anywhere on disk (module-hooks.mjs). */
let hooksRegistered = false;
function registerModuleHooks(): void {
  if (hooksRegistered) return;
  register(new URL("./module-hooks.mjs", import.meta.url));
  hooksRegistered = true;
}

async function importDefault(file: string, displayName: string): Promise<unknown> {
  const url = `${pathToFileURL(file).href}?generation=${generation}`;
  let module: { default?: unknown };
  try {
    module = (await import(url)) as { default?: unknown };
  } catch (error) {
    // Node names the file it was loading; an import of the folder may be what fails (a missing file or export, a cycle).
    return new Unloaded((await importProblem(file)) ?? compileError(error, file, displayName));
  }
  if (module.default === undefined) {
    return new Unloaded(new DataError(displayName, "", "has no default export", "end the file with `export default define…({ … })`"));
  }
  return module.default;
}

/**
 * Says where a data file fails to compile or run, as file:line:column with the
 * offending line, when the error tells (esbuild's syntax errors and stack traces do).
 */
function compileError(error: unknown, file: string, displayName: string): DataError {
  const text = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
  const escaped = `(?:${escapeRegExp(file)}|${escapeRegExp(pathToFileURL(file).href)})`;
  // esbuild: "/abs/file.ts:5:18: ERROR: Expected "}" but found …"; V8 stack: "at … (file:///abs/file.ts?generation=3:5:18)".
  const syntax = new RegExp(`${escaped}:(\\d+):(\\d+): ERROR: (.*)`).exec(text);
  const runtime = new RegExp(`${escaped}(?:\\?[^:)\\s]*)?:(\\d+):(\\d+)`).exec(text);
  const where = syntax ?? runtime;
  const problem = syntax ? syntax[3]! : error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error);
  if (!where) {
    return new DataError(displayName, "", `cannot be compiled or run: ${problem}`, "correct the file: its import or its code fails before the data can be read", { cause: error });
  }
  const line = Number(where[1]);
  const source = readFileSync(file, "utf8").split("\n")[line - 1]?.trim();
  return new DataError(
    `${displayName}:${line}:${where[2]}`,
    "",
    `${syntax ? "does not compile" : "fails when run"}: ${problem}${source ? `\n    ${line} | ${source}` : ""}`,
    `correct line ${line} of ${displayName}`,
    { cause: error },
  );
}

/** How a data file is named in messages: relative to the working directory, as the author typed it. */
export const displayFor = (dataDir: string) => (file: string) => path.relative(process.cwd(), path.join(dataDir, file)) || file;

export async function loadEdition(dataDir: string): Promise<Edition> {
  return validateEdition(await readRawEdition(dataDir), displayFor(dataDir));
}

/** What each data file of the folder exports, unvalidated; files that cannot be read are marked Unloaded. */
export async function readRawEdition(dataDir: string): Promise<RawEdition> {
  registerModuleHooks();
  generation++;
  const display = displayFor(dataDir);

  const values: Record<keyof typeof DATA_FILES, unknown> = { colloquium: undefined, people: undefined, organisations: undefined, labels: undefined };
  for (const [key, { file, helper, optional }] of Object.entries(DATA_FILES) as [keyof typeof DATA_FILES, (typeof DATA_FILES)[keyof typeof DATA_FILES]][]) {
    const full = path.join(dataDir, file);
    if (existsSync(full)) values[key] = await importDefault(full, display(file));
    else if (!optional) values[key] = new Unloaded(new DataError(display(file), "", "is missing", `create it with \`export default ${helper}({ … })\``));
  }

  const sessionsDir = path.join(dataDir, SESSIONS_FOLDER);
  const sessionFiles = existsSync(sessionsDir)
    ? readdirSync(sessionsDir).filter((name) => name.endsWith(".ts")).sort()
    : [];
  const sessions: RawEdition["sessions"] = [];
  for (const name of sessionFiles) {
    const file = display(path.join(SESSIONS_FOLDER, name));
    sessions.push({ file, value: await importDefault(path.join(sessionsDir, name), file) });
  }

  return { ...values, sessions };
}
