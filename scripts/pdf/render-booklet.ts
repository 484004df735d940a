/**
 * Prints the booklet: serves the built site on loopback, lets Paged.js paginate
 * the print page in Chromium, prints it to a tagged PDF and finishes the file
 * (tags mended, metadata, page labels, bookmark titles). Paged.js is made
 * faster by scripts/pdf/browser/fast-pagination.js, and a long book is laid
 * out in parts, one browser page per processor, then put together in the
 * first. Any script error, failed request or font that does not load stops the
 * build: a PDF with a fallback font or an unfilled page number must never ship.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { PDFDocument, ParseSpeeds } from "pdf-lib";
import type { Page } from "playwright-core";
import type { PdfInfo } from "../build/eleventy.ts";
import type { Edition } from "../data/model.ts";
import { PRINT_ASSETS } from "../eleventy/print-plugin.ts";
import { launchChromium } from "../lib/chromium.ts";
import { serveStatic } from "../lib/static-server.ts";
import { mendTagsIn } from "./accessibility.ts";
import { finishPdf, type OutlineHeading } from "./finish-pdf.ts";
import { prepareReproducible, REPRODUCIBLE_SAVE_OPTIONS, reproducibleDate, stampContentId } from "./reproducible.ts";

export interface RenderBookletOptions {
  /** The built site (staging folder) holding the print page and its assets. */
  siteDir: string;
  basePath: string;
  edition: Edition;
  outputFile: string;
  /** Browser pages laying out parts at once; by default one per processor for a long book (see bookletParts). */
  parts?: number;
}

export class BookletRenderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "BookletRenderError";
  }
}

const DEFAULT_TIMEOUT_MS = 180_000;

/** Given to the print page before its own scripts; not part of the published site. */
const FAST_PAGINATION = readFileSync(new URL("./browser/fast-pagination.js", import.meta.url), "utf8");

/**
 * Below this size of print page a book is laid out in one piece: a second
 * browser page costs more than it saves on a book of a few dozen pages.
 */
const PARTS_FROM_BYTES = 400_000;
const MAX_PARTS = 4;

/** How many parts to lay out at once: ACTES_PDF_PARTS, else one per processor (up to 4) for a long book. */
export function bookletParts(printPageBytes: number): number {
  const raw = process.env.ACTES_PDF_PARTS;
  if (raw !== undefined && raw !== "") {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) {
      throw new BookletRenderError(`ACTES_PDF_PARTS is "${raw}", which is not a whole number of parts. Fix: set it to 1 (one piece), 2, 3…, or unset it to choose by the book's length.`);
    }
    return value;
  }
  return printPageBytes < PARTS_FROM_BYTES ? 1 : Math.max(1, Math.min(MAX_PARTS, availableParallelism()));
}

function timeoutMs(): number {
  const raw = process.env.ACTES_PDF_TIMEOUT_MS;
  if (raw === undefined || raw === "") return DEFAULT_TIMEOUT_MS;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new BookletRenderError(`ACTES_PDF_TIMEOUT_MS is "${raw}", which is not a number of milliseconds. Fix: set it to e.g. 300000, or unset it for the default (${DEFAULT_TIMEOUT_MS}).`);
  }
  return value;
}

declare global {
  interface Window {
    PagedConfig?: { auto?: boolean; before?: () => unknown; after?: (flow: { total: number }) => unknown };
    /** Set by our PagedConfig.after hook once Paged.js has laid out every page (booklet.js counts them). */
    __actesPaged?: true;
    /** Set by scripts/pdf/browser/booklet.js once the pages are numbered. */
    actesBooklet?: { pages: number; frontMatterPages: number };
    /** The part a browser page lays out, read by fast-pagination.js and booklet.js. */
    actesPart?: Part;
    /** Defined by scripts/pdf/browser/fast-pagination.js. */
    actesFastPagination?: {
      install(paged: unknown): void;
      partPages(): PartPages | null;
      appendPages(pages: PagesMarkup): void;
      numberPages(): void;
    };
  }
}

/** Seconds spent in each step, for the benchmark (scripts/bench). */
export interface BookletTimings {
  launch: number;
  paginate: number;
  gather: number;
  print: number;
  finish: number;
}

/** `parts`: how many parts of the book were laid out apart (a short book may have fewer places to cut than browser pages). */
export async function renderBooklet(options: RenderBookletOptions): Promise<PdfInfo & { parts: number; seconds: BookletTimings }> {
  const { edition } = options;
  const timeout = timeoutMs();
  const printPage = path.join(options.siteDir, edition.routes.print, "index.html");
  // A missing print page is reported below, with the HTTP 404 Chromium meets.
  const parts = options.parts ?? bookletParts(existsSync(printPage) ? statSync(printPage).size : 0);
  const server = await serveStatic(options.siteDir, options.basePath);
  let raw: Uint8Array;
  let layout: { pages: number; frontMatterPages: number; headings: OutlineHeading[] };
  const url = new URL(edition.routes.print.replace(/^\//, ""), server.url).href;
  let laidOutParts = 1;
  let lap = performance.now();
  const seconds = { launch: 0, paginate: 0, gather: 0, print: 0, finish: 0 };
  const timed = (step: keyof BookletTimings) => {
    const now = performance.now();
    seconds[step] = (now - lap) / 1000;
    lap = now;
  };
  try {
    const browser = await launchChromium();
    try {
      // The print page carries the site's Content-Security-Policy, which forbids the evaluated
      // scripts Playwright uses to wait for Paged.js; the renderer is trusted, the policy stays for readers.
      const pages = await Promise.all(Array.from({ length: parts }, () => browser.newPage({ bypassCSP: true })));
      timed("launch");
      const unused = unusedHandlers(options.siteDir);
      await Promise.all(pages.map((page, index) => paginate(page, url, timeout, unused, parts > 1 ? { index, count: parts } : undefined)));
      timed("paginate");
      const page = pages[0]!;
      if (parts > 1) laidOutParts = await gatherParts(page, pages.slice(1));
      layout = await readLayout(page);
      timed("gather");
      raw = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      timed("print");
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }

  const c = edition.colloquium;
  // One load and one save for every pass after printing: each costs seconds on a long book.
  // Parsed in one go: by default pdf-lib yields to the event loop every 100 objects, and nothing else runs meanwhile.
  const pdf = await PDFDocument.load(raw, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  if (pdf.getPageCount() !== layout.pages) {
    // A page box that does not match the printed page size splits or merges sheets: folios would lie.
    throw new BookletRenderError(
      `Chromium printed ${pdf.getPageCount()} pages where Paged.js laid out ${layout.pages}. ` +
        "Fix: keep the @page size in one place (the generated page-size.css, from colloquium.print) and no fixed widths wider than the page in styles/print/.",
    );
  }
  // Artifacts, role map and list bodies Chromium's tagger leaves out (scripts/pdf/accessibility.ts).
  mendTagsIn(pdf);
  finishPdf(pdf, {
    title: c.title,
    ...(c.subtitle ? { subtitle: c.subtitle } : {}),
    author: c.publication.publisher,
    language: c.language,
    keywords: [c.series.name, c.venue.city, ...new Set(edition.contributions.flatMap((contribution) => contribution.keywords ?? []))].slice(0, 12),
    creator: "Actes (Paged.js, Chromium)",
    date: reproducibleDate(edition),
    frontMatterPages: layout.frontMatterPages,
    headings: layout.headings,
  });
  // Same data, same bytes: dates, loopback links and the content-derived /ID (scripts/pdf/reproducible.ts).
  prepareReproducible(pdf, edition, { basePath: options.basePath });
  const bytes = stampContentId(await pdf.save(REPRODUCIBLE_SAVE_OPTIONS));
  await writeFile(options.outputFile, bytes);
  timed("finish");
  return { bytes: bytes.length, pages: pdf.getPageCount(), parts: laidOutParts, seconds };
}

/**
 * Paged.js handlers for CSS features, each of which does some work on every
 * page. The renderer switches off those whose feature the print stylesheets
 * never use, which saves about a tenth of the pagination time; the preview in
 * `npm start` runs them all, and lays out the same pages.
 */
const OPTIONAL_HANDLERS: { name: string; feature: RegExp }[] = [
  { name: "TargetCounters", feature: /target-counters?\(/ },
  { name: "TargetText", feature: /target-text\(/ },
  { name: "Footnotes", feature: /footnote/ },
  { name: "RunningHeaders", feature: /running\(|element\(/ },
  { name: "PositionFixed", feature: /position\s*:\s*fixed/ },
  { name: "PageCounterIncrement", feature: /counter-increment\s*:[^;]*\bpage\b/ },
  { name: "NthOfType", feature: /-of-type/ },
  { name: "Counters", feature: /counter-(?:reset|increment)/ },
];

function unusedHandlers(siteDir: string): string[] {
  const folder = path.join(siteDir, PRINT_ASSETS.styles);
  const css = readdirSync(folder)
    .filter((file) => file.endsWith(".css"))
    .map((file) => readFileSync(path.join(folder, file), "utf8"))
    .join("\n");
  return OPTIONAL_HANDLERS.filter((handler) => !handler.feature.test(css)).map((handler) => handler.name);
}

/**
 * Opens the print page and waits for Paged.js to finish. Problems reported by
 * the page (script errors, console errors, failed requests, fonts that do not
 * load) end the wait at once, with all of them in the message.
 */
async function paginate(page: Page, url: string, timeout: number, unused: string[], part: Part | undefined): Promise<void> {
  const problems: string[] = [];
  let reportProblem: (() => void) | undefined;
  const problem = (text: string) => {
    problems.push(text);
    reportProblem?.();
  };
  page.on("pageerror", (error) => problem(`script error: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    // Paged.js only warns when a font fails to load: for print that is an error (the PDF would embed a fallback).
    // "Failed to load resource" is reported with its URL by the response and requestfailed listeners.
    if (/^Failed to load resource/.test(text)) return;
    if (message.type() === "error" || (message.type() === "warning" && /Failed to preload font|Unable to layout item/i.test(text))) {
      problem(`console ${message.type()}: ${text}`);
    }
  });
  page.on("requestfailed", (request) => problem(`request failed: ${request.url()} (${request.failure()?.errorText ?? "unknown error"})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problem(`HTTP ${response.status()} for ${response.url()}`);
  });

  // Before any script of the page runs: Paged.js reads PagedConfig when it loads. Scripts sent to the
  // page are strings, because tsx compiles functions with helpers (__name) that the page does not have.
  await page.addInitScript(`
  // Paged.js lays out one page per animation frame, and headless Chromium paces frames at 60 Hz:
  // frames are given back to back instead (a message task each), the pages being laid out the same.
  {
    const channel = new MessageChannel();
    const callbacks = [];
    channel.port1.onmessage = () => callbacks.shift()(performance.now());
    window.requestAnimationFrame = (callback) => {
      callbacks.push(callback);
      channel.port2.postMessage(null);
      return callbacks.length;
    };
  }
  window.actesPart = ${JSON.stringify(part)};
  ${FAST_PAGINATION}
  window.PagedConfig = {
    auto: true,
    before: () => {
      window.actesFastPagination.install(window.Paged);
      const unused = new Set(${JSON.stringify(unused)});
      const handlers = window.Paged.registeredHandlers;
      for (let i = handlers.length - 1; i >= 0; i--) if (unused.has(handlers[i].name)) handlers.splice(i, 1);
    },
    after: () => { window.__actesPaged = true; },
  };`);
  // Lay out with print media, as it will be printed.
  await page.emulateMedia({ media: "print" });
  await page.goto(url, { waitUntil: "domcontentloaded", timeout });

  const failed = new Promise<never>((_, reject) => {
    reportProblem = () => reject(new BookletRenderError(problemMessage(url, problems)));
    if (problems.length > 0) reportProblem();
  });
  const finished = page.waitForFunction("window.__actesPaged !== undefined", undefined, { timeout, polling: 50 });
  try {
    await Promise.race([finished, failed]);
  } catch (error) {
    if (error instanceof BookletRenderError) throw error;
    if (error instanceof Error && error.name === "TimeoutError") {
      throw new BookletRenderError(
        `Paged.js did not finish paginating ${url} within ${timeout} ms (ACTES_PDF_TIMEOUT_MS).` +
          (problems.length > 0 ? ` The page reported: ${problems.join("; ")}.` : "") +
          " Fix: open the print page with `npm start` to see where pagination stops, or allow more time with ACTES_PDF_TIMEOUT_MS=600000.",
        { cause: error },
      );
    }
    throw error;
  } finally {
    failed.catch(() => undefined);
  }
  if (problems.length > 0) throw new BookletRenderError(problemMessage(url, problems));
}

interface Part {
  index: number;
  count: number;
}

/**
 * Appends the pages of the later parts to the first part's, in order. A part
 * opens on a right-hand page: after an odd number of pages, it brings the blank
 * page Paged.js laid out before it. The other browser pages are closed as soon
 * as their pages are taken, then booklet.js numbers the whole book.
 * Returns how many parts had pages.
 */
async function gatherParts(first: Page, later: Page[]): Promise<number> {
  let parts = 1;
  let pages = await first.evaluate<number>("document.querySelectorAll('.pagedjs_pages > .pagedjs_page').length");
  for (const [i, page] of later.entries()) {
    const part = await page.evaluate<PartPages | null>("window.actesFastPagination.partPages()");
    await page.close();
    // More browser pages than places to cut the book: this one laid out only the cover.
    if (part === null) continue;
    parts++;
    if (pages % 2 === 1) {
      if (part.blank === null) {
        throw new BookletRenderError(
          `Part ${i + 2} of the booklet has no blank page before it to open on a right-hand page: the book's first block (the cover) must fill exactly one page. Fix: shorten the cover, or set ACTES_PDF_PARTS=1 to lay out the book in one piece.`,
        );
      }
      await appendPages(first, part.blank);
      pages++;
    }
    await appendPages(first, part.pages);
    pages += part.pages.styles.length;
  }
  try {
    await first.evaluate("window.actesFastPagination.numberPages()");
  } catch (error) {
    throw new BookletRenderError(
      `The booklet's pages could not be numbered once its ${parts} parts were put together: ${error instanceof Error ? error.message : String(error)}\n` +
        "Fix: if the message names a page reference, correct the link in the data; otherwise set ACTES_PDF_PARTS=1 to lay out the book in one piece, and report the problem.",
      { cause: error },
    );
  }
  return parts;
}

/** Pages handed from one browser page to another (fast-pagination.js: partPages, appendPages). */
interface PagesMarkup {
  html: string;
  styles: [string, string][][];
}
interface PartPages {
  pages: PagesMarkup;
  blank: PagesMarkup | null;
}

function appendPages(page: Page, pages: PagesMarkup): Promise<void> {
  // An anonymous arrow function: tsx gives named ones a helper (__name) the page does not have.
  return page.evaluate((markup) => window.actesFastPagination!.appendPages(markup), pages);
}

/** The laid-out book as the PDF finishing needs it. */
async function readLayout(page: Page): Promise<{ pages: number; frontMatterPages: number; headings: OutlineHeading[] }> {
  // The headings Chromium turns into bookmarks, in document order; a heading split over two pages counts once.
  return page.evaluate<{ pages: number; frontMatterPages: number; headings: OutlineHeading[] }>(`({
    pages: window.actesBooklet.pages,
    frontMatterPages: window.actesBooklet.frontMatterPages,
    headings: Array.from(document.querySelectorAll(".pagedjs_pages :is(h1, h2, h3, h4, h5, h6)"))
      .filter((heading) => heading.dataset.splitFrom === undefined)
      .map((heading) => ({ text: heading.textContent, title: heading.dataset.outline || heading.textContent })),
  })`);
}

function problemMessage(url: string, problems: string[]): string {
  return (
    `Paged.js could not paginate the print page ${url}:\n  - ${problems.join("\n  - ")}\n` +
    "Fix: correct the error above (its script, stylesheet or font); open the print page with `npm start` to see it in the browser console."
  );
}

/**
 * The published site has the PDF, not its source: the print page and the
 * scripts and styles only it uses are removed from the built site.
 * `npm start` still serves them for previewing the booklet.
 */
export async function removePrintSources(siteDir: string, edition: Edition): Promise<void> {
  const targets = [edition.routes.print.replace(/^\/|\/$/g, ""), PRINT_ASSETS.pagedjs, PRINT_ASSETS.booklet, PRINT_ASSETS.styles];
  for (const target of targets) {
    if (target === "") throw new BookletRenderError("routes.print is empty: refusing to delete the whole site. Fix: set routes.print in labels.ts.");
    await rm(path.join(siteDir, target), { recursive: true, force: true });
  }
}
