/**
 * Stage "EPUB": the edition as an EPUB 3 book, written beside the booklet
 * (`<slug>.epub`), from the same model, carrying the booklet's pagination:
 * a page break where each page of the booklet begins (page-starts.ts,
 * page-breaks.ts) and a page-list in the navigation document. Its parts:
 * documents.ts (the content documents), package.ts (package document,
 * navigation, cover, fonts), zip.ts (the container).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Edition } from "../data/model.ts";
import { contentDocuments, esc, holds, type ContentDocument } from "./documents.ts";
import { pageBreakMarker, packageFiles } from "./package.ts";
import { placePageBreaks, type PlacedBreak } from "./page-breaks.ts";
import type { PageStart } from "./page-starts.ts";
import { zipEpub } from "./zip.ts";

export interface EpubInput {
  edition: Edition;
  /** Where each page of the booklet begins, in page order (collectPageStarts). */
  pageStarts: PageStart[];
  /** The edition's date: the EPUB's modification date and its files' dates. */
  date: Date;
}

/** Where a page break of the booklet stands in the EPUB. */
export interface EpubBreak extends PlacedBreak {
  /** The content document holding it. */
  file: string;
}

export interface EpubFacts {
  /** Root-relative URL, e.g. /optima-2015.epub */
  url: string;
  bytes: number;
  /** One per page of the booklet, in page order. */
  breaks: EpubBreak[];
}

/** The EPUB's file name: the booklet's, with .epub. */
export const epubFileName = (edition: Edition) => edition.pdf.fileName.replace(/\.pdf$/, ".epub");

export async function writeEpub(folder: string, input: EpubInput): Promise<EpubFacts> {
  const documents = contentDocuments(input.edition);
  const language = input.edition.colloquium.language;
  const breaks: EpubBreak[] = [];
  const xhtml = new Map<string, string>();
  for (const [document, starts] of startsByDocument(documents, input.pageStarts)) {
    const { html, placed } = placePageBreaks(wrap(document, language), (element) => element.tagName === "body", starts, pageBreakMarker);
    xhtml.set(document.file, html);
    breaks.push(...placed.map((placedBreak) => ({ ...placedBreak, file: document.file })));
  }
  breaks.sort((a, b) => a.page - b.page);
  const files = await packageFiles({ edition: input.edition, documents, xhtml, breaks, date: input.date });
  const bytes = await zipEpub(files, input.date);
  const fileName = epubFileName(input.edition);
  await writeFile(path.join(folder, fileName), bytes);
  return { url: `/${fileName}`, bytes: bytes.length, breaks };
}

/**
 * The page starts each document holds, in page order. A page without text,
 * or in a part of the booklet the EPUB has no document for, goes with the next
 * page that has one (its break stands just before that page's); at the end of
 * the book, with the last.
 */
export function startsByDocument(documents: ContentDocument[], starts: PageStart[]): Map<ContentDocument, PageStart[]> {
  const byDocument = new Map<ContentDocument, PageStart[]>(documents.map((document) => [document, []]));
  let waiting: PageStart[] = [];
  for (const start of starts) {
    const document = start.unit ? documents.find((d) => holds(d, start.unit!)) : undefined;
    if (!document) {
      waiting.push({ ...start, unit: null });
      continue;
    }
    byDocument.get(document)!.push(...waiting, start);
    waiting = [];
  }
  if (waiting.length > 0) byDocument.get(documents.at(-1)!)!.push(...waiting);
  return byDocument;
}

/** A content document: XHTML, with the edition's language on its root. */
export function wrap(document: Pick<ContentDocument, "title" | "body">, language: string, head = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${language}" xml:lang="${language}">
<head>
<meta charset="UTF-8"/>
<title>${esc(document.title)}</title>
<link rel="stylesheet" type="text/css" href="css/epub.css"/>${head}
</head>
<body>
${document.body}
</body>
</html>
`;
}
