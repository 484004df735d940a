/**
 * Metadata formats in memory, without a build: a malformed DOI, URL or date is
 * refused at validation with file, field and fix; and values full of quotes,
 * braces, line breaks, </script> and % go through every format the site
 * writes (BibTeX, RIS, CSL-JSON, the formatted reference, CSV, JSON,
 * iCalendar, JSON-LD) and come back unchanged through an independent parser.
 */
import path from "node:path";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse as parseRis } from "astrocite-ris";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { parse as parseHtml } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { programmeCalendar } from "../scripts/formats/calendar.ts";
import { contributionRecord, noPages, referenceHtml, referenceText, toBibtex, toCslJson, toRis, volumeRecords } from "../scripts/formats/citation.ts";
import { DataErrors, type DataError } from "../scripts/data/errors.ts";
import { contributionGraph, contributionMeta, editionGraph, jsonLdScript, proceedingsMeta } from "../scripts/formats/linked-data.ts";
import { loadEdition, readRawEdition } from "../scripts/data/load.ts";
import { sourceReference, type Edition, type PersonRef } from "../scripts/data/model.ts";
import { openDataFiles } from "../scripts/formats/open-data.ts";
import { validateEdition, type RawEdition } from "../scripts/data/validate.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

const display = (file: string) => `_data/${file}`;
let pristine: RawEdition;

beforeAll(async () => {
  pristine = await readRawEdition(path.join(PROJECT_ROOT, "_data"));
});

type Raw = Record<string, any>;
/** A copy of the data with `change` applied to the colloquium, the first session and the people. */
function edited(change: (files: { colloquium: Raw; session: Raw; people: Raw[] }) => void): RawEdition {
  const raw = structuredClone(pristine);
  change({ colloquium: raw.colloquium as Raw, session: raw.sessions[1]!.value as Raw, people: raw.people as Raw[] });
  return raw;
}

function errorsOf(raw: RawEdition): DataError[] {
  try {
    validateEdition(raw, display);
  } catch (error) {
    if (error instanceof DataErrors) return error.errors;
    throw error;
  }
  throw new Error("the data was accepted");
}

describe("malformed DOI, URL and date are refused with file, field and fix", () => {
  const cases: { what: string; change: Parameters<typeof edited>[0]; file: string; field: string; fix: RegExp }[] = [
    { what: "a DOI written as a link", change: ({ colloquium }) => (colloquium.publication.doi = "https://doi.org/10.1234/actes"), file: "_data/colloquium.ts", field: "publication.doi", fix: /write the DOI alone/ },
    { what: "a DOI with a short prefix", change: ({ session }) => (session.contributions[0].doi = "10.12/abc"), file: "_data/sessions/02-atelier-1.ts", field: "contributions[0].doi", fix: /a DOI starts with 10\., four to nine digits/ },
    { what: "a DOI with a space", change: ({ session }) => (session.contributions[1].doi = "10.1234/abc def"), file: "_data/sessions/02-atelier-1.ts", field: "contributions[1].doi", fix: /without spaces/ },
    { what: "a javascript: URL", change: ({ colloquium }) => (colloquium.publication.url = "javascript:alert(1)"), file: "_data/colloquium.ts", field: "publication.url", fix: /https:\/\// },
    { what: "a URL without its scheme", change: ({ colloquium }) => (colloquium.source.url = "hal.science/hal-02152519"), file: "_data/colloquium.ts", field: "source.url", fix: /https:\/\// },
    { what: "a URL without a host name", change: ({ colloquium }) => (colloquium.licence = { name: "CC BY 4.0", url: "https://licence" }), file: "_data/colloquium.ts", field: "licence.url", fix: /https:\/\// },
    { what: "a date that does not exist", change: ({ colloquium }) => (colloquium.publication.date = "2026-02-30"), file: "_data/colloquium.ts", field: "publication.date", fix: /this day does not exist/ },
    { what: "a date in another format", change: ({ colloquium }) => (colloquium.date = "21/05/2015"), file: "_data/colloquium.ts", field: "date", fix: /rewrite the value/ },
    { what: "an unknown editor", change: ({ colloquium }) => (colloquium.editors = ["david-carasus"]), file: "_data/colloquium.ts", field: "editors[0]", fix: /did you mean "david-carassus"/ },
  ];
  for (const { what, change, file, field, fix } of cases) {
    it(what, () => {
      const errors = errorsOf(edited(change));
      expect(errors.map((e) => [e.file, e.fieldPath])).toEqual([[file, field]]);
      expect(errors[0]!.fix).toMatch(fix);
      expect(errors[0]!.message).toMatch(new RegExp(`^${file.replace(/[./[\]]/g, "\\$&")} at ${field.replace(/[.[\]]/g, "\\$&")}: .+\n {2}Fix: `));
    });
  }

  it("accepts a well-formed DOI and public URL, and names the editors given", () => {
    const edition = validateEdition(
      edited(({ colloquium, session }) => {
        colloquium.publication.doi = "10.1234/actes.2015";
        colloquium.publication.url = "https://example.org/actes/";
        colloquium.editors = ["david-carassus"];
        session.contributions[0].doi = "10.1234/actes.2015.3";
      }),
      display,
    );
    expect(edition.editors.map((p) => p.id)).toEqual(["david-carassus"]);
    expect(contributionRecord(edition, edition.sessions[1]!.contributions[0]!)).toMatchObject({ DOI: "10.1234/actes.2015.3", URL: "https://example.org/actes/atelier-1/projet-d-etablissement-sdis-78/" });
  });
});

describe("hostile values through every format", () => {
  // Straight and French quotes, braces, a backslash, %, a line break, a closing script tag and an ampersand.
  const HOSTILE = 'Titre "entre guillemets" et « chevrons », {accolades} \\ 100 %\nsuite </script> & fin';
  const ONE_LINE = HOSTILE.replace("\n", " ");
  const FAMILY = 'D\'Arc "{Jeanne}" 50 %';
  let edition: Edition;
  let contribution: Edition["contributions"][number];

  beforeAll(() => {
    edition = validateEdition(
      edited(({ colloquium, session, people }) => {
        colloquium.publication.url = "https://example.org/actes/";
        session.title = HOSTILE;
        session.contributions[0].title = HOSTILE;
        session.contributions[0].keywords = [HOSTILE];
        session.contributions[0].summary = `${HOSTILE}\n\nDeuxième paragraphe.`;
        // Written by its speaker: the name goes through every format as an author's.
        session.contributions[0].authorship = { kind: "speakers" };
        people.find((p) => p.id === session.contributions[0].speakers[0])!.familyName = FAMILY;
      }),
      display,
    );
    contribution = edition.sessions[1]!.contributions[0]!;
  });

  it("BibTeX: escaped by citation-js, read back by @retorquere/bibtex-parser", () => {
    const bib = parseBibtex(toBibtex(contributionRecord(edition, contribution)));
    expect(bib.errors).toEqual([]);
    const fields = bib.entries[0]!.fields;
    expect(String(fields.title).normalize("NFC")).toBe(ONE_LINE);
    expect((fields.author as { lastName: string }[])[0]!.lastName.normalize("NFC")).toBe(FAMILY);
    expect(fields.url).toBe(contributionRecord(edition, contribution).URL);
  });

  it("RIS: one tag a line, read back by astrocite-ris", () => {
    const ris = toRis(contributionRecord(edition, contribution));
    // A line break in a value would start a line the reader takes for a tag, or for the end of the record.
    const lines = ris.split("\r\n").filter((line) => line !== "");
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((line) => line.startsWith("ER  - "))).toHaveLength(1);
    const [item] = parseRis(ris);
    expect(item?.title).toBe(ONE_LINE);
    expect(((item?.author ?? []) as { family?: string }[]).map((n) => n.family)).toContain(FAMILY);
  });

  it("CSL-JSON: JSON.parse gives the record back", () => {
    const record = contributionRecord(edition, contribution);
    expect(JSON.parse(toCslJson(record))).toEqual([record]);
    expect(record.title).toBe(ONE_LINE);
  });

  it("the formatted reference: escaped HTML whose text has every character (straight quotes become the locale's)", () => {
    const html = referenceHtml(contributionRecord(edition, contribution));
    expect(html).not.toMatch(/<\/?script/i);
    const dom = parseHtml(`<p>${html}</p>`);
    expect(dom.querySelectorAll("*").map((e) => e.rawTagName).filter((tag) => !["p", "i"].includes(tag))).toEqual([]);
    // CSL gives quotation marks in the language of the reference ("…" comes out as « … », with no-break spaces).
    const folded = dom.textContent.replace(/[\s\u00A0\u202F]+/g, " ");
    expect(folded).toContain(ONE_LINE.replace('"entre guillemets"', "« entre guillemets »"));
  });

  it("CSV: quoted by csv-stringify, read back by csv-parse, line breaks kept", () => {
    const files = openDataFiles(edition, noPages);
    const rows = parseCsv(files.find((f) => f.name === "contributions.csv")!.content, { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.slug === contribution.slug)!;
    expect(row.title).toBe(HOSTILE);
    expect(row.keywords).toBe(HOSTILE);
    expect(row.summary).toBe(`${HOSTILE}\n\nDeuxième paragraphe.`);
    const people = parseCsv(files.find((f) => f.name === "people.csv")!.content, { columns: true }) as Record<string, string>[];
    expect(people.map((p) => p.family_name)).toContain(FAMILY);
    const whole = JSON.parse(files.find((f) => f.name === `${edition.colloquium.slug}.json`)!.content) as { contributions: { title: string }[] };
    expect(whole.contributions.map((c) => c.title)).toContain(HOSTILE);
  });

  it("iCalendar: escaped and folded by ical.js, read back by it", () => {
    const calendar = new ICAL.Component(ICAL.parse(programmeCalendar(edition)));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events[1]!.summary).toBe(`Atelier 1 : ${ONE_LINE}`);
    expect(events[1]!.description).toContain(`${ONE_LINE} (`);
    expect(events[1]!.description).toContain(FAMILY);
  });

  it("JSON-LD: no '<' left to close the element; parsed back from the page's HTML", () => {
    const script = jsonLdScript(contributionGraph(edition, contribution, noPages));
    expect(script).not.toContain("<");
    const page = parseHtml(`<html><head><script type="application/ld+json">${script}</script></head><body><p>après</p></body></html>`);
    expect(page.querySelector("p")?.textContent).toBe("après");
    const graph = JSON.parse(page.querySelector("script")!.innerHTML) as { "@graph": { "@type": string; name: string; author?: { familyName: string }[] }[] };
    const chapter = graph["@graph"].find((n) => n["@type"] === "Chapter")!;
    expect(chapter.name).toBe(ONE_LINE);
    expect(chapter.author?.[0]?.familyName).toBe(FAMILY);
  });

  it("meta tags: values on one line, raw (the templates escape them for the attribute)", () => {
    const tags = contributionMeta(edition, contribution, { pdf: true });
    expect(tags.find((t) => t.key === "citation_title")?.content).toBe(ONE_LINE);
    expect(tags.find((t) => t.key === "citation_author")?.content).toBe(`${FAMILY}, ${(contribution.speakers[0] as PersonRef).givenName}`);
    expect(tags.find((t) => t.key === "citation_pdf_url")?.content).toBe(`https://example.org/actes${contribution.pdf.url}`);
  });
});

describe("provenance: who wrote each text, checked at validation", () => {
  const cases: { what: string; change: Parameters<typeof edited>[0]; file: string; field: string; fix: RegExp }[] = [
    { what: "a synthesis without writers", change: ({ colloquium }) => (colloquium.authorship = { kind: "synthesis", drawnFrom: "source" }), file: "_data/colloquium.ts", field: "authorship.writers", fix: /writers: "edition"/ },
    { what: "a contribution's synthesis without writers", change: ({ session }) => (session.contributions[1].authorship = { kind: "synthesis" }), file: "_data/sessions/02-atelier-1.ts", field: "contributions[1].authorship.writers", fix: /writers: \["person-id"\]/ },
    { what: "a source reference without its year", change: ({ session }) => (session.contributions[0].authorship = { kind: "synthesis", writers: "edition", drawnFrom: { author: "Jane Doe", title: "Notes", url: "https://example.org/notes" } }), file: "_data/sessions/02-atelier-1.ts", field: "contributions[0].authorship.drawnFrom.year", fix: /add year/ },
    { what: "a source reference without its author", change: ({ colloquium }) => delete colloquium.source.author, file: "_data/colloquium.ts", field: "source.author", fix: /add this required field/ },
    { what: "a writer nobody defines", change: ({ session }) => (session.contributions[0].authorship = { kind: "synthesis", writers: ["david-carasus"] }), file: "_data/sessions/02-atelier-1.ts", field: "contributions[0].authorship.writers[0]", fix: /did you mean "david-carassus"/ },
    { what: "writers given for the speakers' own text", change: ({ colloquium }) => (colloquium.authorship = { kind: "speakers", writers: "edition" }), file: "_data/colloquium.ts", field: "authorship.writers", fix: /kind: "synthesis"/ },
  ];
  for (const { what, change, file, field, fix } of cases) {
    it(what, () => {
      const errors = errorsOf(edited(change));
      expect(errors.map((e) => [e.file, e.fieldPath])).toEqual([[file, field]]);
      expect(errors[0]!.fix).toMatch(fix);
    });
  }

  it("cites a synthesis by its named writers, never by its speakers, and keeps the talk's day apart from the edition's", () => {
    const edition = validateEdition(
      edited(({ session }) => (session.contributions[0].authorship = { kind: "synthesis", writers: ["david-carassus"], drawnFrom: "source" })),
      display,
    );
    const contribution = edition.sessions[1]!.contributions[0]!;
    expect(contribution.authorship.authors.map((a) => a.fullName)).toEqual(["David Carassus"]);
    // The report's reference comes from the data (colloquium.source), written out by sourceReference.
    expect(contribution.authorship.statement).toBe(
      `Synthèse de l’intervention donnée par Laurent Chavillon le 21 mai 2015, rédigée par David Carassus d’après ${sourceReference(edition.colloquium.source, "fr")}`,
    );
    const record = contributionRecord(edition, contribution);
    expect(record.author).toEqual([{ family: "Carassus", given: "David" }]);
    expect(record["event-date"]).toEqual({ "date-parts": [[2015, 5, 21]] });
    expect(record.issued).toEqual({ "date-parts": [[2026, 11, 27]] });
    expect(contributionMeta(edition, contribution, { pdf: false }).filter((t) => t.key === "citation_author").map((t) => t.content)).toEqual(["Carassus, David"]);
    const bib = parseBibtex(toBibtex(record)).entries[0]!;
    expect(bib.fields.author).toEqual([{ lastName: "Carassus", firstName: "David" }]);
    expect(bib.fields.eventdate).toBe("2015-05-21");
    expect(bib.fields.date).toBe("2026-11-27");
  });

  it("keeps the speakers as the authors of their own abstracts (the English fixture): creators, files and the proceedings' editor", async () => {
    const fixture = await loadEdition(path.join(PROJECT_ROOT, "tests/fixtures/conference-en"));
    const talk = fixture.contributions.find((c) => c.slug === "reading-a-budget")!;
    expect(talk.authorship).toMatchObject({ kind: "speakers", byEdition: false });
    expect(talk.authorship.statement).toBeUndefined();
    const tags = contributionMeta(fixture, talk, { pdf: false });
    expect(tags.filter((t) => t.key === "citation_author").map((t) => t.content)).toEqual(["Mendes, Carla", "Whitfield, Dan"]);
    expect(tags.filter((t) => t.key === "DC.contributor")).toEqual([]);
    const bib = parseBibtex(toBibtex(volumeRecords(fixture, noPages)));
    expect(bib.errors).toEqual([]);
    expect(bib.entries[0]).toMatchObject({ type: "proceedings", fields: { editor: [{ lastName: "Brooks", firstName: "Ada" }], langid: "english" } });
    expect(bib.entries.find((e) => e.key === talk.slug)!.fields.author).toEqual([{ lastName: "Mendes", firstName: "Carla" }, { lastName: "Whitfield", firstName: "Dan" }]);
    expect(proceedingsMeta(fixture, { pdf: false }).filter((t) => t.key === "citation_editor").map((t) => t.content)).toEqual(["Brooks, Ada"]);
  });
});

describe("every character TeX treats specially, through BibTeX and back", () => {
  const TITLES = ["{", "}", "%", "&", "$", "#", "_", "~", "^", "\\", "<", ">", "|", "l'apostrophe", "a } b { c", "\\textbf{x}", "100 % & 50 $ #1 a_b ~c ^d \\e {f} l'g"];
  it("writes plain UTF-8 and reads every title back whole with @retorquere/bibtex-parser", () => {
    const edition = validateEdition(structuredClone(pristine), display);
    const base = contributionRecord(edition, edition.contributions[1]!);
    for (const title of TITLES) {
      const full = `Titre ${title} Œuvre collectivités`;
      const text = toBibtex({ ...base, title: full, "container-title": full, note: full });
      expect(text).not.toMatch(/\{\\['`^"~]|\\oe\{\}/);
      const parsed = parseBibtex(text);
      expect(parsed.errors, title).toEqual([]);
      expect(parsed.entries[0]!.fields).toMatchObject({ title: full, booktitle: full, note: full });
    }
  });
});

describe("pages in the booklet, once the page map gives them", () => {
  it("reach the reference, the Highwire tags, the JSON-LD chapters and the CSV", () => {
    const edition = validateEdition(structuredClone(pristine), display);
    const contribution = edition.contributions[1]!;
    const pages = { first: "12", last: "15" };
    const pagesOf = (slug: string) => (slug === contribution.slug ? pages : undefined);

    const record = contributionRecord(edition, contribution, pages);
    expect(record.page).toBe("12-15");
    expect(referenceText(record)).toMatch(/[,.] p\.\s12[-\u2011\u2013]15\. /);
    const bib = parseBibtex(toBibtex(record));
    expect(String(bib.entries[0]!.fields.pages)).toMatch(/^12[-\u2013]15$/);

    const tags = contributionMeta(edition, contribution, { pages, pdf: false });
    expect(tags.filter((t) => /^citation_(first|last)page$/.test(t.key)).map((t) => [t.key, t.content])).toEqual([["citation_firstpage", "12"], ["citation_lastpage", "15"]]);

    const book = (editionGraph(edition, pagesOf)["@graph"] as { "@type": string; hasPart?: { name: string; pageStart?: string; pageEnd?: string }[] }[]).find((n) => n["@type"] === "Book")!;
    const chapters = book.hasPart!;
    expect(chapters.filter((c) => c.pageStart !== undefined)).toEqual([expect.objectContaining({ pageStart: "12", pageEnd: "15" })]);

    const rows = parseCsv(openDataFiles(edition, pagesOf).find((f) => f.name === "contributions.csv")!.content, { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.slug === contribution.slug)).toMatchObject({ first_page: "12", last_page: "15" });
  });
});
