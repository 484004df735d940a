/**
 * The shared builds read as researchers' tools read them: the meta tags in
 * the order Zotero's Embedded Metadata translator applies them (the last
 * type-setting tag wins), Google Scholar's rules (absolute URLs, full
 * abstract), BibTeX through @retorquere/bibtex-parser (a biblatex-grade
 * parser), RIS and CSL-JSON through citation-js, JSON-LD through jsonld.js in
 * safe mode with the page's URL as base; and who wrote what (issue 21):
 * a synthesis never names its speakers as authors, and says whose talk it
 * reports, who wrote it and from what, on the page, in the booklet and in
 * every export.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-ris";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse as parseCsv } from "csv-parse/sync";
import jsonld from "jsonld";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { fullTitle, eventTitle } from "../scripts/formats/citation.ts";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { markdownToText } from "../scripts/lib/plain-text.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { pageAt, readPages, text, type BuiltPage } from "./helpers/site.ts";
import { VARIANT } from "./helpers/variant.ts";

/** The tags that set Zotero's item type, as its Embedded Metadata translator reads them (the last one met wins). */
const TYPE_SETTING = ["citation_journal_title", "citation_technical_report_institution", "citation_conference_title", "citation_conference", "citation_book_title", "citation_inbook_title", "citation_dissertation_institution"];

const metaOf = (page: BuiltPage, name: string) => page.dom.querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`).map((m) => m.getAttribute("content")!);
const metaNames = (page: BuiltPage) => page.dom.querySelectorAll("head meta[name]").map((m) => m.getAttribute("name")!);
/** Text with its spaces (no-break ones included) folded, and the non-breaking hyphen as a hyphen: the pages and the PDF set them. */
const fold = (value: string | null | undefined) => (value ?? "").replace(/[\s\u00A0\u202F]+/g, " ").replace(/\u2011/g, "-").trim();

/**
 * schema.org's JSON-LD context, reduced to what these graphs use: its vocabulary and the properties
 * it types as IRIs (the suite has no network; the real context says the same of these terms).
 */
const SCHEMA_CONTEXT = {
  "@context": {
    "@vocab": "https://schema.org/",
    url: { "@type": "@id" },
    license: { "@type": "@id" },
    eventStatus: { "@type": "@id" },
    eventAttendanceMode: { "@type": "@id" },
    bookFormat: { "@type": "@id" },
  },
};
const documentLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) return { contextUrl: undefined, documentUrl: url, document: SCHEMA_CONTEXT };
  throw new Error(`no network in the suite: ${url}`);
};

/** Every @id of an expanded graph. */
function idsOf(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) idsOf(item, found);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "@id" && typeof value === "string") found.push(value);
      else idsOf(value, found);
    }
  }
  return found;
}
const jsonLdOf = (page: BuiltPage) => page.dom.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.innerHTML) as Record<string, unknown>);

describe("the default edition (no public URL): syntheses written for the edition from the report", () => {
  let edition: Edition;
  let siteDir: string;
  let pages: BuiltPage[];
  const read = (file: string) => readFileSync(path.join(siteDir, file), "utf8");

  beforeAll(async () => {
    edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
    siteDir = inject("siteDir");
    pages = readPages(siteDir);
    // What the data says of this edition: every text a synthesis by the edition, none naming a writer.
    expect(edition.contributions.every((c) => c.authorship.kind === "synthesis" && c.authorship.byEdition && c.authorship.authors.length === 0)).toBe(true);
    expect(edition.editors).toEqual([]);
  });

  it("reads every contribution page as a conference paper, no speaker as its author, the whole abstract, no relative URL", () => {
    for (const contribution of edition.contributions) {
      const page = pageAt(pages, contribution.url);
      const typeTags = metaNames(page).filter((name) => TYPE_SETTING.includes(name));
      expect(typeTags.at(-1), contribution.slug).toBe("citation_conference_title");
      expect(metaOf(page, "citation_conference_title")).toEqual([eventTitle(edition)]);
      expect(metaOf(page, "citation_inbook_title")).toEqual([fullTitle(edition.colloquium)]);
      expect(metaOf(page, "citation_title")).toEqual([contribution.title ?? `[${contribution.kindLabel}]`]);
      // A synthesis by the edition's unnamed team: no author, no creator. Nor DC.contributor (Zotero's RDF translator
      // takes it for an author when no creator is given) or DC.source (it takes that for the publication's title).
      for (const name of ["citation_author", "DC.creator", "DC.contributor", "DC.source"]) expect(metaOf(page, name), name).toEqual([]);
      expect(metaOf(page, "citation_abstract")).toEqual([markdownToText(contribution.summary)]);
      expect(metaOf(page, "citation_language")).toEqual(["fr"]);
      expect(metaOf(page, "citation_firstpage")).toHaveLength(1);
      // Scholar wants absolute URLs: without a public URL, none rather than a relative one.
      expect(metaOf(page, "citation_pdf_url")).toEqual([]);
      expect(metaOf(page, "citation_abstract_html_url")).toEqual([]);
    }
  });

  it("says on each contribution page and in the booklet whose talk a synthesis reports, who wrote it and from what", () => {
    const booklet = fold(execFileSync("pdftotext", [path.join(siteDir, edition.pdf.fileName), "-"], { encoding: "utf8" }));
    for (const contribution of edition.contributions) {
      const statement = contribution.authorship.statement!;
      expect(statement).toContain(edition.colloquium.source.title);
      for (const speaker of contribution.speakers) expect(statement).toContain(speaker.fullName);
      const page = pageAt(pages, contribution.url);
      expect(fold(text(page.dom.querySelector(".attribution")))).toBe(fold(`${statement}.`));
      expect(booklet).toContain(fold(`${statement}.`));
      // The reference: the title first (no author: no name in capitals before it), the talk and the report in its closing note, no « dir. ».
      const reference = fold(text(page.dom.querySelector(".citation")));
      for (const speaker of contribution.speakers) if (speaker.type === "person") expect(reference).not.toContain(speaker.familyName.toLocaleUpperCase("fr"));
      expect(reference).toContain(", 2026. In :");
      expect(reference).toContain(fold(statement));
      expect(reference).not.toContain("dir.");
    }
  });

  it("says who wrote each text in the open data too", () => {
    const rows = parseCsv(read(`${edition.routes.data.slice(1)}contributions.csv`), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.slug, row.text_by, row.authors, row.provenance])).toEqual(edition.contributions.map((c) => [c.slug, "synthesis", "", c.authorship.statement]));
  });

  it("reads the home page as the proceedings: a book, with no editor the data does not name", () => {
    const home = pageAt(pages, "/");
    expect(metaOf(home, "og:type")).toEqual(["book"]);
    expect(metaOf(home, "citation_title")).toEqual([fullTitle(edition.colloquium)]);
    expect(metaOf(home, "citation_editor")).toEqual([]);
    expect(metaNames(home).filter((name) => TYPE_SETTING.includes(name))).toEqual([]);
  });

  it("holds the volume and all its contributions in the root's BibTeX, RIS and CSL-JSON, under one key each", async () => {
    const slug = edition.colloquium.slug;
    const keys = [slug, ...edition.contributions.map((c) => c.slug)];

    const bibText = read(`${slug}.bib`);
    // Plain UTF-8: no accent commands Zotero would import literally.
    expect(bibText).not.toMatch(/\{\\['`^"~]|\\oe\{\}|\\textquoteright/);
    const bib = parseBibtex(bibText);
    expect(bib.errors).toEqual([]);
    expect(bib.entries.map((e) => e.key)).toEqual(keys);
    const [volume, ...papers] = bib.entries;
    expect(volume!.type).toBe("proceedings");
    expect(volume!.fields.editor ?? []).toEqual([]);
    expect(volume!.fields.author).toBeUndefined();
    expect(String(volume!.fields.note)).toContain(edition.colloquium.source.halId!);
    for (const [index, entry] of papers.entries()) {
      const contribution = edition.contributions[index]!;
      expect(entry.type).toBe("inproceedings");
      expect(entry.fields.author).toBeUndefined();
      expect(entry.fields).toMatchObject({ booktitle: fullTitle(edition.colloquium), eventtitle: eventTitle(edition), venue: "Pau", date: "2026-11-27", eventdate: contribution.day, langid: "french" });
      expect(String(entry.fields.note)).toBe(`${contribution.authorship.statement}.`);
    }

    const risText = read(`${slug}.ris`);
    expect([...risText.matchAll(/^ID {2}- (.*)\r$/gm)].map((m) => m[1])).toEqual(keys);
    const ris = (await Cite.async(risText, { forceType: "@ris/file" })).data as { id: string; type: string; title: string; author?: unknown; issued: { "date-parts": number[][] }; note?: string }[];
    expect(ris.map((r) => r.id)).toEqual(keys);
    expect(ris.map((r) => r.type)).toEqual(["book", ...edition.contributions.map(() => "paper-conference")]);
    for (const record of ris) {
      expect(record.issued["date-parts"][0]).toEqual([2026, 11, 27]);
      expect(record.author).toBeUndefined();
    }
    expect(ris.slice(1).map((r) => r.note)).toEqual(edition.contributions.map((c) => `${c.authorship.statement}.`));

    const csl = (await Cite.async(read(`${slug}.csl.json`))).data as { id: string; author?: unknown; "event-date": unknown; issued: unknown }[];
    expect(csl.map((r) => r.id)).toEqual(keys);
    expect(csl.every((r) => r.author === undefined)).toBe(true);
  });

  it("gives each contribution's files that contribution alone, under the same key", async () => {
    for (const contribution of edition.contributions) {
      const base = `${contribution.url.slice(1)}${contribution.slug}`;
      expect(parseBibtex(read(`${base}.bib`)).entries.map((e) => e.key)).toEqual([contribution.slug]);
      expect((await Cite.async(read(`${base}.ris`), { forceType: "@ris/file" })).data.map((r: { id: string }) => r.id)).toEqual([contribution.slug]);
      expect((JSON.parse(read(`${base}.csl.json`)) as { id: string }[]).map((r) => r.id)).toEqual([contribution.slug]);
    }
  });

  it("writes JSON-LD that jsonld.js expands in safe mode with the page's URL as base, no relative @id, on session pages too", async () => {
    const withGraph = [pageAt(pages, "/"), ...edition.sessions.map((s) => pageAt(pages, s.url)), ...edition.contributions.map((c) => pageAt(pages, c.url))];
    for (const page of withGraph) {
      const blocks = jsonLdOf(page);
      expect(blocks, page.url).toHaveLength(1);
      const raw = idsOf(blocks[0]);
      // Without a public URL: blank nodes, never a relative reference.
      expect(raw.filter((id) => !id.startsWith("_:")), page.url).toEqual([]);
      const expanded = await jsonld.expand(blocks[0] as jsonld.JsonLdDocument, { base: `http://localhost${page.url}`, safe: true, documentLoader } as jsonld.Options.Expand);
      expect(expanded.length).toBeGreaterThan(0);
      // And without a base: blank nodes need none (a relative @id would be a safe-mode error here).
      await jsonld.expand(blocks[0] as jsonld.JsonLdDocument, { base: null, safe: true, documentLoader } as unknown as jsonld.Options.Expand);
    }
    const session = edition.sessions[1]!;
    const graph = jsonLdOf(pageAt(pages, session.url))[0]!["@graph"] as { "@type": string; name: string; subEvent: unknown[] }[];
    expect(graph[0]).toMatchObject({ "@type": "Event", name: session.heading });
    expect(graph[0]!.subEvent).toHaveLength(session.contributions.length);
  });
});

describe("the variant (public URL, hostile titles)", () => {
  let edition: Edition;
  let siteDir: string;
  let pages: BuiltPage[];
  const PUBLIC = VARIANT.publicUrl;
  const absolute = (url: string) => `${PUBLIC}${url.slice(1)}`;

  beforeAll(async () => {
    const variant = inject("variant");
    siteDir = variant.siteDir;
    edition = await loadEdition(variant.dataDir);
    pages = readPages(siteDir);
  });

  it("gives Scholar absolute URLs on every contribution page: the page and its PDF", () => {
    for (const contribution of edition.contributions) {
      const page = pageAt(pages, contribution.url);
      expect(metaOf(page, "citation_abstract_html_url")).toEqual([absolute(contribution.url)]);
      expect(metaOf(page, "citation_pdf_url")).toEqual([absolute(contribution.pdf.url)]);
      expect(metaNames(page).filter((name) => TYPE_SETTING.includes(name)).at(-1)).toBe("citation_conference_title");
    }
    expect(metaOf(pageAt(pages, "/"), "citation_pdf_url")).toEqual([absolute(edition.pdf.url)]);
  });

  it("puts absolute URLs in RIS (UR, L1) and BibTeX, and titles come back whole", async () => {
    const hostile = edition.contributions.find((c) => c.doi)!;
    const base = `${hostile.url.slice(1)}${hostile.slug}`;
    const risText = readFileSync(path.join(siteDir, `${base}.ris`), "utf8");
    expect(risText).toContain(`\r\nUR  - ${absolute(hostile.url)}\r\n`);
    expect(risText).toContain(`\r\nL1  - ${absolute(hostile.pdf.url)}\r\n`);
    const [record] = (await Cite.async(risText, { forceType: "@ris/file" })).data as { title: string; URL: string }[];
    expect(record!.title).toBe(VARIANT.hostileTitle.replace("\n", " "));
    const bib = parseBibtex(readFileSync(path.join(siteDir, `${base}.bib`), "utf8"));
    expect(bib.errors).toEqual([]);
    expect(bib.entries[0]!.fields).toMatchObject({ title: VARIANT.hostileTitle.replace("\n", " "), url: absolute(hostile.url), doi: hostile.doi });
  });

  it("writes JSON-LD with absolute @ids only: jsonld.js expands it in safe mode without any base", async () => {
    for (const page of [pageAt(pages, "/"), ...edition.sessions.map((s) => pageAt(pages, s.url)), ...edition.contributions.map((c) => pageAt(pages, c.url))]) {
      const [block] = jsonLdOf(page);
      const raw = idsOf(block);
      expect(raw.length).toBeGreaterThan(0);
      for (const id of raw) expect(id.startsWith(PUBLIC), `${page.url}: ${id}`).toBe(true);
      await jsonld.expand(block as jsonld.JsonLdDocument, { base: null, safe: true, documentLoader } as unknown as jsonld.Options.Expand);
    }
  });
});
