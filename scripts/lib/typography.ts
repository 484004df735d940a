/**
 * Typography by language, for text written with ordinary spaces.
 *
 * French: a narrow no-break space before ; ! ? and a no-break space before :
 * and inside « », so that punctuation never starts a line; narrow no-break
 * spaces between digit groups ("4 000") and before % and units ("85 %",
 * "140 M€"); a no-break space between a figure and the word it counts
 * ("86 euros", "50 universitaires", "21 mai"), after an honorific ("M. Alain")
 * and in references ("p. 23", "n° 2005-102"); ordinals written after a number
 * ("1re", "2e") set as superscripts in HTML. Only existing spaces are converted
 * (or a space is added inside guillemets), so URLs such as https://… stay intact.
 *
 * Every language: a negative figure takes the minus sign U+2212, not a hyphen;
 * a proper name written with hyphens (« Issy-les-Moulineaux », “Benassy-Quéré”)
 * is kept on one line in HTML (class "nobr"). Nothing else changes in English.
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
const UNIT = new RegExp(`(\\d)${SPACE}(?=(?:%|‰|€|[kM]€|Md€|\\$|£|°C|°|km²|km|m²|m³|cm|mm|kg|ha|h|min|ko|Mo|Go)(?![\\p{L}\\p{N}]))`, "gu");

/**
 * Words that may follow a figure without being what it counts: "5 ou 6 sites", "de 15 à 25 millions".
 * After any other lower-case word the figure counts it, and the two stay on one line (Imprimerie nationale).
 */
export const FRENCH_NOT_COUNTED = ["et", "ou", "à", "au", "aux", "de", "des", "du", "d’", "d'", "en", "sur", "par", "pour", "le", "la", "les", "l’", "l'", "un", "une", "qui", "que", "se", "ne", "y", "dans", "avec", "sans", "entre", "contre", "puis", "mais", "ni", "soit", "est", "sont", "a", "ont", "fois"];
/**
 * A figure (digit groups already joined, a decimal part allowed; never a bare year of four digits) and the
 * ordinary space before a lower-case word it counts. Used by `frenchNumbers` and by the copy editor's check.
 */
export const FIGURE_THEN_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}.,\u202F\u00A0-])(\\d{1,3}(?:\u202F\\d{3})*(?:,\\d+)?) (?!(?:${FRENCH_NOT_COUNTED.join("|")})(?![\\p{L}’']))(?=\\p{Ll})`,
  "gu",
);
/** An ordinal and the word it ranks, kept on one line like a figure and what it counts: "2e édition", "2nd colloque". */
const ORDINAL_THEN_WORD = /(?<![\p{L}\p{N}_/.,-])(\d+(?:ers?|res?|es?|nde?s?)) (?=\p{L})/gu;
/** Honorifics before a name, and the abbreviations of references before their number: "M. Alain", "p. 23", "n° 2005". */
const HONORIFIC = /(?<![\p{L}\p{N}])(MM?\.|Mmes?|Mlles?|Dr|Pr|Me) (?=\p{Lu})/gu;
const REFERENCE = /(?<![\p{L}\p{N}])(pp?\.|n°|nos?|vol\.|t\.|chap\.) (?=\d)/gu;

/** Narrow no-break spaces inside numbers and before the symbol or unit that follows one; no-break ones before the word a figure counts. */
export function frenchNumbers(text: string): string {
  return text
    .replace(DIGIT_GROUPS, (number) => number.replace(new RegExp(SPACE, "g"), NNBSP))
    .replace(UNIT, `$1${NNBSP}`)
    .replace(FIGURE_THEN_WORD, `$1${NBSP}`)
    .replace(ORDINAL_THEN_WORD, `$1${NBSP}`)
    .replace(HONORIFIC, `$1${NBSP}`)
    .replace(REFERENCE, `$1${NBSP}`);
}

/** A hyphen-minus that is a negative sign (before a figure, not inside a word, a range or an identifier). */
export const HYPHEN_MINUS_FIGURE = /(?<![\p{L}\p{N}_/.:-])-(?=\d)/gu;

/** U+2212 for the sign of a negative figure: "−2 %". */
export const minusSigns = (text: string) => text.replace(HYPHEN_MINUS_FIGURE, "\u2212");

/**
 * What follows a figure set apart from its unit (a key figure's value in its own element):
 * the unit after the no-break space of `language` — narrow before a symbol in French ("85 %"),
 * none before % in English ("85%"), an ordinary no-break space before a word ("140 millions").
 */
export function unitAfterFigure(unit: string, language: string): string {
  const symbol = /^(?:%|‰|€|[kM]€|Md€|\$|£|°)/.test(unit);
  if (primaryLanguage(language) === "fr") return `${symbol ? NNBSP : NBSP}${typeset(unit, language)}`;
  return `${unit === "%" ? "" : NBSP}${typeset(unit, language)}`;
}

/** The typography of `language` applied to plain text (no markup). */
export function typeset(text: string, language: string): string {
  return primaryLanguage(language) === "fr" ? frenchNumbers(frenchSpacing(minusSigns(text))) : minusSigns(text);
}

/**
 * A proper name written with hyphens: a capitalised word joined by hyphens to others
 * ("Issy-les-Moulineaux", "Benassy-Quéré", "Seine-et-Marne", "Jean-Louis"). One of more than
 * HYPHENATED_NAME_MAX characters may still break at its hyphens: kept whole it could overflow a 320 px screen.
 */
export const HYPHENATED_NAME_MAX = 20;
export const HYPHENATED_NAME = /(?<![\p{L}\p{M}\u00AD-])\p{Lu}[\p{L}\p{M}\u00AD]*(?:-[\p{L}\p{M}\u00AD]+)+(?![\p{L}\p{M}-])/gu;

/** French ordinal abbreviations after a number: 1er, 1re, 2e, 2es, 2nd, 2nde… (never inside a word, a URL or a path). */
const FRENCH_ORDINAL = /(?<![\p{L}\p{N}_/.,-])(\d+)(ers?|res?|es?|nde?s?)(?![\p{L}\p{N}_/-])/gu;

/**
 * The typography of `language` applied to the text of an HTML document:
 * tags, attributes, scripts, styles and code are left alone, and in French
 * ordinals become superscripts (except in <title>, which holds no markup).
 */
export function typesetHtml(html: string, language: string): string {
  const french = primaryLanguage(language) === "fr";
  const raw = ["code", "kbd", "pre", "textarea"] as const;
  // The spans of a page typeset before are taken off and set again: typesetting twice changes nothing.
  const unwrapped = html.replace(NOBR_SPAN, "$1");
  return mapHtmlText(unwrapped, [...raw, "title", "sup", "option"], (text, inside) => {
    if (raw.some(inside)) return text;
    const spaced = typeset(text, language);
    if (inside("title") || inside("option")) return spaced;
    // A hyphenated name is kept whole on a line: browsers would break it at its hyphens.
    const names = spaced.replace(HYPHENATED_NAME, (name) => (name.length <= HYPHENATED_NAME_MAX ? `<span class="nobr">${name}</span>` : name));
    return !french || inside("sup") ? names : names.replace(FRENCH_ORDINAL, "$1<sup>$2</sup>");
  });
}

const NOBR_SPAN = /<span class="nobr">([^<]*)<\/span>/g;

/**
 * An ordinal in `language`: the number and the suffix of its plural category
 * (Intl's ordinal rules), e.g. 1 → "1re", 2 → "2e" in French with
 * { one: "re", other: "e" }; 2 → "2nd" in English with { one: "st", two: "nd", few: "rd", other: "th" }.
 */
export function ordinal(n: number, language: string, suffixes: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const category = new Intl.PluralRules(language, { type: "ordinal" }).select(n);
  return `${n}${suffixes[category] ?? suffixes.other}`;
}

/** The forms of a word by plural category; "other" is always given. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The whole numbers a count label is checked with: every category they fall in needs its own form. */
const COUNTS_CHECKED = Array.from({ length: 201 }, (_, n) => n);

/**
 * The plural categories of `language` that a count below 201 falls in and that `forms` lacks:
 * French needs "one" (0 and 1) and "other"; English "one" and "other"; ordinals in English "one", "two", "few", "other".
 */
export function missingPluralForms(forms: PluralForms, language: string, type: Intl.PluralRuleType = "cardinal"): Intl.LDMLPluralRule[] {
  const rules = new Intl.PluralRules(language, { type });
  const needed = new Set(COUNTS_CHECKED.map((n) => rules.select(n)));
  return [...needed].filter((category) => forms[category] === undefined);
}

/**
 * A count and the word it counts, in the form its number takes in `language`:
 * { one: "{count} page", other: "{count} pages" } gives "0 page", "1 page", "2 pages" in French,
 * "0 pages", "1 page", "2 pages" in English. The figure is formatted for the language.
 */
export function countOf(count: number, forms: PluralForms, language: string): string {
  const category = new Intl.PluralRules(language).select(count);
  return (forms[category] ?? forms.other).replaceAll("{count}", new Intl.NumberFormat(language).format(count));
}

/** The counted word alone, in its plural form: "participants" from "{count} participants". */
export const countedWord = (forms: PluralForms) => forms.other.replace("{count}", "").trim();

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
