/**
 * Stage "finish": everything Chromium leaves undone in the printed booklet,
 * in one load and one save (each costs seconds on a long book): a long
 * book's slices joined, tags mended, soft hyphens out of the text layer,
 * metadata, page labels, bookmark titles, reproducible bytes. The loaded
 * document stays open for the extracts (scripts/pdf/extract.ts).
 */
import type { PDFDocument } from "../lib/pdf-lib.ts";
import type { LayoutFacts } from "./browser/actes.d.ts";
import { PdfError } from "./errors.ts";
import { loadPrinted } from "./join-slices.ts";
import { mendTags } from "./mend-tags.ts";
import { retitleOutline, setDocumentInfo, setPageLabels, setXmp, type DocumentInfo } from "./metadata.ts";
import { prepareReproducible, saveReproducible } from "./reproducible.ts";
import { softHyphenEdit } from "./soft-hyphens.ts";

export interface FinishInput {
  /** What Chromium printed: the whole book, or its slices to join. */
  printed: Uint8Array[];
  facts: LayoutFacts;
  /** The booklet's metadata; `contents` is taken from the layout. */
  info: Omit<DocumentInfo, "contents">;
  /** The public URL of the site, if any: links to the local render server are made to point there. */
  publicUrl?: string;
}

export interface FinishedBooklet {
  bytes: Uint8Array;
  /** The finished document, still loaded, for the extracts. */
  document: PDFDocument;
  /** The page (from 1) of each heading's bookmark in the printed PDF, in the order of `facts.headings`. */
  headingPages: (number | undefined)[];
}

export async function finishBooklet(input: FinishInput): Promise<FinishedBooklet> {
  const { facts } = input;
  const document = await loadPrinted(input.printed);
  if (document.getPageCount() !== facts.pages) {
    // A page box that does not match the printed page size splits or merges sheets: folios would lie.
    throw new PdfError(
      `Chromium printed ${document.getPageCount()} pages where Paged.js laid out ${facts.pages}. ` +
        "Fix: keep the @page size in one place (the generated page-size.css, from colloquium.print) and no fixed widths wider than the page in styles/print/.",
    );
  }
  // Artifacts, role map and list bodies Chromium's tagger leaves out; in the same pass over the pages,
  // searchable words: the soft hyphens of the build-time hyphenation out of the text layer.
  mendTags(document, [softHyphenEdit]);
  const info = { ...input.info, contents: facts.headings.map((heading) => heading.title) };
  setDocumentInfo(document, info);
  setPageLabels(document, facts.folios);
  const headingPages = retitleOutline(document, facts.headings);
  setXmp(document, info);
  prepareReproducible(document, { date: input.info.date, publicUrl: input.publicUrl });
  const bytes = await saveReproducible(document);
  return { bytes, document, headingPages };
}
