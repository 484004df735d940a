/**
 * The copy editor's check: what a copy editor marks on a proof, read from the
 * text of a page (a block of an HTML page with its no-break spaces as they
 * are) or from the lines of a PDF page (pdftotext -layout, or the preflight's
 * drawn lines). One module for the test suite and the booklet's preflight.
 *
 * - breakable-space: an ordinary space where the language wants a no-break one
 *   (French: before ; : ! ? », after «, inside a number, between a figure and
 *   its unit or the word it counts, after an honorific, in « p. 23 »); in a PDF,
 *   a line that ends or starts where such a space is. English: no space before ; : ! ?
 * - hyphen-minus: "-2" where a negative figure wants U+2212.
 * - name-hyphenated: a proper name broken at a line end by a hyphen (a soft
 *   hyphen inside it, or a line that ends inside it on a hyphen; a hyphenated
 *   name longer than HYPHENATED_NAME_MAX may break at a hyphen of its own).
 * - count-agreement: a count whose word does not agree ("1 pages"), and a
 *   count label whose forms for 0, 1 and 2 do not follow the language's rules.
 * - index-order: index entries out of the language's collation order.
 */
import { escapeRegExp } from "./escape.ts";
import { oncePer } from "./once-per.ts";
import { FIGURE_THEN_WORD, FRENCH_NOT_COUNTED, HYPHEN_MINUS_FIGURE, HYPHENATED_NAME_MAX, primaryLanguage, countOf, type PluralForms } from "./typography.ts";

export type CopyRule = "breakable-space" | "hyphen-minus" | "name-hyphenated" | "count-agreement" | "index-order";

export interface CopyFault {
  rule: CopyRule;
  /** The faulty words, with a little context. */
  text: string;
  /** What is wrong there. */
  where: string;
}

export interface CopyRules {
  language: string;
  /** Proper names printed in the edition (scripts/data/names.ts). */
  names: readonly string[];
  /** The labels that count, by key: { pages: { one: "{count} page", other: "{count} pages" } }. */
  counts: Record<string, PluralForms>;
}

const SHY = "\u00AD";
/** One ordinary (breakable) space or line break; no-break spaces are not in it. */
const BREAKABLE = "[ \\t\\n\\r]";
const context = (text: string, at: number, length: number) =>
  text
    .slice(Math.max(0, at - 20), at + length + 20)
    .replace(/\s+/g, " ")
    .replace(/\u00AD/g, "")
    .trim();

function findAll(text: string, pattern: RegExp, rule: CopyRule, where: string): CopyFault[] {
  const faults: CopyFault[] = [];
  for (const match of text.matchAll(pattern)) faults.push({ rule, text: `« ${context(text, match.index, match[0].length)} »`, where });
  return faults;
}

/** Symbols and abbreviated units that follow a figure. */
const UNIT_SYMBOL = "(?:%|‰|€|[kM]€|Md€|\\$|£|°C|°|km²|km|m²|m³|cm|mm|kg|ha|h|min|ko|Ko|Mo|Go)(?![\\p{L}\\p{N}])";
/** Honorifics before a name, and the abbreviations of references before their number. */
const HONORIFIC = "(?:MM?\\.|Mmes?|Mlles?|Dr|Pr)";
const REFERENCE = "(?:pp?\\.|n°|vol\\.|chap\\.)";
const NOT_COUNTED = new RegExp(`^(?:${FRENCH_NOT_COUNTED.join("|")})(?![\\p{L}’'])`, "u");

/** French spaces of a block of text (an HTML element's text content, no-break spaces as they are). */
function frenchSpaceFaults(text: string): CopyFault[] {
  const where = "an ordinary space where French typography wants a no-break one";
  const breakableFigureWord = new RegExp(FIGURE_THEN_WORD.source, "gu");
  // The typesetter's pattern wants its digit groups joined already: the groups themselves are checked apart.
  const faults = [
    ...findAll(text, new RegExp(`${BREAKABLE}+[;!?»]|«${BREAKABLE}|(?<!\\p{L}:?\\/\\/\\S*)${BREAKABLE}:(?!\\/\\/)`, "gu"), "breakable-space", `${where} (punctuation)`),
    ...findAll(text, new RegExp(`(?<![\\d.,])\\d{1,3}(?:${BREAKABLE}\\d{3})+(?!\\d)`, "g"), "breakable-space", `${where} (inside a number)`),
    ...findAll(text, new RegExp(`\\d${BREAKABLE}${UNIT_SYMBOL}`, "gu"), "breakable-space", `${where} (between a figure and its unit)`),
    ...findAll(text, breakableFigureWord, "breakable-space", `${where} (between a figure and the word it counts)`),
    ...findAll(text, new RegExp(`(?<![\\p{L}\\p{N}])${HONORIFIC}${BREAKABLE}(?=\\p{Lu})`, "gu"), "breakable-space", `${where} (after an honorific)`),
    ...findAll(text, new RegExp(`(?<![\\p{L}\\p{N}])${REFERENCE}${BREAKABLE}(?=\\d)`, "gu"), "breakable-space", `${where} (in a reference)`),
  ];
  return faults;
}

/** English puts no space before ; : ! ? (a French habit). */
const englishSpaceFaults = (text: string) =>
  findAll(text, /[ \u00A0\u202F][;:!?](?=\s|$)/g, "breakable-space", "a space before punctuation, which English does not set");

/** Every regular expression matching a name, a soft hyphen allowed between any two of its characters (made once per list). */
const patternsOf = oncePer((names: readonly string[]): RegExp[] => names.map((name) => new RegExp([...name].map((char) => escapeRegExp(char)).join(`${SHY}?`), "gu")));

/** A count label's form that tells a number apart, and the pattern of a count written in it. */
interface CountPattern {
  key: string;
  forms: PluralForms;
  category: Intl.LDMLPluralRule;
  form: string;
  pattern: RegExp;
}

/** The count patterns of a set of rules, made once per set (the preflight reads them on every line of the booklet). */
const countPatternsOf = oncePer((rules: CopyRules): { plural: Intl.PluralRules; patterns: CountPattern[] } => {
  const patterns: CountPattern[] = [];
  for (const [key, forms] of Object.entries(rules.counts)) {
    const entries = Object.entries(forms) as [Intl.LDMLPluralRule, string][];
    for (const [category, form] of entries) {
      // Forms that read the same as the form of another category tell nothing apart.
      if (entries.some(([other, otherForm]) => other !== category && otherForm === form)) continue;
      const [before, after] = form.split("{count}").map((part) => escapeRegExp(part).replace(/ /g, "[\\s\\u00A0\\u202F]+")) as [string, string];
      patterns.push({ key, forms, category, form, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${before}(\\d{1,3}(?:[\\s\\u00A0\\u202F]\\d{3})*)${after}(?![\\p{L}])`, "gu") });
    }
  }
  return { plural: new Intl.PluralRules(rules.language), patterns };
});

/** A count in the text whose word is the form of another number ("1 pages", "2 page"). */
function countFaults(text: string, rules: CopyRules): CopyFault[] {
  const faults: CopyFault[] = [];
  const { plural, patterns } = countPatternsOf(rules);
  for (const { key, forms, category, form, pattern } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const count = Number(match[1]!.replace(/\D/g, ""));
      const wanted = forms[plural.select(count)] ?? forms.other;
      if (wanted !== form) faults.push({ rule: "count-agreement", text: `« ${context(text, match.index, match[0].length)} »`, where: `the label ${key} in its "${category}" form after ${count}, which takes « ${countOf(count, forms, rules.language)} »` });
    }
  }
  return faults;
}

/** The faults of one block of text: an HTML element's text content, with its no-break spaces and soft hyphens. */
export function checkText(text: string, rules: CopyRules): CopyFault[] {
  const french = primaryLanguage(rules.language) === "fr";
  const faults = [
    ...(french ? frenchSpaceFaults(text) : englishSpaceFaults(text)),
    ...findAll(text, HYPHEN_MINUS_FIGURE, "hyphen-minus", "a hyphen-minus as the sign of a figure (U+2212 is the minus sign)"),
    ...countFaults(text, rules),
  ];
  if (text.includes(SHY)) {
    for (const pattern of patternsOf(rules.names)) {
      for (const match of text.matchAll(pattern)) {
        if (match[0].includes(SHY)) faults.push({ rule: "name-hyphenated", text: `« ${match[0].replaceAll(SHY, "-")} »`, where: "a soft hyphen inside a proper name: the name could be broken at a line end" });
      }
    }
  }
  return faults;
}

/**
 * The names that hold each pair of adjacent characters (UTF-16 units), in the
 * order of the names. A name that spans a line break holds the pair on either
 * side of it: the pair picks the few names worth searching for (a booklet has
 * thousands of broken lines, an edition hundreds of names).
 */
const namesByPair = oncePer((names: readonly string[]) => {
  const index = new Map<string, string[]>();
  for (const name of names) {
    for (const at of new Set(Array.from({ length: Math.max(0, name.length - 1) }, (_, i) => name.slice(i, i + 2)))) {
      const list = index.get(at) ?? [];
      index.set(at, list);
      list.push(name);
    }
  }
  return index;
});
const namesHolding = (names: readonly string[], pair: string): readonly string[] => namesByPair(names).get(pair) ?? [];

const UNIT_FIRST = new RegExp(`^${UNIT_SYMBOL}`, "u");
const HONORIFIC_LAST = new RegExp(`(?<![\\p{L}\\p{N}])${HONORIFIC}$`, "u");
const REFERENCE_LAST = new RegExp(`(?<![\\p{L}\\p{N}])${REFERENCE}$`, "u");

const firstWord = (line: string) => /^\s*(\S+)/.exec(line)?.[1] ?? "";
const lastWords = (line: string, n: number) => line.trim().split(/\s+/).slice(-n).join(" ");
const firstWords = (line: string, n: number) => line.trim().split(/\s+/).slice(0, n).join(" ");

/**
 * The faults of a PDF page, line by line (pdftotext -layout, or the preflight's drawn lines):
 * what a line break shows (a break where a no-break space was, a name broken by a hyphen),
 * and what each line shows (a hyphen-minus before a figure, a count that does not agree).
 */
export function checkLines(lines: readonly string[], rules: CopyRules): CopyFault[] {
  const french = primaryLanguage(rules.language) === "fr";
  const faults: CopyFault[] = [];
  const add = (rule: CopyRule, text: string, where: string) => faults.push({ rule, text: `« ${text.replace(/\s+/g, " ").trim()} »`, where });
  lines.forEach((line, index) => {
    for (const fault of findAll(line, HYPHEN_MINUS_FIGURE, "hyphen-minus", "a hyphen-minus as the sign of a figure (U+2212 is the minus sign)")) faults.push(fault);
    faults.push(...countFaults(line, rules));
    const next = lines[index + 1];
    // A blank line, or a folio alone on the next line (a page number in roman figures), is no line break of running text.
    if (next === undefined || !line.trim() || !next.trim() || /^\s*[ivxlcdm]+\s*$/.test(next)) return;
    const tail = line.trimEnd();
    const head = firstWord(next);
    const across = `${lastWords(line, 3)} / ${firstWords(next, 3)}`;
    if (french) {
      const figureAtEnd = /(?<![\p{L}\p{N}.,/:-])(\d{1,3}(?:[ \u202F\u00A0]\d{3})*(?:,\d+)?)$/u.exec(tail);
      // Only a line that runs on: a page number or a figure set on its own (contents, index, key figures) is followed by an indented line or a capital.
      if (figureAtEnd && (UNIT_FIRST.test(head) || (/^\p{Ll}/u.test(head) && !NOT_COUNTED.test(head)))) {
        add("breakable-space", across, "a line break between a figure and its unit or the word it counts");
      }
      if (HONORIFIC_LAST.test(tail) && /^\p{Lu}/u.test(head)) add("breakable-space", across, "a line break after an honorific");
      if (REFERENCE_LAST.test(tail) && /^\d/.test(head)) add("breakable-space", across, "a line break inside a reference (« p. 23 »)");
      if (/^[;:!?»]/.test(head) || /«$/.test(tail)) add("breakable-space", across, "a line break before high punctuation or inside guillemets");
    }
    if (tail.endsWith("-") && !tail.endsWith("--")) {
      const before = lastWords(line, 6).slice(0, -1);
      const after = firstWords(next, 6);
      const word = (/(\S+)$/.exec(before)?.[1] ?? "").replace(/^[\p{P}]*(?:[dlDL][’'])?/u, "");
      // The hyphenated word the break is in, as it reads joined at a hyphen of its own: a name longer than
      // HYPHENATED_NAME_MAX may break there (kept whole it could overflow a line), a shorter one may not.
      const compound = `${word}-${head.replace(/[\p{P}]+$/u, "")}`;
      const mayBreakAtOwnHyphen = compound.length > HYPHENATED_NAME_MAX;
      const spans = (joined: string, candidate: string) => {
        const at = joined.indexOf(candidate);
        return at >= 0 && at < before.length && at + candidate.length > before.length;
      };
      // A soft hyphen inside a name: the name reads whole without the hyphen. A name across the break
      // holds the last character before it and the first after it (soft), or that last character and the hyphen (own).
      const soft = namesHolding(rules.names, `${before.slice(-1)}${after.slice(0, 1)}`).find((candidate) => spans(`${before}${after}`, candidate) && !spans(`${before}-${after}`, candidate));
      const own = namesHolding(rules.names, `${before.slice(-1)}-`).find((candidate) => spans(`${before}-${after}`, candidate));
      const capitalised = /^\p{Lu}/u.test(word) && /^\p{L}/u.test(head);
      if (soft) add("name-hyphenated", across, `a line that ends on a hyphen inside the name « ${soft} »`);
      else if ((own || capitalised) && !mayBreakAtOwnHyphen) {
        add("name-hyphenated", across, `a line that ends on a hyphen inside ${own ? `the name « ${own} »` : "a capitalised word (a proper name)"}`);
      }
    }
  });
  return faults;
}

/** Each count label rendered with 0, 1 and 2: a form a count falls in must exist, and the forms must differ where the language's rules differ. */
export function checkCountLabels(rules: CopyRules): CopyFault[] {
  const plural = new Intl.PluralRules(rules.language);
  const faults: CopyFault[] = [];
  for (const [key, forms] of Object.entries(rules.counts)) {
    const rendered = [0, 1, 2].map((n) => ({ n, category: plural.select(n), text: countOf(n, forms, rules.language) }));
    for (const { n, category, text } of rendered) {
      if (forms[category] === undefined && category !== "other") faults.push({ rule: "count-agreement", text: `« ${text} »`, where: `the label ${key} has no "${category}" form for ${n}` });
    }
    for (const a of rendered) {
      for (const b of rendered) {
        const wordOf = (r: typeof a) => r.text.replace(/[\d\s\u00A0\u202F]+/g, " ").trim();
        if (a.category !== b.category && wordOf(a) === wordOf(b) && a.n < b.n) {
          faults.push({ rule: "count-agreement", text: `« ${a.text} », « ${b.text} »`, where: `the label ${key} reads the same for ${a.n} ("${a.category}") and ${b.n} ("${b.category}")` });
        }
      }
    }
  }
  return faults;
}

/** Index entries ("Family, Given" or names) that are not in the language's collation order, punctuation ignored. */
export function checkOrder(entries: readonly string[], language: string): CopyFault[] {
  const collator = new Intl.Collator(language, { sensitivity: "base", numeric: true, ignorePunctuation: true });
  const compare = (a: string, b: string) => {
    const [familyA = "", givenA = ""] = a.split(", ");
    const [familyB = "", givenB = ""] = b.split(", ");
    return collator.compare(familyA, familyB) || collator.compare(givenA, givenB);
  };
  const faults: CopyFault[] = [];
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    if (previous !== undefined && compare(previous, entry) > 0) faults.push({ rule: "index-order", text: `« ${previous} » before « ${entry} »`, where: `out of the order of the ${language} collator` });
  });
  return faults;
}

/** One line per fault, for a report or a failing test. */
export const faultLine = (fault: CopyFault) => `${fault.rule}: ${fault.text}: ${fault.where}`;
