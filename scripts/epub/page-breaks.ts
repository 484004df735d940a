/**
 * Puts the booklet's page breaks into a document of another medium (an EPUB
 * content document, a web page): before the first words of each page, found
 * in the document's text by the words the layout put at the top of the page
 * (page-starts.ts). Spaces, soft hyphens and the markup between words are
 * ignored in the comparison: the media set the same text with their own
 * spacing. The document's markup is left as written; the markers are spliced
 * into it at the offsets the HTML parser reports.
 */
import { parse, parseFragment } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import type { PageStart } from "./page-starts.ts";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];
type TextNode = DefaultTreeAdapterMap["textNode"];

export interface PlacedBreak {
  page: number;
  folio: string;
  /**
   * True when the page's first words were found in the document (or the page
   * begins its unit, and the marker opens the document's text); false when
   * the marker was put after the previous one for want of them, and for a
   * page without text (a blank page), which takes the next page's place.
   */
  exact: boolean;
}

/** Prefixes of the page's first words tried in turn, in characters (spaces left out): the media differ now and then after a few words. */
const PREFIXES = [Infinity, 40, 24, 12];

const isElement = (node: Node): node is Element => "tagName" in node;
const isText = (node: Node): node is TextNode => node.nodeName === "#text";
const SKIPPED = new Set(["script", "style", "template", "head"]);
/** What is compared: no spaces of any kind, no soft hyphens. */
export const comparable = (text: string) => text.replace(/[\s\u00ad]+/gu, "");

/**
 * `page` with `marker(start)` spliced in before the first words of each page
 * of `starts` (in page order) inside the first element `isRoot` accepts.
 * A page that begins its unit gets its marker at the start of that element.
 * With `from`, the offset of a start tag at or before that element's, the
 * page is read from there on, as a fragment of HTML.
 */
export function placePageBreaks(
  page: string,
  isRoot: (element: Element) => boolean,
  starts: PageStart[],
  marker: (start: PageStart) => string,
  from = 0,
): { html: string; placed: PlacedBreak[] } {
  if (starts.length === 0) return { html: page, placed: [] };
  // From `from` on, as a fragment: the head and the navigation before the root need no parse.
  const html = page.slice(from);
  const document = from === 0 ? parse(html, { sourceCodeLocationInfo: true }) : parseFragment(html, { sourceCodeLocationInfo: true });
  const root = find(document, isRoot);
  if (!root?.sourceCodeLocation?.startTag || !root.sourceCodeLocation.endTag) throw new Error("placePageBreaks: the document has no element to put the page breaks in (a bug in Actes: the caller names it).");
  const rootStart = root.sourceCodeLocation.startTag.endOffset;
  const rootEnd = root.sourceCodeLocation.endTag.startOffset;

  // The root's text without spaces, each character with its text node and offset, and whether a word starts there.
  // Kept as parallel arrays, not an object per character: a long page has tens of thousands.
  const chars: string[] = [];
  const nodeOf: TextNode[] = [];
  const offsetOf: number[] = [];
  const link = new Map<TextNode, Element | undefined>();
  const wordStart: boolean[] = [];
  let space = true;
  walkText(root, (node) => {
    link.set(node, enclosingLink(node));
    space = true; // a new text node: another element, another word as far as the marker goes
    const value = node.value;
    for (let offset = 0; offset < value.length; offset++) {
      const code = value.charCodeAt(offset);
      if (code === 0xad) continue;
      if (isSpace(code)) {
        space = true;
        continue;
      }
      chars.push(value[offset]!);
      nodeOf.push(node);
      offsetOf.push(offset);
      wordStart.push(space);
      space = false;
    }
  });
  const text = chars.join("");

  /** Raw offsets in `html` where markers go, in page order. */
  const inserts: { at: number; start: PageStart }[] = [];
  const placed: PlacedBreak[] = [];
  let cursor = 0;
  let lastAt = rootStart;
  let waiting: PageStart[] = [];
  const put = (at: number, start: PageStart, exact: boolean) => {
    for (const blank of waiting) {
      inserts.push({ at, start: blank });
      placed.push({ page: blank.page, folio: blank.folio, exact: false });
    }
    waiting = [];
    inserts.push({ at, start });
    placed.push({ page: start.page, folio: start.folio, exact });
    lastAt = at;
  };
  for (const start of starts) {
    if (start.unit === null) {
      waiting.push(start);
      continue;
    }
    if (start.atUnitStart) {
      put(rootStart, start, true);
      continue;
    }
    const words = comparable(start.words);
    let found = -1;
    for (const length of PREFIXES) {
      const key = words.slice(0, length);
      if (key.length === 0 || (length !== Infinity && words.length <= length)) continue;
      found = text.indexOf(key, cursor);
      if (found !== -1) break;
    }
    if (found === -1) {
      put(lastAt, start, false);
      continue;
    }
    // A page that begins inside a hyphenated word: the marker after that word, before the next whole one.
    if (start.midWord) {
      found++;
      while (found < chars.length && !wordStart[found]) found++;
    }
    cursor = found;
    // Never inside a link: before it.
    const node = nodeOf[found];
    const inLink = node && link.get(node);
    put(!node ? rootEnd : inLink ? inLink.sourceCodeLocation!.startOffset : rawOffset(html, { node, offset: offsetOf[found]! }), start, true);
  }
  for (const blank of waiting) {
    inserts.push({ at: lastAt, start: blank });
    placed.push({ page: blank.page, folio: blank.folio, exact: false });
  }

  // Spliced from the end, so that earlier offsets hold; markers at one offset keep their page order.
  let out = html;
  const byOffset = new Map<number, PageStart[]>();
  for (const { at, start } of inserts) byOffset.set(at, [...(byOffset.get(at) ?? []), start]);
  for (const at of [...byOffset.keys()].sort((a, b) => b - a)) {
    out = out.slice(0, at) + byOffset.get(at)!.map(marker).join("") + out.slice(at);
  }
  return { html: page.slice(0, from) + out, placed };
}

/** White space as the `u`-flagged `\s` of a regular expression matches it, tested by code: it is asked of every character of the page. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function find(node: Node, accept: (element: Element) => boolean): Element | undefined {
  if (isElement(node) && accept(node)) return node;
  for (const child of "childNodes" in node ? node.childNodes : []) {
    const found = find(child, accept);
    if (found) return found;
  }
  return undefined;
}

function enclosingLink(node: TextNode): Element | undefined {
  for (let parent: Node | null = node.parentNode; parent && isElement(parent); parent = parent.parentNode) if (parent.tagName === "a") return parent;
  return undefined;
}

function walkText(node: Node, visit: (text: TextNode) => void): void {
  if (isText(node)) return visit(node);
  if (isElement(node) && SKIPPED.has(node.tagName)) return;
  for (const child of "childNodes" in node ? node.childNodes : []) walkText(child, visit);
}

/** Where a character of a text node is in the markup: its text may hold character references (&amp;, &#x1F600;). */
function rawOffset(html: string, at: { node: TextNode; offset: number }): number {
  const start = at.node.sourceCodeLocation?.startOffset;
  if (start === undefined) throw new Error("placePageBreaks: a text node has no source location.");
  let raw = start;
  let decoded = 0;
  while (decoded < at.offset) {
    const reference = html[raw] === "&" ? /^&(?:#(\d+)|#x([0-9a-f]+)|[a-z][a-z0-9]*);/i.exec(html.slice(raw, raw + 40)) : null;
    if (reference) {
      const code = reference[1] ? Number(reference[1]) : reference[2] ? parseInt(reference[2], 16) : 0;
      decoded += code > 0xffff ? 2 : 1;
      raw += reference[0].length;
    } else {
      decoded++;
      raw++;
    }
  }
  return raw;
}
