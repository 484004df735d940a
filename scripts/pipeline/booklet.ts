/**
 * The booklet's stages, in two halves so that the build can work while
 * Chromium prints: `layOutBooklet` (print page → paginate with Paged.js →
 * where each page begins) and `printBooklet` (print with Chromium → finish
 * the PDF). `makeBooklet` runs both, then the preflight, for
 * `npm run preflight` (preflight-edition.ts); the build (index.ts) runs the
 * preflight beside its other work (in a thread from 120 pages) and stops on
 * its errors.
 */
import type { Edition } from "../data/model.ts";
import { bookletInfo } from "../pdf/document-info.ts";
import { finishBooklet, type FinishedBooklet } from "../pdf/finish.ts";
import { paginate, type LaidOutBook, type PaginateTimings } from "../pdf/paginate.ts";
import { preflightBooklet, type PreflightReport } from "../pdf/preflight.ts";
import { copyRules } from "../data/names.ts";
import { collectPageStarts, type PageStart } from "../epub/page-starts.ts";
import { printBook } from "../pdf/print.ts";
import { launchChromium } from "../lib/chromium.ts";
import { stopwatch } from "../lib/stopwatch.ts";
import { renderPrintPage, type PrintPage } from "./print-page.ts";
import type { BookletSettings } from "./settings.ts";

/** Seconds spent in each of the booklet's stages (the benchmark reads them). */
export interface BookletTimings extends PaginateTimings {
  printPage: number;
  /** Reading where each page begins (the EPUB's and the web pages' page breaks). */
  pageStarts: number;
  print: number;
  finish: number;
  preflight: number;
}

export interface BookletLayout {
  book: LaidOutBook;
  /** Where each page begins in the text, read from the layout before it is printed (and its browser closed). */
  pageStarts: PageStart[];
  seconds: Pick<BookletTimings, "printPage" | keyof PaginateTimings | "pageStarts">;
}

/**
 * Print page, pagination and page starts; the book stays open in Chromium for `printBooklet`.
 * `onPaginated` is told the number of pages as soon as they are laid out (see paginate.ts).
 */
export async function layOutBooklet(edition: Edition, settings: BookletSettings, scratch: string, onPaginated?: (pages: number) => void): Promise<BookletLayout> {
  const clock = stopwatch();
  // Chromium starts while Eleventy renders the print page (its launch took as long as the page on the default edition).
  const launched = launchChromium(settings.browserPath);
  // Marked handled at once: a failed launch is thrown below by paginate, after the print page's own error if it has one.
  launched.catch(() => undefined);
  let printPage: PrintPage;
  try {
    printPage = await renderPrintPage(edition, scratch);
  } catch (error) {
    await launched.then((browser) => browser.close(), () => undefined);
    throw error;
  }
  const printPageSeconds = clock();
  const book = await paginate({ ...printPage, ...settings, launched, onPaginated });
  clock();
  try {
    const pageStarts = await collectPageStarts(book.page);
    return { book, pageStarts, seconds: { printPage: printPageSeconds, ...book.seconds, pageStarts: clock() } };
  } catch (error) {
    await book.close();
    throw error;
  }
}

export interface PrintedBooklet {
  booklet: FinishedBooklet;
  seconds: Pick<BookletTimings, "print" | "finish">;
}

/** Chromium prints the laid-out book (and closes), then the PDF is finished, dated `date`. */
export async function printBooklet(edition: Edition, layout: BookletLayout, date: Date): Promise<PrintedBooklet> {
  const clock = stopwatch();
  const printed = await printBook(layout.book);
  const print = clock();
  const booklet = await finishBooklet({ printed, facts: layout.book.facts, info: bookletInfo(edition, date), publicUrl: edition.colloquium.publication.url });
  return { booklet, seconds: { print, finish: clock() } };
}

export interface MadeBooklet {
  /** What the layout measured (pages, folios, headings). */
  layout: LaidOutBook["facts"];
  booklet: FinishedBooklet;
  preflight: PreflightReport;
  seconds: BookletTimings;
}

/** The whole booklet of `edition` in `scratch` (a private folder), dated `date`, with its preflight. */
export async function makeBooklet(edition: Edition, settings: BookletSettings, scratch: string, date: Date): Promise<MadeBooklet> {
  const layout = await layOutBooklet(edition, settings, scratch);
  const printed = await printBooklet(edition, layout, date);
  const clock = stopwatch();
  const preflight = preflightBooklet({ document: printed.booklet.document, facts: layout.book.facts, copy: copyRules(edition) });
  return { layout: layout.book.facts, booklet: printed.booklet, preflight, seconds: { ...layout.seconds, ...printed.seconds, preflight: clock() } };
}
