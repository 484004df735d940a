/**
 * The website of the default edition: every page exists with the right
 * names and titles, every internal link and fragment resolves, every page
 * validates, and its links stay inside any sub-path it is served from.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadEdition, readRawEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { htmlValidateProblems, pageAt, readPages, resolveToFile, siteHref, text, type BuiltPage } from "./helpers/site.ts";

let edition: Edition;
let siteDir: string;
let pages: BuiltPage[];
/** Counts read from the data files as written, before the model: what the site must show. */
let fromData: { contributions: number; peopleInIndex: number };

interface RawCounted {
  colloquium: { coordinator?: { person: string }; editors?: string[] };
  people: { id: string }[];
  sessions: { value: { chairs?: string[]; contributions?: { speakers?: string[] }[] } }[];
}

beforeAll(async () => {
  edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
  const raw = (await readRawEdition(path.join(PROJECT_ROOT, "_data"))) as unknown as RawCounted;
  const contributions = raw.sessions.flatMap((session) => session.value.contributions ?? []);
  // The speakers' index lists the people who speak, chair, coordinate or edit the proceedings.
  const named = new Set([
    ...contributions.flatMap((contribution) => contribution.speakers ?? []),
    ...raw.sessions.flatMap((session) => session.value.chairs ?? []),
    ...(raw.colloquium.coordinator ? [raw.colloquium.coordinator.person] : []),
    ...(raw.colloquium.editors ?? []),
  ]);
  fromData = { contributions: contributions.length, peopleInIndex: raw.people.filter((person) => named.has(person.id)).length };
  siteDir = inject("siteDir");
  pages = readPages(siteDir);
});

describe("pages", () => {
  it("has one page per session with its heading, axis and contributions", () => {
    expect(edition.sessions.length).toBeGreaterThan(0);
    for (const session of edition.sessions) {
      const page = pageAt(pages, session.url);
      expect(text(page.dom.querySelector("h1"))).toBe(text(parseText(session.title)));
      if (session.axis) expect(text(page.dom.querySelector("main"))).toContain(text(parseText(session.axis)));
      const links = page.dom.querySelectorAll("main a").map((a) => siteHref(page, a.getAttribute("href")!));
      for (const contribution of session.contributions) expect(links).toContain(contribution.url);
    }
  });

  it("has one page per contribution with its heading, speakers, roles, organisations and summary", () => {
    expect(edition.contributions.length).toBe(fromData.contributions);
    for (const contribution of edition.contributions) {
      const page = pageAt(pages, contribution.url);
      expect(text(page.dom.querySelector("h1"))).toBe(text(parseText(contribution.heading)));
      const speakerBlock = text(page.dom.querySelector(".people--speakers"));
      for (const speaker of contribution.speakers) {
        expect(speakerBlock).toContain(speaker.fullName);
        if (speaker.type !== "person") continue;
        expect(speakerBlock).toContain(text(parseText(speaker.role)));
        for (const organisation of speaker.organisations) expect(speakerBlock).toContain(text(parseText(organisation.name)));
      }
      expect(text(page.dom.querySelector(".prose")).length).toBeGreaterThan(100);
      expect(siteHref(page, page.dom.querySelector(".breadcrumb a[aria-current=page]")!.getAttribute("href")!)).toBe(contribution.url);
    }
  });

  it("links each contribution to the previous and next in reading order", () => {
    edition.contributions.forEach((contribution, index) => {
      const page = pageAt(pages, contribution.url);
      const href = (selector: string) => {
        const value = page.dom.querySelector(selector)?.getAttribute("href");
        return value === undefined ? undefined : siteHref(page, value);
      };
      const previous = href(".pager a[rel=prev]");
      const next = href(".pager a[rel=next]");
      expect(previous).toBe(edition.contributions[index - 1]?.url);
      expect(next).toBe(edition.contributions[index + 1]?.url);
    });
  });

  it("has a page per speaker and an index sorted by family name in French order", () => {
    const index = pageAt(pages, edition.routes.speakers);
    const names = index.dom.querySelectorAll(".index-list__name a").map((a) => text(a));
    const expected = [...edition.people]
      .sort((a, b) => a.familyName.localeCompare(b.familyName, "fr") || a.givenName.localeCompare(b.givenName, "fr"))
      .map((p) => `${p.familyName}, ${p.givenName}`);
    expect(names).toEqual(expected);
    expect(names.length).toBe(fromData.peopleInIndex);
    for (const person of edition.people) {
      const page = pageAt(pages, person.url);
      expect(text(page.dom.querySelector("h1"))).toContain(person.fullName);
      const links = page.dom.querySelectorAll("main a").map((a) => siteHref(page, a.getAttribute("href")!));
      for (const contribution of person.contributions) expect(links).toContain(contribution.url);
    }
  });

  it("groups organisations by kind, each with an anchor", () => {
    const page = pageAt(pages, edition.routes.organisations);
    for (const group of edition.organisationGroups) {
      expect(text(page.dom.querySelector(`#type-${group.kind}`))).toBe(group.label);
      for (const organisation of group.organisations) {
        expect(page.dom.querySelector(`#${organisation.id}`)).not.toBeNull();
      }
    }
  });

  it("reaches every contribution and every speaker in two clicks from the home page", () => {
    const linksOf = (url: string) => {
      const page = pageAt(pages, url);
      return new Set(page.dom.querySelectorAll("a").map((a) => siteHref(page, a.getAttribute("href") ?? "").split("#")[0]!));
    };
    const oneClick = linksOf("/");
    const twoClicks = new Set([...oneClick].flatMap((url) => (pages.some((p) => p.url === url) ? [...linksOf(url)] : [])));
    const reachable = new Set([...oneClick, ...twoClicks]);
    for (const contribution of edition.contributions) expect(reachable).toContain(contribution.url);
    for (const person of edition.people) expect(reachable).toContain(person.url);
  });

  it("shows the date in French, the place, the organiser and the attendance on the home page", () => {
    const home = text(pageAt(pages, "/").dom.querySelector("main"));
    expect(home).toContain("jeudi 21 mai 2015");
    expect(home).toContain("Palais Beaumont, Pau");
    expect(home).toContain("Chaire OPTIMA");
    expect(home).toContain("250 participants");
    for (const workshop of edition.workshops) expect(home).toContain(text(parseText(workshop.title)));
  });

  it("links to the PDF with its size and number of pages", () => {
    const home = pageAt(pages, "/");
    expect(siteHref(home, home.dom.querySelector(".download a")!.getAttribute("href")!)).toBe(edition.pdf.url);
    expect(text(pageAt(pages, "/").dom.querySelector(".download__meta"))).toMatch(/\(\d+(,\d)? (ko|Mo), \d+ pages\)/);
  });

  it("gives every page lang, one h1, a skip link to main, and no-break spaces before French punctuation", () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const page of pages) {
      expect(page.dom.querySelector("html")?.getAttribute("lang"), page.file).toBe("fr");
      expect(page.dom.querySelectorAll("h1").length, page.file).toBe(1);
      expect(page.dom.querySelector("a.skip-link")?.getAttribute("href"), page.file).toBe("#contenu");
      expect(page.dom.querySelector("main#contenu"), page.file).not.toBeNull();
      // An ordinary space before ; : ! ? or » would let the punctuation wrap to the next line.
      expect((page.dom.querySelector("main")?.textContent ?? "").match(/\S [;:!?»]/g) ?? [], page.file).toEqual([]);
    }
  });
});

describe("links and validity", () => {
  it("has no broken internal link or fragment", () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const element of page.dom.querySelectorAll("a[href], link[href]")) {
        const href = element.getAttribute("href")!;
        if (/^(https?:|mailto:|data:)/.test(href)) continue;
        const target = new URL(href, `http://site${page.url}`);
        const file = resolveToFile(siteDir, target.pathname);
        if (!file) {
          broken.push(`${page.file}: ${href}`);
          continue;
        }
        if (target.hash && file.endsWith(".html")) {
          const id = decodeURIComponent(target.hash.slice(1));
          const targetDom = file === path.join(siteDir, page.file) ? page.dom : pages.find((p) => path.join(siteDir, p.file) === file)!.dom;
          if (!targetDom.querySelector(`[id="${id}"]`)) broken.push(`${page.file}: ${href} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("passes html-validate's recommended rules on every page", async () => {
    expect(await htmlValidateProblems(pages)).toEqual([]);
  });
});

describe("sub-path hosting", () => {
  it("keeps every link and stylesheet of the same build inside any sub-path it is served from", () => {
    // Relative URLs (tests/hosting.test.ts): resolved from the pages served under /actes/, they stay there and reach a file.
    const outside: string[] = [];
    for (const page of pages.filter((p) => p.file !== "404.html")) {
      for (const element of page.dom.querySelectorAll("a[href], link[href]")) {
        const href = element.getAttribute("href")!;
        if (/^(https?:|mailto:|data:|#)/.test(href)) continue;
        const target = new URL(href, `http://site/actes${page.url}`).pathname;
        if (!target.startsWith("/actes/")) outside.push(`${page.file}: ${href}`);
        else if (!resolveToFile(siteDir, target.slice("/actes".length))) outside.push(`${page.file}: ${href} (missing)`);
      }
    }
    expect(outside).toEqual([]);
  });
});

/** Our templates add no-break spaces: compare texts with spaces folded. */
function parseText(value: string) {
  return { textContent: value } as unknown as Parameters<typeof text>[0];
}
