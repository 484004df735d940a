/**
 * Stage "print": Chromium prints the laid-out book to a tagged PDF with an
 * outline (Chromium writes the outline only for a tagged PDF), then the
 * browser is closed. A long book is printed in slices of pages, one PDF each,
 * which finish joins (join-slices.ts): Chromium's print of 1,834 pages took
 * 44–52 s whole, 21–22 s in slices (CHANGELOG.md, 2026-12-06).
 */
import type { LaidOutBook } from "./paginate.ts";

/**
 * Up to this many pages a book is printed whole (465 pages: 3.2–3.5 s whole,
 * 4.0 s in four slices); a longer one in slices of at most this many.
 */
export const SLICE_PAGES = 500;

const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/** The book printed (see printPages), then its browser closed. */
export async function printBook(book: LaidOutBook, slicePages = SLICE_PAGES): Promise<Uint8Array[]> {
  try {
    return await printPages(book, slicePages);
  } finally {
    await book.close();
  }
}

/**
 * One PDF of the whole book, or one per slice of at most `slicePages` pages,
 * in order; the book stays open. Once printed in slices, the page shows only
 * the last slice.
 */
export async function printPages(book: LaidOutBook, slicePages: number): Promise<Uint8Array[]> {
  const total = book.facts.pages;
  if (total <= slicePages) return [await book.page.pdf(PDF_OPTIONS)];
  const size = Math.ceil(total / Math.ceil(total / slicePages));
  const slices: Uint8Array[] = [];
  const session = await book.page.context().newCDPSession(book.page);
  for (let from = 0; from < total; from += size) {
    // The garbage of the layout and of the slice before collected first: printing 1,834 pages in
    // slices peaked at 2.6 GB (Node and Chromium) without it, 1.5 GB with it, in the same time.
    await session.send("HeapProfiler.collectGarbage");
    // Anonymous arrow function: tsx gives named ones a helper (__name) the page does not have.
    await book.page.evaluate(([first, end]) => window.actes!.printSlices!.showSlice(first, end), [from, Math.min(total, from + size)] as const);
    slices.push(await book.page.pdf(PDF_OPTIONS));
  }
  await session.detach();
  return slices;
}
