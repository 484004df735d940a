/**
 * npm run preflight [-- --data DIR] [--pdf-parts N] [--pdf-timeout MS] [--browser PATH]
 * Lays out and prints the booklet of the edition in DIR (default _data) and
 * prints its preflight report, page by page, without writing a site. Exits
 * with status 1 when the report has an error (warnings do not fail).
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatReport } from "./pdf/preflight.ts";
import { explainFailure } from "./pipeline/failures.ts";
import { preflightEdition } from "./pipeline/preflight.ts";
import { checkSettings, givenFrom } from "./pipeline/settings.ts";

const env = process.env;
const { values } = parseArgs({
  options: {
    data: { type: "string" },
    "pdf-parts": { type: "string" },
    "pdf-timeout": { type: "string" },
    browser: { type: "string" },
  },
});

const given = givenFrom(values, env);

try {
  const browser = given("browser", "CHROME_PATH", "CHROMIUM_PATH");
  const settings = checkSettings({
    data: values.data ?? env.ACTES_DATA_DIR,
    pdfParts: given("pdf-parts", "ACTES_PDF_PARTS"),
    pdfTimeout: given("pdf-timeout", "ACTES_PDF_TIMEOUT_MS"),
    sourceDateEpoch: env.SOURCE_DATE_EPOCH ? { value: env.SOURCE_DATE_EPOCH, setBy: "SOURCE_DATE_EPOCH" } : undefined,
    browser: { ...(browser ? { path: browser.value, setBy: browser.setBy } : {}), install: env.ACTES_NO_INSTALL !== "1" },
  });
  // Templates and assets are found from the project root; the data folder is already absolute.
  process.chdir(path.resolve(import.meta.dirname, ".."));
  const { name, report } = await preflightEdition(settings.dataDir, settings.pdf!, settings.sourceDateEpoch);
  console.log(formatReport(report, name));
  if (report.errors > 0) process.exitCode = 1;
} catch (error) {
  console.error(`\nPreflight failed.\n${explainFailure(error, tmpdir())}`);
  process.exitCode = 1;
}
