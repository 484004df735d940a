/**
 * Loads every page of a built site in Chromium and checks it: axe-core in
 * the light and dark themes at 320 and 1280 px, no horizontal scrolling at
 * 320 px and at 200 % zoom, and no motion under prefers-reduced-motion (see
 * VIEWS); each page loaded once per window (see checkSite). Builds nothing:
 * give it the folder a build wrote.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { measureMotion, measureOverflow, runAxe, type AxeFinding, type MotionOutcome, type OverflowOutcome } from "./page-checks.ts";

export type CheckName = "load" | ViewCheck;

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

/** What a view runs on each page it loads. */
export type ViewCheck = "axe" | "overflow" | "motion";

/**
 * A browser window to load pages in, and the checks run on each page there:
 * checks that need the same window share one load of the page.
 */
export interface View {
  label: string;
  width: number;
  colorScheme: "light" | "dark";
  deviceScaleFactor?: number;
  /** Multiplies the browser's default font size, as a reader's font setting does. */
  textZoom?: number;
  /** Emulates prefers-reduced-motion: reduce (the motion check needs it). */
  reducedMotion?: boolean;
  checks: ViewCheck[];
}

/**
 * Every view the issue names: axe-core in both themes at 320 and 1280 px;
 * no horizontal scrolling at 320 px, at 200 % page zoom and at 200 % text
 * zoom; nothing moving under prefers-reduced-motion. How zoom is reproduced,
 * honestly:
 * - 320 px: WCAG 1.4.10 reflow (a 1280 px window at 400 % zoom).
 * - 640 px at device scale 2: what Chromium's page zoom at 200 % does to a
 *   1280 px window (the layout viewport halves, everything grows).
 * - 1280 px with the default font size doubled (16 → 32 px, set through the
 *   DevTools protocol's Page.setFontSizes, as Chrome's "font size" setting
 *   does): text-only zoom at 200 % (WCAG 1.4.4). Only text sized in rem/em
 *   or percentages grows, which is what real readers get from that setting.
 */
export const VIEWS = {
  light320: { label: "light, 320 px", width: 320, colorScheme: "light", checks: ["axe", "overflow"] },
  dark320: { label: "dark, 320 px", width: 320, colorScheme: "dark", checks: ["axe"] },
  light1280: { label: "light, 1280 px", width: 1280, colorScheme: "light", checks: ["axe"] },
  dark1280: { label: "dark, 1280 px, reduced motion", width: 1280, colorScheme: "dark", reducedMotion: true, checks: ["axe", "motion"] },
  pageZoom: { label: "page zoom 200 % (640 px at device scale 2)", width: 640, colorScheme: "light", deviceScaleFactor: 2, checks: ["overflow"] },
  textZoom: { label: "text zoom 200 % at 1280 px", width: 1280, colorScheme: "light", textZoom: 2, checks: ["overflow"] },
} as const satisfies Record<string, View>;

export const ALL_VIEWS: View[] = Object.values(VIEWS);

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

export interface SiteCheck {
  problems: Problem[];
  /** Pages × views axe-core actually ran on. */
  axeRuns: number;
  /** axe's "needs review" results by rule id, with how many nodes: not failures, listed for a human. */
  incomplete: Map<string, number>;
}

/**
 * Loads every page of the target once per window and runs each view's checks
 * on it: views that differ only in what a reader can change on an open page
 * (window width, theme, reduced motion, font size) are applied in turn to the
 * loaded page, as a reader resizing the window or switching the theme does;
 * a device scale factor needs a window of its own. The windows run at once,
 * each in a browser context of its own; problems are listed view by view.
 */
export async function checkSite(target: SiteTarget, views: View[] = ALL_VIEWS): Promise<SiteCheck> {
  const windows = new Map<number, View[]>();
  for (const view of views) windows.set(view.deviceScaleFactor ?? 1, [...(windows.get(view.deviceScaleFactor ?? 1) ?? []), view]);
  const byView = new Map((await Promise.all([...windows.values()].map((shared) => checkWindow(target, shared)))).flatMap((results) => [...results]));
  const summary: SiteCheck = { problems: [], axeRuns: 0, incomplete: new Map() };
  for (const view of views) {
    const part = byView.get(view)!;
    summary.problems.push(...part.problems);
    summary.axeRuns += part.axeRuns;
    for (const [rule, nodes] of part.incomplete) summary.incomplete.set(rule, (summary.incomplete.get(rule) ?? 0) + nodes);
  }
  return summary;
}

/** Views that share a device scale factor, on one page loaded once per path. */
async function checkWindow(target: SiteTarget, views: View[]): Promise<Map<View, SiteCheck>> {
  const results = new Map(views.map((view) => [view, { problems: [], axeRuns: 0, incomplete: new Map() } as SiteCheck]));
  const first = views[0]!;
  const context = await newContext(target.browser, { ...windowOf(first), deviceScaleFactor: first.deviceScaleFactor ?? 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // The view the window shows now: a page loaded again keeps it, so it is not set twice.
    let shown: View | undefined;
    const show = async (view: View) => {
      if (view === shown) return;
      shown = view;
      await page.setViewportSize(windowOf(view).viewport);
      await page.emulateMedia({ colorScheme: view.colorScheme, reducedMotion: windowOf(view).reducedMotion });
      const zoom = view.textZoom ?? 1;
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: DEFAULT_FONT_SIZE * zoom, fixed: DEFAULT_MONOSPACE_SIZE * zoom } });
      // A theme switched while transitions are allowed fades its colours: measure the end state.
      await page.evaluate(() =>
        Promise.all(document.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime))).map((a) => a.finished.catch(() => undefined))),
      );
    };
    for (const path of target.pages) {
      await show(first);
      results.get(first)!.problems.push(...(await open(page, target.baseUrl, path, views.map((view) => view.label).join("; "))));
      // Measures first, axe last: it adds its script to the page.
      for (const view of views.filter((v) => v.checks.includes("overflow") || v.checks.includes("motion"))) {
        await show(view);
        const result = results.get(view)!;
        if (view.checks.includes("overflow")) result.problems.push(...overflowProblems(path, view, await measureOverflow(page)));
        if (view.checks.includes("motion")) result.problems.push(...motionProblems(path, view, await measureMotion(page)));
      }
      for (const view of views.filter((v) => v.checks.includes("axe"))) {
        await show(view);
        const result = results.get(view)!;
        const outcome = await runAxe(page);
        result.axeRuns++;
        result.problems.push(...outcome.violations.map((finding) => fromAxe(path, view.label, finding)));
        for (const finding of outcome.incomplete) result.incomplete.set(finding.rule, (result.incomplete.get(finding.rule) ?? 0) + finding.nodes.length);
      }
    }
    for (const view of views) target.log?.(`${view.label} (${view.checks.join(", ")}): ${target.pages.length} pages`);
  } finally {
    await context.close();
  }
  return results;
}

/** What a view sets on the window, before the page and after each change. */
const windowOf = (view: View) => ({
  colorScheme: view.colorScheme,
  reducedMotion: view.reducedMotion ? ("reduce" as const) : ("no-preference" as const),
  viewport: { width: view.width, height: 800 },
});

function overflowProblems(path: string, view: View, outcome: OverflowOutcome): Problem[] {
  const zoom = view.textZoom ?? 1;
  if (zoom !== 1 && outcome.rootFontSize < DEFAULT_FONT_SIZE * zoom) {
    // Without this the check would pass at 100 % and claim 200 %.
    throw new Error(`Text zoom did not take effect on ${path || "/"}: root font size ${outcome.rootFontSize} px, expected ${DEFAULT_FONT_SIZE * zoom} px or more.`);
  }
  const problems: Problem[] = [];
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
  return problems;
}

function motionProblems(path: string, view: View, motion: MotionOutcome): Problem[] {
  if (!view.reducedMotion) throw new Error(`View "${view.label}" checks motion without prefers-reduced-motion: reduce.`);
  const problems: Problem[] = [];
  if (motion.scrollBehavior !== "auto") {
    problems.push({ page: path, view: view.label, check: "motion", rule: "smooth-scroll", message: `scroll-behavior is ${motion.scrollBehavior}, expected auto`, details: [] });
  }
  if (motion.moving.length > 0 || motion.runningAnimations > 0) {
    problems.push({ page: path, view: view.label, check: "motion", rule: "animation", message: `${motion.runningAnimations} running animations; elements that animate or transition:`, details: motion.moving });
  }
  return problems;
}

/** One readable block per problem: page, view, check, rule, then the nodes. */
export function formatProblems(problems: Problem[]): string {
  return problems
    .map((p) => [`${p.page ? `/${p.page}` : "/"} [${p.view}] ${p.check} ${p.rule}: ${p.message}`, ...p.details.map((d) => `    - ${d}`)].join("\n"))
    .join("\n");
}
