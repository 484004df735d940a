/**
 * Checks run inside one loaded page: axe-core, horizontal overflow and
 * reduced motion. Each returns plain data; deciding what fails is the caller's.
 */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import type { AxeResults, ImpactValue } from "axe-core";

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve("axe-core/axe.min.js");
export const AXE_VERSION: string = (require("axe-core/package.json") as { version: string }).version;

/** The rule sets the issue asks for: WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] as const;

export interface AxeFinding {
  rule: string;
  impact: ImpactValue | null | undefined;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending nodes, with axe's summary of what is wrong. */
  nodes: { target: string; summary: string }[];
}

export interface AxeOutcome {
  violations: AxeFinding[];
  /** Nodes axe could not decide on ("needs review"): reported, not failed. */
  incomplete: AxeFinding[];
}

declare global {
  interface Window {
    axe?: { run(context: Document, options: object): Promise<AxeResults> };
  }
}

/**
 * Runs axe-core on the loaded page. The script is injected with
 * addScriptTag, which the page's Content-Security-Policy would block: the
 * browser context must be created with `bypassCSP: true` (the policy itself
 * is still what the reader gets; only our test script is let through).
 */
export async function runAxe(page: Page): Promise<AxeOutcome> {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(
    (tags) => window.axe!.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations", "incomplete"] }),
    [...AXE_TAGS],
  );
  const toFinding = (result: AxeResults["violations"][number]): AxeFinding => ({
    rule: result.id,
    impact: result.impact,
    help: result.help,
    helpUrl: result.helpUrl,
    nodes: result.nodes.map((node) => ({ target: node.target.join(" "), summary: (node.failureSummary ?? "").replace(/\s+/g, " ").trim() })),
  });
  return { violations: results.violations.map(toFinding), incomplete: results.incomplete.map(toFinding) };
}

export interface OverflowOutcome {
  viewportWidth: number;
  scrollWidth: number;
  /** Computed font size of the root element, to prove a text zoom took effect. */
  rootFontSize: number;
  /** overflow-x of html and body: `hidden` or `clip` would cut content instead of scrolling. */
  clipped: string[];
  /** Up to five elements sticking out to the right, to say where the overflow comes from. */
  culprits: string[];
}

// Functions run in the page hold no named inner functions: tsx would wrap them in a
// `__name` helper that exists only in Node.

/** Measures whether the page scrolls horizontally (call once web fonts are in). */
export async function measureOverflow(page: Page): Promise<OverflowOutcome> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const viewportWidth = root.clientWidth;
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= viewportWidth + 0.5) continue;
      // The deepest elements say most: skip one whose child also sticks out.
      const child = [...el.children].some((c) => c.getBoundingClientRect().right > viewportWidth + 0.5);
      const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "") + [...el.classList].map((c) => `.${c}`).join("");
      if (!child) culprits.push(`${name} (right edge at ${Math.round(rect.right)} px)`);
      if (culprits.length === 5) break;
    }
    const clipped = [root, document.body]
      .map((el) => [el.tagName.toLowerCase(), getComputedStyle(el).overflowX] as const)
      .filter(([, value]) => value === "hidden" || value === "clip")
      .map(([tag, value]) => `${tag} { overflow-x: ${value} }`);
    return {
      viewportWidth,
      scrollWidth: root.scrollWidth,
      rootFontSize: parseFloat(getComputedStyle(root).fontSize),
      clipped,
      culprits,
    };
  });
}

export interface MotionOutcome {
  scrollBehavior: string;
  /** Elements with a CSS animation or a transition longer than 0 s. */
  moving: string[];
  /** Animations running in the document (CSS, Web Animations). */
  runningAnimations: number;
}

/** What moves on the page: read under `reducedMotion: "reduce"` to prove the preference is honoured. */
export async function measureMotion(page: Page): Promise<MotionOutcome> {
  return page.evaluate(() => {
    const moving: string[] = [];
    for (const el of [document.documentElement, ...document.documentElement.querySelectorAll("*")]) {
      for (const pseudo of [null, "::before", "::after"]) {
        const style = getComputedStyle(el, pseudo);
        const durations = [...style.transitionDuration.split(","), ...style.animationDuration.split(",")].map((d) => parseFloat(d) || 0);
        if (style.animationName !== "none" || durations.some((d) => d > 0)) {
          moving.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.trim().split(/\s+/).join(".")}` : ""}${pseudo ?? ""}`);
        }
      }
    }
    return {
      scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
      moving: moving.slice(0, 10),
      runningAnimations: document.getAnimations().length,
    };
  });
}
