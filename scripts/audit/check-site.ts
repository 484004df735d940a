/**
 * Loads every page of a built site in Chromium and checks it: axe-core in
 * the light and dark themes at 320 and 1280 px, no horizontal scrolling at
 * 320 px and at 200 % zoom, and no motion under prefers-reduced-motion.
 * Builds nothing: give it the folder a build wrote.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { measureMotion, measureOverflow, runAxe, type AxeFinding } from "./page-checks.ts";

export type CheckName = "load" | "axe" | "overflow" | "motion";

export interface Problem {
  /** URL path below the base path, "" for the home page. */
  page: string;
  view: string;
  check: CheckName;
  /** axe rule id, or a short name of the failed condition. */
  rule: string;
  message: string;
  details: string[];
}

export interface AxeView {
  label: string;
  colorScheme: "light" | "dark";
  width: number;
}

/** The four combinations of theme and width the issue names. */
export const AXE_VIEWS: AxeView[] = [
  { label: "light, 320 px", colorScheme: "light", width: 320 },
  { label: "dark, 320 px", colorScheme: "dark", width: 320 },
  { label: "light, 1280 px", colorScheme: "light", width: 1280 },
  { label: "dark, 1280 px", colorScheme: "dark", width: 1280 },
];

export interface ReflowView {
  label: string;
  width: number;
  deviceScaleFactor?: number;
  /** Multiplies the browser's default font size, as a reader's font setting does. */
  textZoom?: number;
}

/**
 * How zoom is reproduced, honestly:
 * - 320 px: WCAG 1.4.10 reflow (a 1280 px window at 400 % zoom).
 * - 640 px at device scale 2: what Chromium's page zoom at 200 % does to a
 *   1280 px window (the layout viewport halves, everything grows).
 * - 1280 px with the default font size doubled (16 → 32 px, set through the
 *   DevTools protocol's Page.setFontSizes, as Chrome's "font size" setting
 *   does): text-only zoom at 200 % (WCAG 1.4.4). Only text sized in rem/em
 *   or percentages grows, which is what real readers get from that setting.
 */
export const REFLOW_VIEWS: ReflowView[] = [
  { label: "320 px", width: 320 },
  { label: "page zoom 200 % (640 px at device scale 2)", width: 640, deviceScaleFactor: 2 },
  { label: "text zoom 200 % at 1280 px", width: 1280, textZoom: 2 },
];

const DEFAULT_FONT_SIZE = 16;
const DEFAULT_MONOSPACE_SIZE = 13;

export interface SiteTarget {
  browser: Browser;
  /** Origin plus base path, ending with a slash (serveStatic's url). */
  baseUrl: string;
  pages: string[];
  log?: (line: string) => void;
}

/** A context fit for checking: our axe script must pass the site's own CSP (see runAxe). */
async function newContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  return browser.newContext({ bypassCSP: true, ...options });
}

/**
 * Opens a page at `path` and waits for its fonts, recording requests that
 * failed: a missing stylesheet or font would make every other check meaningless.
 */
async function open(page: Page, baseUrl: string, path: string, view: string): Promise<Problem[]> {
  const failures: string[] = [];
  const onResponse = (response: { status(): number; url(): string; request(): { isNavigationRequest(): boolean } }) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest()) failures.push(`${response.status()} ${response.url()}`);
  };
  const onFailed = (request: { url(): string; failure(): { errorText: string } | null }) =>
    failures.push(`${request.failure()?.errorText ?? "failed"} ${request.url()}`);
  page.on("response", onResponse);
  page.on("requestfailed", onFailed);
  try {
    await page.goto(new URL(path, baseUrl).href, { waitUntil: "load" });
    // Web fonts load after the load event; checks need them, and the next navigation would abort them.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  } finally {
    page.off("response", onResponse);
    page.off("requestfailed", onFailed);
  }
  return failures.length === 0
    ? []
    : [{ page: path, view, check: "load", rule: "subresource-failed", message: "a resource of the page did not load", details: failures }];
}

const fromAxe = (path: string, view: string, finding: AxeFinding): Problem => ({
  page: path,
  view,
  check: "axe",
  rule: finding.rule,
  message: `${finding.help} (${finding.impact ?? "no impact given"}; ${finding.helpUrl})`,
  details: finding.nodes.map((node) => `${node.target}: ${node.summary}`),
});

export interface AxeSummary {
  problems: Problem[];
  /** Pages × views actually run. */
  runs: number;
  /** "Needs review" results by rule id, with how many nodes: not failures, listed for a human. */
  incomplete: Map<string, number>;
}

/**
 * axe-core on every page in every view of AXE_VIEWS. The views run at once,
 * each in a browser context of its own (axe waits on the page's renderer,
 * one process per context); findings are listed view by view as if in turn.
 */
export async function checkAxe(target: SiteTarget, views: AxeView[] = AXE_VIEWS): Promise<AxeSummary> {
  const perView = await Promise.all(views.map((view) => axeInView(target, view)));
  const summary: AxeSummary = { problems: [], runs: 0, incomplete: new Map() };
  for (const part of perView) {
    summary.problems.push(...part.problems);
    summary.runs += part.runs;
    for (const [rule, nodes] of part.incomplete) summary.incomplete.set(rule, (summary.incomplete.get(rule) ?? 0) + nodes);
  }
  return summary;
}

async function axeInView(target: SiteTarget, view: AxeView): Promise<AxeSummary> {
  const summary: AxeSummary = { problems: [], runs: 0, incomplete: new Map() };
  const context = await newContext(target.browser, { colorScheme: view.colorScheme, viewport: { width: view.width, height: 800 } });
  try {
    const page = await context.newPage();
    for (const path of target.pages) {
      summary.problems.push(...(await open(page, target.baseUrl, path, view.label)));
      const outcome = await runAxe(page);
      summary.runs++;
      summary.problems.push(...outcome.violations.map((finding) => fromAxe(path, view.label, finding)));
      for (const finding of outcome.incomplete) {
        summary.incomplete.set(finding.rule, (summary.incomplete.get(finding.rule) ?? 0) + finding.nodes.length);
      }
    }
    target.log?.(`axe, ${view.label}: ${target.pages.length} pages`);
  } finally {
    await context.close();
  }
  return summary;
}

/** No horizontal scrolling on any page in any view of REFLOW_VIEWS; the views run at once, as in checkAxe. */
export async function checkReflow(target: SiteTarget, views: ReflowView[] = REFLOW_VIEWS): Promise<Problem[]> {
  return (await Promise.all(views.map((view) => reflowInView(target, view)))).flat();
}

async function reflowInView(target: SiteTarget, view: ReflowView): Promise<Problem[]> {
  const problems: Problem[] = [];
  const context = await newContext(target.browser, {
    viewport: { width: view.width, height: 800 },
    deviceScaleFactor: view.deviceScaleFactor ?? 1,
  });
  try {
    const page = await context.newPage();
    const zoom = view.textZoom ?? 1;
    if (zoom !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Page.setFontSizes", {
        fontSizes: { standard: DEFAULT_FONT_SIZE * zoom, fixed: DEFAULT_MONOSPACE_SIZE * zoom },
      });
    }
    for (const path of target.pages) {
      problems.push(...(await open(page, target.baseUrl, path, view.label)));
      const outcome = await measureOverflow(page);
      if (zoom !== 1 && outcome.rootFontSize < DEFAULT_FONT_SIZE * zoom) {
        // Without this the check would pass at 100 % and claim 200 %.
        throw new Error(`Text zoom did not take effect on ${path || "/"}: root font size ${outcome.rootFontSize} px, expected ${DEFAULT_FONT_SIZE * zoom} px or more.`);
      }
      if (outcome.scrollWidth > outcome.viewportWidth) {
        problems.push({
          page: path,
          view: view.label,
          check: "overflow",
          rule: "horizontal-scroll",
          message: `the page is ${outcome.scrollWidth} px wide in a ${outcome.viewportWidth} px viewport`,
          details: outcome.culprits,
        });
      }
      if (outcome.clipped.length > 0) {
        problems.push({ page: path, view: view.label, check: "overflow", rule: "overflow-clipped", message: "overflow is cut off instead of scrolling", details: outcome.clipped });
      }
    }
    target.log?.(`reflow, ${view.label}: ${target.pages.length} pages`);
  } finally {
    await context.close();
  }
  return problems;
}

/** Under prefers-reduced-motion: reduce, nothing animates, nothing transitions and scrolling jumps. */
export async function checkReducedMotion(target: SiteTarget): Promise<Problem[]> {
  const problems: Problem[] = [];
  const view = "prefers-reduced-motion: reduce";
  const context = await newContext(target.browser, { reducedMotion: "reduce", viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    for (const path of target.pages) {
      problems.push(...(await open(page, target.baseUrl, path, view)));
      const motion = await measureMotion(page);
      if (motion.scrollBehavior !== "auto") {
        problems.push({ page: path, view, check: "motion", rule: "smooth-scroll", message: `scroll-behavior is ${motion.scrollBehavior}, expected auto`, details: [] });
      }
      if (motion.moving.length > 0 || motion.runningAnimations > 0) {
        problems.push({ page: path, view, check: "motion", rule: "animation", message: `${motion.runningAnimations} running animations; elements that animate or transition:`, details: motion.moving });
      }
    }
    target.log?.(`reduced motion: ${target.pages.length} pages`);
  } finally {
    await context.close();
  }
  return problems;
}

/** One readable block per problem: page, view, check, rule, then the nodes. */
export function formatProblems(problems: Problem[]): string {
  return problems
    .map((p) => [`${p.page ? `/${p.page}` : "/"} [${p.view}] ${p.check} ${p.rule}: ${p.message}`, ...p.details.map((d) => `    - ${d}`)].join("\n"))
    .join("\n");
}
