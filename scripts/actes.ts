/**
 * The `actes` command (bin/actes.js):
 *   actes init <folder> [--language fr|en]   writes a starter edition into a new folder
 *   actes build [--data DIR] [--out DIR] …    builds the site and the booklet (scripts/build.ts)
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from "./data/schema.ts";
import { StarterError, writeStarter } from "./init/starter.ts";

const USAGE = `Usage:
  actes init <folder> [--language ${SUPPORTED_LANGUAGES.join("|")}]   write a starter edition into a new folder
  actes build [--data DIR] [--out DIR] [--base /path/] [--site-only]   build the website and the PDF booklet`;

const [command, ...rest] = process.argv.slice(2);

if (command === "build") {
  // The build's own command line reads the remaining arguments.
  process.argv.splice(2, 1);
  await import("./build.ts");
} else if (command === "init") {
  init(rest);
} else {
  console.error(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
  process.exitCode = command ? 1 : 0;
}

function init(args: string[]): void {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { language: { type: "string", default: "fr" } } });
  const language = values.language as SupportedLanguage;
  if (positionals.length !== 1 || !SUPPORTED_LANGUAGES.includes(language)) {
    console.error(
      positionals.length !== 1
        ? `actes init takes one folder.\n${USAGE}`
        : `No starter in the language "${values.language}". Fix: use --language ${SUPPORTED_LANGUAGES.join(" or --language ")}.`,
    );
    process.exitCode = 1;
    return;
  }
  const folder = path.resolve(positionals[0]!);
  try {
    const files = writeStarter(folder, language);
    const relative = path.relative(process.cwd(), folder);
    const shown = relative === "" ? "." : relative.startsWith("..") ? folder : relative;
    console.log(
      `Wrote a starter edition in ${shown} (${files.length} files).\n` +
        `Build it:       npm run build -- --data ${shown}\n` +
        `Type-check it:  npx tsc -p ${shown}`,
    );
  } catch (error) {
    // The CLI's boundary: the message names the cause and the fix; the exit code says it failed.
    if (!(error instanceof StarterError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
