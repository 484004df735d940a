/** The PDFs the build wrote, as the website states them: where each is, its size and its pages. */
export interface PdfFile {
  /** Root-relative URL, e.g. /optima-2015.pdf */
  url: string;
  bytes: number;
  pages: number;
}

export interface PdfFiles {
  booklet: PdfFile;
  /** One PDF per contribution and per session, by slug: their pages of the booklet. */
  contributions: Record<string, PdfFile>;
  sessions: Record<string, PdfFile>;
  /** The booklet's pages two-up for saddle-stitched printing. */
  imposition: PdfFile;
  /** The EPUB written beside the booklet (scripts/epub/), offered wherever the booklet is. */
  epub?: { url: string; bytes: number };
}
