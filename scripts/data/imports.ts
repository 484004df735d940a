/**
 * When a data file fails to load, Node's message names the file it was loading,
 * not always the import at fault (a missing file or export deep in the folder,
 * an import cycle that leaves a value undefined). esbuild reads the folder's
 * imports as they are written and says which import of which file fails, with
 * its line; read only on failure, so a good build never pays for it.
 */
import path from "node:path";
import { build, type Message } from "esbuild";
import { DataError } from "./errors.ts";

/** What is wrong with the imports reachable from `file`, as a DataError; undefined when they are sound. */
export async function importProblem(file: string): Promise<DataError | undefined> {
  let metafile;
  try {
    ({ metafile } = await build({
      entryPoints: [file],
      absWorkingDir: path.dirname(file),
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      external: ["actes"],
      logLevel: "silent",
    }));
  } catch (error) {
    // A syntax error is not an import's: the loader's own message (load.ts) says it with its line.
    const first = (error as { errors?: Message[] }).errors?.find((message) => message.location && /^(Could not resolve|No matching export)/.test(message.text));
    return first ? importError(first, path.resolve(path.dirname(file), first.location!.file)) : undefined;
  }
  const cycle = findCycle(path.resolve(file), (from) =>
    (metafile.inputs[path.relative(path.dirname(file), from)]?.imports ?? []).filter((i) => !i.external).map((i) => path.resolve(path.dirname(file), i.path)),
  );
  if (!cycle) return undefined;
  const names = cycle.map(shown);
  return new DataError(
    names[0]!,
    "",
    `is part of an import cycle: ${names.join(" → ")}; a value one of these files imports is read before the file that exports it has run`,
    "move what the files share into a module of its own that imports none of them (for example ids.ts), and import it from each",
  );
}

function importError(message: Message, importer: string): DataError {
  const where = `${shown(importer)}:${message.location!.line}:${message.location!.column + 1}`;
  const line = `\n    ${message.location!.line} | ${message.location!.lineText.trim()}`;
  if (/^Could not resolve/.test(message.text)) {
    return new DataError(where, "", `imports a module that does not exist: ${message.text.replace(/^Could not resolve /, "")}${line}`, "correct the path of the import (relative to this file, with its .ts extension), or create the module");
  }
  return new DataError(where, "", `${message.text}${line}`, "import a name the module exports, or add `export` before that name in the module");
}

/** A file as the author typed its path: relative to the working directory, as load.ts names files. */
const shown = (file: string) => path.relative(process.cwd(), file) || file;

/** The first cycle of imports through `start`, as a list of files ending where it began. */
function findCycle(start: string, importsOf: (file: string) => string[]): string[] | undefined {
  const trail: string[] = [];
  const done = new Set<string>();
  const visit = (file: string): string[] | undefined => {
    const at = trail.indexOf(file);
    if (at >= 0) return [...trail.slice(at), file];
    if (done.has(file)) return undefined;
    trail.push(file);
    for (const next of importsOf(file)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    done.add(file);
    return undefined;
  };
  return visit(start);
}
