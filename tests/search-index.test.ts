/**
 * The search index (/search-index.json) is part of a complete build: one entry
 * per contribution, session, speaker and organisation, in plain text, with
 * URLs relative to the site root that lead to built pages.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { markdownToText, type SearchIndex } from "../scripts/data/search-index.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { resolveToFile } from "./helpers/site.ts";

let edition: Edition;
let siteDir: string;
let index: SearchIndex;

beforeAll(async () => {
  edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
  siteDir = inject("siteDir");
  index = JSON.parse(readFileSync(path.join(siteDir, "search-index.json"), "utf8")) as SearchIndex;
});

describe("search index", () => {
  it("has one entry per contribution, session, speaker and organisation", () => {
    const count = (type: string) => index.entries.filter((e) => e.type === type).length;
    expect(index.language).toBe(edition.colloquium.language);
    expect(count("contribution")).toBe(edition.contributions.length);
    expect(count("session")).toBe(edition.sessions.length);
    expect(count("person")).toBe(edition.people.length);
    expect(count("organisation")).toBe(edition.organisations.length);
    const contribution = edition.contributions[0]!;
    const entry = index.entries.find((e) => e.type === "contribution" && e.title === contribution.heading);
    expect(entry?.speakers).toEqual(contribution.speakers.map((s) => s.fullName));
    expect(entry?.text).toBe(markdownToText(contribution.summary));
  });

  it("links every entry to a built page, relative to the site root (so any base path works)", () => {
    for (const entry of index.entries) {
      expect(entry.url.startsWith("/")).toBe(false);
      const url = new URL(entry.url, "https://example.org/actes/search-index.json");
      expect(url.pathname.startsWith("/actes/")).toBe(true);
      expect(resolveToFile(siteDir, url.pathname.slice("/actes".length)), entry.url).toBeDefined();
    }
  });

  it("holds plain text: no Markdown markup, no HTML", () => {
    expect(markdownToText("**Le service.** Voir [la source](https://example.org) et `code`.\n\n- un\n- deux")).toBe("Le service. Voir la source et code. un deux");
    for (const entry of index.entries) {
      expect(entry.text, entry.url).not.toMatch(/\*\*|\]\(|<[a-z/]/i);
    }
  });
});
