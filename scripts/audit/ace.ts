/**
 * Ace by DAISY (@daisy/ace-cli) on an EPUB, its browser pointed at the
 * system's Chromium: the suite runs it on the default edition's EPUB
 * (tests/epub.test.ts), `npm run check:a11y` on each EPUB of the site
 * (cli.ts), or alone: tsx scripts/audit/ace.ts [DIR]. About 11 s for the
 * default edition on an idle 2-core machine, 25 s on a busy one.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium } from "../lib/chromium.ts";

interface AceReport {
  "earl:result": { "earl:outcome": string };
  assertions: { "earl:testSubject": { url: string }; assertions?: { "earl:test": { "dct:title": string; "earl:impact": string }; "earl:result": { "dct:description"?: string } }[] }[];
}

const ACE = fileURLToPath(new URL("../../node_modules/.bin/ace-cli", import.meta.url));

/** The violations Ace reports in one EPUB: "document: rule (impact): description". */
export async function aceViolations(epub: string, browserPath: string): Promise<string[]> {
  const out = mkdtempSync(path.join(tmpdir(), "actes-ace-"));
  try {
    // Run apart, so that the caller's other work goes on while Ace reads the book.
    await promisify(execFile)(ACE, ["--force", "--silent", "--outdir", out, epub], { env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: browserPath } });
    const report = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")) as AceReport;
    return report.assertions.flatMap((subject) =>
      (subject.assertions ?? []).map((a) => `${subject["earl:testSubject"].url}: ${a["earl:test"]["dct:title"]} (${a["earl:test"]["earl:impact"]}): ${a["earl:result"]["dct:description"] ?? ""}`),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const siteDir = path.resolve(process.argv[2] ?? "_site");
  const books = existsSync(siteDir) ? readdirSync(siteDir).filter((file) => file.endsWith(".epub")) : [];
  if (books.length === 0) {
    console.log(`EPUB (Ace by DAISY): no EPUB in ${siteDir} (a --site-only build makes none).`);
  } else {
    const browser = findChromium({ ...(process.env.CHROME_PATH ? { path: process.env.CHROME_PATH, setBy: "CHROME_PATH" } : {}) });
    let failed = 0;
    for (const book of books) {
      const started = performance.now();
      const violations = await aceViolations(path.join(siteDir, book), browser);
      failed += violations.length;
      console.log(`EPUB ${book} (Ace by DAISY, ${((performance.now() - started) / 1000).toFixed(0)} s): ${violations.length === 0 ? "OK" : `${violations.length} violation(s)`}`);
      if (violations.length > 0) console.log(violations.join("\n"));
    }
    if (failed > 0) process.exitCode = 1;
  }
}
