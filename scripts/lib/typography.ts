/**
 * Typography by language, for text written with ordinary spaces.
 *
 * French: a narrow no-break space before ; ! ? and a no-break space before :
 * and inside « », so that punctuation never starts a line; narrow no-break
 * spaces between digit groups ("4 000") and before % and units ("85 %",
 * "140 M€"); ordinals written after a number ("1re", "2e") set as superscripts in HTML.
 * Only existing spaces are converted (or a space is added inside guillemets),
 * so URLs such as https://… stay intact.
 *
 * English (and any other language): text is left as written.
 */
import { mapHtmlText } from "./html-text.ts";

const NNBSP = "\u202F";
const NBSP = "\u00A0";
const SPACE = "[ \\u00A0\\u202F]";

/** The primary language subtag, lower-cased: "fr" for "fr-CA". */
export const primaryLanguage = (language: string) => language.toLowerCase().split("-")[0]!;

export function frenchSpacing(text: string): string {
  return text
    .replace(new RegExp(`${SPACE}+([;!?])`, "g"), `${NNBSP}$1`)
    .replace(new RegExp(`${SPACE}+:`, "g"), `${NBSP}:`)
    .replace(new RegExp(`«${SPACE}*`, "g"), `«${NBSP}`)
    .replace(new RegExp(`${SPACE}*»`, "g"), `${NBSP}»`);
}

/** A number of one to three digits followed by groups of three, each after one space: "4 000", "1 250 000". */
const DIGIT_GROUPS = new RegExp(`(?<![\\d.,])\\d{1,3}(?:${SPACE}\\d{3})+(?!\\d)`, "g");
/** Symbols and units that follow a number after a space: "85 %", "140 M€", "9 h 30", "12 km". */
const UNIT = new RegExp(`(\\d)${SPACE}(?=(?:%|‰|€|[kM]€|Md€|\\$|£|°C|°|km²|km|m²|m³|cm|mm|kg|ha|h|min)(?![\\p{L}\\p{N}]))`, "gu");

/** Narrow no-break spaces inside numbers and before the symbol or unit that follows one. */
export function frenchNumbers(text: string): string {
  return text.replace(DIGIT_GROUPS, (number) => number.replace(new RegExp(SPACE, "g"), NNBSP)).replace(UNIT, `$1${NNBSP}`);
}

/** The typography of `language` applied to plain text (no markup). */
export function typeset(text: string, language: string): string {
  return primaryLanguage(language) === "fr" ? frenchNumbers(frenchSpacing(text)) : text;
}

/** French ordinal abbreviations after a number: 1er, 1re, 2e, 2es, 2nd, 2nde… (never inside a word, a URL or a path). */
const FRENCH_ORDINAL = /(?<![\p{L}\p{N}_/.,-])(\d+)(ers?|res?|es?|nde?s?)(?![\p{L}\p{N}_/-])/gu;

/**
 * The typography of `language` applied to the text of an HTML document:
 * tags, attributes, scripts, styles and code are left alone, and in French
 * ordinals become superscripts (except in <title>, which holds no markup).
 */
export function typesetHtml(html: string, language: string): string {
  if (primaryLanguage(language) !== "fr") return html;
  const raw = ["code", "kbd", "pre", "textarea"] as const;
  return mapHtmlText(html, [...raw, "title", "sup"], (text, inside) => {
    if (raw.some(inside)) return text;
    const spaced = typeset(text, language);
    return inside("title") || inside("sup") ? spaced : spaced.replace(FRENCH_ORDINAL, "$1<sup>$2</sup>");
  });
}

/**
 * An ordinal in `language`: the number and the suffix of its plural category
 * (Intl's ordinal rules), e.g. 1 → "1re", 2 → "2e" in French with
 * { one: "re", other: "e" }; 2 → "2nd" in English with { one: "st", two: "nd", few: "rd", other: "th" }.
 */
export function ordinal(n: number, language: string, suffixes: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const category = new Intl.PluralRules(language, { type: "ordinal" }).select(n);
  return `${n}${suffixes[category] ?? suffixes.other}`;
}

/** A quotation in the marks of `language`: « … » in French, “…” otherwise. */
export function quote(text: string, language: string): string {
  return primaryLanguage(language) === "fr" ? `« ${text} »` : `“${text}”`;
}

/** A label followed by its colon: "Contact :" in French (a space before the colon), "Contact:" otherwise. */
export function withColon(label: string, language: string): string {
  return `${label}${primaryLanguage(language) === "fr" ? " :" : ":"}`;
}

/** "Title. Subtitle", without a full stop after a title that already ends with ! ? … or a full stop. */
export function thenSentence(first: string, second: string): string {
  return `${first}${/[.!?…]$/.test(first.trim()) ? "" : "."} ${second}`;
}

/** One line of text: runs of white space with line breaks become one space; no-break spaces stay. */
export function oneLine(text: string): string {
  return text.replace(/[^\S\u00A0\u2007\u202F]+/g, " ").trim();
}
