/**
 * The imposed booklet for saddle-stitched printing (scripts/pdf/impose.ts),
 * read back with poppler and qpdf: sheet count and size, blank padding, and
 * which page stands on each half of each side. First on small PDFs made here
 * with big page numbers, then on the booklet of the shared build, whose pages
 * are recognised by their text and printed folios.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PageSizes, PDFArray, PDFDocument, StandardFonts } from "../scripts/lib/pdf-lib.ts";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { PdfError } from "../scripts/pdf/errors.ts";
import { imposeBooklet, impositionOptions, MARKS_MARGIN, saddleStitchOrder, type ImposeOptions } from "../scripts/pdf/impose.ts";
import { publicationDate } from "../scripts/pdf/reproducible.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { removeTempFolders, tempFolder } from "./helpers/fixtures.ts";
import { catalog, normalise, pageLabels, pageTexts, pageTextsIn, pdfInfo, qpdfJson } from "./helpers/pdf-read.ts";

const MM = 72 / 25.4;
const A4_LANDSCAPE = { width: 297 * MM, height: 210 * MM };

const OPTIONS: ImposeOptions = {
  title: "Essai — imposition",
  subject: "Pour l’imprimeur",
  language: "fr",
  creator: "tests",
  date: new Date("2015-05-21T00:00:00Z"),
};

/** A booklet of A5 pages, each showing its number in big type and nothing else. */
async function numberedBooklet(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (let n = 1; n <= pages; n++) pdf.addPage(PageSizes.A5).drawText(String(n), { x: 120, y: 250, size: 140, font });
  return pdf.save();
}

let folder: string;
const save = (name: string, bytes: Uint8Array) => {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  return file;
};

/** The text of the left and right halves of every side of the sheets, as [left, right], normalised. */
function halves(file: string): [string, string][] {
  const { width, height } = pdfInfo(file);
  const left = pageTextsIn(file, { x: 0, y: 0, width: width / 2, height });
  const right = pageTextsIn(file, { x: width / 2, y: 0, width: width / 2, height });
  return left.map((text, index) => [normalise(text), normalise(right[index]!)]);
}

beforeAll(() => {
  folder = tempFolder("impose");
});
afterAll(() => removeTempFolders());

describe("saddle-stitch order", () => {
  it("puts the last page beside page 1 on the first front, page 2 beside the one before last on its back, and pads with blanks (0)", () => {
    expect(saddleStitchOrder(8)).toEqual([
      { left: 8, right: 1 },
      { left: 2, right: 7 },
      { left: 6, right: 3 },
      { left: 4, right: 5 },
    ]);
    const order = saddleStitchOrder(39);
    expect(order).toHaveLength(20);
    expect(order.slice(0, 4)).toEqual([
      { left: 0, right: 1 },
      { left: 2, right: 39 },
      { left: 38, right: 3 },
      { left: 4, right: 37 },
    ]);
    // Every page once, on ten sheets.
    expect(order.flatMap((side) => [side.left, side.right]).sort((a, b) => a - b)).toEqual([0, ...Array.from({ length: 39 }, (_, i) => i + 1)]);
  });
});

describe("imposing a small booklet of numbered A5 pages", () => {
  it("lays 8 pages on 2 sheets of landscape A4, in booklet order on both sides", async () => {
    const file = save("eight.pdf", await imposeBooklet(await numberedBooklet(8), OPTIONS));
    const info = pdfInfo(file);
    expect(info.pages).toBe(4);
    expect(info.width).toBeCloseTo(A4_LANDSCAPE.width, 0);
    expect(info.height).toBeCloseTo(A4_LANDSCAPE.height, 0);
    expect(halves(file)).toEqual([
      ["8", "1"],
      ["2", "7"],
      ["6", "3"],
      ["4", "5"],
    ]);
  });

  it("pads 6 pages with two blank pages at the end: the first sheet holds a blank beside page 1 and behind page 2", async () => {
    const file = save("six.pdf", await imposeBooklet(await numberedBooklet(6), OPTIONS));
    expect(pdfInfo(file).pages).toBe(4);
    expect(halves(file)).toEqual([
      ["", "1"],
      ["2", ""],
      ["6", "3"],
      ["4", "5"],
    ]);
  });

  it("says in its metadata what it is for, is not tagged, asks for duplex on the short edge at 100 %, and gives the same bytes twice", async () => {
    const booklet = await numberedBooklet(6);
    const bytes = await imposeBooklet(booklet, OPTIONS);
    expect(Buffer.from(await imposeBooklet(booklet, OPTIONS)).equals(Buffer.from(bytes))).toBe(true);
    const file = save("metadata.pdf", bytes);
    const info = execFileSync("pdfinfo", ["-isodates", file], { encoding: "utf8" });
    expect(info).toMatch(/^Title:\s+Essai — imposition$/m);
    expect(info).toMatch(/^Subject:\s+Pour l’imprimeur$/m);
    expect(info).toMatch(/^CreationDate:\s+2015-05-21T00:00:00Z$/m);
    expect(info).toMatch(/^Tagged:\s+no$/m);
    const json = qpdfJson(file);
    const root = catalog(json);
    expect(root["/Lang"]).toBe("u:fr");
    const reference = root["/ViewerPreferences"];
    const preferences = (typeof reference === "string" ? json.qpdf[1][`obj:${reference}`]?.value : reference) as Record<string, unknown>;
    expect(preferences["/Duplex"]).toBe("/DuplexFlipShortEdge");
    expect(preferences["/PrintScaling"]).toBe("/None");
    // The document ID is derived from the content, not left as the placeholder.
    const trailer = json.qpdf[1].trailer?.value as Record<string, string[]>;
    expect(trailer["/ID"]![0]).toMatch(/^b:[0-9a-f]{32}$/);
    expect(trailer["/ID"]![0]).not.toBe(`b:${"0".repeat(32)}`);
  });

  it("draws crop and fold marks in a margin around the pages, which stay at 100 %", async () => {
    const file = save("marks.pdf", await imposeBooklet(await numberedBooklet(8), { ...OPTIONS, cropMarks: true }));
    const boxes = execFileSync("pdfinfo", ["-box", file], { encoding: "utf8" });
    const box = (name: string) => /^\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$/.exec(new RegExp(`^${name}:(.*)$`, "m").exec(boxes)?.[1] ?? "")!.slice(1).map(Number);
    const [, , mediaWidth, mediaHeight] = box("MediaBox") as [number, number, number, number];
    const [trimLeft, trimBottom, trimRight, trimTop] = box("TrimBox") as [number, number, number, number];
    // The trimmed spread is two A5 pages at full size, MARKS_MARGIN from every edge of the paper.
    expect(trimRight - trimLeft).toBeCloseTo(2 * PageSizes.A5[0], 1);
    expect(trimTop - trimBottom).toBeCloseTo(PageSizes.A5[1], 1);
    expect(trimLeft).toBeCloseTo(MARKS_MARGIN, 1);
    expect(mediaWidth).toBeCloseTo(2 * PageSizes.A5[0] + 2 * MARKS_MARGIN, 1);
    expect(mediaHeight).toBeCloseTo(PageSizes.A5[1] + 2 * MARKS_MARGIN, 1);
    expect(halves(file)[0]).toEqual(["8", "1"]);

    // Rasterised at 72 dpi (1 px = 1 pt, y down): ink on the trim lines' extensions in the margin, none on the paper's corners.
    execFileSync("pdftoppm", ["-r", "72", "-png", "-f", "1", "-l", "1", "-singlefile", file, path.join(folder, "marks")]);
    const png = PNG.sync.read(readFileSync(path.join(folder, "marks.png")));
    const dark = (x: number, y: number) => {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return png.data[i]! < 160;
    };
    const inkAlong = (points: [number, number][]) => points.some(([x, y]) => dark(x, y));
    const top = mediaHeight - trimTop;
    const bottom = mediaHeight - trimBottom;
    const spine = (trimLeft + trimRight) / 2;
    const outward = [4, 5, 6, 7].map((mm) => mm * MM);
    // Horizontal crop marks left of the top-left corner, right of the bottom-right one.
    expect(inkAlong(outward.flatMap((d) => [[trimLeft - d, top], [trimLeft - d, top - 1]] as [number, number][]))).toBe(true);
    expect(inkAlong(outward.flatMap((d) => [[trimRight + d, bottom], [trimRight + d, bottom - 1]] as [number, number][]))).toBe(true);
    // Vertical crop mark above the top-left corner, fold mark below the spine.
    expect(inkAlong(outward.flatMap((d) => [[trimLeft, top - d], [trimLeft - 1, top - d]] as [number, number][]))).toBe(true);
    expect(inkAlong(outward.flatMap((d) => [[spine, bottom + d], [spine - 1, bottom + d]] as [number, number][]))).toBe(true);
    // Nothing at the corners of the paper, nor inside the margin's diagonal from the trim corner.
    expect(dark(2, 2) || dark(png.width - 3, png.height - 3) || dark(trimLeft - 4 * MM, top - 4 * MM)).toBe(false);
  });

  it("places pages of several content streams too (pdf-lib joins them), and pages of one stream without decoding it", async () => {
    // Drawn on after loading, a page gets more content streams (pdf-lib wraps the old one in q … Q): the "+" beside its number.
    const loaded = await PDFDocument.load(await numberedBooklet(4));
    const font = await loaded.embedFont(StandardFonts.HelveticaBold);
    loaded.getPages().slice(0, 2).forEach((page) => page.drawText("+", { x: 20, y: 250, size: 140, font }));
    const mixed = await loaded.save();
    const streams = (await PDFDocument.load(mixed)).getPages().map((page) => page.node.Contents());
    expect(streams.map((contents) => (contents instanceof PDFArray ? contents.size() : 1) > 1)).toEqual([true, true, false, false]);
    const file = save("mixed.pdf", await imposeBooklet(mixed, OPTIONS));
    expect(halves(file)).toEqual([
      ["4", "+1"],
      ["+2", "3"],
    ]);
    expect(execFileSync("qpdf", ["--check", file], { encoding: "utf8" })).toMatch(/No syntax or stream encoding errors/);
  });

  it("refuses a named sheet with no room for the crop marks, and a page size it cannot place", async () => {
    await expect(imposeBooklet(await numberedBooklet(4), { ...OPTIONS, cropMarks: true, sheet: "A4" })).rejects.toThrow(PdfError);
    const odd = await PDFDocument.create();
    odd.addPage([500, 500]);
    await expect(imposeBooklet(await odd.save(), OPTIONS)).rejects.toThrow(/no sheet size follows from them\. Fix: give the sheet/);
  });
});

describe("imposing the booklet of the shared build", () => {
  let edition: Edition;
  let booklet: string;
  let imposed: string;

  beforeAll(async () => {
    edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
    booklet = path.join(inject("siteDir"), edition.pdf.fileName);
    imposed = save("booklet-imposed.pdf", await imposeBooklet(readFileSync(booklet), impositionOptions(edition, publicationDate(edition.colloquium.publication.date))));
  });

  it("puts the booklet's pages, padded to a multiple of four, two a side on sheets of landscape A4", () => {
    const pages = pdfInfo(booklet).pages;
    const info = pdfInfo(imposed);
    // Four pages a sheet, two a side: a side per pair of (padded) pages.
    expect(info.pages).toBe(Math.ceil(pages / 4) * 2);
    expect(info.width).toBeCloseTo(A4_LANDSCAPE.width, 0);
    expect(info.height).toBeCloseTo(A4_LANDSCAPE.height, 0);
    expect(info.title).toBe(`${edition.colloquium.title} — ${edition.labels.imposition}`);
  });

  it("is a sound PDF without unreferenced objects (embedding pages leaves copies of their content behind)", () => {
    // qpdf exits non-zero on errors and on warnings (e.g. a trailer /Size that does not match the objects).
    expect(execFileSync("qpdf", ["--check", imposed], { encoding: "utf8" })).toMatch(/No syntax or stream encoding errors/);
    // qpdf writes only the objects the trailer leads to: as many as the imposed file holds.
    const rewritten = path.join(folder, "rewritten.pdf");
    execFileSync("qpdf", [imposed, rewritten]);
    const objects = (file: string) => Object.keys(qpdfJson(file).qpdf[1]).filter((key) => key.startsWith("obj:")).length;
    expect(objects(imposed)).toBe(objects(rewritten));
  });

  it("shows each booklet page, whole, on its half of its sheet in saddle-stitch order; padding pages, if any, blank", () => {
    const pages = pageTexts(booklet).map(normalise);
    const last = Math.ceil(pages.length / 4) * 4;
    const sides = halves(imposed);
    const expected: [string, string][] = [];
    for (let sheet = 0; sheet < last / 4; sheet++) {
      // Pages of the book padded to a multiple of four (the padding blank): front last − 2s | 2s + 1, back 2s + 2 | last − 2s − 1.
      expected.push([last - 2 * sheet, 2 * sheet + 1].map((n) => pages[n - 1] ?? "") as [string, string]);
      expected.push([2 * sheet + 2, last - 2 * sheet - 1].map((n) => pages[n - 1] ?? "") as [string, string]);
    }
    expect(sides).toEqual(expected);
    expect(sides[0]![1]).toContain(normalise(edition.colloquium.title));
  });

  it("reads the printed folios of the first two sheets in booklet order", () => {
    const count = pdfInfo(booklet).pages;
    const padded = Math.ceil(count / 4) * 4;
    const labels = pageLabels(qpdfJson(booklet), count);
    const texts = pageTexts(booklet).map(normalise);
    const folio = (text: string) => text.split(" ").at(-1);
    const sides = halves(imposed);
    // Sheet 1: last | 1, then 2 | last − 1; sheet 2: last − 2 | 3, then 4 | last − 3 (pages of the padded book).
    const order = [padded, 1, 2, padded - 1, padded - 2, 3, 4, padded - 3];
    let folios = 0;
    order.forEach((page, i) => {
      const half = sides[Math.floor(i / 2)]![i % 2]!;
      if (page > count) return expect(half, `padding page ${page}`).toBe("");
      // Pages that print a folio (not the cover, the colophon or a blank page) show it as their last word.
      if (folio(texts[page - 1]!) !== labels[page - 1]) return;
      expect(folio(half), `page ${page}`).toBe(labels[page - 1]);
      folios++;
    });
    expect(folios).toBeGreaterThanOrEqual(3);
  });
});
