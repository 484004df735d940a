/**
 * Where each page of the booklet begins in its text, read from the laid-out
 * book in its browser page before it is printed (the browser side is
 * scripts/pdf/browser/renderer/page-starts.js; evaluated as an expression, it
 * adds nothing to the page, so the PDF keeps its bytes).
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";

/** The part of the booklet a page begins in: a contribution or a session by slug, or a top-level block by its classes ("cover", "toc", "back-index back-index--speakers"). */
export interface PageUnit {
  kind: "contribution" | "session" | "block";
  id: string;
}

export interface PageStart {
  /** Page of the PDF, from 1. */
  page: number;
  /** The folio printed on it ("iv", "23"). */
  folio: string;
  /** Null for a page without text (a blank page). */
  unit: PageUnit | null;
  /** The page begins with the first words of its unit. */
  atUnitStart: boolean;
  /** The page begins with the end of a word hyphenated on the page before. */
  midWord: boolean;
  /** The first words of the page, in its unit only (soft hyphens removed). */
  words: string;
}

const SCRIPT = new URL("../pdf/browser/renderer/page-starts.js", import.meta.url);

export async function collectPageStarts(page: Page): Promise<PageStart[]> {
  const source = await readFile(SCRIPT, "utf8");
  return (await page.evaluate(source)) as PageStart[];
}
