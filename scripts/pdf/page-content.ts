/**
 * The content streams of a page (or a form XObject) as text, for the readers
 * of scripts/pdf/content-stream.ts: decoded and handled as Latin-1, so that
 * every byte survives a round trip.
 */
import { deflateSync, inflateSync } from "node:zlib";
import { PDFArray, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFDocument, type PDFObject, type PDFPage } from "../lib/pdf-lib.ts";

/** One stream's content as Latin-1 text. */
export function streamText(stream: PDFRawStream): string {
  // Chromium's content streams are Flate only: Node's native zlib reads them many times faster than pdf-lib's JavaScript inflate.
  const filter = stream.dict.get(PDFName.of("Filter"));
  const bytes = filter instanceof PDFName && filter.decodeText() === "FlateDecode" && !stream.dict.has(PDFName.of("DecodeParms")) ? inflateSync(stream.contents) : decodePDFRawStream(stream).decode();
  return Buffer.from(bytes).toString("latin1");
}

/** A page's /Contents (one stream or an array of them), joined; `refs` are the streams as the page gives them. */
export function pageContent(pdf: PDFDocument, contents: PDFObject | undefined): { source: string; refs: PDFObject[] } {
  if (contents === undefined) return { source: "", refs: [] };
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  const source = refs
    .map((ref) => {
      const stream = pdf.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) throw new Error(`Page content ${ref.toString()} is not a stream pdf-lib can read.`);
      return streamText(stream);
    })
    .join("\n");
  return { source, refs };
}

/**
 * Replaces a page's content with `text`, compressed. The new stream takes the
 * number of the page's first stream, the others are deleted: no orphan is left in the file.
 */
export function setPageContent(pdf: PDFDocument, page: PDFPage, refs: PDFObject[], text: string): void {
  const [first, ...rest] = refs;
  if (!(first instanceof PDFRef) || rest.some((ref) => !(ref instanceof PDFRef))) throw new Error("Page content is not given by reference: unexpected from Chromium.");
  pdf.context.assign(first, pdf.context.stream(deflateSync(Buffer.from(text, "latin1")), { Filter: "FlateDecode" }));
  for (const ref of rest) pdf.context.delete(ref as PDFRef);
  page.node.set(PDFName.of("Contents"), first);
}

/** A change to one page's content: its new text, or undefined when it leaves the page as it is. */
export type ContentEdit = (source: string, page: PDFPage) => string | undefined;

/**
 * Each page's content read once, changed by `edits` in turn, and written once
 * if one of them changed it (inflating and deflating every page once per edit
 * cost seconds on a long book). A page no edit changes keeps Chromium's stream.
 */
export function editPageContents(pdf: PDFDocument, edits: ContentEdit[]): void {
  for (const page of pdf.getPages()) {
    const contents = page.node.get(PDFName.of("Contents"));
    if (contents === undefined) continue;
    const { source, refs } = pageContent(pdf, contents);
    let text: string | undefined;
    for (const edit of edits) text = edit(text ?? source, page) ?? text;
    if (text !== undefined) setPageContent(pdf, page, refs, text);
  }
}
