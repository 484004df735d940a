/**
 * A long book is printed in slices and the slices joined (scripts/pdf/print.ts,
 * join-slices.ts). The embedded edition, laid out once, is printed whole and
 * in slices of 10 pages (twice: the same bytes), finished; poppler and qpdf
 * must read the same document whole and joined: pages, text, links and where
 * they lead, destinations, bookmarks, structure tree.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import { findChromium } from "../scripts/lib/chromium.ts";
import { bookletInfo } from "../scripts/pdf/document-info.ts";
import { finishBooklet } from "../scripts/pdf/finish.ts";
import { preflightBooklet } from "../scripts/pdf/preflight.ts";
import { printPages } from "../scripts/pdf/print.ts";
import { copyRules } from "../scripts/data/names.ts";
import { layOutBooklet } from "../scripts/pipeline/booklet.ts";
import { DEFAULT_PDF_TIMEOUT_MS } from "../scripts/pipeline/settings.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { removeTempFolders, tempFolder } from "./helpers/fixtures.ts";
import { flatOutline, pageTexts, pdfInfo, qpdfJson, run } from "./helpers/pdf-read.ts";

const SLICE = 10;
const files = { whole: "", sliced: "", again: "" };
let slices = 0;
let findings: { whole: string[]; sliced: string[]; again: string[] };

beforeAll(async () => {
  const folder = tempFolder("print-slices");
  const edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
  const layout = await layOutBooklet(edition, { browserPath: findChromium(), timeoutMs: DEFAULT_PDF_TIMEOUT_MS }, folder);
  try {
    // Whole first: once printed in slices, the page shows only the last slice.
    const whole = await printPages(layout.book, Number.POSITIVE_INFINITY);
    const sliced = await printPages(layout.book, SLICE);
    const again = await printPages(layout.book, SLICE);
    slices = sliced.length;
    const info = bookletInfo(edition, new Date("2015-05-21T00:00:00Z"));
    findings = { whole: [], sliced: [], again: [] };
    for (const [name, printed] of [["whole", whole], ["sliced", sliced], ["again", again]] as const) {
      const booklet = await finishBooklet({ printed, facts: layout.book.facts, info });
      files[name] = path.join(folder, `${name}.pdf`);
      writeFileSync(files[name], booklet.bytes);
      findings[name] = preflightBooklet({ document: booklet.document, facts: layout.book.facts, copy: copyRules(edition) }).findings.map((f) => `${f.page} ${f.rule} ${f.text}`);
    }
  } finally {
    await layout.book.close();
  }
});
afterAll(removeTempFolders);

/** Every link of every page, as qpdf reads it: page, rectangle (to the point), named destination or URI. */
function links(file: string): string[] {
  const json = qpdfJson(file);
  const objects = json.qpdf[1];
  const value = (ref: unknown) => objects[`obj:${String(ref)}`]?.value as Record<string, unknown>;
  return json.pages.flatMap((page, index) =>
    ((value(page.object)["/Annots"] as string[] | undefined) ?? []).map((ref) => {
      const annotation = value(ref);
      const rect = (annotation["/Rect"] as number[]).map((n) => Math.round(n)).join(" ");
      const action = annotation["/A"] as Record<string, unknown> | undefined;
      return `page ${index + 1} [${rect}] ${String(annotation["/Dest"] ?? action?.["/URI"] ?? "no action")}`;
    }),
  );
}

describe("a book printed in slices, then joined", () => {
  it("was printed in several slices", () => {
    expect(pdfInfo(files.whole).pages).toBeGreaterThan(2 * SLICE);
    expect(slices).toBe(Math.ceil(pdfInfo(files.whole).pages / SLICE));
  });

  it("has the same pages and the same text on each", () => {
    expect(pdfInfo(files.sliced).pages).toBe(pdfInfo(files.whole).pages);
    expect(pageTexts(files.sliced)).toEqual(pageTexts(files.whole));
  });

  it("has the same links, including those that lead to another slice's pages, and the same destinations", () => {
    const whole = links(files.whole);
    const dests = run("pdfinfo", ["-dests", files.sliced]);
    expect(dests).toBe(run("pdfinfo", ["-dests", files.whole]));
    // Name → page, from pdfinfo's lines: `   8 [ XYZ   42  530 null      ] "c-allocutions-d-ouverture"`.
    const destPage = new Map([...dests.matchAll(/^\s*(\d+) \[.*\] "(.+)"$/gm)].map((m) => [`/${m[2]}`, Number(m[1])]));
    const crossing = whole.filter((link) => {
      const [, page, name] = /^page (\d+) \[.*\] (\/\S+)$/.exec(link) ?? [];
      return page !== undefined && Math.ceil(Number(page) / SLICE) !== Math.ceil((destPage.get(name!) ?? 0) / SLICE);
    });
    expect(crossing.length).toBeGreaterThan(10);
    expect(links(files.sliced)).toEqual(whole);
  });

  it("has the same bookmarks, nested the same way", () => {
    const whole = flatOutline(qpdfJson(files.whole));
    expect(whole.some((item) => item.depth > 0)).toBe(true);
    expect(flatOutline(qpdfJson(files.sliced))).toEqual(whole);
  });

  it("has the same structure tree, with its text and its links' annotations", () => {
    // The annotations' object numbers differ: the join numbers the later slices' objects anew.
    // So may the text of a ligature: poppler reads it here from the font's ToUnicode map, and
    // Chromium's font subset of a slice can map the « ff » glyph to U+0000 where the whole
    // book's maps it to « ff » (text extraction follows the same ActualText in both, above).
    const tree = (file: string) =>
      run("pdfinfo", ["-struct-text", file])
        .replace(/Object \d+ \d+/g, "Object")
        .replace(/f+[il]?|\0/g, "");
    const whole = tree(files.whole);
    expect(whole).toMatch(/^Document\n/);
    expect(whole).toMatch(/Link \(inline\)\n(.*\n)*?\s+Object\n/);
    expect(tree(files.sliced)).toBe(whole);
    const types = (file: string) => run("pdfinfo", ["-struct", file]).replace(/Object \d+ \d+/g, "Object");
    expect(types(files.sliced)).toBe(types(files.whole));
  });

  it("gives the same bytes when printed in slices again", () => {
    expect(readFileSync(files.again).equals(readFileSync(files.sliced))).toBe(true);
  });

  it("passes qpdf's check and gets the same preflight findings", () => {
    expect(run("qpdf", ["--check", files.sliced])).toMatch(/No syntax or stream encoding errors/);
    expect(findings.sliced).toEqual(findings.whole);
  });
});
