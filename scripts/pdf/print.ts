/**
 * Stage "print": Chromium prints the laid-out book to a tagged PDF with an
 * outline (Chromium writes the outline only for a tagged PDF), then the
 * browser is closed.
 */
import type { LaidOutBook } from "./paginate.ts";

export async function printBook(book: LaidOutBook): Promise<{ raw: Uint8Array }> {
  try {
    const raw = await book.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return { raw };
  } finally {
    await book.close();
  }
}
