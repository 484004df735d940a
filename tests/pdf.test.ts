/**
 * The print booklet, read back from the PDF with poppler and qpdf: page size,
 * every contribution's text, bookmarks, tagging, language, title, fonts, page
 * labels, and above all that every page number printed in the table of
 * contents and in both indexes is the page where that entry starts (the
 * bookmark's page, whose text holds the heading and whose folio is that number).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import {
  catalog,
  numbersAfter,
  flatOutline,
  fonts,
  normalise,
  pageLabels,
  pageTexts,
  pdfInfo,
  qpdfJson,
  type PdfInfo,
} from "./helpers/pdf-read.ts";

/** Everything a test needs to know about one built booklet. */
interface Booklet {
  file: string;
  info: PdfInfo;
  json: ReturnType<typeof qpdfJson>;
  /** Page texts in reading order and line by line (index 0 is page 1). */
  text: string[];
  layout: string[];
  labels: string[];
  /** Index of the first page labelled 1. */
  bodyStart: number;
  outline: ReturnType<typeof flatOutline>;
}

function readBooklet(file: string): Booklet {
  const info = pdfInfo(file);
  const json = qpdfJson(file);
  const labels = pageLabels(json, info.pages);
  return {
    file,
    info,
    json,
    text: pageTexts(file),
    layout: pageTexts(file, true),
    labels,
    bodyStart: labels.indexOf("1"),
    outline: flatOutline(json),
  };
}

const lower = (text: string) => normalise(text).toLocaleLowerCase("fr");

/** The page numbers printed after `title` in `text`, which must hold it (e.g. "Ville de Pau 5, 13" → ["5", "13"]). */
function printedAfter(text: string, title: string, what: string): string[] {
  const numbers = numbersAfter(normalise(text), title);
  expect(numbers, `${what} "${title}" is printed with its page number`).toBeDefined();
  return numbers!;
}

/** The physical page (1-based) whose label is the arabic number `folio`. */
function pageOfFolio(booklet: Booklet, folio: string): number {
  const index = booklet.labels.findIndex((label, i) => i >= booklet.bodyStart && label === folio);
  expect(index, `a page is labelled ${folio}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** Bookmarks expected from the edition, in order: the outline mirrors the table of contents. */
function expectedOutline(edition: Edition): { title: string; depth: number; onPage: string }[] {
  const L = edition.labels;
  const c = edition.colloquium;
  return [
    { title: L.contents, depth: 0, onPage: L.contents },
    { title: L.theDay, depth: 0, onPage: L.theDay },
    { title: c.mission.title, depth: 1, onPage: c.mission.title },
    ...edition.sessions.flatMap((session) => [
      { title: session.heading, depth: 0, onPage: session.title },
      ...session.contributions.map((contribution) => ({ title: contribution.heading, depth: 1, onPage: contribution.heading })),
    ]),
    { title: L.indexOfSpeakers, depth: 0, onPage: L.indexOfSpeakers },
    { title: L.indexOfOrganisations, depth: 0, onPage: L.indexOfOrganisations },
  ];
}

/** The page each bookmark opens, by title; the outline's titles are checked against the edition first. */
function startPages(booklet: Booklet, edition: Edition): Map<string, number> {
  const expected = expectedOutline(edition);
  expect(booklet.outline.map((item) => [normalise(item.title), item.depth])).toEqual(expected.map((item) => [normalise(item.title), item.depth]));
  const pages = new Map<string, number>();
  expected.forEach((item, index) => {
    const page = booklet.outline[index]!.page;
    expect(page, `bookmark "${item.title}" has a destination page`).toBeDefined();
    // The bookmark's page holds the heading itself (not a page before it).
    expect(lower(booklet.text[page! - 1]!), `page ${page} shows "${item.onPage}"`).toContain(lower(item.onPage));
    pages.set(normalise(item.title), page!);
  });
  return pages;
}

/** Checks every number of the table of contents against the bookmarks; returns how many were checked. */
function checkContents(booklet: Booklet, edition: Edition): number {
  const starts = startPages(booklet, edition);
  const contents = booklet.layout.slice(0, booklet.bodyStart).join("\n");
  let checked = 0;
  for (const { title } of expectedOutline(edition).slice(1)) {
    const [folio, ...more] = printedAfter(contents, title, "table of contents entry");
    expect(more).toEqual([]);
    const page = pageOfFolio(booklet, folio!);
    expect(page, `contents: "${title}" is printed at ${folio}, which is page ${page}`).toBe(starts.get(normalise(title)));
    // The folio printed on that page is the same number (line by line as printed: alone on its line).
    expect(booklet.layout[page - 1]!.split("\n").map((line) => line.trim())).toContain(folio);
    checked++;
  }
  return checked;
}

/** Checks every number of one index: each points to a page where one of the entry's contributions starts, and none is missing. */
function checkIndex(
  booklet: Booklet,
  edition: Edition,
  heading: string,
  nextHeading: string | undefined,
  entries: { name: string; contributions: { heading: string }[] }[],
): number {
  const starts = startPages(booklet, edition);
  const from = starts.get(normalise(heading))!;
  const to = nextHeading ? starts.get(normalise(nextHeading))! - 1 : booklet.info.pages;
  const index = booklet.text.slice(from - 1, to).join("\n");
  let checked = 0;
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) {
    const printed = printedAfter(index, entry.name, `index entry of ${heading}`);
    const expected = [...new Set(entry.contributions.map((c) => booklet.labels[starts.get(normalise(c.heading))! - 1]!))];
    expect(printed, `${heading}: "${entry.name}"`).toEqual(expected);
    for (const folio of printed) {
      const page = pageOfFolio(booklet, folio);
      const startsThere = entry.contributions.some((c) => starts.get(normalise(c.heading)) === page);
      expect(startsThere, `${heading}: "${entry.name}" ${folio} is page ${page}, where one of its contributions starts`).toBe(true);
      checked++;
    }
  }
  return checked;
}

function checkIndexes(booklet: Booklet, edition: Edition): number {
  const L = edition.labels;
  const people = edition.people.filter((p) => p.contributions.length > 0).map((p) => ({ name: `${p.familyName}, ${p.givenName}`, contributions: p.contributions }));
  const organisations = edition.organisations
    .filter((o) => o.contributions.length > 0)
    .map((o) => ({ name: `${o.name}${o.shortName ? ` (${o.shortName})` : ""}`, contributions: o.contributions }));
  return (
    checkIndex(booklet, edition, L.indexOfSpeakers, L.indexOfOrganisations, people) +
    checkIndex(booklet, edition, L.indexOfOrganisations, undefined, organisations)
  );
}

/** A dictionary given inline or by reference ("12 0 R"). */
function resolve(booklet: Booklet, value: unknown): Record<string, unknown> | undefined {
  if (typeof value === "string" && / R$/.test(value)) return booklet.json.qpdf[1][`obj:${value}`]?.value as Record<string, unknown>;
  return value as Record<string, unknown> | undefined;
}

describe("the booklet of the default edition", () => {
  let edition: Edition;
  let siteDir: string;
  let booklet: Booklet;

  beforeAll(async () => {
    edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
    // The default edition, site and PDF, built once for all read-only checks (tests/global-setup.ts).
    siteDir = inject("siteDir");
    booklet = readBooklet(path.join(siteDir, edition.pdf.fileName));
  });

  it("is A5 by default: 420 × 595 pt on every page", () => {
    expect(edition.colloquium.print.pageSize).toBe("A5");
    // Within a point of the ISO size (148 × 210 mm): Chromium rounds page sizes to whole CSS pixels.
    expect(Math.abs(booklet.info.width - 420)).toBeLessThanOrEqual(1);
    expect(Math.abs(booklet.info.height - 595)).toBeLessThanOrEqual(1);
    const sizes = new Set(
      (booklet.json.qpdf[1] ? Object.values(booklet.json.qpdf[1]) : [])
        .map((object) => (object.value as Record<string, unknown> | undefined)?.["/MediaBox"])
        .filter((box): box is number[] => Array.isArray(box))
        .map((box) => box.map((n) => Math.round(n)).join(" ")),
    );
    expect([...sizes]).toEqual(["0 0 420 595"]);
  });

  it("holds every contribution's heading and speakers in its text", () => {
    const body = lower(booklet.text.slice(booklet.bodyStart).join("\n"));
    for (const contribution of edition.contributions) {
      expect(body).toContain(lower(contribution.heading));
      for (const speaker of contribution.speakers) expect(body).toContain(lower(speaker.fullName));
    }
  });

  it("has bookmarks for every session and contribution, nested as in the table of contents, each opening the page of its heading", () => {
    const starts = startPages(booklet, edition);
    for (const session of edition.sessions) {
      expect(starts.has(normalise(session.heading))).toBe(true);
      for (const contribution of session.contributions) expect(starts.has(normalise(contribution.heading))).toBe(true);
    }
  });

  it("prints in its table of contents the page where each entry starts", () => {
    expect(checkContents(booklet, edition)).toBe(expectedOutline(edition).length - 1);
  });

  it("prints in both indexes the pages where each speaker's and organisation's contributions start", () => {
    expect(checkIndexes(booklet, edition)).toBeGreaterThan(edition.people.length);
  });

  it("labels its pages as they are numbered: roman front matter, then 1, 2, 3… printed on the pages themselves", () => {
    const { labels, bodyStart, layout: text } = booklet;
    expect(bodyStart).toBeGreaterThan(2);
    expect(labels.slice(0, 3)).toEqual(["i", "ii", "iii"]);
    // The body opens on a right-hand page.
    expect(bodyStart % 2).toBe(0);
    text.forEach((page, index) => {
      const lines = page.split("\n").map((line) => line.trim()).filter(Boolean);
      if (index < 2 || lines.length === 0) {
        // Cover and colophon carry no folio; blank pages carry nothing at all.
        expect(lines).not.toContain(labels[index]);
        return;
      }
      expect(lines, `page ${index + 1} shows its folio ${labels[index]}`).toContain(labels[index]);
    });
  });

  it("puts the short title on left pages and the current session on right pages of the body, never on chapter openings", () => {
    const starts = startPages(booklet, edition);
    const openings = new Set(expectedOutline(edition).filter((item) => item.depth === 0).map((item) => starts.get(normalise(item.title))));
    let session: string | undefined;
    const sessionsByPage = new Map(edition.sessions.map((s) => [starts.get(normalise(s.heading)), s.heading]));
    let checked = 0;
    for (let index = booklet.bodyStart; index < booklet.info.pages; index++) {
      const page = index + 1;
      session = sessionsByPage.get(page) ?? (openings.has(page) ? undefined : session);
      const firstLine = normalise(booklet.text[index]!.split("\n").find((line) => line.trim() !== "") ?? "");
      if (firstLine === "" || openings.has(page)) {
        expect(lower(firstLine)).not.toBe(lower(edition.colloquium.shortTitle));
        continue;
      }
      if (page % 2 === 0) expect(lower(firstLine)).toBe(lower(edition.colloquium.shortTitle));
      else if (session) expect(firstLine).toBe(normalise(session));
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("is tagged, in French, titled and authored from the data", () => {
    expect(booklet.info.tagged).toBe(true);
    const root = catalog(booklet.json);
    expect(root["/Lang"]).toBe(`u:${edition.colloquium.language}`);
    expect(root["/StructTreeRoot"]).toBeDefined();
    expect(normalise(booklet.info.title)).toBe(normalise(edition.colloquium.title));
    // The viewer shows the title, not the file name.
    expect(resolve(booklet, root["/ViewerPreferences"])?.["/DisplayDocTitle"]).toBe(true);
  });

  it("embeds every font, all of them the booklet's own (no fallback font)", () => {
    const rows = fonts(booklet.file);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.embedded, `${row.name} is embedded`).toBe(true);
      expect(row.name).toMatch(/\+Source(Serif4|Sans3)/);
    }
  });

  it("is published without its HTML source: no print page, no Paged.js in the site", () => {
    expect(existsSync(path.join(siteDir, edition.routes.print.replace(/^\//, "")))).toBe(false);
    expect(existsSync(path.join(siteDir, "assets/js/paged.polyfill.js"))).toBe(false);
    expect(existsSync(path.join(siteDir, "assets/css/print"))).toBe(false);
  });
});

describe("a booklet whose page size is changed in the data", () => {
  let edition: Edition;
  let booklet: Booklet;

  beforeAll(async () => {
    // The suite's variant edition, A4 with its own margins (tests/helpers/variant.ts).
    const variant = inject("variant");
    edition = await loadEdition(variant.dataDir);
    booklet = readBooklet(path.join(variant.siteDir, edition.pdf.fileName));
  });

  it("is A4: 595 × 842 pt", () => {
    expect(edition.colloquium.print.pageSize).toBe("A4");
    expect(Math.abs(booklet.info.width - 595)).toBeLessThanOrEqual(1);
    expect(Math.abs(booklet.info.height - 842)).toBeLessThanOrEqual(1);
  });

  it("still prints the right page numbers in its contents and indexes", () => {
    expect(checkContents(booklet, edition)).toBe(expectedOutline(edition).length - 1);
    expect(checkIndexes(booklet, edition)).toBeGreaterThan(0);
  });
});
