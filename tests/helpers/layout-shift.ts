/**
 * Cumulative layout shift of a page load while its web fonts arrive late, measured
 * in Chromium with a PerformanceObserver on `layout-shift`. The font files are
 * held back by a route until the page has been painted with its fallback fonts,
 * then let through one at a time, in the order they were asked for, each one
 * drawn before the next is sent: every run goes through the same steps, with
 * no timer to race against (fonts let through together land in one frame or
 * several depending on the machine's load, and the sum changes with it).
 */
import type { Browser, BrowserContext, Route } from "playwright-core";

export interface LayoutShift {
  value: number;
  /** The shifted elements, as `tag.class (dx, dy, dwidth, dheight)`, to tell what moved and how far. */
  sources: string[];
}

export interface FontSwapShift {
  /** Sum of every shift of the load (at least Lighthouse's largest session window). */
  cls: number;
  shifts: LayoutShift[];
  /** Font files held back until after the first paint. */
  fontsDelayed: number;
  /** Families of the faces loaded at the end ("Source Serif 4 400 normal"…). */
  loadedFaces: string[];
}

export interface Viewport {
  width: number;
  height: number;
}

/**
 * How the held fonts are let through: "one by one" (the default) is the same on
 * every run; "together" is what a reader on a slow link sees most often, but
 * the fonts then land in one frame or in several depending on the machine's
 * load, so its figure varies from run to run.
 */
export type FontRelease = "one by one" | "together";

/** Pattern of the requests held back: the site's self-hosted fonts. */
const FONT_FILES = /\.woff2(\?|$)/;

/**
 * Runs in the page before any of its own code: records every layout shift not
 * caused by input. A string, because tsx compiles functions with a helper
 * (`__name`) that exists only in Node.
 */
const OBSERVE_LAYOUT_SHIFTS = `(() => {
  const describe = (node) => {
    if (!(node instanceof Element)) return node ? node.nodeName.toLowerCase() : "?";
    const name = typeof node.className === "string" && node.className.trim() ? "." + node.className.trim().split(/\\s+/).join(".") : "";
    return node.localName + name;
  };
  const moved = ({ previousRect: a, currentRect: b }) => "(" + [b.x - a.x, b.y - a.y, b.width - a.width, b.height - a.height].map(Math.round).join(", ") + ")";
  const entries = [];
  const record = (list) => {
    for (const entry of list) {
      if (!entry.hadRecentInput) entries.push({ value: entry.value, sources: entry.sources.map((source) => describe(source.node) + " " + moved(source)) });
    }
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: "layout-shift", buffered: true });
  window.__layoutShifts = { observer, entries, record };
})();`;

/** Waits for the fonts and two more frames, then returns what the observer saw (see OBSERVE_LAYOUT_SHIFTS). */
const COLLECT_LAYOUT_SHIFTS = `(async () => {
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const state = window.__layoutShifts;
  // Entries of the last frame may still wait for the observer's callback: take them now.
  state.record(state.observer.takeRecords());
  const loadedFaces = [...document.fonts].filter((face) => face.status === "loaded").map((face) => face.family.replace(/"/g, "") + " " + face.weight + " " + face.style);
  return { cls: state.entries.reduce((sum, shift) => sum + shift.value, 0), shifts: state.entries, loadedFaces };
})()`;

/**
 * How many font faces the page is still fetching. Local fallback faces never
 * stay in that state, so while the web fonts are held this counts their requests.
 */
const LOADING_FACES = `[...document.fonts].filter((face) => face.status === "loading").length`;

/**
 * Two frames after no more than `count` faces are still being fetched. Waits on
 * the faces' own promises rather than checking every frame: each page would
 * otherwise draw frames the whole time, all the pages measured at once with it.
 */
const afterLoadingAtMost = (count: number) => `(async () => {
  for (;;) {
    const loading = [...document.fonts].filter((face) => face.status === "loading");
    if (loading.length <= ${count}) break;
    await Promise.race(loading.map((face) => face.loaded.catch(() => undefined)));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
})()`;

const AFTER_TWO_FRAMES = "new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))";

export interface MeasureOptions {
  release?: FontRelease;
  /** Requests to refuse, e.g. a stylesheet, to show what the page does without it. */
  block?: RegExp;
}

/**
 * A window to measure in, at `viewport`, with reduced motion (no transition
 * to add its own movement). Measures share it, each in a page of its own:
 * a page costs a third less than a context, and routing a page's requests
 * turns off its cache, so every font is fetched, and held, again.
 */
export function layoutShiftWindow(browser: Browser, viewport: Viewport): Promise<BrowserContext> {
  return browser.newContext({ viewport, reducedMotion: "reduce" });
}

/** Loads `url` in a new page of `window` with its fonts delayed past the first paint and returns the layout shift seen. */
export async function measureFontSwapShift(window: BrowserContext, url: string, { release = "one by one", block }: MeasureOptions = {}): Promise<FontSwapShift> {
  const page = await window.newPage();
  try {
    await page.addInitScript({ content: OBSERVE_LAYOUT_SHIFTS });
    if (block) await page.route(block, (route) => route.abort());
    const held: Route[] = [];
    let fontsDelayed = 0;
    let holding = true;
    await page.route(FONT_FILES, async (route) => {
      if (!holding) return route.continue();
      fontsDelayed += 1;
      held.push(route);
    });
    await page.goto(url, { waitUntil: "domcontentloaded" });
    // Two frames: the stylesheets are in, the page is laid out and painted with the fallback fonts.
    await page.evaluate(AFTER_TWO_FRAMES);
    // Requests reach the route a little after the page asks for them: wait until each face being fetched is held.
    for (let tries = 0; held.length === 0 || (await page.evaluate<number>(LOADING_FACES)) !== held.length; tries += 1) {
      if (tries === 500) throw new Error(`${url}: ${held.length} font request(s) held for ${await page.evaluate<number>(LOADING_FACES)} face(s) loading.`);
      await page.waitForTimeout(10);
    }
    const sendAndSettle = async (routes: Route[]) => {
      await Promise.all(routes.map((route) => route.continue()));
      await page.evaluate(afterLoadingAtMost(held.length));
    };
    if (release === "together") await sendAndSettle(held.splice(0));
    while (held.length > 0) await sendAndSettle([held.shift()!]);
    holding = false;
    const result = await page.evaluate<Omit<FontSwapShift, "fontsDelayed">>(COLLECT_LAYOUT_SHIFTS);
    return { ...result, fontsDelayed };
  } finally {
    await page.close();
  }
}
