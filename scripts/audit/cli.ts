/**
 * npm run check:a11y [-- DIR] [--base /path/]
 * Checks a built site (default _site) for accessibility: Nu Html Checker,
 * axe-core on every page in both themes at 320 and 1280 px, reflow and
 * zoom, reduced motion, keyboard on every page, the PDF's tags when a
 * PDF is there, and Ace by DAISY on the EPUB when there is one. Builds nothing; exits non-zero on any problem.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { IMPOSITION_SUFFIX } from "../data/model.ts";
import { parseBasePath } from "../lib/base-path.ts";
import { findChromium, launchChromium } from "../lib/chromium.ts";
import { aceViolations } from "./ace.ts";
import { serveStatic } from "../lib/static-server.ts";
import { ALL_VIEWS, checkSite, formatProblems, type CheckName, type ViewCheck } from "./check-site.ts";
import { checkKeyboard, keyboardWindow } from "./keyboard.ts";
import { formatNuMessages, runNuChecker, type NuReport } from "./nu-checker.ts";
import { AXE_VERSION } from "./page-checks.ts";
import { checkPdfAccessibility } from "./pdf-structure.ts";
import { listHtmlPages } from "./site-pages.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: "string", default: process.env.ACTES_BASE_PATH ?? "/" } },
});
const siteDir = path.resolve(positionals[0] ?? "_site");
if (!existsSync(siteDir)) {
  console.error(`No built site at ${siteDir}. Fix: run \`npm run build\` first, or give the folder: npm run check:a11y -- DIR`);
  process.exit(1);
}
const basePath = parseBasePath(values.base);
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
let failed = 0;
const section = (title: string, problems: string[]) => {
  failed += problems.length;
  log(`${title}: ${problems.length === 0 ? "OK" : `${problems.length} problem(s)`}`);
  if (problems.length > 0) console.log(problems.join("\n"));
};

const [nu] = (await runNuChecker([{ folder: siteDir, basePath }])) as [NuReport];
section(`Nu Html Checker ${nu.version}, ${nu.files} HTML and CSS files`, nu.errors.length ? [formatNuMessages(nu.errors)] : []);
if (nu.warnings.length > 0) {
  // Listed, not failed; grouped, since one template repeats a warning on every page.
  const byMessage = new Map<string, typeof nu.warnings>();
  for (const warning of nu.warnings) byMessage.set(warning.message, [...(byMessage.get(warning.message) ?? []), warning]);
  console.log(`  ${nu.warnings.length} warning(s), not failures:`);
  for (const [message, list] of byMessage) console.log(`  - ${message} (${list.length}×, e.g. ${list[0]!.file}${list[0]!.line === undefined ? "" : `:${list[0]!.line}`})`);
}

const pages = listHtmlPages(siteDir);
const browser = await launchChromium();
const server = await serveStatic(siteDir, basePath);
try {
  const target = { browser, baseUrl: server.url, pages, log: (line: string) => log(`  ${line}`) };
  const checked = await checkSite(target);
  const of = (check: CheckName) => checked.problems.filter((problem) => problem.check === check);
  const listed = (check: CheckName) => (of(check).length ? [formatProblems(of(check))] : []);
  const viewsWith = (check: ViewCheck) => ALL_VIEWS.filter((view) => view.checks.includes(check)).map((view) => view.label).join("; ");
  section(`Every page loads with all its resources, in ${ALL_VIEWS.length} views`, listed("load"));
  section(`axe-core ${AXE_VERSION}: ${checked.axeRuns} runs on ${pages.length} pages (${viewsWith("axe")})`, listed("axe"));
  if (checked.incomplete.size > 0) {
    console.log(`  Needs review (axe "incomplete", not failures): ${[...checked.incomplete].map(([rule, n]) => `${rule} × ${n}`).join(", ")}`);
  }
  section(`No horizontal scrolling (${viewsWith("overflow")})`, listed("overflow"));
  section("prefers-reduced-motion honoured", listed("motion"));
  const keyboard: string[] = [];
  const window = await keyboardWindow(browser);
  for (const page of pages) {
    const report = await checkKeyboard(window, new URL(page, server.url).href);
    keyboard.push(...report.problems.map((problem) => `/${page} ${problem}`));
  }
  await window.close();
  section(`Keyboard (Tab through ${pages.length} pages)`, keyboard);
} finally {
  await server.close();
  await browser.close();
}

// The reading PDFs; the imposed sheets are for a print shop (pages placed two by two), untagged on purpose.
const pdfs = readdirSync(siteDir).filter((file) => file.endsWith(".pdf") && !file.endsWith(IMPOSITION_SUFFIX));
for (const pdf of pdfs) {
  const report = checkPdfAccessibility(path.join(siteDir, pdf));
  section(`PDF ${pdf}: tags, headings, lists, figures, language, title, reading order`, report.problems);
}
if (pdfs.length === 0) log("No PDF in the folder (a --site-only build): PDF not checked.");
// The EPUBs: Ace by DAISY (ace.ts); the suite runs it on the default edition's only.
for (const epub of readdirSync(siteDir).filter((file) => file.endsWith(".epub"))) {
  section(`EPUB ${epub}: Ace by DAISY (package metadata, axe in each content document)`, await aceViolations(path.join(siteDir, epub), findChromium()));
}

log(failed === 0 ? "All accessibility checks passed." : `${failed} problem(s) found.`);
process.exitCode = failed === 0 ? 0 : 1;
