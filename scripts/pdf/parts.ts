/**
 * A long book is laid out in parts, one browser page each, at once (the
 * browser side is scripts/pdf/browser/renderer/parts.js); the pages of the
 * later parts are then put after the first part's, in its browser page.
 */
import { availableParallelism } from "node:os";
import type { Page } from "playwright-core";
import type { PagesMarkup } from "./browser/actes.d.ts";
import { PdfError } from "./errors.ts";

/**
 * Below this size of print page a book is laid out in one piece: a second
 * browser page costs more than it saves on a book of a few dozen pages.
 */
const PARTS_FROM_BYTES = 400_000;
const MAX_PARTS = 4;

/** How many parts to lay out at once when the settings do not say: one per processor (up to 4) for a long book. */
export function defaultParts(printPageBytes: number): number {
  return printPageBytes < PARTS_FROM_BYTES ? 1 : Math.max(1, Math.min(MAX_PARTS, availableParallelism()));
}

/**
 * Appends the pages of the later parts to the first part's, in order. A part
 * opens on a right-hand page: after an odd number of pages, it brings the blank
 * page Paged.js laid out before it. The other browser pages are closed as soon
 * as their pages are taken; the caller numbers the whole book.
 * Returns how many parts had pages.
 */
export async function gatherParts(first: Page, later: Page[]): Promise<number> {
  let parts = 1;
  let pages = await first.evaluate(() => document.querySelectorAll(".pagedjs_pages > .pagedjs_page").length);
  for (const [i, page] of later.entries()) {
    // Anonymous arrow functions: tsx gives named ones a helper (__name) the page does not have.
    const part = await page.evaluate(() => window.actes!.parts!.partPages());
    await page.close();
    // More browser pages than places to cut the book: this one laid out only the cover.
    if (part === null) continue;
    parts++;
    if (pages % 2 === 1) {
      if (part.blank === null) {
        throw new PdfError(
          `Part ${i + 2} of the booklet has no blank page before it to open on a right-hand page: the book's first block (the cover) must fill exactly one page. Fix: shorten the cover, or set the parts to 1 (--pdf-parts 1) to lay out the book in one piece.`,
        );
      }
      await appendPages(first, part.blank);
      pages++;
    }
    await appendPages(first, part.pages);
    pages += part.pages.styles.length;
  }
  return parts;
}

function appendPages(page: Page, pages: PagesMarkup): Promise<void> {
  return page.evaluate((markup) => window.actes!.parts!.appendPages(markup), pages);
}

