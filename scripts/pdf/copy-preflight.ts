/**
 * The copy editor's check (scripts/lib/copy-editing.ts) in the booklet's
 * preflight: each page's lines rebuilt from the text the PDF draws (no
 * poppler at build time), then read line by line as the test suite reads
 * pdftotext's: a break between a figure and its unit, a name broken by a
 * hyphen, a hyphen-minus before a figure, a count that does not agree.
 */
import type { PDFDocument } from "../lib/pdf-lib.ts";
import { checkLines, type CopyRule, type CopyRules } from "../lib/copy-editing.ts";
import { drawnText, FontReader, type DrawnRun } from "./drawn-text.ts";

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
  return linesOf(drawnText(document, document.getPages()[pageIndex]!, fonts));
}

/** The lines the text runs of one page make. */
function linesOf(runs: DrawnRun[]): string[] {
  const byLine = new Map<number, { x: number; text: string }[]>();
  for (const run of runs) {
    const first = run.glyphs[0];
    if (!first || !run.text) continue;
    const y = Math.round(first.y);
    const line = byLine.get(y) ?? [];
    byLine.set(y, line);
    // A text object is drawn in several runs, each with the whole object's text: a run within the
    // span of a piece of the same text is that piece (it counts once, at its leftmost glyph);
    // the same text further along the line ("·", ", ") is another piece.
    const span = run.text.length * Math.max(CHAR_WIDTH, first.x1 - first.x0) * 2 + WORD_GAP;
    const same = line.find((piece) => piece.text === run.text && Math.abs(piece.x - first.x0) <= span);
    if (same) same.x = Math.min(same.x, first.x0);
    else line.push({ x: first.x0, text: run.text });
  }
  return [...byLine.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, line]) =>
      line
        .sort((a, b) => a.x - b.x)
        .reduce((joined, piece, index, all) => {
          if (index === 0) return piece.text;
          const previous = all[index - 1]!;
          // The hyphen of a line broken in a word, and the rest of a word after its first letter, join without a space.
          const joins = piece.text === "-" || previous.text.length === 1 || /^[.,;:!?)\]»]/.test(piece.text);
          const apart = !joins && piece.x - (previous.x + previous.text.length * CHAR_WIDTH) > WORD_GAP;
          return `${joined}${apart && !/\s$/.test(joined) && !/^\s/.test(piece.text) ? "   " : ""}${piece.text}`;
        }, ""),
    );
}

/** The copy editor's findings on one page (`number`, from 1), from its text runs. */
export function pageCopyFindings(runs: DrawnRun[], number: number, rules: CopyRules): CopyFinding[] {
  return checkLines(linesOf(runs), rules).map((fault) => ({ page: number, ...fault }));
}
