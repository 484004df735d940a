/**
 * Hyphenation at build time: soft hyphens (U+00AD) inserted into the text of
 * rendered HTML, with the TeX patterns of the `hyphen` package. Chromium's
 * `hyphens: auto` does nothing here (no dictionaries in Debian's build), so the
 * booklet's justified paragraphs would otherwise be full of holes.
 */
import { createRequire } from "node:module";
import { oncePer } from "./once-per.ts";

type Hyphenator = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

const require = createRequire(import.meta.url);
const SHY = "\u00AD";
/** At least two letters before a break and three after it: French typesetting, and TeX's default for English. */
const LEFT_MIN = 2;
const RIGHT_MIN = 3;
const MIN_WORD = 6;

const hyphenators = new Map<string, { hyphenate: Hyphenator; cache: Map<string, string> }>();

function hyphenatorFor(language: string) {
  const tag = language.toLowerCase();
  let entry = hyphenators.get(tag);
  if (!entry) {
    let module: { hyphenateSync: Hyphenator };
    try {
      // The package is CommonJS, one entry per language ("en-gb", else "en"): a synchronous load keeps the filter synchronous.
      module = loadPatterns(tag);
    } catch (error) {
      throw new Error(
        `No hyphenation patterns for the language "${language}" in the npm package "hyphen". ` +
          `Fix: set colloquium.language to a language that package supports (e.g. "fr"), or add its patterns.`,
        { cause: error },
      );
    }
    entry = { hyphenate: module.hyphenateSync, cache: new Map() };
    hyphenators.set(tag, entry);
  }
  return entry;
}

function loadPatterns(tag: string): { hyphenateSync: Hyphenator } {
  try {
    return require(`hyphen/${tag}`) as { hyphenateSync: Hyphenator };
  } catch (error) {
    const primary = tag.split("-")[0]!;
    if (primary === tag) throw error;
    return require(`hyphen/${primary}`) as { hyphenateSync: Hyphenator };
  }
}

/**
 * Words worth hyphenating: from a word start, lower-case initial (names are never split), letters only;
 * an elided article before a capital ("d’Osbornes") is the start of a name, and is left whole too.
 */
const WORD = /(?<![\p{L}\p{M}&])\p{Ll}[\p{L}\p{M}]*(?:[’'](?!\p{Lu})[\p{L}\p{M}]+)*(?![’']\p{Lu})/gu;

function hyphenateWord(word: string, entry: { hyphenate: Hyphenator; cache: Map<string, string> }): string {
  const cached = entry.cache.get(word);
  if (cached !== undefined) return cached;
  let result = word;
  if (word.length >= MIN_WORD) {
    const pieces = entry.hyphenate(word, { hyphenChar: SHY, minWordLength: MIN_WORD }).split(SHY);
    const breaks = new Set<number>();
    let at = 0;
    for (const piece of pieces.slice(0, -1)) {
      at += piece.length;
      // Two letters at least before a break, three after it, never right after an apostrophe.
      if (at >= LEFT_MIN && word.length - at >= RIGHT_MIN && !/[’']/.test(word[at - 1]!)) breaks.add(at);
    }
    result = [...word].map((char, index) => (breaks.has(index) ? SHY + char : char)).join("");
  }
  entry.cache.set(word, result);
  return result;
}

/**
 * The names by their first two characters (UTF-16 units), made once per list:
 * each position of a text is then tried against the few names that can start
 * there, not against all of them (an edition has hundreds of names, its booklet
 * thousands of pieces of text).
 */
const startIndex = oncePer((names: readonly string[]) => {
  const index = new Map<string, string[]>();
  for (const name of new Set(names)) {
    if (name === "") continue;
    const list = index.get(name.slice(0, 2)) ?? [];
    index.set(name.slice(0, 2), list);
    list.push(name);
  }
  return index;
});

/** Which characters of `text` belong to one of `names` (1), at every occurrence of each. */
function nameCoverage(text: string, names: readonly string[]): Uint8Array {
  const covered = new Uint8Array(text.length);
  const index = startIndex(names);
  // Each name's occurrences one after the other, as indexOf finds them: none starts inside the previous one.
  const endOf = new Map<string, number>();
  for (let at = 0; at < text.length; at++) {
    // A name of one character is its own key.
    const keys = at + 1 < text.length ? [text.slice(at, at + 2), text[at]!] : [text[at]!];
    for (const key of keys) {
      for (const name of index.get(key) ?? []) {
        if (at < (endOf.get(name) ?? 0) || !text.startsWith(name, at)) continue;
        covered.fill(1, at, at + name.length);
        endOf.set(name, at + name.length);
      }
    }
  }
  return covered;
}

/**
 * Hyphenates plain text. The words of `names` (people, organisations, places: scripts/data/names.ts)
 * are never hyphenated: « Conseil départemental de Seine-et-Marne » stays unbroken but at its spaces.
 */
export function hyphenateText(text: string, language: string, names: readonly string[] = []): string {
  const entry = hyphenatorFor(language);
  const covered = nameCoverage(text, names);
  return text.replace(WORD, (word, at: number) => (covered.subarray(at, at + word.length).includes(1) ? word : hyphenateWord(word, entry)));
}

/** Elements that end a line: the last word before one of them ends its paragraph. */
const BLOCK = /^(p|li|dd|dt|ul|ol|blockquote|h[1-6]|div|br|td|th|tr|table|figcaption|section|article|header|footer|aside)$/;
/** Elements whose text stays whole: URLs and identifiers. */
const WHOLE = /^(a|code|kbd|pre)$/;

/** The text without soft hyphens in its last word. */
const lastWordWhole = (text: string) => text.replace(/[\p{L}\p{M}\u00AD’']+(?=[^\p{L}\p{M}\u00AD]*$)/u, (word) => word.replaceAll(SHY, ""));

/**
 * Hyphenates the text of an HTML fragment: tags and attributes are left alone,
 * and so is the text of links and code (URLs and identifiers must stay whole).
 * The last word of a paragraph is never hyphenated: its last line would hold
 * only the end of a word.
 */
export function hyphenateHtml(html: string, language: string, names: readonly string[] = []): string {
  // Text and tags alternate: text at even indexes, tags at odd ones.
  const pieces = html.split(/(<[^>]*>)/);
  let whole = 0;
  /** The piece holding the last word of the paragraph so far. */
  let last: number | undefined;
  const endParagraph = () => {
    if (last !== undefined) pieces[last] = lastWordWhole(pieces[last]!);
    last = undefined;
  };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (i % 2 === 1) {
      const name = /^<\/?\s*([a-z0-9]+)/i.exec(piece)?.[1]?.toLowerCase() ?? "";
      if (WHOLE.test(name)) {
        if (piece.startsWith("</")) whole = Math.max(0, whole - 1);
        else if (!piece.endsWith("/>")) whole++;
      }
      if (BLOCK.test(name)) endParagraph();
      continue;
    }
    if (!/\p{L}/u.test(piece)) continue;
    if (whole > 0) {
      // The paragraph ends in a link: the words before it are not its last.
      last = undefined;
      continue;
    }
    pieces[i] = hyphenateText(piece, language, names);
    last = i;
  }
  endParagraph();
  return pieces.join("");
}
