/**
 * Stage "preflight": the booklet read as a print shop's preflight reads a
 * proof, page by page. The laid-out pages give what only the layout knows
 * (scripts/pdf/browser/renderer/layout-findings.js: headings stranded at a page
 * foot, widows, hyphens over a page turn, blank pages…); the finished PDF
 * gives what only the file knows (fonts embedded, glyphs drawn as .notdef,
 * text outside the page box), and its drawn lines what a copy editor marks
 * (scripts/pdf/copy-preflight.ts). Errors fail the build; warnings are reported.
 */
import type { PDFDocument, PDFPage } from "../lib/pdf-lib.ts";
import type { CopyRule, CopyRules } from "../lib/copy-editing.ts";
import type { LayoutFacts, LayoutRule } from "./browser/actes.d.ts";
import { pageCopyFindings } from "./copy-preflight.ts";
import { forEachDrawnPage, type DrawnRun } from "./drawn-text.ts";
import { loadPdf } from "./load.ts";

export type Rule = LayoutRule | "notdef" | "font-not-embedded" | Exclude<CopyRule, "index-order">;
export type Severity = "error" | "warning";

interface RuleInfo {
  severity: Severity;
  /** What the rule asks, for the README and messages. */
  asks: string;
  fix: string;
}

/** Every rule, in the order a report lists them on a page. Errors can always be mended by layout rules or fonts; warnings sometimes only by rewording. */
export const RULES: Record<Rule, RuleInfo> = {
  "font-not-embedded": {
    severity: "error",
    asks: "every font is embedded",
    fix: "give the font through @font-face from a file (styles/fonts.css): the printer would substitute a font that is not in the file.",
  },
  notdef: {
    severity: "error",
    asks: "no glyph is drawn as .notdef (a character no font of the booklet has)",
    fix: "use a character the booklet's fonts have, or add a font that has it to styles/fonts.css.",
  },
  "breakable-space": {
    severity: "error",
    asks: "no line breaks where a no-break space belongs: between a figure and its unit or the word it counts, after an honorific, in « p. 23 », before high punctuation",
    fix: "write the figure and its unit in running text (scripts/lib/typography.ts sets the no-break space), or set it in the template with the unitAfterFigure filter.",
  },
  "hyphen-minus": {
    severity: "error",
    asks: "a negative figure has the minus sign U+2212, not a hyphen",
    fix: "let the typography transform set it (scripts/lib/typography.ts), or write − in the data.",
  },
  "name-hyphenated": {
    severity: "error",
    asks: "no proper name is broken at a line end by a hyphen",
    fix: "add the name to the data (people.ts, organisations.ts) so that hyphenation leaves it whole; hyphenated names are kept on one line by the .nobr span.",
  },
  "count-agreement": {
    severity: "error",
    asks: "every count agrees with its word (« 1 page », « 2 pages »)",
    fix: "print counts with the count filter and give the label a form per plural category (scripts/data/labels/).",
  },
  "text-outside-page": {
    severity: "error",
    asks: "no text runs beyond the edge of the page",
    fix: "let the text wrap (no white-space: nowrap, overflow-wrap: anywhere for addresses) in styles/print/, or shorten it in the data.",
  },
  "blank-page": {
    severity: "error",
    asks: "no blank page but those a right-hand opening needs",
    fix: "force a right-hand page (break-before: right) only where a part must open on one, and keep blocks that may not split (break-inside: avoid) shorter than a page.",
  },
  "keep-with-next": {
    severity: "error",
    asks: "a heading, kicker, label or index letter stays with what follows it (never last on a page or in a column)",
    fix: "give it break-after: avoid in styles/print/ (headings have it), which Paged.js and the widows-orphans handler read for pages, and -webkit-column-break-after: avoid, which Chromium reads for columns.",
  },
  "keep-with-previous": {
    severity: "error",
    asks: "what closes a text (keywords, key figures) never opens a page alone, its text on the page before",
    fix: "give it --keep-with-previous: yes in styles/print/: the widows-orphans handler then carries the last lines of the text before it along.",
  },
  widow: {
    severity: "error",
    asks: "no paragraph leaves fewer lines at the top of a page than its CSS widows",
    fix: "check widows in styles/print/typography.css and the widows-orphans handler (scripts/pdf/browser/booklet/widows-orphans.js).",
  },
  orphan: {
    severity: "warning",
    asks: "no paragraph leaves fewer lines at the foot of a page than its CSS orphans",
    fix: "check orphans in styles/print/typography.css and the widows-orphans handler (scripts/pdf/browser/booklet/widows-orphans.js).",
  },
  "page-end-hyphen": {
    severity: "warning",
    asks: "no word is hyphenated across a page turn (the foot of a right-hand page)",
    fix: "the widows-orphans handler carries one or two lines more over when the paragraph allows it, or a paragraph of two lines at the foot whole; otherwise reword the paragraph.",
  },
  stub: {
    severity: "warning",
    asks: "no paragraph ends on a line that holds only the end of a hyphenated word",
    fix: "the last word of a paragraph is never hyphenated (scripts/lib/hyphenate.ts); reword if it still happens.",
  },
  "text-in-margin": {
    severity: "warning",
    asks: "no text runs beyond the text area into the margin",
    fix: "let the text wrap in styles/print/, or shorten it in the data.",
  },
};

const ORDER = Object.keys(RULES) as Rule[];

export interface Finding {
  /** Page of the PDF, from 1. */
  page: number;
  /** The folio printed on it ("iv", "23"; "" on pages without one). */
  folio: string;
  rule: Rule;
  severity: Severity;
  text: string;
  where: string;
}

export interface PreflightReport {
  pages: number;
  errors: number;
  warnings: number;
  /** Findings per rule. */
  counts: Partial<Record<Rule, number>>;
  findings: Finding[];
}

/** A finding of the PDF: which page, what text or font. */
export interface PdfFinding {
  page: number;
  rule: "notdef" | "font-not-embedded" | "text-outside-page";
  text: string;
  where: string;
}

/** A point of tolerance: glyph advances are rounded by the printer. */
const TOLERANCE = 1;

const shorten = (text: string, max = 60) => {
  const plain = text.replace(/[\u00AD]/g, "").replace(/\s+/g, " ").trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
};

/**
 * The PDF's checks, fed one page at a time (`page`): fonts, .notdef glyphs and
 * text outside the page box. A font not embedded is reported once, where it is
 * first used.
 */
function pdfChecker(): { page(runs: DrawnRun[], page: PDFPage, number: number): void; findings: PdfFinding[] } {
  const findings: PdfFinding[] = [];
  const seen = new Set<string>();
  const add = (finding: PdfFinding) => {
    const key = `${finding.page} ${finding.rule} ${finding.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };
  const fontsSeen = new Set<string>();
  const page = (runs: DrawnRun[], pdfPage: PDFPage, number: number) => {
    const box = pdfPage.getCropBox();
    for (const run of runs) {
      if (!run.font.embedded && !fontsSeen.has(run.font.name)) {
        fontsSeen.add(run.font.name);
        add({ page: number, rule: "font-not-embedded", text: run.font.name, where: "first used on this page" });
      }
      if (run.font.cid && run.glyphs.some((glyph) => glyph.glyphId === 0)) {
        add({ page: number, rule: "notdef", text: `« ${shorten(run.text)} »`, where: `drawn as .notdef (glyph 0) of ${run.font.name}` });
      }
      const outside = run.glyphs.some(
        (glyph) => glyph.x0 < box.x - TOLERANCE || glyph.x1 > box.x + box.width + TOLERANCE || glyph.y < box.y - TOLERANCE || glyph.y > box.y + box.height + TOLERANCE,
      );
      if (outside) add({ page: number, rule: "text-outside-page", text: `« ${shorten(run.text)} »`, where: "drawn beyond the page box of the PDF" });
    }
  };
  return { page, findings };
}

/** Fonts, .notdef glyphs and text outside the page box, read from the finished PDF. */
export function checkPdf(document: PDFDocument): PdfFinding[] {
  const checker = pdfChecker();
  forEachDrawnPage(document, (runs, page, index) => checker.page(runs, page, index + 1));
  return checker.findings;
}

export interface PreflightInput {
  /** The finished booklet (stage "finish"). */
  document: PDFDocument;
  facts: LayoutFacts;
  /** The edition's language, proper names and count labels, for the copy editor's check (scripts/data/names.ts copyRules). */
  copy?: CopyRules;
}

/** The preflight report of a finished booklet: the layout's findings and the PDF's, page by page. */
export function preflightBooklet(input: PreflightInput): PreflightReport {
  const { facts } = input;
  // The drawn text is read once for both checks (it is most of the preflight's time), a page at a time.
  const checker = pdfChecker();
  const copy: Omit<Finding, "folio" | "severity">[] = [];
  forEachDrawnPage(input.document, (runs, page, index) => {
    checker.page(runs, page, index + 1);
    if (input.copy) for (const finding of pageCopyFindings(runs, index + 1, input.copy)) copy.push({ ...finding, rule: finding.rule as Rule });
  });
  const findings: Finding[] = [...facts.findings, ...checker.findings, ...copy]
    .map((finding) => ({ ...finding, folio: facts.folios[finding.page - 1] ?? "", severity: RULES[finding.rule].severity }))
    .sort((a, b) => a.page - b.page || ORDER.indexOf(a.rule) - ORDER.indexOf(b.rule));
  const counts: Partial<Record<Rule, number>> = {};
  for (const finding of findings) counts[finding.rule] = (counts[finding.rule] ?? 0) + 1;
  const errors = findings.filter((finding) => finding.severity === "error").length;
  return { pages: facts.pages, errors, warnings: findings.length - errors, counts, findings };
}

/**
 * The preflight of the booklet's saved file, as the build runs it in a thread
 * of its own (scripts/lib/thread.ts): the file read as a print shop reads it.
 */
export interface PreflightFileInput {
  bytes: Uint8Array;
  facts: LayoutFacts;
  copy?: CopyRules;
}

export async function preflightFile(input: PreflightFileInput): Promise<PreflightReport> {
  const document = await loadPdf(input.bytes);
  return preflightBooklet({ document, facts: input.facts, ...(input.copy ? { copy: input.copy } : {}) });
}

/** One line: page and folio, severity, rule, the text and where; an error ends with its fix. */
export function findingLine(finding: Finding): string {
  const page = `page ${finding.page}${finding.folio ? ` (folio ${finding.folio})` : ""}`;
  const line = `${page}: ${finding.severity} ${finding.rule}: ${finding.text}, ${finding.where}.`;
  return finding.severity === "error" ? `${line} Fix: ${RULES[finding.rule].fix}` : line;
}

/** "2 errors, 1 warning (keep-with-next 2, stub 1)" */
export function summaryLine(report: PreflightReport): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const rules = ORDER.filter((rule) => report.counts[rule]).map((rule) => `${rule} ${report.counts[rule]}`);
  return `${plural(report.errors, "error")}, ${plural(report.warnings, "warning")}${rules.length ? ` (${rules.join(", ")})` : ""} on ${report.pages} pages`;
}

/** The whole report, one finding a line, then the summary. */
export function formatReport(report: PreflightReport, name: string): string {
  return [...report.findings.map(findingLine), `Preflight of ${name}: ${summaryLine(report)}.`].join("\n");
}

/** The booklet failed its preflight: the message lists every finding and the fix of each error. */
export class PreflightError extends Error {
  constructor(
    readonly report: PreflightReport,
    name: string,
  ) {
    super(`The booklet ${name} fails its preflight:\n${formatReport(report, name)}`);
    this.name = "PreflightError";
  }
}
