/**
 * One edition, two media: the page map says where each session and
 * contribution stands in the booklet, the website says it too, and each has
 * its pages as a PDF of their own. Everything is read back from the shared
 * build with independent tools: pdftotext for where a title is printed,
 * pdfinfo and qpdf for each extract's metadata, outline, labels and tags.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { publicUrl } from "../scripts/formats/citation.ts";
import { markdownToText } from "../scripts/lib/plain-text.ts";
import { countOf } from "../scripts/lib/typography.ts";
import type { PageMap, PageSpan } from "../scripts/pdf/page-map.ts";
import { pageMapFileName } from "../scripts/pipeline/booklet-files.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { catalog, escapeRegExp, flatOutline, normalise, pageLabels, pageTexts, pdfInfo, qpdfJson } from "./helpers/pdf-read.ts";
import { hrefsOf, pageAt, readPages, siteHref, text, type BuiltPage } from "./helpers/site.ts";

let edition: Edition;
let siteDir: string;
let pageMap: PageMap;
let bookletText: string[];
let bookletLabels: string[];
let pages: BuiltPage[];

/** Letters and digits only, lower case: pdftotext wraps titles and splits hyphenated words anywhere. */
const squash = (value: string) => normalise(value).toLocaleLowerCase("fr").replace(/[^\p{L}\p{N}]/gu, "");

beforeAll(async () => {
  edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
  siteDir = inject("siteDir");
  pageMap = JSON.parse(readFileSync(path.join(siteDir, pageMapFileName(edition)), "utf8")) as PageMap;
  const booklet = path.join(siteDir, edition.pdf.fileName);
  bookletText = pageTexts(booklet);
  bookletLabels = pageLabels(qpdfJson(booklet), pdfInfo(booklet).pages);
  pages = readPages(siteDir);
});

/** Each extract read once by each tool: pdfinfo, qpdf --json, pdftotext. */
const readings = new Map<string, { info: ReturnType<typeof pdfInfo>; raw: string; json: ReturnType<typeof qpdfJson>; text: string[] }>();
function read(url: string, dir = siteDir) {
  const file = path.join(dir, url);
  if (!readings.has(file)) {
    readings.set(file, { info: pdfInfo(file), raw: execFileSync("pdfinfo", [file], { encoding: "utf8" }), json: qpdfJson(file), text: pageTexts(file) });
  }
  return readings.get(file)!;
}

/** The first body page (after the contents) whose text holds `title`. */
function pageWhereTitleIs(title: string): number {
  const bodyStart = bookletLabels.indexOf("1");
  const index = bookletText.findIndex((page, i) => i >= bodyStart && squash(page).includes(squash(title)));
  expect(index, `pdftotext finds « ${title} » in the body of the booklet`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

const items = (edition_ = edition) => [
  ...edition_.sessions.map((session) => ({ kind: "sessions" as const, slug: session.slug, title: session.title, url: session.url, pdf: session.pdf })),
  ...edition_.contributions.map((contribution) => ({ kind: "contributions" as const, slug: contribution.slug, title: contribution.heading, url: contribution.url, pdf: contribution.pdf })),
];

describe("the page map", () => {
  it("puts each session and contribution where pdftotext finds its title, with the folio printed there", () => {
    for (const item of items()) {
      const span = pageMap[item.kind][item.slug] as PageSpan;
      expect(span, item.slug).toBeDefined();
      expect(span.first.physical, item.slug).toBe(pageWhereTitleIs(item.title));
      expect(span.first.label).toBe(bookletLabels[span.first.physical - 1]);
      expect(span.last.label).toBe(bookletLabels[span.last.physical - 1]);
      expect(span.last.physical).toBeGreaterThanOrEqual(span.first.physical);
    }
  });

  it("ends each session where the next one starts, or on the page before when a blank page lets it open on the right", () => {
    edition.sessions.slice(1).forEach((session, i) => {
      const gap = pageMap.sessions[session.slug]!.first.physical - pageMap.sessions[edition.sessions[i]!.slug]!.last.physical;
      expect(gap, session.slug).toBeGreaterThanOrEqual(1);
      expect(gap, session.slug).toBeLessThanOrEqual(2);
    });
  });

  it("gives each speaker and organisation the pages where their contributions start", () => {
    for (const person of edition.people) {
      const expected = [...new Set(person.contributions.map((c) => pageMap.contributions[c.slug]!.first.label))];
      expect(pageMap.people[person.id]!.map((ref) => ref.label), person.id).toEqual(expected);
    }
    const withPages = edition.organisations.filter((o) => pageMap.organisations[o.id]!.length > 0);
    expect(withPages.length).toBeGreaterThan(5);
  });
});

describe("the website says where each page stands in the booklet", () => {
  it("« Livret, p. X–Y » on each session and contribution page, opening the booklet at that physical page", () => {
    for (const item of items()) {
      const span = pageMap[item.kind][item.slug] as PageSpan;
      const page = pageAt(pages, item.url);
      const section = page.dom.querySelector(".in-booklet");
      expect(section, item.url).not.toBeNull();
      const range = span.first.label === span.last.label ? span.first.label : `${span.first.label}–${span.last.label}`;
      const link = section!.querySelectorAll("a").find((a) => siteHref(page, a.getAttribute("href")!) === `${edition.pdf.url}#page=${span.first.physical}`);
      expect(link, `${item.url} links to the booklet at page ${span.first.physical}`).toBeDefined();
      expect(text(link)).toBe(edition.labels.bookletPages.replace("{pages}", range));
    }
  });

  it("links each page to its own PDF, with its size and page count, to open and to download", () => {
    for (const item of items()) {
      const page = pageAt(pages, item.url);
      const section = page.dom.querySelector(".in-booklet")!;
      const links = section.querySelectorAll("a").filter((a) => siteHref(page, a.getAttribute("href")!) === item.pdf.url);
      expect(links.map((a) => a.hasAttribute("download"))).toEqual([false, true]);
      const bytes = readFileSync(path.join(siteDir, item.pdf.url)).length;
      const meta = text(section.querySelector(".download__meta"));
      expect(meta).toContain(countOf(read(item.pdf.url).info.pages, edition.labels.pages, edition.colloquium.language));
      // The size in kilobytes as French writes it, rounded to a tenth: "69 ko", "102,3 ko".
      const shown = Number(/\(([\d,]+)\s?ko/.exec(meta)?.[1]?.replace(",", "."));
      expect(Math.abs(shown - bytes / 1000), `${item.slug}: ${meta} for ${bytes} bytes`).toBeLessThanOrEqual(0.05);
    }
  });

  it("opens the booklet in the browser and downloads it from a second link", () => {
    const home = pageAt(pages, "/");
    const links = home.dom.querySelector(".download")!.querySelectorAll("a").filter((a) => siteHref(home, a.getAttribute("href")!) === edition.pdf.url);
    expect(links.map((a) => a.hasAttribute("download"))).toEqual([false, true]);
  });

  it("links the about page to the booklet imposed for printing, two pages a side", () => {
    const about = pageAt(pages, edition.routes.about);
    const link = about.dom.querySelectorAll("a").find((a) => siteHref(about, a.getAttribute("href")!) === edition.pdf.imposition.url);
    expect(text(link)).toBe(edition.labels.impositionLink);
    const info = pdfInfo(path.join(siteDir, edition.pdf.imposition.url));
    expect(info.pages).toBe(Math.ceil(bookletLabels.length / 4) * 2);
    expect(info.width).toBeGreaterThan(info.height);
    expect(text(link!.parentNode.querySelector(".download__meta"))).toContain(countOf(info.pages, edition.labels.pages, edition.colloquium.language));
  });

  it("gives the booklet pages in the speakers and organisations indexes", () => {
    const speakers = pageAt(pages, edition.routes.speakers);
    for (const person of edition.people.filter((p) => p.contributions.length > 0)) {
      for (const contribution of person.contributions) {
        const first = pageMap.contributions[contribution.slug]!.first;
        const link = speakers.dom.querySelectorAll(".booklet-pages a").find((a) => siteHref(speakers, a.getAttribute("href")!) === `${edition.pdf.url}#page=${first.physical}` && text(a) === first.label);
        expect(link, `${person.id}: ${contribution.slug}`).toBeDefined();
      }
    }
    const organisations = pageAt(pages, edition.routes.organisations);
    expect(hrefsOf(organisations, ".booklet-pages a").filter((href) => href.startsWith(`${edition.pdf.url}#page=`)).length).toBeGreaterThan(10);
  });
});

/**
 * Each contribution's and session's own PDF: its pages of the booklet, with their labels, tags,
 * outline and metadata (qpdf, pdfinfo). Offprints: every contribution opens a page of the booklet (styles/print/chapters.css), so its
 * own PDF, a range of the booklet's pages, starts with its header and holds nothing of the
 * others; a session's PDF is its opening and its contributions. "The top" of a first page is the
 * first text after the running head (drawn on every page but chapter openings, and not read as
 * content by the tags). Checked on the default edition and on the variant (A4, public URL,
 * hostile titles), with pdftotext.
 */
describe.each([
  ["the default edition", () => ({ siteDir: inject("siteDir"), dataDir: path.join(PROJECT_ROOT, "_data") })],
  ["the variant (A4, public URL)", () => inject("variant")],
])("a PDF per contribution and per session, an offprint of the booklet's pages, in %s", (_name, build) => {
  let edition: Edition;
  let siteDir: string;
  let pageMap: PageMap;
  let bookletText: string[];
  let bookletLabels: string[];
  const textOf = (url: string) => read(url, siteDir).text;
  /** The first and last words of a summary, letters and digits only: what a page cut in the wrong place would show. */
  const ends = (summary: string) => {
    const words = squash(markdownToText(summary));
    return [words.slice(0, 40), words.slice(-40)];
  };

  beforeAll(async () => {
    ({ siteDir } = build());
    edition = await loadEdition(build().dataDir);
    pageMap = JSON.parse(readFileSync(path.join(siteDir, pageMapFileName(edition)), "utf8")) as PageMap;
    const booklet = path.join(siteDir, edition.pdf.fileName);
    bookletText = pageTexts(booklet);
    bookletLabels = pageLabels(qpdfJson(booklet), pdfInfo(booklet).pages);
  });

  it("has the booklet's pages and page labels, its own title, authors, language and subject", () => {
    for (const item of items(edition)) {
      const { info, json, text: pageText } = read(item.pdf.url, siteDir);
      const span = pageMap[item.kind][item.slug] as PageSpan;
      expect(info.pages, item.slug).toBe(span.last.physical - span.first.physical + 1);
      expect(pageLabels(json, info.pages)).toEqual(bookletLabels.slice(span.first.physical - 1, span.last.physical));
      // Its first page is the booklet's page where its title stands, text for text.
      expect(squash(pageText[0]!)).toBe(squash(bookletText[span.first.physical - 1]!));
      expect(squash(pageText[0]!)).toContain(squash(item.title));
      // Read from the document information dictionary (qpdf): pdfinfo prints a title that holds a line break (the variant's) on two lines.
      const trailer = json.qpdf[1].trailer?.value as Record<string, unknown>;
      const infoDict = (typeof trailer["/Info"] === "string" ? json.qpdf[1][`obj:${trailer["/Info"]}`]?.value : trailer["/Info"]) as Record<string, unknown>;
      expect(normalise(String(infoDict["/Title"]).replace(/^u:/, "")), item.slug).toBe(normalise(item.kind === "sessions" ? edition.sessions.find((s) => s.slug === item.slug)!.heading : item.title));
    }
    for (const contribution of edition.contributions) {
      const { raw } = read(contribution.pdf.url, siteDir);
      expect(raw).toMatch(new RegExp(`^Author:\\s+${contribution.speakers.map((s) => s.fullName).join(", ")}$`, "m"));
      expect(raw).toMatch(new RegExp(`^Subject:\\s+.*${escapeRegExp(contribution.session.heading)}`, "m"));
      expect(raw).toMatch(/^Metadata Stream:\s+yes$/m);
    }
  });

  it("is tagged in the edition's language, shows its title, and keeps headings and paragraphs in its structure tree", () => {
    for (const item of items(edition)) {
      const { json, info } = read(item.pdf.url, siteDir);
      const root = catalog(json);
      expect(root["/Lang"], item.slug).toBe(`u:${edition.colloquium.language}`);
      expect((root["/MarkInfo"] as Record<string, unknown>)["/Marked"]).toBe(true);
      const objects = Object.values(json.qpdf[1]).map((object) => object.value as Record<string, unknown> | undefined);
      // Given inline or by reference ("12 0 R").
      const preferences = root["/ViewerPreferences"];
      const viewer = (typeof preferences === "string" ? json.qpdf[1][`obj:${preferences}`]?.value : preferences) as Record<string, unknown> | undefined;
      expect(viewer?.["/DisplayDocTitle"], item.slug).toBe(true);
      const types = objects.filter((value) => value?.["/Type"] === "/StructElem").map((value) => value!["/S"]);
      // Its first heading is an H1, even where the contribution is an H2 of the booklet.
      expect(types.find((type) => /^\/H\d$/.test(String(type))), item.slug).toBe("/H1");
      expect(types.filter((type) => type === "/P").length, item.slug).toBeGreaterThan(0);
      expect(info.tagged).toBe(true);
    }
  });

  it("has its own outline: the bookmarks of its pages, its title among them", () => {
    for (const item of items(edition)) {
      const outline = flatOutline(read(item.pdf.url, siteDir).json);
      expect(outline.length, item.slug).toBeGreaterThan(0);
      expect(outline.map((entry) => squash(entry.title))).toContain(squash(item.kind === "sessions" ? edition.sessions.find((s) => s.slug === item.slug)!.heading : item.title));
      for (const entry of outline) expect(entry.page, `${item.slug}: ${entry.title}`).toBeDefined();
    }
  });

  /**
   * Page 1 of a PDF from its top, the running head left out when the page has one (the short
   * title or the session's heading; a chapter opening has none, and its title may read as one).
   */
  const startsWith = (url: string, session: { heading: string }, expected: string) => {
    const page = squash(textOf(url)[0]!);
    const heads = [edition.colloquium.shortTitle ?? edition.colloquium.title, session.heading].map(squash).filter((head) => page.startsWith(head));
    return [page, ...heads.map((head) => page.slice(head.length))].some((top) => top.startsWith(squash(expected)));
  };

  it("each contribution's PDF starts with its own header: its kind and title at the top of its first page, then the line saying where it comes from", () => {
    for (const contribution of edition.contributions) {
      expect(startsWith(contribution.pdf.url, contribution.session, `${contribution.kindLabel} ${contribution.heading}`), contribution.slug).toBe(true);
      // Its header, on the first page: where it comes from, and its web address when the public URL is known.
      const top = squash(textOf(contribution.pdf.url)[0]!);
      const offprint = `${edition.labels.offprintOf} ${edition.colloquium.title} (${edition.colloquium.venue.city}`;
      expect(top, contribution.slug).toContain(squash(offprint));
      const online = publicUrl(edition.colloquium, contribution.url);
      if (online) expect(top, contribution.slug).toContain(squash(`${edition.labels.onlineAt} ${online.replace(/^https:\/\//, "")}`));
    }
  });

  it("each session's PDF starts with its opening: its kicker and title at the top of its first page", () => {
    for (const session of edition.sessions) {
      expect(startsWith(session.pdf.url, session, `${session.kicker ?? ""} ${session.title}`), session.slug).toBe(true);
    }
  });

  it("each contribution's PDF holds its own summary, from its first words to its last, and nothing of any other contribution", () => {
    for (const contribution of edition.contributions) {
      const whole = squash(textOf(contribution.pdf.url).join("\n"));
      for (const part of ends(contribution.summary)) expect(whole, `${contribution.slug} holds its own « ${part} »`).toContain(part);
      for (const other of edition.contributions.filter((c) => c !== contribution)) {
        for (const part of ends(other.summary)) expect(whole, `${contribution.slug} holds « ${part} » of ${other.slug}`).not.toContain(part);
      }
    }
  });

  it("each session's PDF holds its contributions and none of another session's", () => {
    for (const session of edition.sessions) {
      const whole = squash(textOf(session.pdf.url).join("\n"));
      for (const contribution of edition.contributions) {
        const own = contribution.session.slug === session.slug;
        for (const part of ends(contribution.summary)) expect(whole.includes(part), `${session.slug} and « ${part} » of ${contribution.slug}`).toBe(own);
      }
    }
  });

  it("never puts two contributions on one page: each starts on the page after the one before ends, the first of a session after its opening", () => {
    for (const session of edition.sessions) {
      const spans = session.contributions.map((c) => pageMap.contributions[c.slug]!);
      expect(spans[0]!.first.physical, session.slug).toBeGreaterThan(pageMap.sessions[session.slug]!.first.physical);
      spans.slice(1).forEach((span, i) => expect(span.first.physical, session.contributions[i + 1]!.slug).toBe(spans[i]!.last.physical + 1));
      expect(pageMap.sessions[session.slug]!.last.physical, session.slug).toBe(spans.at(-1)!.last.physical);
    }
  });
});
