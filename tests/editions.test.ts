/**
 * Two editions of other shapes, each built once (site and PDF) by the real
 * build CLI and read back: a two-day English conference with times, a break,
 * a panel, an organisation speaking and a co-authored talk (tests/fixtures/
 * conference-en), and a minimal one-session French day with no attendance and
 * no edition rank (tests/fixtures/journee-fr), built from a copy kept outside
 * the repository.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto, PROJECT_ROOT } from "./helpers/build.ts";
import { catalog, fonts, normalise, pageTexts, qpdfJson } from "./helpers/pdf-read.ts";
import { checkBreaks, entries, entry, epubcheck, letters } from "./helpers/epub.ts";
import { htmlValidateProblems, hrefsOf, pageAt, readPages, text, type BuiltPage } from "./helpers/site.ts";
import { copyEditSite } from "./helpers/copy-editing.ts";
import { loadEdition } from "../scripts/data/load.ts";
import { calendarEvents, calendarLineProblems, frictionlessProblems, pageDateProblems, timesOf } from "./helpers/machine-readable.ts";

/** Text with every run of white space (no-break ones included) as one space. */
const folded = (s: string) => s.replace(/[\s\u00A0\u202F\u2009]+/g, " ").trim();

describe("a two-day conference in English", () => {
  let siteDir: string;
  let pages: BuiltPage[];
  let pdf: string;
  let pdfText: string;

  beforeAll(() => {
    siteDir = buildInto(["--data", path.join(PROJECT_ROOT, "tests/fixtures/conference-en")]);
    pages = readPages(siteDir);
    pdf = path.join(siteDir, "civic-data-2025.pdf");
    pdfText = pageTexts(pdf).join("\n");
  });
  afterAll(() => rmSync(path.dirname(siteDir), { recursive: true, force: true }));

  it("passes the copy editor's check on every HTML page and PDF page, in English rules", async () => {
    const edition = await loadEdition(path.join(PROJECT_ROOT, "tests/fixtures/conference-en"));
    const { faults, read } = copyEditSite(siteDir, edition);
    expect(faults).toEqual([]);
    expect(read.pages).toBe(pages.length);
    expect(read.bookletIndex).toBe(edition.people.filter((person) => person.contributions.length > 0).length);
  });

  it("declares English on every page and words its interface in English", () => {
    for (const page of pages) expect(page.dom.querySelector("html")?.getAttribute("lang"), page.file).toBe("en");
    const home = pageAt(pages, "/");
    expect(home.dom.querySelectorAll(".site-nav a").map((a) => text(a))).toEqual(["Programme", "Speakers", "Organisations", "About"]);
    expect(text(home.dom.querySelector(".hero__series"))).toBe("Civic Data Conferences · 3rd edition");
    const facts = home.dom.querySelectorAll(".facts > div").map((d) => `${text(d.querySelector("dt"))} ${text(d.querySelector("dd"))}`);
    expect(facts).toContain("Dates Thursday, April 10 – Friday, April 11, 2025");
    expect(facts).toContain("Attendance more than 1,200 participants (about 900 council officers, 300 researchers)");
  });

  it("shows the programme by day, with times, the break, chairs and moderator", () => {
    const programme = pageAt(pages, "/programme/");
    const days = programme.dom.querySelectorAll("section.programme-day");
    expect(days.map((d) => text(d.querySelector("h2")))).toEqual(["Thursday, April 10, 2025", "Friday, April 11, 2025"]);
    expect(days[0]!.querySelectorAll("section.programme-session h3").map((h) => text(h))).toEqual([
      "Opening of the conference",
      "Data people can use",
      "Coffee break",
      "Workshop 1: Maps and budgets",
    ]);
    const entry = (slug: string) => programme.dom.querySelector(`section[aria-labelledby~="${slug}"]`)!;
    expect(entry("coffee-break").querySelector("h3 a")).toBeNull();
    expect(entry("coffee-break").querySelectorAll("time").map((t) => t.getAttribute("datetime"))).toEqual(["2025-04-10T10:30:00+01:00", "2025-04-10T11:00:00+01:00"]);
    expect(folded(entry("coffee-break").querySelector(".programme-session__time")!.textContent)).toBe("10:30 AM – 11:00 AM");
    expect(folded(entry("who-uses-open-data").querySelector(".programme-session__chairs")!.textContent)).toBe("Moderator: Eve Larsen");
    expect(folded(entry("keynote").querySelector(".programme-session__chairs")!.textContent)).toBe("Chair: Ada Brooks");
    // The break has no page of its own.
    expect(pages.some((p) => p.url === "/coffee-break/")).toBe(false);
  });

  it("shows a session's day, hours and moderator on its page", () => {
    const panel = pageAt(pages, "/who-uses-open-data/");
    expect(folded(panel.dom.querySelector(".session-when")!.textContent)).toBe("Friday, April 11, 2025 · 9:30 AM – 11:00 AM");
    expect(folded(panel.dom.querySelector(".session-chairs")!.textContent)).toBe("Moderator: Eve Larsen");
    expect(text(pageAt(pages, "/speakers/eve-larsen/").dom.querySelector("main"))).toContain("Sessions chaired or moderated Who uses open data?");
  });

  it("credits a talk to an organisation, another to two people, and one to no one", () => {
    const talk = pageAt(pages, "/maps-and-budgets/maps-for-everyone/");
    const byOrganisation = talk.dom.querySelector(".people--speakers")!;
    expect(hrefsOf(talk, ".people--speakers a")[0]).toBe("/organisations/#open-maps");
    expect(text(byOrganisation)).toBe("Open Maps Ltd");
    const coAuthored = pageAt(pages, "/maps-and-budgets/reading-a-budget/");
    // Name and role, then the organisations as a list of their own.
    expect(coAuthored.dom.querySelectorAll(".people--speakers > li").map((li) => [`${text(li.querySelector(".person__name"))}${text(li.querySelector(".person__role"))}`, li.querySelectorAll(".person__orgs li").map((org) => text(org))])).toEqual([
      ["Carla Mendes, data officer", ["City of Bristol"]],
      ["Dan Whitfield, research fellow", ["Harbour Institute for Public Data"]],
    ]);
    expect(text(coAuthored.dom.querySelector(".citation"))).toMatch(/^MENDES, Carla and WHITFIELD, Dan, 2025\. Reading a budget together\. In: BROOKS, Ada \(ed\.\), Open Data in Local Government/);
    expect(pageAt(pages, "/who-uses-open-data/questions-from-the-floor/").dom.querySelector(".people--speakers")).toBeNull();
    const organisations = pageAt(pages, "/organisations/");
    expect(text(organisations.dom.querySelector("#open-maps"))).toContain("Maps for everyone");
    expect(text(organisations.dom.querySelector("#type-foundation"))).toBe("Foundations");
  });

  it("keeps English text free of French spacing", () => {
    for (const page of pages) {
      const body = page.dom.querySelector("body")!.textContent;
      expect(body, page.file).not.toMatch(/[\u00A0\u202F][?!;:»]|«/);
    }
    const intro = pageAt(pages, "/").dom.querySelector("#introduction")!.parentNode.textContent;
    expect(intro).toContain("What changes when a council opens its data? Two days of talks gave three answers: publish");
    expect(intro).toContain("A budget of 4 000 lines, shared at 85 % of councils");
  });

  it("prints the booklet in English with its dates, times and moderator", () => {
    const json = qpdfJson(pdf);
    expect(catalog(json)["/Lang"]).toBe("u:en");
    const flat = folded(pdfText);
    expect(flat).toContain("3RD EDITION");
    expect(flat).toContain("Thursday, April 10 – Friday, April 11, 2025");
    expect(flat).toContain("Thursday, April 10, 2025 · 9:30 AM – 10:30 AM Chair: Ada Brooks");
    expect(flat).toContain("Friday, April 11, 2025 · 9:30 AM – 11:00 AM Moderator: Eve Larsen");
    for (const words of ["Contents", "Index of speakers", "Index of organisations", "Workshop 1: Maps and budgets", "Open Maps Ltd", "Questions from the floor"]) {
      expect(normalise(pdfText), words).toContain(words);
    }
  });

  it("gives machines each day: <time> for the first and last day and each session's hours, each session its own day in the open data and the calendar", async () => {
    const edition = await loadEdition(path.join(PROJECT_ROOT, "tests/fixtures/conference-en"));
    const checked = [edition.routes.home, edition.routes.about, ...edition.sessions.map((s) => s.url), ...edition.contributions.map((c) => c.url)].map((url) => pageAt(pages, url));
    expect(checked.flatMap((page) => pageDateProblems(page, edition))).toEqual([]);
    const home = pageAt(pages, "/");
    expect(folded(home.dom.querySelector(".facts")!.innerHTML)).toContain('<time datetime="2025-04-10">Thursday, April 10</time> – <time datetime="2025-04-11">Friday, April 11, 2025</time>');
    expect(timesOf(pageAt(pages, edition.routes.about), ".citation time")).toEqual(["2025-04-10", "2025-04-11"]);
    expect(timesOf(pageAt(pages, "/who-uses-open-data/questions-from-the-floor/"), ".session-when time")).toEqual(["2025-04-11", "2025-04-11T09:30:00+01:00", "2025-04-11T11:00:00+01:00"]);
    // Open data: valid for Frictionless, each session on its own day with its hours.
    const { problems, tables } = await frictionlessProblems(path.join(siteDir, edition.routes.data));
    expect(problems).toEqual([]);
    const day = (value: unknown) => (value as Date).toISOString().slice(0, 10);
    expect(tables.get("sessions")!.map((row) => [row.slug, day(row.date)])).toEqual(edition.sessions.map((s) => [s.slug, s.day]));
    expect(new Set(tables.get("sessions")!.map((row) => day(row.date)))).toEqual(new Set(edition.dates.days));
    // An organisation speaking as such is a key into organisations.csv, not people.csv.
    expect(tables.get("speakers")!.filter((row) => row.contribution === "maps-for-everyone")).toEqual([{ contribution: "maps-for-everyone", position: 1, person: null, organisation: "open-maps" }]);
    // The calendar: each event on the venue's clock with its zone (TZID and VTIMEZONE), at the model's instant; lines of at most 75 octets.
    const bytes = readFileSync(path.join(siteDir, edition.routes.programme, `${edition.colloquium.slug}.ics`));
    expect(calendarLineProblems(bytes)).toEqual([]);
    const events = calendarEvents(bytes.toString("utf8"));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(edition.sessions.map((s) => new Date(s.startsAt!).toISOString()));
    expect(events.map((e) => [e.startDate.zone?.tzid, e.startDate.toString().slice(11, 16)])).toEqual(edition.sessions.map((s) => [edition.colloquium.timeZone, s.start]));
  });

  it("passes html-validate's recommended rules on every page (day sections, breaks, chairs)", async () => {
    expect(await htmlValidateProblems(pages)).toEqual([]);
  });

  it("writes an EPUB in English that EPUBCheck passes, with the booklet's pages and its page breaks before their words", async () => {
    const epub = path.join(siteDir, "civic-data-2025.epub");
    const check = epubcheck(epub);
    for (const name of entries(epub).filter((n) => n.endsWith(".xhtml"))) expect(entry(epub, name), name).toMatch(/<html [^>]*lang="en" xml:lang="en"/);
    const pdfPages = pageTexts(pdf);
    expect(parse(entry(epub, "EPUB/nav.xhtml")).querySelectorAll('nav[epub\\:type="page-list"] a')).toHaveLength(pdfPages.length);
    expect(checkBreaks(epub, pdfPages)).toBe(pdfPages.filter((page) => letters(page) !== "").length);
    expect(await check).toContain("Messages: 0 fatals / 0 errors / 0 warnings / 0 infos");
  }, 120_000);

  it("draws every emoji from an embedded font and keeps it in the PDF's text", () => {
    expect(pdfText).toContain("Data people can use 🚀");
    expect(normalise(pdfText)).toContain("Open data is read by people before machines ☀ — so write it for them. 🚀");
    const rows = fonts(pdf);
    expect(rows.every((row) => row.embedded), JSON.stringify(rows)).toBe(true);
    expect(rows.some((row) => row.name.endsWith("+NotoEmoji-Regular"))).toBe(true);
  });
});

describe("a minimal French day kept outside the repository", () => {
  let dataDir: string;
  let siteDir: string;
  let pages: BuiltPage[];
  let pdfPages: string[];
  let pdfText: string;

  beforeAll(() => {
    dataDir = path.join(mkdtempSync(path.join(tmpdir(), "actes-elsewhere-")), "journee");
    cpSync(path.join(PROJECT_ROOT, "tests/fixtures/journee-fr"), dataDir, { recursive: true });
    siteDir = buildInto(["--data", dataDir]);
    pages = readPages(siteDir);
    pdfPages = pageTexts(path.join(siteDir, "journee-eau-2024.pdf"));
    pdfText = normalise(pdfPages.join("\n"));
  });
  afterAll(() => {
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
    rmSync(path.dirname(siteDir), { recursive: true, force: true });
  });

  it("is a folder outside the repository that imports \"actes\" and has no labels.ts", () => {
    expect(path.relative(PROJECT_ROOT, dataDir).startsWith("..")).toBe(true);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expect(page.dom.querySelector("html")?.getAttribute("lang"), page.file).toBe("fr");
  });

  it("says nothing of attendance or edition rank, and titles its unnumbered workshop by its title alone", () => {
    const home = pageAt(pages, "/");
    expect(text(home.dom.querySelector(".hero__series"))).toBe("Journées techniques");
    expect(home.dom.querySelectorAll(".facts dt").map((dt) => text(dt))).toEqual(["Date", "Lieu", "Organisateur", "Coordination"]);
    const programme = pageAt(pages, "/programme/");
    expect(text(programme.dom.querySelector("#reseaux"))).toBe("Réseaux ruraux");
    expect(text(programme.dom.querySelector("main"))).not.toContain("Atelier 1");
    expect(pdfText).not.toMatch(/participants|Atelier 1/);
    // The cover names the series and no edition rank.
    expect(normalise(pdfPages[0]!)).toMatch(/^JOURNÉES TECHNIQUES ACTES DU COLLOQUE /);
    expect(pdfPages[0]).not.toContain("ÉDITION");
    expect(pdfText).toContain("ATELIER Réseaux ruraux");
  });

  it("sets French numbers and ordinals in the data text, on the page and in the PDF", () => {
    const html = pageAt(pages, "/reseaux/fuites/").html;
    expect(html).toContain("Pour la 1<sup>re</sup>\u00A0fois, 4\u202F000\u00A0agents ont relevé leurs compteurs\u00A0: 85\u202F% des fuites");
    expect(pdfText).toContain("Pour la 1re fois, 4 000 agents ont relevé leurs compteurs : 85 % des fuites");
    expect(pdfText).toContain("jeudi 14 novembre 2024");
  });
});
