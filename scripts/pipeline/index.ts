/**
 * The whole build, one way, stage by stage:
 *   load and validate the edition → the booklet laid out (booklet.ts: print
 *   page → paginate with Paged.js → where each page begins) → page map →
 *   printed by Chromium, while the EPUB is written and the website renders
 *   and names its assets after their content (they need only the layout),
 *   then is indexed for search (Pagefind) → the PDF finished → booklet files
 *   (the booklet, a PDF per contribution and session, the imposition) →
 *   their sizes written into the pages → make it ready to host (server
 *   configurations, then the precompressed copies, at once with the
 *   preflight's verdict and the offline zip) → swap the new site in.
 * From 120 pages the website, the preflight, the imposition and the
 * precompressed copies run in worker threads (lib/thread.ts); the preflight's
 * errors stop the build before the zip and the swap.
 * Each stage is a module with a typed input and output; nothing travels
 * through the environment. With `settings.booklet` absent, the website is
 * built alone, without a browser.
 */
import path from "node:path";
import { loadEdition } from "../data/load.ts";
import { writeEpub, type EpubFacts } from "../epub/index.ts";
import type { PageStart } from "../epub/page-starts.ts";
import type { PdfFiles } from "../pdf/files.ts";
import { checkPrintedPages, mapPages, type PageMap } from "../pdf/page-map.ts";
import type { LaidOutBook } from "../pdf/paginate.ts";
import { PreflightError, type PreflightFileInput, type PreflightReport } from "../pdf/preflight.ts";
import { publicationDate } from "../pdf/reproducible.ts";
import { writeOfflineCopy } from "../hosting/offline-copy.ts";
import { writeServerConfigs } from "../hosting/server-config.ts";
import { compressibleFiles, precompress, type PrecompressInput } from "../hosting/precompress.ts";
import { indexSite } from "../search/pagefind.ts";
import { layOutBooklet, printBooklet, type BookletTimings } from "./booklet.ts";
import { bookletFilesToCome, preflightFileName, writeBookletFiles, writePreflightReport } from "./booklet-files.ts";
import { fillFileSizes, sizesOf } from "../eleventy/file-sizes.ts";
import { formatFileSize } from "../eleventy/filters.ts";
import { copyRules } from "../data/names.ts";
import { impositionOptions, type ImposeFileInput } from "../pdf/impose.ts";
import { bundleForThreads, startHere, startThread, type Thread } from "../lib/thread.ts";
import { renderSite, type SiteRender } from "./eleventy.ts";
import type { SiteInput } from "../eleventy/input.ts";
import { withPublicUrl, type BuildSettings } from "./settings.ts";
import { withStaging } from "./staging.ts";
import { stopwatch, timed } from "../lib/stopwatch.ts";

/** Seconds spent in each stage (the benchmark reads them). */
export interface BuildTimings extends Partial<BookletTimings> {
  load: number;
  pageMap?: number;
  /** The booklet, its page map, the extracts and the imposition written (booklet-files.ts). */
  bookletFiles?: number;
  /** The imposition (in a thread from 120 pages, at once with the extracts). */
  imposition?: number;
  /** Writing the EPUB, at once with Chromium's print. */
  epub?: number;
  /** Waiting for the preflight after the server configurations (0 when it was done first), and writing its report. */
  preflightWait?: number;
  /** Waiting for the website's render after the booklet files (it runs from the print on). */
  siteWait?: number;
  /** Waiting for the search index after the website's render (it starts as soon as the pages are rendered). */
  searchWait?: number;
  /** The PDFs' sizes stated in the pages. */
  fileSizes?: number;
  site: number;
  /** Naming the assets after their content, once the website is rendered (part of `site`). */
  hashAssets: number;
  search: number;
  /** Its steps below (the preflight's verdict among them), the last two at once. */
  hosting: number;
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
  marks: BuildMarks;
}

/** Moments of the build, in seconds from its start. */
export interface BuildMarks {
  /** The booklet's PDF finished (printed, tagged, saved in memory): what follows is the rest of the build. */
  pdfWritten?: number;
}

/**
 * From this many pages the website, the preflight and the imposition run in
 * threads. Measured here (single runs, noisy): at 44 pages the build took
 * 4.9 s with them on this thread and 5.1–5.5 s in threads (their start,
 * Eleventy's loading included); at 465 pages 23.1 s with the website on this
 * thread during the print, 22.4 s with it in a thread. With the threads'
 * modules bundled (no TypeScript loader per thread), 44 pages still took
 * 6.8–7.6 s on this thread against 7.6–8.6 s in threads (four runs each).
 */
const THREADS_FROM_PAGES = 120;
/**
 * The cap on each thread's heap (lib/thread.ts), by the booklet's pages. At
 * 1,834 pages, threads capped at 512 MB ran through: the website's, the
 * largest, keeps less than 0.28 MB a page. The cap gives 0.5 MB a page, and
 * never less than 1 GB. Measured there (Pss of Node and Chromium): peak
 * 2,415–2,702 MB in five builds uncapped, 2,089 and 2,146 MB in two capped at 1,024.
 */
const threadHeapMegabytes = (pages: number) => Math.max(1024, Math.ceil(pages * 0.5));
/**
 * The side work's modules: their file, which a thread bundles, and their import with a literal path, which runs
 * them on this thread from the command's own bundle (lib/bundle.mjs).
 */
const SIDE_MODULES = {
  website: { url: new URL("./eleventy.ts", import.meta.url), load: () => import("./eleventy.ts") },
  preflight: { url: new URL("../pdf/preflight.ts", import.meta.url), load: () => import("../pdf/preflight.ts") },
  impose: { url: new URL("../pdf/impose.ts", import.meta.url), load: () => import("../pdf/impose.ts") },
  precompress: { url: new URL("../hosting/precompress.ts", import.meta.url), load: () => import("../hosting/precompress.ts") },
};
type SideModule = (typeof SIDE_MODULES)[keyof typeof SIDE_MODULES];

export async function build(settings: BuildSettings): Promise<BuildResult> {
  const clock = stopwatch();
  const started = performance.now();
  const sinceStart = () => (performance.now() - started) / 1000;
  const marks: BuildMarks = {};
  const edition = withPublicUrl(await loadEdition(settings.dataDir), settings);
  const seconds: BuildTimings = { load: clock(), site: 0, search: 0, hosting: 0, hashAssets: 0, offlineCopy: 0, serverConfigs: 0, precompress: 0 };
  const rejections = watchUnhandledRejections();
  // The threads, started once the pages are laid out (see below); stopped at the end, whatever happened.
  let starting: Promise<SideWork> | undefined;
  // The laid-out book, open in Chromium until its print closes it (closing is idempotent).
  let book: LaidOutBook | undefined;
  try {
    return await withStaging(settings.out, async ({ site, scratch }) => {
      // The offline copy's pages, made as the website's assets are hashed (renderSite), kept final beside the site's.
      const offlinePages = path.join(scratch, "offline-pages");
      const result: BuildResult = { out: settings.out, seconds, marks, ...(edition.colloquium.publication.url ? { publicUrl: edition.colloquium.publication.url } : {}) };
      const c = edition.colloquium;
      // Every date the files carry (PDFs, zip): the edition's, never the clock.
      const date = publicationDate(c.publication.date, settings.sourceDateEpoch);
      let preflight: Promise<PreflightReport> | undefined;
      // The compressed copies are made beside the preflight's verdict and the zip: from 120 pages in a thread of their own, started below.
      let compressing = startHere<PrecompressInput, string[]>(SIDE_MODULES.precompress.load, "precompress");
      if (settings.booklet) {
        const threadsFromPages = settings.booklet.threadsFromPages ?? THREADS_FROM_PAGES;
        // The website, preflight, imposition and compressed copies start as soon as the pages are laid out, so that
        // their modules load while a single renderer gathers and checks the parts (one processor had nothing to do).
        const layout = await layOutBooklet(edition, settings.booklet, scratch, (pages) => {
          starting = startSideWork(pages >= threadsFromPages, pages);
          // Handled here, awaited below: a failure of the layout first must not leave it unhandled.
          starting.catch(() => undefined);
        });
        book = layout.book;
        Object.assign(seconds, layout.seconds);
        const { facts, parts } = layout.book;
        const pageStarts = layout.pageStarts;
        clock();
        const pageMap = mapPages({ edition, facts, maxContributionPages: c.print.maxContributionPages });
        seconds.pageMap = clock();
        // Chromium prints while the EPUB is written and, in its thread, the website renders: both need only the
        // layout; the PDFs' sizes are stated in the pages once the files are written (eleventy/file-sizes.ts).
        // Rendered here, the website waits for the print: this thread relays the PDF's bytes, slowly when busy.
        const printing = printBooklet(edition, layout, date);
        printing.catch(() => undefined);
        if (!starting) throw new Error("The layout ended without saying how many pages it laid out (paginate.ts's onPaginated): a bug in Actes.");
        const work = await starting;
        const { aside, rendering, preflighting, imposing } = work;
        compressing = work.compressing;
        const epub = await timed(() => writeEpub(site, { edition, pageStarts, date }));
        seconds.epub = epub.seconds;
        if (!aside) await printing;
        const siteInput: SiteInput = { target: "site", edition, pdf: bookletFilesToCome(edition, pageMap, epub.value), pageMap, pageStarts };
        const rendered = timed(() => rendering.run({ input: siteInput, output: site, pathPrefix: settings.basePath, offlinePages })).then(({ value, seconds: spent }) => void ((seconds.site = spent), (seconds.hashAssets = value.hashSeconds)));
        // Handled here, awaited below: a failure of the print first must not leave it unhandled.
        rendered.catch(() => undefined);
        // The search index reads the pages as soon as they are rendered, at once with the print or the booklet files:
        // the PDFs' sizes, stated later, are not indexed (in-booklet.njk), so its bundle is the same.
        let leaving = false;
        const indexing = rendered.then(() => (leaving ? undefined : timed(() => indexSite(site))));
        indexing.catch(() => undefined);
        try {
          const printed = await printing;
          Object.assign(seconds, printed.seconds);
          marks.pdfWritten = sinceStart();
          clock();
          const { booklet } = printed;
          checkPrintedPages(edition, facts, booklet.headingPages);
          // The preflight and the imposition read the finished file in their threads, while this one cuts the extracts;
          // the preflight's errors still stop the build before the new site is hosted and swapped in.
          const imposition = timed(() => imposing.run({ bytes: booklet.bytes, options: impositionOptions(edition, date) })).then(({ value, seconds: spent }) => ((seconds.imposition = spent), value));
          preflight = timed(() => preflighting.run({ bytes: booklet.bytes, facts, copy: copyRules(edition) })).then(({ value, seconds: spent }) => ((seconds.preflight = spent), value));
          preflight.catch(() => undefined);
          imposition.catch(() => undefined);
          const pdfFiles = await writeBookletFiles(site, { edition, booklet, pageMap, folios: facts.folios, date, imposition });
          seconds.bookletFiles = clock();
          await rendered;
          seconds.siteWait = clock();
          seconds.search = (await indexing)?.seconds ?? 0;
          seconds.searchWait = clock();
          const sizes = sizesOf(pdfFiles);
          const format = (bytes: number) => formatFileSize(bytes, c.language);
          for (const folder of [site, offlinePages]) fillFileSizes(folder, sizes, format);
          seconds.fileSizes = clock();
          Object.assign(result, { pdfFiles: { ...pdfFiles, epub: { url: epub.value.url, bytes: epub.value.bytes } }, pageMap, epub: epub.value, pageStarts, parts });
        } catch (error) {
          // Nothing may write into the staging folder once it is removed: the website's thread is stopped, and the
          // index is not started, or is waited for.
          leaving = true;
          await rendering.stop();
          await indexing.catch(() => undefined);
          throw error;
        }
      } else {
        seconds.hashAssets = (await renderSite({ input: { target: "site", edition }, output: site, pathPrefix: settings.basePath, offlinePages })).hashSeconds;
        seconds.site = clock();
        await indexSite(site);
        seconds.search = clock();
      }
      // The assets have their hashed names (renderSite): the server configurations, the zip and the compressed copies follow them.
      const hostingStarted = performance.now();
      await writeServerConfigs(site, { basePath: settings.basePath });
      seconds.serverConfigs = clock();
      // The compressed copies begin now, of the files the site holds now: they need neither the preflight's verdict,
      // which the zip waits for (at 465 pages the zip waited 0.45–0.6 s for it, and so did their thread), nor its
      // report, compressed apart below. Neither they nor the zip read what the other writes (the zip leaves .br and .gz
      // out, a zip is not compressed again).
      const compressed = timed(() => compressing.run({ siteDir: site, files: compressibleFiles(site) }));
      compressed.catch(() => undefined);
      try {
        // The preflight's verdict, waited for only now (its thread ran meanwhile): an error stops the build before the
        // site is packed and swapped in; its report goes in the zip.
        if (preflight) {
          result.preflight = await preflight;
          if (result.preflight.errors > 0) throw new PreflightError(result.preflight, edition.pdf.fileName);
          await writePreflightReport(site, edition, result.preflight);
          precompress({ siteDir: site, files: [preflightFileName(edition)] });
          seconds.preflightWait = clock();
        }
        const [offline, copies] = await Promise.all([timed(() => writeOfflineCopy(site, edition, { date, pages: offlinePages })), compressed]);
        seconds.offlineCopy = offline.seconds;
        seconds.precompress = copies.seconds;
      } catch (error) {
        // Nothing may write into the staging folder once it is removed: the copies' thread is stopped first.
        await compressing.stop();
        throw error;
      }
      clock();
      seconds.hosting = (performance.now() - hostingStarted) / 1000;
      rejections.check();
      return result;
    });
  } finally {
    rejections.stop();
    // Threads left unused by a failed build end with it, and so does a book not yet printed: its browser and server
    // would keep the process alive after the failure was reported (the page map refusing a contribution did).
    const started = await starting?.catch(() => undefined);
    await Promise.all([...(started?.all ?? []).map((thread) => thread.stop()), book?.close()]);
  }
}

interface SideWork {
  /** In threads of their own (a long booklet), or on this thread. */
  aside: boolean;
  rendering: Thread<SiteRender, { hashSeconds: number }>;
  preflighting: Thread<PreflightFileInput, PreflightReport>;
  imposing: Thread<ImposeFileInput, Uint8Array>;
  compressing: Thread<PrecompressInput, string[]>;
  all: Thread<never, unknown>[];
}

/**
 * The website's render, the preflight, the imposition and the compressed
 * copies, ready to be given their input: for a booklet of `pages` pages,
 * `aside` in threads of their own, which load their modules bundled as
 * JavaScript (lib/thread.ts); otherwise here, where they take less time
 * than a thread's start.
 */
async function startSideWork(aside: boolean, pages: number): Promise<SideWork> {
  const modules = Object.values(SIDE_MODULES);
  const bundled = aside ? await bundleForThreads(modules.map((module) => module.url)) : [];
  const start = <I, O>(module: SideModule, name: string) =>
    aside ? startThread<I, O>(bundled[modules.indexOf(module)]!, name, threadHeapMegabytes(pages)) : startHere<I, O>(module.load, name);
  const work = {
    aside,
    rendering: start<SiteRender, { hashSeconds: number }>(SIDE_MODULES.website, "renderSite"),
    preflighting: start<PreflightFileInput, PreflightReport>(SIDE_MODULES.preflight, "preflightFile"),
    imposing: start<ImposeFileInput, Uint8Array>(SIDE_MODULES.impose, "imposeFile"),
    compressing: start<PrecompressInput, string[]>(SIDE_MODULES.precompress, "precompress"),
  };
  return { ...work, all: [work.rendering, work.preflighting, work.imposing, work.compressing] as Thread<never, unknown>[] };
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
