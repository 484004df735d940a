/**
 * The whole build, one way, stage by stage:
 *   load and validate the edition → the booklet (booklet.ts: print page →
 *   paginate with Paged.js → where each page begins → print with Chromium →
 *   finish the PDF → preflight) → page map → booklet files (the booklet, its
 *   imposition, a PDF per contribution and session) → EPUB (with the booklet's
 *   page breaks) → render the website, once, with the PDFs' files, the page
 *   map and the page breaks → index it for search (Pagefind) → make it ready
 *   to host (hashed assets, server configurations, then the offline zip and
 *   the precompressed copies at once) → swap the new site in.
 * Each stage is a module with a typed input and output; nothing travels
 * through the environment. With `settings.booklet` absent, the website is
 * built alone, without a browser.
 */
import { loadEdition } from "../data/load.ts";
import { writeEpub, type EpubFacts } from "../epub/index.ts";
import type { PageStart } from "../epub/page-starts.ts";
import type { PdfFiles } from "../pdf/files.ts";
import { mapPages, type PageMap } from "../pdf/page-map.ts";
import { PreflightError, type PreflightReport } from "../pdf/preflight.ts";
import { publicationDate } from "../pdf/reproducible.ts";
import { hashAssets } from "../hosting/hash-assets.ts";
import { writeOfflineCopy } from "../hosting/offline-copy.ts";
import { precompress } from "../hosting/precompress.ts";
import { writeServerConfigs } from "../hosting/server-config.ts";
import { indexSite } from "../search/pagefind.ts";
import { makeBooklet, type BookletTimings } from "./booklet.ts";
import { writeBookletFiles } from "./booklet-files.ts";
import { runEleventy } from "./eleventy.ts";
import { withPublicUrl, type BuildSettings } from "./settings.ts";
import { withStaging } from "./staging.ts";
import { stopwatch } from "../lib/stopwatch.ts";

/** Seconds spent in each stage (the benchmark reads them). */
export interface BuildTimings extends Partial<BookletTimings> {
  load: number;
  pageMap?: number;
  /** The booklet, its imposition and the extracts written (booklet-files.ts). */
  bookletFiles?: number;
  /** Writing the EPUB. */
  epub?: number;
  site: number;
  search: number;
  /** The four steps below, the last two of them at once. */
  hosting: number;
  hashAssets: number;
  offlineCopy: number;
  serverConfigs: number;
  precompress: number;
}

export interface BuildResult {
  out: string;
  /** The PDFs written; absent when the website was built alone. */
  pdfFiles?: PdfFiles;
  pageMap?: PageMap;
  /** Absent when the website was built alone (no booklet, no EPUB). */
  epub?: EpubFacts;
  /** Where each page of the booklet begins in its text (the EPUB's and the web pages' page breaks). */
  pageStarts?: PageStart[];
  /** The booklet's preflight: its warnings (a build with errors fails). */
  preflight?: PreflightReport;
  /** Parts of the booklet laid out at once. */
  parts?: number;
  /** The site's public URL, from --url or the data; absent: no canonical links, sitemap or absolute addresses. */
  publicUrl?: string;
  seconds: BuildTimings;
}

export async function build(settings: BuildSettings): Promise<BuildResult> {
  const clock = stopwatch();
  const edition = withPublicUrl(await loadEdition(settings.dataDir), settings);
  const seconds: BuildTimings = { load: clock(), site: 0, search: 0, hosting: 0, hashAssets: 0, offlineCopy: 0, serverConfigs: 0, precompress: 0 };
  const rejections = watchUnhandledRejections();
  try {
    return await withStaging(settings.out, async ({ site, scratch }) => {
      const result: BuildResult = { out: settings.out, seconds, ...(edition.colloquium.publication.url ? { publicUrl: edition.colloquium.publication.url } : {}) };
      const c = edition.colloquium;
      // Every date the files carry (PDFs, zip): the edition's, never the clock.
      const date = publicationDate(c.publication.date, settings.sourceDateEpoch);
      if (settings.booklet) {
        const made = await makeBooklet(edition, settings.booklet, scratch, date);
        Object.assign(seconds, made.seconds);
        result.preflight = made.preflight;
        if (made.preflight.errors > 0) throw new PreflightError(made.preflight, edition.pdf.fileName);
        clock();
        result.pageMap = mapPages({ edition, facts: made.layout, headingPages: made.booklet.headingPages, maxContributionPages: c.print.maxContributionPages });
        seconds.pageMap = clock();
        result.pdfFiles = await writeBookletFiles(site, { edition, booklet: made.booklet, pageMap: result.pageMap, preflight: made.preflight, folios: made.layout.folios, date });
        seconds.bookletFiles = clock();
        result.epub = await writeEpub(site, { edition, pageStarts: made.pageStarts, date });
        result.pdfFiles.epub = { url: result.epub.url, bytes: result.epub.bytes };
        result.pageStarts = made.pageStarts;
        seconds.epub = clock();
        result.parts = made.parts;
      }
      await runEleventy(
        { target: "site", edition, ...(result.pdfFiles ? { pdf: result.pdfFiles } : {}), ...(result.pageMap ? { pageMap: result.pageMap } : {}), ...(result.pageStarts ? { pageStarts: result.pageStarts } : {}) },
        site,
        settings.basePath,
      );
      seconds.site = clock();
      await indexSite(site);
      seconds.search = clock();
      // Hashed names first: the server configurations, the zip and the compressed copies follow them.
      const hostingStarted = performance.now();
      await hashAssets(site, { basePath: settings.basePath });
      seconds.hashAssets = clock();
      await writeServerConfigs(site, { basePath: settings.basePath });
      seconds.serverConfigs = clock();
      // The zip and the compressed copies at once: neither reads what the other writes (the zip leaves .br and .gz out,
      // a zip is not compressed again), and the zip's rewrite of the pages runs while zlib's threads compress.
      const together = performance.now();
      const since = async <T>(work: Promise<T>) => (await work, (performance.now() - together) / 1000);
      [seconds.offlineCopy, seconds.precompress] = await Promise.all([since(writeOfflineCopy(site, edition, { date })), since(precompress(site))]);
      clock();
      seconds.hosting = (performance.now() - hostingStarted) / 1000;
      rejections.check();
      return result;
    });
  } finally {
    rejections.stop();
  }
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
