/**
 * Find it, cite it, on the shared build of the default edition: the French
 * full-text search in Chromium, the links (linkinator, with fragments), the
 * formatted references and their downloads read back by independent parsers,
 * the metadata of the pages (Highwire, Dublin Core, OpenGraph, JSON-LD), the
 * open data, and the discovery files.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse as parseRis } from "astrocite-ris";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PageMap } from "../scripts/pdf/page-map.ts";
import { pageMapFileName } from "../scripts/pipeline/booklet-files.ts";
import { contributionRecord, fullTitle, proceedingsRecord } from "../scripts/formats/citation.ts";
import { loadEdition } from "../scripts/data/load.ts";
import type { ContributionView, Edition, PersonRef, SpeakerRef } from "../scripts/data/model.ts";
import { describeMarkdown } from "../scripts/lib/plain-text.ts";
import { indexSite, PAGEFIND_FOLDER } from "../scripts/search/pagefind.ts";
import type { ServedSite } from "../scripts/lib/served-browser.ts";
import { serveToBrowser } from "./helpers/browser.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { removeTempFolders, tempFolder } from "./helpers/fixtures.ts";
import { crawlLinks } from "./helpers/links.ts";
import { hrefsOf, pageAt, readPages, resolveToFile, text, type BuiltPage } from "./helpers/site.ts";

afterAll(removeTempFolders);

let edition: Edition;
let siteDir: string;
let pages: BuiltPage[];
let reported: ContributionView[];
let pageMap: PageMap;

beforeAll(async () => {
  edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
  siteDir = inject("siteDir");
  pages = readPages(siteDir);
  pageMap = JSON.parse(readFileSync(path.join(siteDir, pageMapFileName(edition)), "utf8")) as PageMap;
  reported = edition.contributions.filter((c) => c.reported);
  // The closing address has no content in the source: the one contribution without a reference.
  expect(edition.contributions.length - reported.length).toBe(1);
});

/** The OPTIMA edition's speakers are all people: their names, typed as such (the check fails otherwise). */
function persons(speakers: SpeakerRef[]): PersonRef[] {
  expect(speakers.every((s) => s.type === "person")).toBe(true);
  return speakers as PersonRef[];
}

/** Text with runs of spaces, no-break ones included, folded: the pages add French no-break spaces. */
const fold = (value: string | null | undefined) => (value ?? "").replace(/[\s\u00A0\u202F]+/g, " ").trim();
const read = (file: string) => readFileSync(path.join(siteDir, file), "utf8");
const fileOf = (url: string) => url.replace(/^\//, "");
const metaOf = (page: BuiltPage, name: string) => page.dom.querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`).map((m) => m.getAttribute("content")!);

/** The text Pagefind indexes on a page: its data-pagefind-body elements, lower-cased. */
const indexedText = (page: BuiltPage) => page.dom.querySelectorAll("[data-pagefind-body]").map((e) => text(e)).join(" ").toLowerCase();

describe("search (Pagefind, in Chromium)", () => {
  // « quarantaine » is in one summary only; « quarantaines » is on no page: found only through French stemming.
  const WORD = "quarantaine";
  const INFLECTED = "quarantaines";
  const NOTHING = "zyxwvutsrq";
  let site: ServedSite;
  let target: ContributionView;

  beforeAll(async () => {
    const holders = pages.filter((page) => new RegExp(`\\b${WORD}\\b`, "u").test(indexedText(page)));
    expect(holders.map((p) => p.url)).toHaveLength(1);
    target = edition.contributions.find((c) => c.url === holders[0]!.url)!;
    expect(target).toBeDefined();
    expect(pages.some((page) => page.html.toLowerCase().includes(INFLECTED))).toBe(false);
    site = await serveToBrowser(siteDir);
  });
  afterAll(async () => {
    await site?.close();
  });

  /**
   * The searches, one after the other, as a reader makes them: the first typed
   * into the header box of the home page, which leads to the search page
   * (?q=), the others typed into that page's form to refine the query.
   */
  type Outcome = { results: { href: string | null; title: string; meta: string }[]; status: string | null; problems: string[] };
  const outcomes = new Map<string, Outcome>();
  /** The home page's header box: shown where scripts run, and the search page it led to. */
  let headerBox: { visible: boolean; ledTo: string };
  beforeAll(async () => {
    const context = await site.browser.newContext();
    try {
      const tab = await context.newPage();
      let problems: string[] = [];
      tab.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
      });
      tab.on("pageerror", (error) => problems.push(error.message));
      tab.on("response", (response) => {
        if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
      });
      const read = async (query: string) => {
        // The page marks the end of each search: no timing guess.
        await tab.waitForSelector("[data-search][data-state=done]", { timeout: 60_000 });
        const results = await tab.$$eval(".search-result", (items) =>
          items.map((item) => ({
            href: item.querySelector("a")!.getAttribute("href"),
            title: item.querySelector(".search-result__title")!.textContent,
            meta: item.querySelector(".search-result__meta")?.textContent ?? "",
          })),
        );
        outcomes.set(query, { results, status: await tab.textContent("[data-search-status]"), problems });
        problems = [];
      };
      await tab.goto(site.url(""));
      const visible = await tab.isVisible("form.site-search");
      await tab.fill("#site-search-q", WORD);
      await tab.press("#site-search-q", "Enter");
      await read(WORD);
      headerBox = { visible, ledTo: `${new URL(tab.url()).pathname}${new URL(tab.url()).search}` };
      for (const query of [INFLECTED, NOTHING]) {
        await tab.fill("#search-q", query);
        await tab.press("#search-q", "Enter");
        expect(new URL(tab.url()).searchParams.get("q")).toBe(query);
        await read(query);
      }
    } finally {
      await context.close();
    }
  });
  const search = (query: string) => outcomes.get(query)!;

  it("finds the one contribution that has the word first, with its title, session and speakers", () => {
    const { results, status, problems } = search(WORD);
    expect(problems).toEqual([]);
    expect(results[0]?.href).toBe(target.url);
    expect(fold(results[0]!.title)).toBe(fold(target.heading));
    expect(fold(results[0]!.meta)).toContain(fold(target.session.heading));
    for (const speaker of target.speakers) expect(results[0]!.meta).toContain(speaker.fullName);
    expect(status).toMatch(/^1\srésultat/);
  });

  it("finds it from an inflected form the text does not contain (French stemming, from <html lang>), typed into the page's form", () => {
    const { results, problems } = search(INFLECTED);
    expect(problems).toEqual([]);
    expect(results[0]?.href).toBe(target.url);
  });

  it("says so when nothing matches", () => {
    const { results, status, problems } = search(NOTHING);
    expect(problems).toEqual([]);
    expect(results).toEqual([]);
    expect(status).toMatch(/^Aucun résultat/);
  });

  it("shows the header box where scripts run and leads it to the search page; without scripts, hides it and says why", async () => {
    expect(headerBox).toEqual({ visible: true, ledTo: `${edition.routes.search}?q=${WORD}` });
    expect(search(WORD).results[0]?.href).toBe(target.url);

    const withoutScripts = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await withoutScripts.newPage();
    await plain.goto(site.url(""));
    expect(await plain.isVisible("form.site-search")).toBe(false);
    await plain.goto(site.url(fileOf(edition.routes.search)));
    expect(await plain.isVisible("form.search__form")).toBe(false);
    expect(await plain.isVisible("[data-search-without-script]")).toBe(true);
    expect(new URL((await plain.getAttribute("[data-search-without-script] a", "href"))!, plain.url()).pathname).toBe(edition.routes.programme);
    await withoutScripts.close();
  });

  it("indexes in French: one language, the pages' own", () => {
    const entry = JSON.parse(read("pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(["fr"]);
    // Contributions, sessions and speakers: the pages marked data-pagefind-body.
    expect(entry.languages.fr!.page_count).toBe(pages.filter((p) => p.html.includes("data-pagefind-body")).length);
    expect(entry.languages.fr!.page_count).toBe(edition.contributions.length + edition.sessions.length + edition.people.length);
  });

  it("indexes the pages as they are published: the bundle made from the finished pages is the build's", async () => {
    // The build indexes the pages before the PDFs' sizes are stated in them (pipeline/index.ts): those are left out.
    const finished = tempFolder("reindexed-");
    cpSync(siteDir, finished, { recursive: true, filter: (file) => !file.endsWith(`/${PAGEFIND_FOLDER}`) });
    expect(readdirSync(finished)).not.toContain(PAGEFIND_FOLDER);
    // The copied pages state the sizes ("143,9 ko"), which the build's index never saw.
    expect(pages.filter((page) => page.html.includes("data-pagefind-body") && /\d\u202Fko\b/.test(page.html)).length).toBeGreaterThan(edition.contributions.length / 2);
    await indexSite(finished);
    // Its files, without the compressed copies that hosting adds later.
    const bundle = (folder: string) => readdirSync(path.join(folder, PAGEFIND_FOLDER), { recursive: true, encoding: "utf8" }).filter((file) => !/\.(br|gz)$/.test(file)).sort();
    expect(bundle(finished).length).toBeGreaterThan(edition.contributions.length);
    // Pagefind names its fragments and indexes after their content.
    expect(bundle(finished)).toEqual(bundle(siteDir));
  });
});

describe("links", () => {
  it("has no broken link or fragment, served from / (linkinator, every page, CSS and JSON-LD included)", async () => {
    const { origin, broken, checked } = await crawlLinks(siteDir, "/");
    expect(broken).toEqual([]);
    // It did crawl: every contribution page, the downloads, the open data and the search bundle's entry.
    for (const contribution of edition.contributions) expect(checked).toContain(`${origin}${contribution.url}`);
    expect(checked).toContain(`${origin}/optima-2015.bib`);
    expect(checked).toContain(`${origin}${edition.routes.data}datapackage.json`);
  });

  it("would report a fragment that leads nowhere (the check above does look at fragments)", async () => {
    const folder = tempFolder("fragments");
    writeFileSync(path.join(folder, "index.html"), '<!doctype html><title>a</title><a href="other.html#here">ok</a> <a href="other.html#nowhere">broken</a>');
    writeFileSync(path.join(folder, "other.html"), '<!doctype html><title>b</title><p id="here">here</p>');
    const { origin, brokenUrls } = await crawlLinks(folder, "/");
    expect(brokenUrls).toEqual([`${origin}/other.html#nowhere`]);
  });
});

describe("citations", () => {

  it("gives the proceedings and each contribution a formatted reference: title in italics, event, place, date, publisher, year (who wrote what: citation-readers.test.ts)", () => {
    const about = pageAt(pages, edition.routes.about).dom.querySelector(".citation")!;
    expect(text(about.querySelector("i"))).toBe(fold(fullTitle(edition.colloquium)));
    // No editor the data does not name: the volume is cited by its title.
    expect(text(about).startsWith(text(about.querySelector("i")))).toBe(true);
    for (const contribution of edition.contributions) {
      const reference = pageAt(pages, contribution.url).dom.querySelector(".citation")!;
      const words = text(reference);
      expect(words).toContain("In : ");
      expect(words).not.toContain("(dir.)");
      expect(text(reference.querySelector("i"))).toBe(fold(fullTitle(edition.colloquium)));
      expect(words).toContain("Colloques de la chaire OPTIMA, 2e édition, Pau, 21 mai 2015");
      // A publisher only when the data names one (the embedded edition's report names none).
      const publisher = edition.colloquium.publication.publisher;
      if (publisher) expect(words).toContain(publisher);
      else expect(words).not.toMatch(/Université de Pau|Chaire OPTIMA, /);
      expect(words).toMatch(/, 2026\. /);
      // An untitled talk is cited by its kind in brackets, never by its speakers' names again.
      if (!contribution.title) expect(words).toContain(`[${contribution.kindLabel}]`);
      // No public URL in this edition's data: no URL in the reference, and no "[en ligne]".
      expect(words).not.toMatch(/https?:|en ligne/);
    }
  });

  it("cites the contribution whose talk the report does not relate too: its text is the edition's", () => {
    const closing = edition.contributions.find((c) => !c.reported)!;
    const page = pageAt(pages, closing.url);
    expect(page.dom.querySelector(".citation")).not.toBeNull();
    expect(metaOf(page, "citation_title")).toEqual([`[${closing.kindLabel}]`]);
    for (const extension of ["bib", "ris", "csl.json"]) expect(existsSync(path.join(siteDir, fileOf(closing.url), `${closing.slug}.${extension}`))).toBe(true);
  });

  it("links BibTeX, RIS and CSL-JSON files that parse back, with independent parsers, to the data", () => {
    const items: { record: ReturnType<typeof proceedingsRecord>; base: string; page: string; speakers: ContributionView["speakers"] }[] = [
      { record: proceedingsRecord(edition), base: `/${edition.colloquium.slug}`, page: edition.routes.about, speakers: [] },
      // With the pages of the booklet, as the page map gives them.
      ...edition.contributions.map((c) => {
        const span = pageMap.contributions[c.slug]!;
        return { record: contributionRecord(edition, c, { first: span.first.label, last: span.last.label }), base: `${c.url}${c.slug}`, page: c.url, speakers: c.speakers };
      }),
    ];
    for (const { record, base, page, speakers } of items) {
      const links = hrefsOf(pageAt(pages, page), ".cite__downloads a");
      expect(links).toEqual([`${base}.bib`, `${base}.ris`, `${base}.csl.json`]);

      const bib = parseBibtex(read(`${fileOf(base)}.bib`));
      expect(bib.errors).toEqual([]);
      const entry = bib.entries[0]!;
      expect(entry.type).toBe(record.type === "book" ? "proceedings" : "inproceedings");
      // The parser decodes LaTeX accents ({\\' e}) into combining characters: compared in composed form.
      const nfc = (value: unknown) => String(value).normalize("NFC");
      expect(nfc(entry.fields.title)).toBe(record.title);
      // biblatex's ISO date: the edition's.
      expect(entry.fields.date).toBe("2026-11-27");
      const people = (list: unknown) => ((list ?? []) as { lastName: string; firstName: string }[]).map((p) => `${nfc(p.lastName)}, ${nfc(p.firstName)}`);
      expect(people(entry.fields.editor)).toEqual(edition.editors.map((e) => `${e.familyName}, ${e.givenName}`));
      // The texts' authors, as the data gives them: none for a synthesis by the edition (never its speakers).
      expect(people(entry.fields.author)).toEqual((record.author ?? []).map((n) => ("family" in n ? `${n.family}, ${n.given}` : n.literal)));
      if (record.type === "paper-conference") expect(nfc(entry.fields.booktitle)).toBe(fullTitle(edition.colloquium));

      const [ris] = parseRis(read(`${fileOf(base)}.ris`));
      expect(ris?.title).toBe(record.title);
      expect(ris?.publisher).toBe(edition.colloquium.publication.publisher);
      expect(ris?.language).toBe("fr");
      // This parser reads RIS's secondary authors (the editors) as authors too.
      const names = ((ris?.author ?? []) as { family?: string; given?: string }[]).map((n) => `${n.family}, ${n.given}`);
      for (const person of edition.editors) expect(names).toContain(`${person.familyName}, ${person.givenName}`);
      for (const speaker of persons(speakers)) expect(names).not.toContain(`${speaker.familyName}, ${speaker.givenName}`);

      const csl = JSON.parse(read(`${fileOf(base)}.csl.json`)) as unknown[];
      // The root's files hold the volume and its contributions; a contribution's, itself alone.
      expect(csl[0]).toEqual(record);
      expect(csl).toHaveLength(record.type === "book" ? edition.contributions.length + 1 : 1);
      if (record.type === "paper-conference") {
        expect(record.page).toMatch(/^\d+(-\d+)?$/);
        expect(String(entry.fields.pages).replace("\u2013", "-")).toBe(record.page);
        expect(String(ris?.page)).toBe(record.page);
      }
      expect((csl[0] as { author?: unknown }).author).toEqual(record.author);
    }
  });

  it("puts a copy button on the page only where scripts run", () => {
    for (const contribution of edition.contributions) {
      const copy = pageAt(pages, contribution.url).dom.querySelector(".cite__copy")!;
      // Hidden by screen.css until every-page.js marks the page as scripted (the header test shows both cases in Chromium).
      expect(copy.hasAttribute("data-needs-script")).toBe(true);
      const button = copy.querySelector("button")!;
      expect(pageAt(pages, contribution.url).dom.querySelector(`#${button.getAttribute("data-copy")}`)?.classList.contains("citation")).toBe(true);
    }
  });
});

describe("page metadata", () => {
  it("describes each page by its own words: contributions by their summary", () => {
    const descriptions = pages.map((page) => metaOf(page, "description")[0]);
    for (const contribution of edition.contributions) {
      const page = pageAt(pages, contribution.url);
      expect(fold(metaOf(page, "description")[0])).toBe(fold(describeMarkdown(contribution.summary)));
    }
    const contributionDescriptions = edition.contributions.map((c) => metaOf(pageAt(pages, c.url), "description")[0]);
    expect(new Set(contributionDescriptions).size).toBe(edition.contributions.length);
    // Whole sentences that fit in 200 characters, or one sentence longer than that: never a cut one.
    const oneSentence = (d: string) => !/[.!?…»] \S/.test(d);
    expect(descriptions.filter((d) => !(d && d.length > 10 && (d.length <= 201 || oneSentence(d))))).toEqual([]);
  });

  it("gives each contribution Highwire, Dublin Core and OpenGraph tags from the data", () => {
    for (const contribution of edition.contributions) {
      const page = pageAt(pages, contribution.url);
      expect(metaOf(page, "citation_title")).toEqual([contribution.title ?? `[${contribution.kindLabel}]`]);
      // Syntheses by the edition: no author (citation-readers.test.ts checks who wrote what).
      expect(metaOf(page, "citation_author")).toEqual([]);
      expect(metaOf(page, "citation_publication_date")).toEqual(["2026/11/27"]);
      expect(metaOf(page, "citation_conference_title")).toEqual(["Colloques de la chaire OPTIMA, 2e édition"]);
      expect(metaOf(page, "citation_language")).toEqual(["fr"]);
      // No public URL in the data: no citation_pdf_url (Scholar wants it absolute), though the PDF is there.
      expect(metaOf(page, "citation_pdf_url")).toEqual([]);
      expect(resolveToFile(siteDir, contribution.pdf.url)).toBe(path.join(siteDir, contribution.pdf.url));
      // Pages come from the booklet's page map.
      const span = pageMap.contributions[contribution.slug]!;
      expect(metaOf(page, "citation_firstpage")).toEqual([span.first.label]);
      expect(metaOf(page, "citation_lastpage")).toEqual([span.last.label]);
      expect(metaOf(page, "DC.creator")).toEqual([]);
      expect(metaOf(page, "DC.title")[0]).toBe(contribution.heading);
      expect(metaOf(page, "og:type")).toEqual(["article"]);
      expect(metaOf(page, "og:locale")).toEqual(["fr_FR"]);
      // No public URL: no canonical link and no og:url.
      expect(page.dom.querySelector('link[rel="canonical"]')).toBeNull();
      expect(metaOf(page, "og:url")).toEqual([]);
    }
  });

  it("describes the colloquium in JSON-LD: an Event with its sessions, talks and performers, recorded in a Book of Chapters", () => {
    const blocks = pages.flatMap((page) => page.dom.querySelectorAll('script[type="application/ld+json"]').map((s) => ({ page, json: JSON.parse(s.innerHTML) as { "@context": string; "@graph": Record<string, any>[] } })));
    expect(blocks.length).toBe(edition.contributions.length + edition.sessions.length + 1);
    for (const { json } of blocks) expect(json["@context"]).toBe("https://schema.org");

    const home = blocks.find((b) => b.page.url === "/")!.json["@graph"];
    const event = home.find((n) => n["@type"] === "Event")!;
    expect(event).toMatchObject({ name: edition.colloquium.title, startDate: "2015-05-21", endDate: "2015-05-21" });
    expect(event.location).toMatchObject({ "@type": "Place", name: "Palais Beaumont", address: { addressLocality: "Pau" } });
    expect(event.organizer.map((o: { name: string }) => o.name)).toEqual(edition.organisers.map((o) => o.name));
    // The figures as the report states them.
    expect(event.audience.map((a: { description: string }) => a.description)).toEqual(["près de 250 participants", "plus de 200 agents et élus", "50 universitaires et étudiants"]);
    expect(event.subEvent).toHaveLength(edition.sessions.length);
    const talks = event.subEvent.flatMap((s: { subEvent: unknown[] }) => s.subEvent) as { "@type": string; name: string; performer: { "@type": string; name: string }[] }[];
    expect(talks).toHaveLength(edition.contributions.length);
    talks.forEach((talk, index) => {
      expect(talk["@type"]).toBe("Event");
      expect(talk.performer.map((p) => p.name)).toEqual(edition.contributions[index]!.speakers.map((s) => s.fullName));
      expect(talk.performer.every((p) => p["@type"] === "Person")).toBe(true);
    });
    const book = home.find((n) => n["@type"] === "Book")!;
    expect(book).toMatchObject({ name: edition.colloquium.title, datePublished: "2026-11-27", inLanguage: "fr" });
    // No publisher and no editor the data does not name.
    expect(book.publisher).toEqual(edition.colloquium.publication.publisher ? { "@type": "Organization", name: edition.colloquium.publication.publisher } : undefined);
    expect(book.editor).toBeUndefined();
    expect(book.recordedAt["@id"]).toBe(event["@id"]);
    expect(event.recordedIn["@id"]).toBe(book["@id"]);
    expect(book.hasPart).toHaveLength(edition.contributions.length);
    for (const chapter of book.hasPart) {
      expect(chapter["@type"]).toBe("Chapter");
      expect(chapter.author).toBeUndefined();
      expect(chapter.isPartOf["@id"]).toBe(book["@id"]);
    }

    for (const contribution of edition.contributions) {
      const graph = blocks.find((b) => b.page.url === contribution.url)!.json["@graph"];
      const chapter = graph.find((n) => n["@type"] === "Chapter")!;
      expect(chapter.creditText).toBe(contribution.authorship.statement);
      // Relative URLs resolve to this site's pages; identifiers are blank nodes, the same as the home page's.
      expect(new URL(chapter.url, `http://site${contribution.url}`).pathname).toBe(contribution.url);
      expect(chapter.isPartOf["@id"]).toBe(book["@id"]);
      expect(graph.find((n) => n["@type"] === "Event")?.recordedIn["@id"]).toBe(chapter["@id"]);
    }
  });
});

describe("open data", () => {
  it("publishes JSON and CSV tables described by a Frictionless datapackage.json, linked from the about page", () => {
    const folder = fileOf(edition.routes.data);
    const about = hrefsOf(pageAt(pages, edition.routes.about), 'section[aria-labelledby="donnees"] a');
    const descriptor = JSON.parse(read(`${folder}datapackage.json`)) as {
      profile: string;
      licenses: { title: string; path?: string }[];
      resources: { name: string; path: string; profile: string; schema?: { fields: { name: string; type: string }[]; primaryKey: string | string[]; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[] } }[];
    };
    // Frictionless validation itself: tests/machine-readable.test.ts.
    expect(descriptor.profile).toBe("data-package");
    // A licence only when the data grants one (the embedded edition's report grants none).
    const licence = edition.colloquium.licence;
    expect(descriptor.licenses).toEqual(licence ? [{ title: licence.name, path: licence.url }] : undefined);
    expect(about).toContain(`${edition.routes.data}datapackage.json`);
    // The folder has its own page, with the same list.
    expect(about).toContain(edition.routes.data);
    const own = hrefsOf(pageAt(pages, edition.routes.data), "main a");
    for (const resource of descriptor.resources) expect(own).toContain(`${edition.routes.data}${resource.path}`);
    const tables = new Map<string, Record<string, string>[]>();
    for (const resource of descriptor.resources) {
      expect(about).toContain(`${edition.routes.data}${resource.path}`);
      const content = read(`${folder}${resource.path}`);
      if (!resource.schema) {
        expect(resource.profile).toBe("data-resource");
        const whole = JSON.parse(content) as { contributions: unknown[]; colloquium: { editors: string[] } };
        expect(whole.contributions).toHaveLength(edition.contributions.length);
        expect(whole.colloquium.editors).toEqual([]);
        continue;
      }
      const header = (parseCsv(content, { to_line: 1 }) as string[][])[0];
      expect(header).toEqual(resource.schema.fields.map((f) => f.name));
      const rows = parseCsv(content, { columns: true }) as Record<string, string>[];
      for (const field of resource.schema.fields.filter((f) => f.type === "integer")) {
        for (const row of rows) if (row[field.name] !== "") expect(row[field.name], `${resource.name}.${field.name}`).toMatch(/^\d+$/);
      }
      // A key of one column or of several (a speaker is a contribution and a position).
      const keys = rows.map((row) => [resource.schema!.primaryKey].flat().map((field) => row[field]).join("\u0000"));
      expect(new Set(keys).size).toBe(rows.length);
      tables.set(resource.name, rows);
    }
    for (const resource of descriptor.resources) {
      for (const key of resource.schema?.foreignKeys ?? []) {
        const targets = new Set(tables.get(key.reference.resource)!.map((row) => row[key.reference.fields]));
        // An empty cell is no reference (a speaker is a person or an organisation).
        for (const row of tables.get(resource.name)!) if (row[key.fields] !== "") expect(targets).toContain(row[key.fields]);
      }
    }
    const contributions = tables.get("contributions")!;
    expect(contributions.map((row) => row.slug)).toEqual(edition.contributions.map((c) => c.slug));
    expect(contributions.map((row) => row.summary)).toEqual(edition.contributions.map((c) => c.summary));
    expect(tables.get("people")!.map((row) => row.id).sort()).toEqual(edition.people.map((p) => p.id).sort());
  });
});

describe("discovery files", () => {
  it("has robots.txt, a web manifest, a favicon on every page, and no sitemap without a public URL", () => {
    expect(read("robots.txt")).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(read("robots.txt")).not.toContain("Sitemap:");
    expect(existsSync(path.join(siteDir, "sitemap.xml"))).toBe(false);
    const manifest = JSON.parse(read("manifest.webmanifest")) as { name: string; lang: string; start_url: string; icons: { src: string }[] };
    expect(manifest).toMatchObject({ name: edition.colloquium.title, lang: "fr", start_url: "./" });
    expect(existsSync(path.join(siteDir, manifest.icons[0]!.src))).toBe(true);
    const icon = read("favicon.svg");
    expect(icon).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const page of pages) {
      // The same icon, inlined: the browser makes no request for it, so none can fail.
      expect(page.dom.querySelector('link[rel="icon"]')?.getAttribute("href"), page.file).toBe(`data:image/svg+xml,${encodeURIComponent(icon.trim())}`);
      expect(hrefsOf(page, 'link[rel="manifest"]'), page.file).toEqual(["/manifest.webmanifest"]);
    }
  });

  it("has the programme as iCalendar: one event per session on the colloquium's day, with its talks", () => {
    const links = hrefsOf(pageAt(pages, edition.routes.programme), "a[href$='.ics']");
    expect(links).toEqual([`${edition.routes.programme}${edition.colloquium.slug}.ics`]);
    const calendar = new ICAL.Component(ICAL.parse(read(fileOf(links[0]!))));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(edition.sessions.map((s) => s.heading));
    for (const [index, event] of events.entries()) {
      // All-day: the data gives no times.
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe("2015-05-21");
      expect(event.endDate.toString()).toBe("2015-05-22");
      expect(event.location).toBe("Palais Beaumont, Pau, France");
      for (const contribution of edition.sessions[index]!.contributions) {
        for (const speaker of contribution.speakers) expect(event.description).toContain(speaker.fullName);
      }
    }
  });
});
