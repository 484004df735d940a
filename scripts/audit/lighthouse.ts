/**
 * npm run lighthouse [-- DIR] [--base /path/] [--data DIR] [--desktop]
 * A report, not a test: Lighthouse on the home page, a contribution page and
 * the speakers index of a built site (default _site) served on loopback, in
 * Debian's Chromium. Prints the four category scores and what kept each
 * category below 100. Performance scores move with the machine's load.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { parseBasePath } from "../lib/base-path.ts";
import { loadEdition } from "../data/load.ts";
import { CHROMIUM_ARGS, findChromium } from "../lib/chromium.ts";
import { serveStatic } from "../lib/static-server.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: "string", default: process.env.ACTES_BASE_PATH ?? "/" },
    data: { type: "string", default: "_data" },
    desktop: { type: "boolean", default: false },
  },
});
const siteDir = path.resolve(positionals[0] ?? "_site");
if (!existsSync(path.join(siteDir, "index.html"))) {
  console.error(`No built site at ${siteDir}. Fix: run \`npm run build\` first, or give the folder: npm run lighthouse -- DIR`);
  process.exit(1);
}
const basePath = parseBasePath(values.base);
const edition = await loadEdition(path.resolve(values.data));
const targets = [
  { name: "home", path: "" },
  { name: "contribution", path: edition.contributions[0]!.url.slice(1) },
  { name: "speakers index", path: edition.routes.speakers.slice(1) },
];

const server = await serveStatic(siteDir, basePath);
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  logLevel: "error",
});
const rows: string[][] = [];
try {
  for (const target of targets) {
    const url = new URL(target.path, server.url).href;
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
      values.desktop ? (await import("lighthouse/core/config/desktop-config.js")).default : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    rows.push([target.name, ...scores.map(String)]);
    console.log(`\n${target.name} (${url}): ${CATEGORIES.map((id, i) => `${id} ${scores[i]}`).join(", ")}`);
    // What cost points: audits that weigh in a category and did not pass.
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      if (!category || category.score === 1) continue;
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
        console.log(`  ${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""} [score ${audit.score}]`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const widths = [16, ...CATEGORIES.map((c) => Math.max(c.length, 3))];
const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
console.log(`\nLighthouse ${values.desktop ? "desktop" : "mobile (default)"} scores, ${new Date().toISOString()}:`);
console.log(line(["page", ...CATEGORIES]));
for (const row of rows) console.log(line(row));
