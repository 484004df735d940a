/**
 * The copy editor's check (scripts/lib/copy-editing.ts) run over a built
 * edition: the text of every HTML page, every page of the booklet as
 * pdftotext -layout reads it, the count labels rendered with 0, 1 and 2,
 * and the indexes of the site and of the booklet. Returns one line per fault.
 */
import path from "node:path";
import type { Edition } from "../../scripts/data/model.ts";
import { copyRules } from "../../scripts/data/names.ts";
import { checkCountLabels, checkLines, checkOrder, checkText, faultLine } from "../../scripts/lib/copy-editing.ts";
import { pageTexts } from "./pdf-read.ts";
import { HYPHENATED_NAME, HYPHENATED_NAME_MAX } from "../../scripts/lib/typography.ts";
import { readPages, text, type BuiltPage } from "./site.ts";

/** Elements whose text is not prose: code, scripts, styles. */
const NOT_PROSE = "script, style, code, pre, kbd, template, textarea";

/** Hyphenated names in text that no .nobr span keeps on one line (a browser would break them at a hyphen). */
function unprotectedNames(page: BuiltPage): string[] {
  const found: string[] = [];
  const visit = (node: { childNodes: unknown[] }, protectedHere: boolean) => {
    for (const child of node.childNodes as { nodeType: number; rawTagName?: string; classList?: { contains(c: string): boolean }; textContent: string; childNodes: unknown[] }[]) {
      if (child.nodeType === 3) {
        if (!protectedHere) for (const match of child.textContent.matchAll(HYPHENATED_NAME)) if (match[0].length <= HYPHENATED_NAME_MAX) found.push(`${page.url}: « ${match[0]} » outside a .nobr span`);
      } else if (child.nodeType === 1) {
        const tag = child.rawTagName?.toLowerCase() ?? "";
        if (["script", "style", "code", "pre", "title", "head", "option", "textarea", "template"].includes(tag)) continue;
        visit(child, protectedHere || Boolean(child.classList?.contains("nobr")));
      }
    }
  };
  const body = page.dom.querySelector("body");
  if (body) visit(body as unknown as { childNodes: unknown[] }, false);
  return found;
}

/** "Family, Given" entries of the booklet's index of speakers, column by column, from pdftotext -layout. */
function bookletSpeakerIndex(pdf: string, heading: string): string[] {
  // The index's own page, not the contents that list it.
  const page = pageTexts(pdf, true).find((p) => p.trimStart().startsWith(heading));
  if (!page) return [];
  const columns: string[][] = [[], []];
  for (const line of page.split("\n")) {
    const pieces = line.split(/\s{3,}/).filter(Boolean);
    // A line holds the left column's piece, the right one's, or both; the right column starts past the middle.
    const middle = 30;
    let at = 0;
    for (const piece of pieces) {
      const start = line.indexOf(piece, at);
      at = start + piece.length;
      const entry = /^(\p{Lu}[^,]*, \D+?) \d+(?:[–,\s]+\d+)*$/u.exec(piece.trim());
      if (entry) columns[start >= middle ? 1 : 0]!.push(entry[1]!);
    }
  }
  return [...columns[0]!, ...columns[1]!];
}

export interface CopyCheck {
  faults: string[];
  /** How much was read, so that a test can tell it read something. */
  read: { pages: number; pdfPages: number; siteIndex: number; bookletIndex: number; countLabels: number };
}

export function copyEditSite(siteDir: string, edition: Edition): CopyCheck {
  const rules = copyRules(edition);
  const faults: string[] = [];
  const pages = readPages(siteDir);
  for (const page of pages) {
    for (const element of page.dom.querySelectorAll(NOT_PROSE)) element.remove();
    const body = page.dom.querySelector("body");
    if (!body) continue;
    // Block by block, so that a fault's context is one paragraph, not the page run together.
    for (const block of body.querySelectorAll("p, li, dd, dt, h1, h2, h3, h4, td, th, figcaption, a, span")) {
      if (block.querySelector("p, li, dd, dt, h1, h2, h3, h4, td, th")) continue;
      for (const fault of checkText(block.textContent, rules)) faults.push(`${page.url}: ${faultLine(fault)}`);
    }
    faults.push(...unprotectedNames(page));
  }
  const pdf = path.join(siteDir, edition.pdf.fileName);
  const pdfPages = pageTexts(pdf, true);
  pdfPages.forEach((page, index) => {
    for (const fault of checkLines(page.split("\n"), rules)) faults.push(`${edition.pdf.fileName} page ${index + 1}: ${faultLine(fault)}`);
  });
  faults.push(...checkCountLabels(rules).map(faultLine));
  // The indexes: the site's speakers and each group of organisations, the booklet's speakers.
  const speakersPage = pages.find((page) => page.url === edition.routes.speakers)!;
  const siteIndex = speakersPage.dom.querySelectorAll(".index-list__name").map((name) => text(name));
  faults.push(...checkOrder(siteIndex, rules.language).map((fault) => `${edition.routes.speakers}: ${faultLine(fault)}`));
  const organisationsPage = pages.find((page) => page.url === edition.routes.organisations)!;
  for (const group of organisationsPage.dom.querySelectorAll("main .index-list")) {
    const names = group.querySelectorAll(".index-list__name").map((name) => text(name).replace(/ \([^)]*\)$/, ""));
    faults.push(...checkOrder(names, rules.language).map((fault) => `${edition.routes.organisations}: ${faultLine(fault)}`));
  }
  const bookletIndex = bookletSpeakerIndex(pdf, edition.labels.indexOfSpeakers);
  faults.push(...checkOrder(bookletIndex, rules.language).map((fault) => `${edition.pdf.fileName} index: ${faultLine(fault)}`));
  // One form for names in both indexes: « Family, Given ».
  const wrongForm = [...siteIndex, ...bookletIndex].filter((entry) => !/^[^,]+, [^,]+$/.test(entry));
  faults.push(...wrongForm.map((entry) => `index entry « ${entry} » is not written « Family, Given »`));
  // The booklet lists those with a contribution, the site everyone: each of the booklet's entries is written as on the site.
  for (const entry of bookletIndex) if (!siteIndex.includes(entry)) faults.push(`booklet index entry « ${entry} » is not written as in the site's index`);
  return { faults, read: { pages: pages.length, pdfPages: pdfPages.length, siteIndex: siteIndex.length, bookletIndex: bookletIndex.length, countLabels: Object.keys(rules.counts).length } };
}
