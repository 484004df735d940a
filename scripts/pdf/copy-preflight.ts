/**
 * The copy editor's check (scripts/lib/copy-editing.ts) in the booklet's
 * preflight: each page's lines rebuilt from the text the PDF draws (no
 * poppler at build time), then read line by line as the test suite reads
 * pdftotext's: a break between a figure and its unit, a name broken by a
 * hyphen, a hyphen-minus before a figure, a count that does not agree.
 */
import type { PDFDocument } from "pdf-lib";
import { checkLines, type CopyRule, type CopyRules } from "../lib/copy-editing.ts";
import { drawnText, FontReader } from "./drawn-text.ts";

export interface CopyFinding {
  page: number;
  rule: CopyRule;
  text: string;
  where: string;
}

/** Two pieces on one baseline further apart than this (points, past the first's estimated end) are separate words. */
const WORD_GAP = 8;
/** A rough advance per character of body text (points), to estimate where a piece ends. */
const CHAR_WIDTH = 4;

/** The lines of a page, top to bottom, each the text objects on one baseline from left to right. */
export function pageLines(document: PDFDocument, pageIndex: number, fonts = new FontReader(document)): string[] {
  const page = document.getPages()[pageIndex]!;
  const pieces = new Map<string, { y: number; x: number; text: string }>();
  for (const run of drawnText(document, page, fonts)) {
    const first = run.glyphs[0];
    if (!first || !run.text) continue;
    // A text object is drawn in several runs: it counts once, at its leftmost glyph.
    const key = `${Math.round(first.y)}\u0000${run.text}`;
    const known = pieces.get(key);
    if (!known || first.x0 < known.x) pieces.set(key, { y: Math.round(first.y), x: first.x0, text: run.text });
  }
  const byLine = new Map<number, { x: number; text: string }[]>();
  for (const piece of pieces.values()) byLine.set(piece.y, [...(byLine.get(piece.y) ?? []), piece]);
  return [...byLine.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, line]) =>
      line
        .sort((a, b) => a.x - b.x)
        .reduce((joined, piece, index, all) => {
          if (index === 0) return piece.text;
          const previous = all[index - 1]!;
          // The hyphen of a line broken in a word, and the rest of a word after its first letter, join without a space.
          const joins = piece.text === "-" || previous.text.length === 1;
          const apart = !joins && piece.x - (previous.x + previous.text.length * CHAR_WIDTH) > WORD_GAP;
          return `${joined}${apart && !/\s$/.test(joined) && !/^\s/.test(piece.text) ? "   " : ""}${piece.text}`;
        }, ""),
    );
}

/** The copy editor's findings on every page of the booklet. */
export function copyFindings(document: PDFDocument, rules: CopyRules): CopyFinding[] {
  const fonts = new FontReader(document);
  return document.getPages().flatMap((_, index) => checkLines(pageLines(document, index, fonts), rules).map((fault) => ({ page: index + 1, ...fault })));
}
