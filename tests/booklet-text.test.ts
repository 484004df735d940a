/**
 * The booklet's text as a reader's tools find it: pdftotext reads no soft
 * hyphen and every title and word as written; the contents name a speaker
 * once; the colophon's addresses are links; hyphenation leaves a
 * paragraph's last word whole; the speakers index names an organisation once.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "../scripts/lib/pdf-lib.ts";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { notNamedIn } from "../scripts/eleventy/filters.ts";
import { hyphenateHtml } from "../scripts/lib/hyphenate.ts";
import { normalise, pageLabels, pageTexts, pageTextsIn, pdfInfo, qpdfJson } from "./helpers/pdf-read.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { pageAt, readPages, text } from "./helpers/site.ts";

const SHY = "\u00AD";

let edition: Edition;
let siteDir: string;
let file: string;
/** Page texts in pdftotext's reading order (index 0 is page 1). */
let pages: string[];

beforeAll(async () => {
  edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
  siteDir = inject("siteDir");
  file = path.join(siteDir, edition.pdf.fileName);
  pages = pageTexts(file);
});

describe("the booklet's text layer", () => {
  it("holds no soft hyphen", () => {
    const found = pages.flatMap((page, index) => (page.includes(SHY) ? [index + 1] : []));
    expect(found, `pages with U+00AD in pdftotext's text`).toEqual([]);
  });

  it("gives every title of the edition as written", () => {
    const whole = normalise(pages.join("\n"));
    const titles = [
      edition.colloquium.title,
      ...edition.sessions.flatMap((session) => [session.title, ...session.contributions.map((contribution) => contribution.heading)]),
      edition.labels.indexOfSpeakers,
      edition.labels.indexOfOrganisations,
    ];
    const missing = titles.filter((title) => !whole.includes(normalise(title)));
    expect(missing).toEqual([]);
  });

  it("gives every word of the summaries whole, however it was hyphenated", () => {
    // The text areas only, without running heads and folios, so that a word cut at the foot of a
    // page can be joined again, as a reader reads it.
    const mm = (length: string) => {
      const value = /^([\d.]+)mm$/.exec(length);
      expect(value, `margin ${length} in millimetres`).not.toBeNull();
      return (Number(value![1]) * 72) / 25.4;
    };
    const { top, bottom } = edition.colloquium.print.margins;
    const info = pdfInfo(file);
    const body = pageTextsIn(file, { x: 0, y: mm(top), width: info.width, height: info.height - mm(top) - mm(bottom) });
    const whole = ` ${normalise(body.join("\f").replace(/-\s*\f\s*/g, ""))} `;
    // Words of seven letters or more, the ones hyphenation may cut; not the halves of a compound
    // (pdftotext joins « contre-/productifs » into one word where a line ends at its hyphen).
    const words = new Set(edition.contributions.flatMap((contribution) => contribution.summary.match(/(?<![\p{L}-])\p{Ll}[\p{L}’]{6,}(?![\p{L}-])/gu) ?? []));
    expect(words.size).toBeGreaterThan(300);
    const missing = [...words].filter((word) => !new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, "u").test(whole));
    expect(missing).toEqual([]);
  });
});

describe("the contents", () => {
  it("name the speakers of a contribution without a title once, in its heading", () => {
    const labels = pageLabels(qpdfJson(file), pdfInfo(file).pages);
    const contents = normalise(pages.slice(0, labels.indexOf("1")).join("\n"));
    const untitled = edition.contributions.filter((contribution) => !contribution.title);
    expect(untitled.length).toBeGreaterThan(0);
    for (const contribution of untitled) {
      for (const person of contribution.speakers) {
        const times = contents.split(normalise(person.fullName)).length - 1;
        const elsewhere = edition.contributions.filter((other) => other.slug !== contribution.slug && other.speakers.some((s) => s.id === person.id)).length;
        expect(times, `${person.fullName} in the contents`).toBe(1 + elsewhere);
      }
    }
  });
});

describe("the colophon", () => {
  it("links its addresses: the source report and the licence", async () => {
    const pdf = await PDFDocument.load(readFileSync(file));
    const uris = pdf.getPages().slice(0, 2).flatMap((page) => {
      const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
      return (annots?.asArray() ?? []).map((ref) => {
        const uri = pdf.context.lookupMaybe(ref, PDFDict)?.lookupMaybe(PDFName.of("A"), PDFDict)?.lookup(PDFName.of("URI"));
        return uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : undefined;
      });
    });
    const c = edition.colloquium;
    expect(uris).toContain(c.source.url);
    if (c.licence?.url) expect(uris).toContain(c.licence.url);
  });
});

describe("hyphenation", () => {
  const shown = (html: string) => hyphenateHtml(html, "fr").replaceAll(SHY, "~");

  it("leaves the last word of a paragraph, a list item or a fragment whole", () => {
    expect(shown("<p>La collectivité arbitre publique.</p>")).toBe("<p>La col~lec~ti~vité ar~bitre publique.</p>");
    expect(shown("<ul><li>développement <em>particularités</em> ;</li></ul>")).toBe("<ul><li>dé~ve~lop~pe~ment <em>particularités</em> ;</li></ul>");
    expect(shown("collectivités territoriales")).toBe("col~lec~ti~vi~tés territoriales");
  });

  it("never touches the text of links", () => {
    expect(shown('<p>voir <a href="https://example.org/">particularités</a></p>')).toBe('<p>voir <a href="https://example.org/">particularités</a></p>');
  });
});

describe("organisations named in a role", () => {
  const orgs = [{ name: "Cofely Ineo Digital" }, { name: "Ville de Pau", shortName: "Pau" }, { name: "UPPA" }];

  it("are not named again, whatever the case", () => {
    expect(notNamedIn(orgs, "responsable commercial sud-ouest COFELY INEO DIGITAL").map((o) => o.name)).toEqual(["Ville de Pau", "UPPA"]);
    expect(notNamedIn(orgs, "Adjoint au maire de pau").map((o) => o.name)).toEqual(["Cofely Ineo Digital", "UPPA"]);
  });

  it("are named once in the speakers index of the website", () => {
    const index = pageAt(readPages(siteDir), edition.routes.speakers);
    for (const role of index.dom.querySelectorAll(".index-list__role")) {
      const line = text(role).toLowerCase();
      for (const organisation of edition.organisations) {
        expect(line.split(organisation.name.toLowerCase()).length - 1, line).toBeLessThanOrEqual(1);
      }
    }
  });
});
