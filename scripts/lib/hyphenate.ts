/**
 * Hyphenation at build time: soft hyphens (U+00AD) inserted into the text of
 * rendered HTML, with the TeX patterns of the `hyphen` package. Chromium's
 * `hyphens: auto` does nothing here (no dictionaries in Debian's build), so the
 * booklet's justified paragraphs would otherwise be full of holes.
 */
import { createRequire } from "node:module";
import { mapHtmlText } from "./html-text.ts";

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

/** Words worth hyphenating: from a word start, lower-case initial (names are never split), letters only. */
const WORD = /(?<![\p{L}\p{M}&])\p{Ll}[\p{L}\p{M}]*(?:[’'][\p{L}\p{M}]+)*/gu;

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

/** Hyphenates plain text. */
export function hyphenateText(text: string, language: string): string {
  const entry = hyphenatorFor(language);
  return text.replace(WORD, (word) => hyphenateWord(word, entry));
}

/**
 * Hyphenates the text of an HTML fragment: tags and attributes are left alone,
 * and so is the text of links and code (URLs and identifiers must stay whole).
 */
export function hyphenateHtml(html: string, language: string): string {
  const whole = ["a", "code", "kbd", "pre"] as const;
  return mapHtmlText(html, whole, (text, inside) => (whole.some(inside) ? text : hyphenateText(text, language)));
}
