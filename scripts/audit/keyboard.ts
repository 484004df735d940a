/**
 * Keyboard use of one page, with real Tab key presses: the skip link comes
 * first and moves focus to the main content, every interactive element is
 * reached in DOM order with a visible focus indicator, and tabbing leaves
 * the page instead of being trapped.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";

export interface FocusStop {
  /** Index of the element among the page's tabbable elements, -1 when focus is elsewhere. */
  index: number;
  description: string;
  outline: string;
  /** Contrast between the outline colour and the background behind it. */
  outlineContrast: number;
  boxShadow: string;
  /** The focus indicator differs from the element's look without focus. */
  changedFromRest: boolean;
  inViewport: boolean;
}

export interface KeyboardReport {
  /** Tabbable elements in DOM order, as the browser should visit them. */
  expected: string[];
  stops: FocusStop[];
  /** True when a Tab after the last element handed focus back to the document (to the browser). */
  leftPage: boolean;
  skipLink: { first: boolean; href: string; focusAfterActivation: string; targetReached: boolean; nextTabInsideTarget: boolean };
  problems: string[];
}

const TABBABLE = "a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable], [tabindex]";

// Functions run in the page hold no named inner functions (tsx would wrap them in a
// `__name` helper that exists only in Node): the helpers below are installed as strings.
const PAGE_HELPERS = `
window.__a11y = {
  describe(el) {
    if (!el || el === document.body) return "body";
    const text = (el.textContent || "").replace(/\\s+/g, " ").trim().slice(0, 50);
    return el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "") + (el.getAttribute("href") ? "[href=" + el.getAttribute("href") + "]" : "") + (text ? " \\"" + text + "\\"" : "");
  },
  tabbable() {
    return [...document.querySelectorAll(${JSON.stringify(TABBABLE)})].filter((el) => {
      if (el.tabIndex < 0 || el.disabled || el.closest("[inert]")) return false;
      const style = getComputedStyle(el);
      return style.visibility !== "hidden" && el.getClientRects().length > 0;
    });
  },
  rgba(color) {
    const m = color.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const [r, g, b, a] = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return [r, g, b, a === undefined ? 1 : a];
  },
  luminance([r, g, b]) {
    const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  },
  backgroundBehind(el) {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const bg = this.rgba(getComputedStyle(node).backgroundColor);
      if (bg && bg[3] === 1) return bg;
    }
    return [255, 255, 255, 1];
  },
  contrast(a, b) {
    const [l1, l2] = [this.luminance(a), this.luminance(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  },
  async scrollSettled() {
    // Reduced motion (the check's own setting, whose effect the motion check proves): focus scrolls at once.
    if (matchMedia("(prefers-reduced-motion: reduce)").matches && getComputedStyle(document.documentElement).scrollBehavior === "auto") {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return;
    }
    // Smooth scrolling may start a frame or two late: wait for a still view, longer if focus is not in it yet.
    let last = -1;
    let still = 0;
    for (let frames = 0; frames < 180; frames++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const position = scrollX + scrollY * 1e6;
      still = position === last ? still + 1 : 0;
      last = position;
      const el = document.activeElement;
      const rect = el ? el.getBoundingClientRect() : null;
      const seen = rect !== null && rect.bottom > 0 && rect.top < innerHeight;
      if ((seen && still >= 3) || still >= 20) return;
    }
  },
  look(el) {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine].join("|");
  },
};`;

/**
 * A window to tab through pages in, at 1280 px, in the given theme: each check
 * opens a page of its own in it (a page reused from one check to the next can
 * wrap focus from the last element back to the first, which reads as a trap).
 * bypassCSP: the helpers are injected as a script, which a strict page CSP
 * would block. Reduced motion: focus scrolls at once instead of smoothly;
 * order and focus styles do not depend on it.
 */
export async function keyboardWindow(browser: Browser, colorScheme: "light" | "dark" = "light"): Promise<BrowserContext> {
  const context = await browser.newContext({ bypassCSP: true, colorScheme, reducedMotion: "reduce", viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: PAGE_HELPERS });
  return context;
}

/** Tabs through the page at `url` from a fresh load, in a page of its own in `window` (see keyboardWindow); `problems` is empty when the page passes. */
export async function checkKeyboard(window: BrowserContext, url: string): Promise<KeyboardReport> {
  const page = await window.newPage();
  try {
    return await tabThrough(page, url);
  } finally {
    await page.close();
  }
}

async function tabThrough(page: Page, url: string): Promise<KeyboardReport> {
  await page.goto(url, { waitUntil: "load" });
  const skipLink = await checkSkipLink(page);

  await page.goto(url, { waitUntil: "load" });
  const { expected, rest } = await page.evaluate(() => {
    const h = (window as unknown as { __a11y: PageHelpers }).__a11y;
    const tabbable = h.tabbable();
    return { expected: tabbable.map((el) => h.describe(el)), rest: tabbable.map((el) => h.look(el)) };
  });
  const stops: FocusStop[] = [];
  let leftPage = false;
  // Enough presses to visit every element once and see where focus goes next.
  for (let step = 0; step < expected.length + 3; step++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(async (restLooks) => {
      const h = (window as unknown as { __a11y: PageHelpers }).__a11y;
      // Focus scrolls the element into view, smoothly where motion is allowed: measure once it stops.
      await h.scrollSettled();
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const index = h.tabbable().indexOf(el as HTMLElement);
      const s = getComputedStyle(el);
      const outlineColor = h.rgba(s.outlineColor);
      const rect = el.getBoundingClientRect();
      return {
        index,
        description: h.describe(el),
        outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        outlineContrast: outlineColor ? h.contrast(outlineColor, h.backgroundBehind(el)) : 1,
        boxShadow: s.boxShadow,
        changedFromRest: index >= 0 && h.look(el) !== restLooks[index],
        inViewport: rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
      };
    }, rest);
    // Focus back on the document: after the last element Chromium hands focus to its own UI.
    if (stop === null) {
      leftPage = true;
      break;
    }
    // Back to the first stop without leaving: a script keeps focus inside the page.
    if (stops.length > 0 && stop.index === stops[0]!.index) break;
    stops.push(stop);
  }
  return { expected, stops, leftPage, skipLink, problems: judge(expected, stops, leftPage, skipLink) };
}

interface PageHelpers {
  describe(el: Element | null): string;
  tabbable(): HTMLElement[];
  rgba(color: string): [number, number, number, number] | null;
  contrast(a: number[], b: number[]): number;
  backgroundBehind(el: Element): number[];
  look(el: Element): string;
  scrollSettled(): Promise<void>;
}

async function checkSkipLink(page: Page): Promise<KeyboardReport["skipLink"]> {
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => {
    const el = document.activeElement as HTMLAnchorElement | null;
    const tabbable = (window as unknown as { __a11y: PageHelpers }).__a11y.tabbable();
    return { isFirst: el !== null && el === tabbable[0], href: el?.getAttribute("href") ?? "" };
  });
  await page.keyboard.press("Enter");
  // The link is in-page: focus moves synchronously, but give the browser a frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const after = await page.evaluate((href) => {
    const h = (window as unknown as { __a11y: PageHelpers }).__a11y;
    const target = href.startsWith("#") ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
    return { focus: h.describe(document.activeElement), reached: target !== null && document.activeElement === target };
  }, first.href);
  await page.keyboard.press("Tab");
  const inside = await page.evaluate((href) => {
    const target = href.startsWith("#") ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
    return target !== null && document.activeElement !== target && target.contains(document.activeElement);
  }, first.href);
  return { first: first.isFirst, href: first.href, focusAfterActivation: after.focus, targetReached: after.reached, nextTabInsideTarget: inside };
}

/** Minimum outline thickness and contrast for a focus indicator (WCAG 2.4.7, 1.4.11; RGAA 10.7). */
const MIN_OUTLINE_PX = 2;
const MIN_CONTRAST = 3;

function judge(expected: string[], stops: FocusStop[], leftPage: boolean, skip: KeyboardReport["skipLink"]): string[] {
  const problems: string[] = [];
  if (!skip.first) problems.push("the first Tab stop is not the page's first link (the skip link)");
  if (!skip.targetReached) problems.push(`activating the skip link (${skip.href}) left focus on ${skip.focusAfterActivation}, not on its target`);
  if (!skip.nextTabInsideTarget) problems.push("the Tab after the skip link does not go into the main content");
  const order = stops.map((s) => s.index);
  const inOrder = order.length === expected.length && order.every((index, i) => index === i);
  if (!inOrder) {
    problems.push(`Tab order differs from DOM order: visited ${stops.length} of ${expected.length}: ${order.join(", ")}`);
  }
  if (!leftPage) problems.push(`focus never left the page's elements after ${stops.length} Tab stops: keyboard trap`);
  for (const stop of stops) {
    const [style = "none", width = "0px"] = stop.outline.split(" ");
    const outlineShown = style !== "none" && parseFloat(width) >= MIN_OUTLINE_PX && stop.outlineContrast >= MIN_CONTRAST;
    const shadowShown = stop.boxShadow !== "none";
    if (!(outlineShown || shadowShown) || !stop.changedFromRest) {
      problems.push(`no visible focus on ${stop.description}: outline ${stop.outline} (contrast ${stop.outlineContrast.toFixed(2)}), box-shadow ${stop.boxShadow}`);
    }
    if (!stop.inViewport) problems.push(`focused element is outside the viewport: ${stop.description}`);
  }
  return problems;
}
