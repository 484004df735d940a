/**
 * Imposition for saddle-stitched printing: the booklet's pages two-up on
 * sheets of the next ISO size up, landscape (A5 pages on A4), padded with
 * blank pages to a multiple of four and ordered so that the printed sheets,
 * stacked, folded in the middle and stapled, read as the booklet:
 * sheet 1 front is last page | page 1, its back page 2 | last − 1, and so on.
 *
 * The pages are placed at 100 %: a folded sheet is the booklet's page size, as
 * it was typeset. Without crop marks the paper is the named sheet (A5 pages on
 * A4), for any office printer. With crop marks the paper needs room for them
 * outside the trimmed pages: by default it is the two pages plus MARKS_MARGIN
 * on every side (316 × 230 mm for A5 pages), to be printed on larger paper
 * (A3, SRA3) and trimmed, as a print shop does; an explicit `sheet` must have
 * that room. Scaling the pages down to fit marks on A4 was rejected: the type
 * would shrink and the trimmed booklet would no longer be A5.
 *
 * The result is for printing, not reading: it is not tagged (a structure tree
 * would have to follow the sheets' order, which is not the reading order),
 * and its subject says so. Readers, and assistive technologies, get the
 * tagged booklet. Its bytes depend only on the input and the options (the date
 * is given, the document ID is a hash of the content).
 */
import { cmyk, drawPage, Duplex, PDFArray, PDFDict, PDFDocument, PDFName, PDFObjectCopier, PDFRawStream, PDFRef, PDFStream, PrintScaling, degrees, type PDFObject, type PDFPage } from "../lib/pdf-lib.ts";
import type { Edition } from "../data/model.ts";
import type { Colloquium } from "../data/schema.ts";
import { PdfError } from "./errors.ts";
import { loadPdf } from "./load.ts";
import { setDocumentInfo, setXmp, type DocumentInfo } from "./metadata.ts";
import { prepareReproducible, saveReproducible } from "./reproducible.ts";

const MM = 72 / 25.4;

/** ISO 216 sizes in millimetres, portrait (width, height). */
const ISO_SIZES = {
  A3: [297, 420],
  A4: [210, 297],
  A5: [148, 210],
  B4: [250, 353],
  B5: [176, 250],
} as const;
type IsoSize = keyof typeof ISO_SIZES;

type PageSize = Colloquium["print"]["pageSize"];

/** Paper the sheets are printed on, used landscape. */
export type SheetSize = "A3" | "A4" | "B4";

/** The ISO size above each booklet page size: two pages side by side fill it. */
export const SHEET_FOR_PAGE: Record<PageSize, SheetSize> = { A5: "A4", A4: "A3", B5: "B4" };

/**
 * Chromium rounds the page box to whole CSS pixels (A5 comes out 420 × 594.96 pt
 * for 419.53 × 595.28): a size within this many points is that ISO size.
 */
const SIZE_TOLERANCE = 2;

/** Crop and fold marks: a hairline this far from the trimmed edge, this long. */
const MARK_OFFSET = 3 * MM;
const MARK_LENGTH = 5 * MM;
const MARK_WIDTH = 0.25;
/** Paper around the trimmed pages when the marks set the sheet's size. */
export const MARKS_MARGIN = 10 * MM;

export interface ImposeOptions {
  /** Paper, landscape. By default the ISO size above the pages' (A5 pages on A4); with crop marks, the pages plus MARKS_MARGIN. */
  sheet?: SheetSize;
  /** Crop marks at the corners of the trimmed pages and fold marks at the spine, outside the pages. Off by default. */
  cropMarks?: boolean;
  /** Document title, e.g. "<booklet title> — imposition". */
  title: string;
  /** Says what the file is for (printing, not reading). */
  subject: string;
  language: string;
  author?: string;
  creator: string;
  /** Creation and modification date: the edition's date, never the clock. */
  date: Date;
}


/**
 * Physical pages (1-based, 0 for a blank) on each side of each sheet, in
 * printing order: sheet 1 front, sheet 1 back, sheet 2 front…
 */
export function saddleStitchOrder(pageCount: number): { left: number; right: number }[] {
  const padded = Math.ceil(pageCount / 4) * 4;
  const page = (n: number) => (n <= pageCount ? n : 0);
  const sides: { left: number; right: number }[] = [];
  for (let sheet = 0; sheet < padded / 4; sheet++) {
    sides.push({ left: page(padded - 2 * sheet), right: page(2 * sheet + 1) });
    sides.push({ left: page(2 * sheet + 2), right: page(padded - 2 * sheet - 1) });
  }
  return sides;
}

/** The imposition as the build runs it in a thread of its own (scripts/lib/thread.ts): one argument in, the bytes out. */
export interface ImposeFileInput {
  bytes: Uint8Array;
  options: ImposeOptions;
}
export const imposeFile = (input: ImposeFileInput): Promise<Uint8Array> => imposeBooklet(input.bytes, input.options);

/** The booklet PDF imposed for saddle-stitched printing (see the top of this file). */
export async function imposeBooklet(pdfBytes: Uint8Array, options: ImposeOptions): Promise<Uint8Array> {
  const source = await loadPdf(pdfBytes);
  const pages = source.getPages();
  if (pages.length === 0) throw new PdfError("The booklet PDF has no page to impose.");
  const { width: pageWidth, height: pageHeight } = pages[0]!.getSize();
  pages.forEach((page, index) => {
    const { width, height } = page.getSize();
    if (Math.abs(width - pageWidth) > 0.5 || Math.abs(height - pageHeight) > 0.5) {
      throw new PdfError(`Page ${index + 1} of the booklet is ${mm(width)} × ${mm(height)} where page 1 is ${mm(pageWidth)} × ${mm(pageHeight)}: a booklet is imposed from pages of one size. Fix: keep one @page size in the print styles.`);
    }
    // What the sheets do not carry: links (and the pages they point to, which pdf-lib would copy along).
    page.node.delete(PDFName.of("Annots"));
  });

  const spread = { width: 2 * pageWidth, height: pageHeight };
  const paper = paperSize(spread, pageWidth, pageHeight, options);
  const origin = { x: (paper.width - spread.width) / 2, y: (paper.height - spread.height) / 2 };

  const pdf = await PDFDocument.create({ updateMetadata: false });
  const forms = await pageForms(pdf, pages);
  for (const side of saddleStitchOrder(pages.length)) {
    const sheet = pdf.addPage([paper.width, paper.height]);
    // The trimmed size of the folded sheet, for the print shop's software; no bleed (nothing runs off the page).
    sheet.setTrimBox(origin.x, origin.y, spread.width, spread.height);
    sheet.setBleedBox(origin.x, origin.y, spread.width, spread.height);
    [side.left, side.right].forEach((number, column) => {
      if (number > 0) placeForm(sheet, forms[number - 1]!, origin.x + column * pageWidth, origin.y);
    });
    if (options.cropMarks) drawMarks(sheet, origin, spread, pageWidth);
  }

  const info: DocumentInfo = {
    title: options.title,
    subject: options.subject,
    authors: options.author ? [options.author] : [],
    language: options.language,
    keywords: [],
    creator: options.creator,
    date: options.date,
    contents: [],
  };
  setDocumentInfo(pdf, info);
  // The print dialog's defaults for a booklet: both sides, turned over on the short edge, at 100 %.
  const preferences = pdf.catalog.getOrCreateViewerPreferences();
  preferences.setDuplex(Duplex.DuplexFlipShortEdge);
  preferences.setPrintScaling(PrintScaling.None);
  preferences.setPickTrayByPDFSize(true);

  setXmp(pdf, info);
  await pdf.flush();
  dropUnreachable(pdf);
  prepareReproducible(pdf, { date: options.date });
  return saveReproducible(pdf);
}

/**
 * Each page of the booklet as a form XObject, for the sheets to draw. A page
 * of one content stream keeps it as it is, still compressed: pdf-lib's
 * embedPages decodes every page's streams and deflates them again with pako,
 * which was more than half of the imposition's time (pako alone 1.28 of
 * 2.41 s, two imposings of 465 pages, profiled). A page of several streams is
 * embedded by pdf-lib, which joins them.
 */
async function pageForms(pdf: PDFDocument, pages: PDFPage[]): Promise<PDFRef[]> {
  const copy = PDFObjectCopier.for(pages[0]!.doc.context, pdf.context).copy;
  const forms: PDFRef[] = [];
  for (const page of pages) {
    const contents = page.node.get(PDFName.of("Contents"));
    const only = contents instanceof PDFArray && contents.size() === 1 ? contents.get(0) : contents;
    const stream = only instanceof PDFRef ? page.doc.context.lookup(only) : undefined;
    if (!(stream instanceof PDFRawStream)) {
      forms.push((await pdf.embedPage(page)).ref);
      continue;
    }
    const { width, height } = page.getSize();
    // As pdf-lib's embedder sets it: the whole page, drawn from its lower left corner.
    const form = pdf.context.stream(stream.contents, { Type: "XObject", Subtype: "Form", FormType: 1, BBox: [0, 0, width, height], Matrix: [1, 0, 0, 1, 0, 0] });
    // Inherited from the page tree when the page has none of its own; the copier brings what they use.
    const resources = page.node.Resources();
    if (resources) form.dict.set(PDFName.of("Resources"), copy(resources));
    for (const key of ["Filter", "DecodeParms"]) {
      const value = stream.dict.get(PDFName.of(key));
      if (value) form.dict.set(PDFName.of(key), copy(value));
    }
    forms.push(pdf.context.register(form));
  }
  return forms;
}

/** Draws a page's form at (x, y) on the sheet, at 100 %, with the operators pdf-lib's drawPage writes. */
function placeForm(sheet: PDFPage, form: PDFRef, x: number, y: number): void {
  const name = sheet.node.newXObject("EmbeddedPdfPage", form);
  sheet.pushOperators(...drawPage(name, { x, y, xScale: 1, yScale: 1, rotate: degrees(0), xSkew: degrees(0), ySkew: degrees(0) }));
}

/**
 * pdf-lib writes every object of the document, referenced or not, and
 * embedding a page of several streams (pageForms) leaves behind the copies of
 * its content streams (the form XObject holds them joined and compressed
 * again): they doubled the file. Objects that the trailer no longer leads to
 * are dropped.
 */
function dropUnreachable(pdf: PDFDocument): void {
  const reachable = new Set<string>();
  const pending: (PDFObject | undefined)[] = [pdf.context.trailerInfo.Root, pdf.context.trailerInfo.Info];
  while (pending.length > 0) {
    const object = pending.pop();
    if (object instanceof PDFRef) {
      if (reachable.has(object.toString())) continue;
      reachable.add(object.toString());
      pending.push(pdf.context.lookup(object));
    } else if (object instanceof PDFDict) pending.push(...object.values());
    else if (object instanceof PDFArray) pending.push(...object.asArray());
    else if (object instanceof PDFStream) pending.push(object.dict);
  }
  let largest = 0;
  for (const [ref] of pdf.context.enumerateIndirectObjects()) {
    if (!reachable.has(ref.toString())) pdf.context.delete(ref);
    else largest = Math.max(largest, ref.objectNumber);
  }
  // The trailer's /Size follows the largest number left, as readers check.
  pdf.context.largestObjectNumber = largest;
}

/** The words and settings of the edition's imposed booklet. */
export function impositionOptions(edition: Edition, date: Date, cropMarks = false): ImposeOptions {
  const c = edition.colloquium;
  return {
    // With crop marks the paper is sized for them (see the top of this file).
    ...(cropMarks ? { cropMarks } : { sheet: SHEET_FOR_PAGE[c.print.pageSize] }),
    title: `${c.title} — ${edition.labels.imposition}`,
    subject: edition.labels.impositionNote,
    language: c.language,
    ...(c.publication.publisher ? { author: c.publication.publisher } : {}),
    creator: "Actes (pdf-lib)",
    date,
  };
}

function paperSize(spread: { width: number; height: number }, pageWidth: number, pageHeight: number, options: ImposeOptions): { width: number; height: number } {
  const margin = options.cropMarks ? MARK_OFFSET + MARK_LENGTH : 0;
  if (options.cropMarks && options.sheet === undefined) {
    return { width: spread.width + 2 * MARKS_MARGIN, height: spread.height + 2 * MARKS_MARGIN };
  }
  const name = options.sheet ?? nextSizeUp(pageWidth, pageHeight);
  const [short, long] = ISO_SIZES[name].map((mm) => mm * MM) as [number, number];
  if (spread.width + 2 * margin > long + SIZE_TOLERANCE || spread.height + 2 * margin > short + SIZE_TOLERANCE) {
    throw new PdfError(
      `Two pages of ${mm(pageWidth)} × ${mm(pageHeight)}${options.cropMarks ? " with crop marks" : ""} do not fit on a landscape ${name} sheet (${mm(long)} × ${mm(short)}). ` +
        `Fix: ${options.cropMarks ? "leave the sheet out, so that it is sized for the marks, or choose a larger sheet" : "choose a larger sheet"}.`,
    );
  }
  return { width: long, height: short };
}

/** The ISO size above the pages' own, for pages of a known ISO size. */
function nextSizeUp(width: number, height: number): SheetSize {
  const entry = (Object.entries(ISO_SIZES) as [IsoSize, readonly [number, number]][]).find(
    ([, [w, h]]) => Math.abs(w * MM - width) <= SIZE_TOLERANCE && Math.abs(h * MM - height) <= SIZE_TOLERANCE,
  );
  const size = entry && (entry[0] in SHEET_FOR_PAGE ? SHEET_FOR_PAGE[entry[0] as PageSize] : undefined);
  if (!size) {
    throw new PdfError(`The booklet's pages are ${mm(width)} × ${mm(height)}, not A4, A5 or B5 portrait: no sheet size follows from them. Fix: give the sheet (options.sheet).`);
  }
  return size;
}

/**
 * Crop marks at the four corners of the trimmed spread and a dashed fold mark
 * above and below the spine, all in the margin: none touches a page. Black
 * only (K), so that they print on one plate.
 */
function drawMarks(sheet: PDFPage, origin: { x: number; y: number }, spread: { width: number; height: number }, pageWidth: number): void {
  const color = cmyk(0, 0, 0, 1);
  const line = (x1: number, y1: number, x2: number, y2: number, dashed = false) =>
    sheet.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: MARK_WIDTH, color, ...(dashed ? { dashArray: [2, 2] } : {}) });
  const near = MARK_OFFSET;
  const far = MARK_OFFSET + MARK_LENGTH;
  const left = origin.x;
  const right = origin.x + spread.width;
  const bottom = origin.y;
  const top = origin.y + spread.height;
  for (const y of [bottom, top]) {
    line(left - far, y, left - near, y);
    line(right + near, y, right + far, y);
  }
  for (const x of [left, right]) {
    line(x, bottom - far, x, bottom - near);
    line(x, top + near, x, top + far);
  }
  const spine = origin.x + pageWidth;
  line(spine, bottom - far, spine, bottom - near, true);
  line(spine, top + near, spine, top + far, true);
}

const mm = (points: number) => `${(points / MM).toFixed(1)} mm`;
