/**
 * The booklet's stages, in one function for the build (index.ts) and
 * `npm run preflight` (preflight.ts): print page → paginate (Paged.js) →
 * print (Chromium) → finish the PDF → preflight. The build stops on the
 * preflight's errors; `npm run preflight` prints them.
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

export interface MadeBooklet {
  /** What the layout measured (pages, folios, headings), for the page map and the extracts. */
  layout: LaidOutBook["facts"];
  /** Parts of the booklet laid out at once. */
  parts: number;
  booklet: FinishedBooklet;
  /** Where each page begins in the text, read from the layout before it is printed (and its browser closed). */
  pageStarts: PageStart[];
  preflight: PreflightReport;
  seconds: BookletTimings;
}

/** Makes the booklet of `edition` in `scratch` (a private folder), dated `date`. */
export async function makeBooklet(edition: Edition, settings: BookletSettings, scratch: string, date: Date): Promise<MadeBooklet> {
  const c = edition.colloquium;
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
  const book = await paginate({ ...printPage, ...settings, launched });
  clock();
  const pageStarts = await collectPageStarts(book.page);
  const pageStartsSeconds = clock();
  const { raw } = await printBook(book);
  const print = clock();
  const booklet = await finishBooklet({ raw, facts: book.facts, info: bookletInfo(edition, date), publicUrl: c.publication.url });
  const finish = clock();
  const preflight = preflightBooklet({ document: booklet.document, facts: book.facts, copy: copyRules(edition) });
  return { layout: book.facts, parts: book.parts, booklet, pageStarts, preflight, seconds: { printPage: printPageSeconds, ...book.seconds, pageStarts: pageStartsSeconds, print, finish, preflight: clock() } };
}
