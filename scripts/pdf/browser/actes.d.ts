/**
 * The `window.actes` namespace: what the booklet's browser scripts
 * (booklet/, loaded by the print page) and the renderer's (renderer/, given
 * to the print page by scripts/pdf/paginate.ts) share in the browser.
 * Each member is set by the script named beside it.
 */

/** The part of the book one browser page lays out (set by the renderer). */
export interface PartOfBook {
  /** 0 for the first part. */
  index: number;
  count: number;
}

/** Laid-out pages as markup, with each page's own style properties apart (renderer/parts.js). */
export interface PagesMarkup {
  html: string;
  styles: [string, string][][];
}

/** What a later part hands over: its pages, and the blank page before it when it has one. */
export interface PartPages {
  pages: PagesMarkup;
  blank: PagesMarkup | null;
}

export interface Numbering {
  pages: number;
  /** Pages before page 1 of the body, numbered in roman. */
  frontMatterPages: number;
}

export interface OutlineHeading {
  /** The heading's id attribute ("" when it has none). */
  id: string;
  /** The page (from 1) it is laid out on. */
  page: number;
  /** Text of the heading as laid out. */
  text: string;
  /** Title the bookmark should show (the table of contents' wording). */
  title: string;
}

/** The rules the preflight checks on the laid-out pages (renderer/layout-findings.js). */
export type LayoutRule = "keep-with-next" | "keep-with-previous" | "widow" | "orphan" | "page-end-hyphen" | "stub" | "blank-page" | "text-outside-page" | "text-in-margin";

/** One fault of the laid-out pages. */
export interface LayoutFinding {
  /** Physical page, from 1. */
  page: number;
  rule: LayoutRule;
  /** What is at fault, quoted from the page. */
  text: string;
  /** Where and why, in a few words. */
  where: string;
}

export interface LayoutFacts extends Numbering {
  /** The folio printed on each page (index 0 is page 1). */
  folios: string[];
  /** Every heading in document order, as Chromium turns them into bookmarks. */
  headings: OutlineHeading[];
  /** Physical pages (from 1) each session and contribution covers, by slug. */
  marks: { sessions: Record<string, number[]>; contributions: Record<string, number[]> };
  /** The preflight's findings on the laid-out pages, page by page. */
  findings: LayoutFinding[];
}

/** A renderer handler, made once Paged.js is loaded (its Handler class is the base). */
export type HandlerFactory = (Paged: any) => unknown;

export interface ActesBrowser {
  /** Renderer: the part this browser page lays out; absent for the whole book. */
  part?: PartOfBook;
  /** booklet/page-numbers.js: numbers the pages (all parts together). */
  numberPages?: () => Numbering;
  /** booklet/page-numbers.js: set once the pages are numbered. */
  numbering?: Numbering;
  /** renderer/parts.js. */
  parts?: { partRanges(blocks: Element[], count: number): [number, number][]; partPages(): PartPages | null; appendPages(pages: PagesMarkup): void };
  /** booklet/widows-orphans.js: what stays with what follows it (headings, `break-after: avoid`), and with what precedes it (`--keep-with-previous: yes`). */
  keeps?: { withNext(element: Element): boolean; withPrevious(element: Element): boolean };
  /** booklet/widows-orphans.js: the line model (flow position: column first, then top; lines half a line apart), for renderer/text-lines.js too. */
  lineModel?: {
    flowKey(rect: DOMRect, frame: { left: number; width: number }): number;
    lineKeys(range: Range, lineHeight: number, frame: { left: number; width: number }): number[];
  };
  /** renderer/frame-pacing.js: frames given back to back in the print page; the browser's own functions kept here. */
  framePacing?: { native: { requestAnimationFrame(callback: FrameRequestCallback): number; cancelAnimationFrame(id: number): void } };
  /** renderer/layout-facts.js. */
  layoutFacts?: () => LayoutFacts;
  /** renderer/fast-layout.js: the laid-out pages back in the layout, to be measured (layout-findings.js). */
  showPages?: () => void;
  /** renderer/text-lines.js: where lines break, measured. */
  lines?: {
    charBox(node: Text, offset: number): DOMRect | undefined;
    breaksAt(node: Text, offset: number, block: Element): boolean;
    lineCount(element: Element): number;
  };
  /** renderer/layout-findings.js: the faults of the laid-out pages. */
  layoutFindings?: () => LayoutFinding[];
  /** renderer/print-slices.js: displays one slice of the pages, from 0, `to` excluded, for printing. */
  printSlices?: { showSlice(from: number, to: number): void };
  /** renderer/fast-layout.js, renderer/parts.js: registered by renderer/setup.js. */
  rendererHandlers?: HandlerFactory[];
  /** renderer/setup.js: set once Paged.js has laid out every page. */
  paginated?: true;
}

declare global {
  interface Window {
    actes?: ActesBrowser;
    /** Paged.js' polyfill (paged.polyfill.js from node_modules). */
    Paged?: any;
    /** Read by Paged.js' polyfill when it loads. */
    PagedConfig?: { auto?: boolean; before?: () => unknown; after?: (flow: unknown) => unknown };
  }
}
