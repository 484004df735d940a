/**
 * npm run build [-- --site-only] [--out DIR] [--base /path/] [--data DIR]
 * Builds the website and the PDF booklet into DIR (default _site).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { explainFailure } from "./build/failures.ts";
import { build } from "./build/index.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: process.env.ACTES_OUT ?? "_site" },
    base: { type: "string", default: process.env.ACTES_BASE_PATH ?? "/" },
    data: { type: "string", default: process.env.ACTES_DATA_DIR ?? "_data" },
    "site-only": { type: "boolean", default: false },
  },
});

// Paths given on the command line are the caller's; templates and config are found from the project root.
const out = path.resolve(values.out);
const dataDir = path.resolve(values.data);
process.chdir(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

const started = performance.now();
try {
  const result = await build({ out, dataDir, basePath: values.base, siteOnly: values["site-only"] });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const pdf = result.pdf ? `; PDF ${path.relative(process.cwd(), result.pdf.file)}: ${result.pdf.pages} pages, ${result.pdf.bytes} bytes` : " (website only)";
  console.log(`Built ${path.relative(process.cwd(), result.out) || "."} in ${seconds} s${pdf}.`);
} catch (error) {
  // The CLI's boundary: the message already names the cause and the fix; the exit code fails the build.
  console.error(`\nBuild failed; the previous output, if any, is untouched.\n${explainFailure(error, out)}`);
  process.exitCode = 1;
}
