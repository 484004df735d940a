/**
 * The whole build, one way, stage by stage:
 *   load and validate the edition → render the print page → paginate (Paged.js)
 *   → print (Chromium) → finish the PDF → preflight → page map → extracts (a PDF per
 *   contribution and session) → EPUB (with the booklet's page breaks, read from
 *   the layout before printing) → render the website, once, with the PDFs'
 *   facts, the page map and the page breaks → index it for search (Pagefind) → make it ready
 *   to host (hashed assets, offline zip, server configurations, precompressed
 *   copies) → swap the new site in.
 * Each stage is a module with a typed input and output; nothing travels
 * through the environment. With `settings.pdf` absent, the website is built
 * alone, without a browser.
 */
import { loadEdition } from "../data/load.ts";
import { writeEpub, type EpubFacts } from "../epub/index.ts";
import { collectPageStarts, type PageStart } from "../epub/page-starts.ts";
import type { PdfFacts } from "../pdf/facts.ts";
import { bookletInfo } from "../pdf/document-info.ts";
import { finishBooklet } from "../pdf/finish.ts";
import { paginate, type PaginateTimings } from "../pdf/paginate.ts";
import { mapPages, type PageMap } from "../pdf/page-map.ts";
import { preflightBooklet, PreflightError, type PreflightReport } from "../pdf/preflight.ts";
import { printBook } from "../pdf/print.ts";
import { publicationDate } from "../pdf/reproducible.ts";
import { hashAssets } from "../hosting/hash-assets.ts";
import { writeOfflineCopy } from "../hosting/offline-copy.ts";
import { precompress } from "../hosting/precompress.ts";
import { writeServerConfigs } from "../hosting/server-config.ts";
import { indexSite } from "../search/pagefind.ts";
import { runEleventy } from "./eleventy.ts";
import { writePdfs } from "./pdfs.ts";
import { renderPrintPage } from "./print-page.ts";
import type { BuildSettings } from "./settings.ts";
import { withStaging } from "./staging.ts";

/** Seconds spent in each stage (the benchmark reads them). */
export interface BuildTimings extends Partial<PaginateTimings> {
  load: number;
  printPage?: number;
  print?: number;
  finish?: number;
  preflight?: number;
  pageMap?: number;
  extract?: number;
  /** Reading the page starts from the layout, and writing the EPUB. */
  epub?: number;
  site: number;
  search: number;
  hosting: number;
}

export interface BuildResult {
  out: string;
  /** Absent when the website was built alone. */
  pdf?: PdfFacts;
  pageMap?: PageMap;
  /** Absent when the website was built alone (no booklet, no EPUB). */
  epub?: EpubFacts;
  /** Where each page of the booklet begins in its text (the EPUB's and the web pages' page breaks). */
  pageStarts?: PageStart[];
  /** The booklet's preflight: its warnings (a build with errors fails). */
  preflight?: PreflightReport;
  /** Parts of the booklet laid out at once. */
  parts?: number;
  seconds: BuildTimings;
}

export async function build(settings: BuildSettings): Promise<BuildResult> {
  const clock = stopwatch();
  const edition = await loadEdition(settings.dataDir);
  const seconds: BuildTimings = { load: clock(), site: 0, search: 0, hosting: 0 };
  const rejections = watchUnhandledRejections();
  try {
    return await withStaging(settings.out, async ({ site, scratch }) => {
      const result: BuildResult = { out: settings.out, seconds };
      const c = edition.colloquium;
      // Every date the files carry (PDFs, zip): the edition's, never the clock.
      const date = publicationDate(c.publication.date, settings.sourceDateEpoch);
      if (settings.pdf) {
        const printPage = await renderPrintPage(edition, scratch);
        seconds.printPage = clock();
        const book = await paginate({ ...printPage, ...settings.pdf });
        Object.assign(seconds, book.seconds);
        clock();
        // Where each page begins, read from the layout before it is printed (and its browser closed).
        const pageStarts = await collectPageStarts(book.page);
        seconds.epub = clock();
        const { raw } = await printBook(book);
        seconds.print = clock();
        const booklet = await finishBooklet({ raw, facts: book.facts, info: bookletInfo(edition, date), publicUrl: c.publication.url });
        seconds.finish = clock();
        result.preflight = preflightBooklet({ document: booklet.document, facts: book.facts });
        if (result.preflight.errors > 0) throw new PreflightError(result.preflight, edition.pdf.fileName);
        seconds.preflight = clock();
        result.pageMap = mapPages({ edition, facts: book.facts, headingPages: booklet.headingPages, maxContributionPages: c.print.maxContributionPages });
        seconds.pageMap = clock();
        result.pdf = await writePdfs(site, { edition, booklet, pageMap: result.pageMap, preflight: result.preflight, folios: book.facts.folios, date });
        seconds.extract = clock();
        result.epub = await writeEpub(site, { edition, pageStarts, date });
        result.pdf.epub = { url: result.epub.url, bytes: result.epub.bytes };
        result.pageStarts = pageStarts;
        seconds.epub += clock();
        result.parts = book.parts;
      }
      await runEleventy(
        { target: "site", edition, ...(result.pdf ? { pdf: result.pdf } : {}), ...(result.pageMap ? { pageMap: result.pageMap } : {}), ...(result.pageStarts ? { pageStarts: result.pageStarts } : {}) },
        site,
        settings.basePath,
      );
      seconds.site = clock();
      await indexSite(site);
      seconds.search = clock();
      // Hashed names first: the zip, the server configurations and the compressed copies follow them.
      await hashAssets(site, { basePath: settings.basePath });
      await writeOfflineCopy(site, edition, { date });
      await writeServerConfigs(site, { basePath: settings.basePath });
      await precompress(site);
      seconds.hosting = clock();
      rejections.check();
      return result;
    });
  } finally {
    rejections.stop();
  }
}

/** Seconds since the previous call. */
function stopwatch(): () => number {
  let lap = performance.now();
  return () => {
    const now = performance.now();
    const seconds = (now - lap) / 1000;
    lap = now;
    return seconds;
  };
}

/**
 * Eleventy can leave a failed passthrough copy (e.g. disk full) unawaited for a
 * while: unwatched, Node would kill the process on the spot, before the staging
 * folder is removed. Watched, the failure surfaces through Eleventy's own
 * promise; one never handled at all fails the build before the swap.
 */
function watchUnhandledRejections(): { check(): void; stop(): void } {
  const pending = new Map<Promise<unknown>, unknown>();
  const onUnhandled = (reason: unknown, promise: Promise<unknown>) => pending.set(promise, reason);
  const onHandled = (promise: Promise<unknown>) => pending.delete(promise);
  process.on("unhandledRejection", onUnhandled);
  process.on("rejectionHandled", onHandled);
  return {
    check() {
      for (const reason of pending.values()) throw reason;
    },
    stop() {
      process.off("unhandledRejection", onUnhandled);
      process.off("rejectionHandled", onHandled);
    },
  };
}
