/**
 * The preflight's layout and PDF rules on a print page made to break them:
 * one small folder (Paged.js, the booklet's handlers, a stylesheet and one
 * page of HTML, no build), laid out once with the real stages (paginate →
 * print → finish → preflight). Each page of the fixture commits one fault,
 * and the preflight must report exactly that fault on exactly that page.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "../scripts/lib/chromium.ts";
import { finishBooklet } from "../scripts/pdf/finish.ts";
import { paginate } from "../scripts/pdf/paginate.ts";
import { formatReport, preflightBooklet, type Finding, type PreflightReport } from "../scripts/pdf/preflight.ts";
import { printBook } from "../scripts/pdf/print.ts";
import { DEFAULT_PDF_TIMEOUT_MS } from "../scripts/pipeline/settings.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { removeTempFolders, tempFolder } from "./helpers/fixtures.ts";

/** A character no font on the machine has (Supplementary Private Use Area-A). */
const MISSING = "\u{F0000}";

/** Small pages, system fonts (the build's web fonts are not needed to break rules). */
const CSS = `
@page { size: 105mm 148mm; margin: 12mm; }
html { font-family: "DejaVu Serif", serif; font-size: 9pt; line-height: 1.4; }
body { margin: 0; }
p, li, dd { orphans: 2; widows: 2; }
h2 { font-size: 1.2em; margin: 0 0 2mm; break-after: avoid; }
.case { break-before: page; }
.filler { height: 95mm; margin: 0; }
.index { column-count: 2; column-gap: 4mm; }
.letter { font-weight: bold; margin: 0; break-after: avoid; -webkit-column-break-after: avoid; }
.entry { margin: 0; }
/* The columns break where Chromium is told, not Paged.js: the legacy property is not taken out of the CSS. */
.next-column { -webkit-column-break-before: always; }
.nowrap { white-space: nowrap; }
`;

/** Page 1: a heading at the foot of the page, its text forced onto the next. Page 2: that text. */
const STRANDED_HEADING = `
<section class="case" id="heading-case">
  <div class="filler"></div>
  <h2>Un titre laissé en bas de page</h2>
  <p class="case">Le texte que ce titre annonce commence sur la page suivante, ce qu’une mise en page soignée ne permet pas.</p>
</section>`;

/** Page 3: an index letter alone at the foot of the first column, its entries in the second. */
const LONE_LETTER = `
<section class="case index">
  <p class="entry">Arnaud, Claire 3</p>
  <p class="entry">Aubert, Denis 5</p>
  <p class="letter">B</p>
  <p class="entry next-column">Barthélemy, Yves 7</p>
  <p class="entry">Boucher, Anne 9</p>
</section>`;

/** Page 4: a character no font has, drawn as .notdef. */
const MISSING_GLYPH = `
<section class="case"><p>Un signe introuvable : ${MISSING} dans le texte.</p></section>`;

/** Page 5: a line that cannot wrap, running past the page's edge. */
const OVERFLOW = `
<section class="case"><p><span class="nowrap">Une ligne qui refuse de passer à la ligne et déborde de la page bien au-delà de son bord droit</span></p></section>`;

const HTML = `<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Banc d’essai du contrôle avant impression</title>
  <link rel="stylesheet" href="/livret/fixture.css">
  <script src="/assets/js/paged.polyfill.js"></script>
  <script src="/assets/js/booklet/widows-orphans.js"></script>
  <script src="/assets/js/booklet/page-numbers.js"></script>
</head>
<body>
<template data-ref="pagedjs-content">
${STRANDED_HEADING}
${LONE_LETTER}
${MISSING_GLYPH}
${OVERFLOW}
</template>
</body>
</html>`;

let report: PreflightReport;

beforeAll(async () => {
  const folder = tempFolder("preflight-fixture");
  mkdirSync(path.join(folder, "livret"), { recursive: true });
  mkdirSync(path.join(folder, "assets/js"), { recursive: true });
  cpSync(path.join(PROJECT_ROOT, "node_modules/pagedjs/dist/paged.polyfill.js"), path.join(folder, "assets/js/paged.polyfill.js"));
  cpSync(path.join(PROJECT_ROOT, "scripts/pdf/browser/booklet"), path.join(folder, "assets/js/booklet"), { recursive: true });
  writeFileSync(path.join(folder, "livret/fixture.css"), CSS);
  writeFileSync(path.join(folder, "livret/index.html"), HTML);

  const book = await paginate({ folder, pagePath: "/livret/", browserPath: findChromium(), timeoutMs: DEFAULT_PDF_TIMEOUT_MS, parts: 1 });
  const printed = await printBook(book);
  const date = new Date("2020-01-01T00:00:00Z");
  const booklet = await finishBooklet({ printed, facts: book.facts, info: { title: "Banc d’essai", authors: [], language: "fr", keywords: [], creator: "Actes", date } });
  report = preflightBooklet({ document: booklet.document, facts: book.facts });
});
afterAll(removeTempFolders);

const on = (page: number) => report.findings.filter((finding) => finding.page === page);
const shown = () => formatReport(report, "fixture.pdf");

describe("the preflight of a print page made to fail it", () => {
  it("lays the fixture out on five pages, one fault each", () => {
    expect(report.pages, shown()).toBe(5);
  });

  it("reports the heading stranded at the foot of page 1, and nothing else there", () => {
    expect(on(1).map(pick), shown()).toEqual([{ rule: "keep-with-next", severity: "error" }]);
    expect(on(1)[0]!.text).toContain("Un titre laissé en bas de page");
    expect(on(1)[0]!.where).toMatch(/foot of the page/);
  });

  it("finds nothing wrong with page 2, where the text starts on its own", () => {
    expect(on(2), shown()).toEqual([]);
  });

  it("reports the index letter alone at the foot of a column on page 3", () => {
    expect(on(3).map(pick), shown()).toEqual([{ rule: "keep-with-next", severity: "error" }]);
    expect(on(3)[0]!.text).toContain("« B »");
    expect(on(3)[0]!.where).toMatch(/foot of a column/);
  });

  it("reports the glyph drawn as .notdef on page 4, read from the PDF", () => {
    expect(on(4).map(pick), shown()).toEqual([{ rule: "notdef", severity: "error" }]);
    expect(on(4)[0]!.text).toContain("Un signe introuvable");
  });

  // Read from the layout: Chromium leaves out of the PDF the glyphs past the page's edge.
  it("reports the text running off page 5", () => {
    expect(on(5).map(pick), shown()).toEqual([{ rule: "text-outside-page", severity: "error" }]);
    expect(on(5)[0]!.text).toContain("Une ligne qui refuse");
  });

  it("counts what it found, with a fix for each error", () => {
    expect(report.errors).toBe(report.findings.length);
    expect(report.counts).toEqual({ "keep-with-next": 2, notdef: 1, "text-outside-page": 1 });
    for (const line of shown().split("\n").slice(0, -1)) expect(line).toMatch(/^page \d+ \(folio [ivx]+\): error [a-z-]+: .+ Fix: .+/);
    expect(shown().split("\n").at(-1)).toBe("Preflight of fixture.pdf: 4 errors, 0 warnings (notdef 1, text-outside-page 1, keep-with-next 2) on 5 pages.");
  });
});

function pick(finding: Finding) {
  return { rule: finding.rule, severity: finding.severity };
}
