/**
 * The `actes` command (bin/actes.js), and the entry of `npm run build` and
 * `npm run preflight`:
 *   actes init <folder> [--language fr|en]   writes a starter edition into a new folder
 *   actes build [--data DIR] [--out DIR] …    builds the site and the booklet (build.ts)
 *   actes preflight [--data DIR] …            checks the booklet alone (preflight.ts)
 *   actes preview [--data DIR] [--port N]     the live preview (preview.ts)
 * Each command is a function given its arguments; nothing runs on import.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { buildCommand } from "./build.ts";
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from "./data/schema.ts";
import { INSTALLED, StarterError, writeStarter } from "./init/starter.ts";
import { preflightCommand } from "./preflight.ts";

const USAGE = `Usage:
  actes init <folder> [--language ${SUPPORTED_LANGUAGES.join("|")}]   write a starter edition into a new folder
  actes build [--data DIR] [--out DIR] [--base /path/] [--site-only]   build the website and the PDF booklet
  actes preflight [--data DIR]   lay out the booklet and print its preflight report
  actes preview [--data DIR] [--port N]   preview the site and the booklet while you edit`;

/** Runs one command of `actes` with its arguments; returns the exit code. */
export async function actes(args: string[], env: Record<string, string | undefined>, cwd: string): Promise<number> {
  const [command, ...rest] = args;
  if (command === "build") return buildCommand(rest, env, cwd);
  if (command === "preflight") return preflightCommand(rest, env, cwd);
  // Loaded when asked for: it brings Eleventy, which the other commands load only once their settings pass.
  if (command === "preview") return (await import("./preview.ts")).previewCommand(rest, env, cwd);
  if (command === "init") return init(rest, cwd);
  console.error(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
  return command ? 1 : 0;
}

function init(args: string[], cwd: string): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { language: { type: "string", default: "fr" } } });
  const language = values.language as SupportedLanguage;
  if (positionals.length !== 1 || !SUPPORTED_LANGUAGES.includes(language)) {
    console.error(
      positionals.length !== 1
        ? `actes init takes one folder.\n${USAGE}`
        : `No starter in the language "${values.language}". Fix: use --language ${SUPPORTED_LANGUAGES.join(" or --language ")}.`,
    );
    return 1;
  }
  const folder = path.resolve(cwd, positionals[0]!);
  try {
    const files = writeStarter(folder, language);
    const relative = path.relative(cwd, folder);
    const shown = relative === "" ? "." : relative.startsWith("..") ? folder : relative;
    // Installed, the project runs the package's command; in Actes's own repository, its npm scripts.
    const build = INSTALLED ? `npx actes build${shown === "." ? "" : ` --data ${shown}`}` : `npm run build -- --data ${shown}`;
    console.log(`Wrote a starter edition in ${shown} (${files.length} files).\n` + `Build it:       ${build}\n` + `Type-check it:  npx tsc -p ${shown}`);
    return 0;
  } catch (error) {
    // The CLI's boundary: the message names the cause and the fix; the exit code says it failed.
    if (!(error instanceof StarterError)) throw error;
    console.error(error.message);
    return 1;
  }
}
