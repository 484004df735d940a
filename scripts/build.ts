/**
 * npm run build [-- --site-only] [--out DIR] [--base /path/] [--data DIR]
 *                  [--pdf-parts N] [--pdf-timeout MS] [--browser PATH]
 * Builds the website and the PDFs into DIR (default _site). The command line
 * is the only place that reads the environment: options win over variables.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { explainFailure } from "./pipeline/failures.ts";
import { checkSettings, givenFrom } from "./pipeline/settings.ts";

const env = process.env;
const { values } = parseArgs({
  options: {
    out: { type: "string" },
    base: { type: "string" },
    data: { type: "string" },
    "site-only": { type: "boolean", default: false },
    "pdf-parts": { type: "string" },
    "pdf-timeout": { type: "string" },
    browser: { type: "string" },
  },
});

const given = givenFrom(values, env);

const started = performance.now();
let out = path.resolve(values.out ?? env.ACTES_OUT ?? "_site");
try {
  const browser = given("browser", "CHROME_PATH", "CHROMIUM_PATH");
  const settings = checkSettings({
    out: values.out ?? env.ACTES_OUT,
    data: values.data ?? env.ACTES_DATA_DIR,
    base: values.base ?? env.ACTES_BASE_PATH,
    siteOnly: values["site-only"],
    pdfParts: given("pdf-parts", "ACTES_PDF_PARTS"),
    pdfTimeout: given("pdf-timeout", "ACTES_PDF_TIMEOUT_MS"),
    sourceDateEpoch: env.SOURCE_DATE_EPOCH ? { value: env.SOURCE_DATE_EPOCH, setBy: "SOURCE_DATE_EPOCH" } : undefined,
    browser: { ...(browser ? { path: browser.value, setBy: browser.setBy } : {}), install: env.ACTES_NO_INSTALL !== "1" },
  });
  out = settings.out;
  // The stages load once the settings are checked: a wrong setting fails before Eleventy, Playwright or pdf-lib load.
  const [{ build }, { findingLine, summaryLine }] = await Promise.all([import("./pipeline/index.ts"), import("./pdf/preflight.ts")]);
  // Templates and assets are found from the project root; paths given above are already absolute.
  process.chdir(path.resolve(import.meta.dirname, ".."));
  const result = await build(settings);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const pdf = result.pdf
    ? `; PDF ${path.join(path.relative(process.cwd(), out) || ".", result.pdf.booklet.url)}: ${result.pdf.booklet.pages} pages, ${result.pdf.booklet.bytes} bytes${(result.parts ?? 1) > 1 ? `, laid out in ${result.parts} parts` : ""}, and ${Object.keys(result.pdf.contributions).length + Object.keys(result.pdf.sessions).length} extracts`
    : " (website only: no PDF, no EPUB)";
  // The preflight's warnings: the build goes on, the author sees them (errors have failed it).
  if (result.preflight) {
    for (const finding of result.preflight.findings) console.warn(findingLine(finding));
    console.log(`Preflight of the booklet: ${summaryLine(result.preflight)}.`);
  }
  console.log(`Built ${path.relative(process.cwd(), result.out) || "."} in ${seconds} s${pdf}.`);
} catch (error) {
  // The command line's boundary: the message already names the cause and the fix; the exit code fails the build.
  console.error(`\nBuild failed; the previous output, if any, is untouched.\n${explainFailure(error, out)}`);
  process.exitCode = 1;
}
