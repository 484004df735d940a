/** The PDFs the build wrote, as the website states them: where each is, its size and its pages. */
export interface PdfFile<Size = number> {
  /** Root-relative URL, e.g. /optima-2015.pdf */
  url: string;
  bytes: Size;
  pages: number;
}

export interface PdfFiles<Size = number> {
  booklet: PdfFile<Size>;
  /** One PDF per contribution and per session, by slug: their pages of the booklet. */
  contributions: Record<string, PdfFile<Size>>;
  sessions: Record<string, PdfFile<Size>>;
  /** The booklet's pages two-up for saddle-stitched printing. */
  imposition: PdfFile<Size>;
  /** The EPUB written beside the booklet (scripts/epub/), offered wherever the booklet is. */
  epub?: { url: string; bytes: number };
}

/**
 * The size of a PDF still being written while the website renders (the
 * extracts and the imposition are cut from the finished booklet meanwhile):
 * the page states it once the file is written (eleventy/file-sizes.ts).
 */
export interface SizeToCome {
  toCome: string;
}

/** The PDFs as the website may state them before they are written: where each will be, its pages, its size to come. */
export type PdfFilesToCome = PdfFiles<number | SizeToCome>;
