/**
 * Typography, dates, hyphenation and the fallback font by language, in memory:
 * French spacing, digit groups and ordinals; English left as written.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { daysBetween, formatDateSpan, formatTime, isoDateTime } from "../scripts/lib/dates.ts";
import { hyphenateText } from "../scripts/lib/hyphenate.ts";
import { ordinal, quote, typeset, typesetHtml, withColon } from "../scripts/lib/typography.ts";
import { fallbackStylesheet, webFacesOf } from "../scripts/lib/font-fallbacks.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

const NNBSP = "\u202F";
const NBSP = "\u00A0";
/** No-break spaces made visible, so that a failure shows where they are. */
const shown = (text: string) => text.replace(/\u202F/g, "⍽").replace(/\u00A0/g, "·");

describe("French typography", () => {
  it("puts a narrow no-break space between digit groups and before % and units", () => {
    expect(shown(typeset("près de 4 000 agents, 1 250 000 habitants, 85 %, 140 M€, 86 €, 9 h 30, 12 km", "fr"))).toBe(
      shown(`près de 4${NNBSP}000${NBSP}agents, 1${NNBSP}250${NNBSP}000${NBSP}habitants, 85${NNBSP}%, 140${NNBSP}M€, 86${NNBSP}€, 9${NNBSP}h 30, 12${NNBSP}km`),
    );
  });

  it("keeps a figure with the word it counts, but not a year or a figure before a linking word", () => {
    for (const text of ["en 2015 et 2016", "entre 2014 2015", "de 15 à 25", "5 ou 6"]) {
      expect(shown(typeset(text, "fr")), text).toBe(text);
    }
    expect(shown(typeset("le 21 mai 2015, 5 ou 6 sites, 2,5 millions, 3 mois, 86 euros", "fr"))).toBe(
      shown(`le 21${NBSP}mai 2015, 5 ou 6${NBSP}sites, 2,5${NBSP}millions, 3${NBSP}mois, 86${NBSP}euros`),
    );
  });

  it("keeps an honorific with its name and a reference with its number; writes a negative figure with U+2212", () => {
    expect(shown(typeset("M. Alain, Mme Camille, p. 23, n° 2005-102, -2 %, 2013-2017, hal-02152519", "fr"))).toBe(
      shown(`M.${NBSP}Alain, Mme${NBSP}Camille, p.${NBSP}23, n°${NBSP}2005-102, \u22122${NNBSP}%, 2013-2017, hal-02152519`),
    );
    expect(typeset("a change of -2% in 2013-2017", "en")).toBe("a change of \u22122% in 2013-2017");
  });

  it("keeps a hyphenated name on one line in HTML, once however often the page is typeset", () => {
    const once = typesetHtml("<p>Ville d’Issy-les-Moulineaux et Agnès Benassy-Quéré</p>", "fr");
    expect(once).toBe('<p>Ville d’<span class="nobr">Issy-les-Moulineaux</span> et Agnès <span class="nobr">Benassy-Quéré</span></p>');
    expect(typesetHtml(once, "fr")).toBe(once);
  });

  it("leaves four-digit years apart", () => {
    // A four-digit number is not the head of a group: "2015 100 000" is a year, then a hundred thousand.
    expect(shown(typeset("en 2015 100 000 fois", "fr"))).toBe(shown(`en 2015 100${NNBSP}000 fois`));
  });

  it("spaces high punctuation and guillemets, and is idempotent", () => {
    const once = typeset("Pourquoi ? Parce que : « innover » ; voilà !", "fr");
    expect(shown(once)).toBe(shown(`Pourquoi${NNBSP}? Parce que${NBSP}: «${NBSP}innover${NBSP}»${NNBSP}; voilà${NNBSP}!`));
    expect(typeset(once, "fr")).toBe(once);
    expect(typeset("https://example.org/a:b", "fr")).toBe("https://example.org/a:b");
  });

  it("sets ordinals as superscripts in the text of a page, not in attributes, <title>, code or URLs, each kept with the word it ranks", () => {
    const html =
      '<html lang="fr"><head><title>Le 2e colloque</title></head><body class="x2e">' +
      '<p data-head="2e">Actes du 2e colloque, 1re édition, 1er jour, 3es rencontres, 2nd volet, XXIe siècle, 1e5.</p>' +
      '<p><a href="/2e/">https://example.org/2e-colloque</a> <code>2e</code></p><script>if (a<b) x = "2e";</script></body></html>';
    const out = typesetHtml(html, "fr");
    expect(out).toContain("<title>Le 2e\u00A0colloque</title>");
    expect(out).toContain('data-head="2e"');
    expect(out).toContain("Actes du 2<sup>e</sup>\u00A0colloque, 1<sup>re</sup>\u00A0édition, 1<sup>er</sup>\u00A0jour, 3<sup>es</sup>\u00A0rencontres, 2<sup>nd</sup>\u00A0volet, XXIe siècle, 1e5.");
    expect(out).toContain("https://example.org/2e-colloque");
    expect(out).toContain("<code>2e</code>");
    expect(out).toContain('<script>if (a<b) x = "2e";</script>');
    expect(typesetHtml(out, "fr")).toBe(out);
  });

  it("writes ordinals with the suffix of their plural category", () => {
    const fr = { one: "re", other: "e" };
    expect([1, 2, 3, 10].map((n) => ordinal(n, "fr", fr))).toEqual(["1re", "2e", "3e", "10e"]);
  });

  it("quotes and labels the French way", () => {
    expect(quote("Titre", "fr")).toBe("« Titre »");
    expect(withColon("En ligne", "fr")).toBe("En ligne :");
  });
});

describe("English typography", () => {
  it("leaves text as written: no French spacing, no digit-group spaces, no superscripts", () => {
    const text = "Why? Because: “open” data; 4 000 lines, 85 %, the 2nd edition!";
    expect(typeset(text, "en")).toBe(text);
    expect(typeset(text, "en-GB")).toBe(text);
    const html = `<html lang="en"><p>${text}</p></html>`;
    expect(typesetHtml(html, "en")).toBe(html);
  });

  it("writes ordinals, quotes and labels the English way", () => {
    const en = { one: "st", two: "nd", few: "rd", other: "th" };
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 103].map((n) => ordinal(n, "en", en))).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "103rd"]);
    expect(quote("Title", "en")).toBe("“Title”");
    expect(withColon("Online", "en")).toBe("Online:");
  });

  it("is hyphenated with English patterns, the British ones for en-GB", () => {
    expect(hyphenateText("information", "en")).toContain("\u00AD");
    expect(hyphenateText("information", "en-GB")).toContain("\u00AD");
    expect(hyphenateText("information", "en").replace(/\u00AD/g, "")).toBe("information");
  });
});

describe("dates and times by language", () => {
  it("writes a day, a span of days and times as the language does", () => {
    expect(formatDateSpan("2015-05-21", undefined, "fr", "full")).toBe("jeudi 21 mai 2015");
    expect(formatDateSpan("2015-05-21", "2015-05-22", "fr", "long").replace(/\s+/g, " ")).toBe("21–22 mai 2015");
    expect(formatDateSpan("2025-04-10", "2025-04-11", "en", "full").replace(/\s+/g, " ")).toBe("Thursday, April 10 – Friday, April 11, 2025");
    expect(formatTime("09:30", "fr")).toBe("09:30");
    expect(formatTime("14:00", "en").replace(/\s/g, " ")).toBe("2:00 PM");
  });

  it("lists the days of a span and writes ISO date-times with or without a time zone", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toEqual(["2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(isoDateTime("2015-05-21", "09:00")).toBe("2015-05-21T09:00:00");
    expect(isoDateTime("2015-05-21", "09:00", "Europe/Paris")).toBe("2015-05-21T09:00:00+02:00");
    expect(isoDateTime("2015-01-21", "09:00", "Europe/Paris")).toBe("2015-01-21T09:00:00+01:00");
  });
});

describe("the fallback font for symbols and emoji", () => {
  const fontsCss = readFileSync(path.join(PROJECT_ROOT, "styles/fonts.css"), "utf8");
  const faces = (css: string, family: string) =>
    [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)]
      .map((match) => match[1]!)
      .filter((body) => body.includes(family))
      .map((body) => ({
        file: /url\(\.{1,2}\/(?:files|fonts)\/([^)]+\.woff2)\)/.exec(body)?.[1],
        range: /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.replace(/\s/g, "").toLowerCase(),
      }));

  it("declares Noto Emoji with the unicode ranges of the installed package, each file present", () => {
    const ours = faces(fontsCss, '"Noto Emoji"');
    const theirs = faces(readFileSync(path.join(PROJECT_ROOT, "node_modules/@fontsource/noto-emoji/400.css"), "utf8"), "'Noto Emoji'");
    expect(ours.length).toBeGreaterThan(5);
    expect(ours).toEqual(theirs);
    for (const { file } of ours) expect(existsSync(path.join(PROJECT_ROOT, "node_modules/@fontsource/noto-emoji/files", file!)), file).toBe(true);
    // Outside the Basic Multilingual Plane too: 🚀 (U+1F680) is in one of the ranges.
    expect(ours.some(({ range }) => range!.split(",").some((r) => { const [a, b] = r.replace("u+", "").split("-").map((h) => parseInt(h, 16)); return a! <= 0x1f680 && 0x1f680 <= (b ?? a)!; }))).toBe(true);
  });

  it("comes after the text faces in the font stacks of the site and the booklet", () => {
    const screen = readFileSync(path.join(PROJECT_ROOT, "styles/screen.css"), "utf8");
    const print = readFileSync(path.join(PROJECT_ROOT, "styles/print/typography.css"), "utf8");
    // The sized stacks (fallback faces, then local fonts) end with it; without them, it follows the web face.
    expect(screen).toMatch(/--font-text: var\(--font-stack-source-serif-4, "Source Serif 4", "Noto Emoji",/);
    expect(screen).toMatch(/--font-ui: var\(--font-stack-source-sans-3, "Source Sans 3", "Noto Emoji",/);
    const sized = fallbackStylesheet(webFacesOf(readFileSync(path.join(PROJECT_ROOT, "styles/fonts.css"), "utf8")));
    expect(sized).toMatch(/--font-stack-source-serif-4: "Source Serif 4", [^;]*, "Noto Emoji", serif;/);
    expect(sized).toMatch(/--font-stack-source-sans-3: "Source Sans 3", [^;]*, "Noto Emoji", sans-serif;/);
    expect(print).toMatch(/--serif: "Source Serif 4", "Source Serif Pro", "Noto Emoji"/);
    expect(print).toMatch(/--sans: "Source Sans 3", "Source Sans Pro", "Noto Emoji"/);
  });
});
