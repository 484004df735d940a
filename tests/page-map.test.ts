/**
 * The page map's checks, in memory: made from layout facts (as the renderer
 * reads them) and the pages the printed PDF's bookmarks open, it refuses a
 * layout the PDF contradicts and a contribution too long for proceedings,
 * naming the contribution.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import type { LayoutFacts } from "../scripts/pdf/browser/actes.d.ts";
import { checkPrintedPages, mapPages } from "../scripts/pdf/page-map.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

let edition: Edition;
beforeAll(async () => {
  edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
});

/** A booklet of four front pages, then each session opening a page and each contribution taking two. */
function layout(): LayoutFacts {
  const facts: LayoutFacts = { pages: 4, frontMatterPages: 4, folios: ["i", "ii", "iii", "iv"], headings: [], marks: { sessions: {}, contributions: {} }, findings: [] };
  const add = (id: string, title: string) => {
    facts.pages++;
    facts.folios.push(String(facts.pages - facts.frontMatterPages));
    facts.headings.push({ id, page: facts.pages, text: title, title });
    return facts.pages;
  };
  for (const session of edition.sessions) {
    const first = add(session.anchor, session.heading);
    for (const contribution of session.contributions) {
      const start = add(contribution.anchor, contribution.heading);
      facts.pages++;
      facts.folios.push(String(facts.pages - facts.frontMatterPages));
      facts.marks.contributions[contribution.slug] = [start, start + 1];
    }
    facts.marks.sessions[session.slug] = Array.from({ length: facts.pages - first + 1 }, (_, i) => first + i);
  }
  return facts;
}

describe("the page map", () => {
  it("gives each contribution its heading's page and its last page, with the folios printed there", () => {
    const facts = layout();
    const map = mapPages({ edition, facts, maxContributionPages: 24 });
    const first = edition.contributions[0]!;
    const start = facts.headings.find((h) => h.id === first.anchor)!.page;
    expect(map.contributions[first.slug]).toEqual({ first: { physical: start, label: String(start - 4) }, last: { physical: start + 1, label: String(start - 3) } });
    expect(map.people[first.speakers[0]!.id]![0]).toEqual({ physical: start, label: String(start - 4) });
  });

  it("stops the build, naming the contribution, when the printed PDF puts its heading elsewhere", () => {
    const facts = layout();
    const moved = edition.contributions[3]!;
    const headingPages = facts.headings.map((h) => (h.id === moved.anchor ? h.page + 1 : h.page));
    expect(() => checkPrintedPages(edition, facts, facts.headings.map((h) => h.page))).not.toThrow();
    expect(() => checkPrintedPages(edition, facts, headingPages)).toThrow(
      new RegExp(`heading of the contribution « ${moved.heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} » \\(${moved.slug}\\) on page \\d+ of the booklet, but the printed PDF opens it on page \\d+`),
    );
  });

  it("stops the build, naming the contribution, when it runs over the pages allowed", () => {
    const facts = layout();
    const long = edition.contributions[5]!;
    const start = facts.marks.contributions[long.slug]![0]!;
    facts.marks.contributions[long.slug] = Array.from({ length: 30 }, (_, i) => start + i);
    facts.pages = Math.max(facts.pages, start + 30);
    while (facts.folios.length < facts.pages) facts.folios.push(String(facts.folios.length + 1 - facts.frontMatterPages));
    expect(() => mapPages({ edition, facts, maxContributionPages: 24 })).toThrow(
      `(${long.slug}, in ${long.session.heading}) runs over 30 pages of the booklet, more than the 24 allowed. Fix: shorten its summary`,
    );
  });
});
