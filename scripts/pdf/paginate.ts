/**
 * Stage "paginate": Paged.js lays out the print page in headless Chromium.
 * The renderer gives the page scripts of its own before the page's (see
 * scripts/pdf/browser/renderer/): frames back to back, fast layout, parts,
 * its Paged.js configuration. A long book is laid out in parts, one browser
 * page each, then gathered in the first and numbered there. What comes out is
 * the laid-out book, ready to print, and the facts of its layout.
 */
import { statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { serveInChromium } from "../lib/served-browser.ts";
import type { LayoutFacts, PartOfBook } from "./browser/actes.d.ts";
import { PdfError } from "./errors.ts";
import { stopwatch } from "../lib/stopwatch.ts";
import { watchProblems } from "./page-problems.ts";
import { defaultParts, gatherParts } from "./parts.ts";

export interface PaginateInput {
  /** Folder of the rendered print page and its assets (stage "print page"). */
  folder: string;
  /** URL path of the print page in that folder, e.g. /livret/ */
  pagePath: string;
  browserPath: string;
  timeoutMs: number;
  /** Browser pages laying out parts of the book at once; by default chosen by the print page's size. */
  parts?: number;
  /** Chromium launched ahead (while the print page rendered), closed with the book; absent: launched here. */
  launched?: Promise<Browser>;
  /**
   * Told the number of pages once every part is laid out, before the parts are gathered and checked: the
   * build starts its threads then (pipeline/index.ts), while a single renderer gathers and checks.
   */
  onPaginated?: (pages: number) => void;
}

/** Seconds spent in each step, for the benchmark (scripts/bench). */
export interface PaginateTimings {
  launch: number;
  paginate: number;
  gather: number;
  /** Layout facts and the preflight's findings read from the pages. */
  check: number;
}

/** The laid-out book, held open in its browser page until it is printed and closed. */
export interface LaidOutBook {
  facts: LayoutFacts;
  /** How many parts had pages (a short book may have fewer places to cut than browser pages). */
  parts: number;
  seconds: PaginateTimings;
  page: Page;
  /** Closes its browser and server; called again, the same promise. */
  close(): Promise<void>;
}

const RENDERER_SCRIPTS = ["frame-pacing.js", "fast-layout.js", "parts.js", "text-lines.js", "layout-findings.js", "layout-facts.js", "print-slices.js"].map((file) =>
  fileURLToPath(new URL(`./browser/renderer/${file}`, import.meta.url)),
);
/** Last: it registers the handlers the others defined. */
const RENDERER_SETUP = fileURLToPath(new URL("./browser/renderer/setup.js", import.meta.url));

export async function paginate(input: PaginateInput): Promise<LaidOutBook> {
  const pageFile = path.join(input.folder, input.pagePath, "index.html");
  const parts = input.parts ?? defaultParts(statSize(pageFile));
  const lap = stopwatch();
  const seconds: PaginateTimings = { launch: 0, paginate: 0, gather: 0, check: 0 };
  const timed = (step: keyof PaginateTimings) => {
    seconds[step] = lap();
  };

  const site = await serveInChromium(input.folder, "/", input.browserPath, input.launched);
  try {
    const url = site.url(input.pagePath);
    // The print page carries the site's Content-Security-Policy, which forbids the evaluated
    // scripts Playwright uses to wait for Paged.js; the renderer is trusted, the policy stays for readers.
    const pages = await Promise.all(Array.from({ length: parts }, () => site.browser.newPage({ bypassCSP: true })));
    timed("launch");
    await Promise.all(pages.map((page, index) => layOut(page, url, input.timeoutMs, parts > 1 ? { index, count: parts } : undefined)));
    if (input.onPaginated) {
      // Counted before the parts are put together: a blank page between two of them may be added when they are.
      const counts = await Promise.all(pages.map((page) => page.evaluate(() => document.querySelectorAll(".pagedjs_page").length)));
      input.onPaginated(counts.reduce((sum, count) => sum + count, 0));
    }
    timed("paginate");
    const [first, ...later] = pages as [Page, ...Page[]];
    const laidOutParts = parts > 1 ? await gatherParts(first, later) : 1;
    if (parts > 1) await numberGatheredPages(first, parts);
    timed("gather");
    const facts = await first.evaluate(() => window.actes!.layoutFacts!());
    timed("check");
    // Closed once, whoever asks first: the print closes the book, and a build that fails meanwhile too.
    let closing: Promise<void> | undefined;
    return { facts, parts: laidOutParts, seconds, page: first, close: () => (closing ??= site.close()) };
  } catch (error) {
    await site.close();
    throw error;
  }
}

/** A missing print page is reported as the HTTP 404 Chromium meets. */
function statSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Opens the print page and waits for Paged.js to finish; a problem the page reports ends the wait at once. */
async function layOut(page: Page, url: string, timeout: number, part: PartOfBook | undefined): Promise<void> {
  const watch = watchProblems(page, url);
  // Before any script of the page runs: Paged.js reads PagedConfig when it loads.
  await page.addInitScript((wanted) => {
    window.actes = { ...window.actes, ...(wanted ? { part: wanted } : {}) };
  }, part);
  for (const script of RENDERER_SCRIPTS) await page.addInitScript({ path: script });
  await page.addInitScript({ path: RENDERER_SETUP });
  // Laid out with print media, as it will be printed.
  await page.emulateMedia({ media: "print" });
  // A renderer that dies while the page loads aborts the navigation (net::ERR_ABORTED): reported as the crash it is.
  const crash = new Promise<true>((resolve) => page.once("crash", () => resolve(true)));
  try {
    await page.goto(url, { waitUntil: "domcontentloaded", timeout });
  } catch (error) {
    const crashed = await Promise.race([crash, new Promise<false>((resolve) => setTimeout(() => resolve(false), 1000))]);
    if (crashed) throw new Error(`Target crashed while the print page loaded: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`, { cause: error });
    throw error;
  }
  const finished = page.waitForFunction(() => window.actes?.paginated === true, undefined, { timeout, polling: 50 });
  try {
    await Promise.race([finished, watch.failed]);
  } catch (error) {
    if (error instanceof PdfError) throw error;
    if (error instanceof Error && error.name === "TimeoutError") {
      throw new PdfError(
        `Paged.js did not finish paginating ${url} within ${timeout} ms.` +
          (watch.problems.length > 0 ? ` The page reported: ${watch.problems.join("; ")}.` : "") +
          " Fix: open the print page with `npm start` to see where pagination stops, or allow more time with --pdf-timeout 600000.",
        { cause: error },
      );
    }
    throw error;
  }
  watch.check();
}

async function numberGatheredPages(page: Page, parts: number): Promise<void> {
  try {
    await page.evaluate(() => window.actes!.numberPages!());
  } catch (error) {
    throw new PdfError(
      `The booklet's pages could not be numbered once its ${parts} parts were put together: ${error instanceof Error ? error.message : String(error)}\n` +
        "Fix: if the message names a page reference, correct the link in the data; otherwise set --pdf-parts 1 to lay out the book in one piece, and report the problem.",
      { cause: error },
    );
  }
}

