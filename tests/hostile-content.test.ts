/**
 * Hostile and unusual content, in the suite's variant edition (website and
 * PDF, tests/helpers/variant.ts): markup in titles and summaries shows as text
 * and runs nothing; long titles and names, apostrophes, accents, no-break
 * spaces, emoji and right-to-left names come out as written, in the pages and
 * in the PDF.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { drawnWords, flatOutline, normalise, qpdfJson, type DrawnWord } from "./helpers/pdf-read.ts";
import { pageAt, readPages, siteHref, text, type BuiltPage } from "./helpers/site.ts";
import { HOSTILE, VARIANT } from "./helpers/variant.ts";
import type { ServedSite } from "../scripts/lib/served-browser.ts";
import { serveToBrowser } from "./helpers/browser.ts";

const { title: TITLE, summaryScript: SUMMARY_SCRIPT, summaryImg: SUMMARY_IMG, people: PEOPLE, longRole: LONG_ROLE, contributionUrl } = HOSTILE;

let edition: Edition;
let siteDir: string;
let pages: BuiltPage[];

beforeAll(async () => {
  const variant = inject("variant");
  edition = await loadEdition(variant.dataDir);
  siteDir = variant.siteDir;
  pages = readPages(siteDir);
});

/**
 * Where each name is drawn, in every element matching `selector` that holds
 * them all: in a left-to-right page, the name written first must be drawn left
 * of the other. Sent to the page as a string: `(names, selector) => boxes`.
 */
const positions = `((names, selector) => Array.from(document.querySelectorAll(selector))
        .filter((element) => names.every((name) => element.textContent.includes(name)))
        .map((element) => {
          const where = (name) => {
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.textContent.indexOf(name);
              if (at >= 0) { const range = document.createRange(); range.setStart(node, at); range.setEnd(node, at + name.length); return range.getBoundingClientRect().left; }
            }
            return NaN;
          };
          // In reading order (as written), whichever name comes first.
          const [a, b] = [...names].sort((x, y) => element.textContent.indexOf(x) - element.textContent.indexOf(y));
          return { first: where(a), second: where(b) };
        }))`;

const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;
/** Text as a reader gets it: white space folded, French spacing (no-break spaces) undone. */
const folded = (s: string) => s.replace(/[\s\u00A0\u202F]+/g, " ").trim();

describe("markup in the data shows as text and runs nothing", () => {
  it("in the contribution's heading, page title and breadcrumb", () => {
    const page = pageAt(pages, contributionUrl);
    expect(text(page.dom.querySelector("h1"))).toBe(folded(TITLE));
    expect(text(page.dom.querySelector("title")).startsWith(folded(TITLE))).toBe(true);
    expect(text(page.dom.querySelector(".breadcrumb [aria-current=page]"))).toBe(folded(TITLE));
  });

  it("in the summary, where only the Markdown link becomes a link, with rel", () => {
    const page = pageAt(pages, contributionUrl);
    const prose = page.dom.querySelector(".prose")!;
    expect(text(prose)).toContain("<script>alert(");
    expect(text(prose)).toContain(SUMMARY_IMG);
    expect(prose.querySelectorAll("img")).toHaveLength(0);
    const link = prose.querySelector('a[href="https://hal.science/hal-02152519"]');
    expect(link?.getAttribute("rel")?.split(" ")).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
  });

  it("anywhere in the site: no script but the site's own files and inert JSON-LD, no event handler", () => {
    const titled = pages.filter((page) => page.html.includes("alert("));
    // The title reaches the contribution, its session, the programme, the speakers' pages, the home page…
    expect(titled.length).toBeGreaterThan(5);
    for (const page of pages) {
      for (const script of page.dom.querySelectorAll("script")) {
        if (script.getAttribute("type") === "application/ld+json") {
          // A data block: never run, and written with < escaped, so no value can close it.
          expect(script.innerHTML, page.file).not.toContain("<");
        } else {
          // Relative to the page, and named after a hash of their content.
          // (The 404 page, served at any path, names them from the base path.)
          const src = siteHref(page, script.getAttribute("src") ?? "").replace(new RegExp(`^${VARIANT.base}`), "/");
          expect(src, page.file).toMatch(/^\/assets\/js\/(?:every-page|search)\.[0-9a-f]{10}\.js$/);
          expect(script.innerHTML, page.file).toBe("");
        }
      }
      for (const element of page.dom.querySelectorAll("*")) {
        expect(Object.keys(element.attributes).filter((name) => name.toLowerCase().startsWith("on")), page.file).toEqual([]);
      }
    }
  });

  it("in the JSON-LD and the open data, as written once parsed back", () => {
    const block = pageAt(pages, contributionUrl).dom.querySelector('script[type="application/ld+json"]')!;
    const graph = JSON.parse(block.innerHTML) as { "@graph": { "@type": string; name: string }[] };
    expect(graph["@graph"].find((node) => node["@type"] === "Chapter")?.name).toBe(TITLE);
    const data = JSON.parse(readFileSync(path.join(siteDir, "donnees", "optima-2015.json"), "utf8")) as { contributions: { url: string; title: string; summary: string }[] };
    // With a public URL, the open data gives full addresses.
    const entry = data.contributions.find((c) => c.url === `${VARIANT.publicUrl}${contributionUrl.slice(1)}`);
    expect(entry?.title).toBe(TITLE);
    expect(entry?.summary).toContain(SUMMARY_SCRIPT);
  });
});

describe("unusual text renders as written", () => {
  it("names with accents, apostrophes and right-to-left scripts on the contribution, the speakers' pages and the index", () => {
    const contribution = text(pageAt(pages, contributionUrl).dom.querySelector(".people--speakers"));
    for (const person of Object.values(PEOPLE)) {
      expect(contribution).toContain(fullName(person));
      expect(text(pageAt(pages, `/intervenants/${person.id}/`).dom.querySelector("h1"))).toBe(fullName(person));
    }
    expect(contribution).toContain(folded(LONG_ROLE));
    const index = text(pageAt(pages, "/intervenants/").dom.querySelector("main"));
    for (const person of Object.values(PEOPLE)) expect(index).toContain(person.familyName);
  });

  describe("in Chromium", () => {
    let site: ServedSite;
    /** One page for both checks, resized between them. */
    let tab: Page;
    beforeAll(async () => {
      site = await serveToBrowser(siteDir, VARIANT.base);
      tab = await site.browser.newPage();
    });
    afterAll(async () => {
      await tab?.context().close();
      await site?.close();
    });

    it("long titles and names wrap inside a 320 px wide screen", async () => {
      await tab.setViewportSize({ width: 320, height: 640 });
      for (const url of [contributionUrl, `/intervenants/${PEOPLE.long.id}/`, "/intervenants/", "/atelier-1/", "/programme/"]) {
        await tab.goto(new URL(url.slice(1), site.server.url).href, { waitUntil: "load" });
        await tab.evaluate("document.fonts.ready.then(() => true)");
        const widths = await tab.evaluate<{ scroll: number; client: number }>("({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })");
        expect(widths.scroll, url).toBeLessThanOrEqual(widths.client);
      }
    });

    it("two right-to-left names in a list or a heading keep their order on screen", async () => {
      await tab.setViewportSize({ width: 1280, height: 800 });
      const names = [fullName(PEOPLE.arabic), fullName(PEOPLE.hebrew)];

      const places = [
        { url: "atelier-1/", selector: ".contribution-list__meta" },
        { url: "programme/", selector: "h3" },
        { url: "organisations/", selector: ".index-list__people" },
        { url: HOSTILE.untitledUrl.slice(1), selector: "h1" },
      ];
      for (const { url, selector } of places) {
        await tab.goto(new URL(url, site.server.url).href, { waitUntil: "load" });
        const boxes = await tab.evaluate<{ first: number; second: number }[]>(`${positions}(${JSON.stringify(names)}, ${JSON.stringify(selector)})`);
        expect(boxes.length, `${url} ${selector}`).toBeGreaterThan(0);
        for (const { first, second } of boxes) expect(first, `${url} ${selector}`).toBeLessThan(second);
      }
    });
  });

  it("two right-to-left names keep their order in the booklet's contents and speakers index, as drawn in the PDF (pdftotext -bbox)", () => {
    const file = path.join(siteDir, edition.pdf.fileName);
    // pdftotext gives a right-to-left word's characters in drawing order, with bidirectional marks: read it back as written.
    const written = (word: DrawnWord) => {
      const bare = normalise(word.text).replace(/[,;.]$/, "");
      return /[\u0590-\u08FF]/u.test(bare) ? [...bare].reverse().join("") : bare;
    };
    const lines = new Map<string, DrawnWord[]>();
    for (const word of drawnWords(file)) {
      const key = `${word.page}:${Math.round(word.yMin)}`;
      lines.set(key, [...(lines.get(key) ?? []), word]);
    }
    /** Every line drawing all the words of `first` and of `second`: where `first` ends and where `second` starts. */
    const placed = (first: string, second: string, pages: (page: number) => boolean = () => true) =>
      [...lines.values()].flatMap((line) => {
        const find = (name: string) => name.split(" ").map((part) => line.find((word) => written(word) === part));
        const [a, b] = [find(first), find(second)];
        if (!pages(line[0]!.page) || [...a, ...b].some((word) => word === undefined)) return [];
        return [{ page: line[0]!.page, firstEnds: Math.max(...a.map((word) => word!.xMax)), secondStarts: Math.min(...b.map((word) => word!.xMin)) }];
      });
    // The untitled talk's entry in the contents (and any other line that holds both names): the name written first is drawn left.
    const pair = placed(fullName(PEOPLE.arabic), fullName(PEOPLE.hebrew));
    expect(pair.length).toBeGreaterThan(0);
    for (const line of pair) expect(line.firstEnds, `page ${line.page}`).toBeLessThan(line.secondStarts);
    // "Family name, given name" in the speakers index: two right-to-left words apart, the family name drawn left.
    const outline = flatOutline(qpdfJson(file));
    const startOf = (title: string) => outline.find((item) => normalise(item.title) === normalise(title))!.page!;
    const inIndex = (page: number) => page >= startOf(edition.labels.indexOfSpeakers) && page < startOf(edition.labels.indexOfOrganisations);
    for (const person of [PEOPLE.arabic, PEOPLE.hebrew]) {
      const entry = placed(person.familyName, person.givenName, inIndex);
      expect(entry, person.id).toHaveLength(1);
      expect(entry[0]!.firstEnds, person.id).toBeLessThan(entry[0]!.secondStarts);
    }
  });

  it("in the PDF, where pdftotext finds every name, the title and the summary's markup as text", () => {
    const pdfText = execFileSync("pdftotext", ["-enc", "UTF-8", path.join(siteDir, edition.pdf.fileName), "-"], { encoding: "utf8" });
    // pdftotext joins words hyphenated at line ends (dropping the hyphen) and marks right-to-left runs with
    // embedding controls; the booklet has soft hyphens: compare without spaces, hyphens or those controls.
    const squash = (s: string) => s.normalize("NFKC").replace(/[\s\u00A0\u202F\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069-]/g, "");
    const pdf = squash(pdfText);
    for (const person of Object.values(PEOPLE)) expect(pdf, fullName(person)).toContain(squash(fullName(person)));
    expect(pdf).toContain(squash(LONG_ROLE));
    // The title up to its emoji; ☀ is drawn with a system font. (🚀, outside the BMP, has no font on this machine.)
    expect(pdf).toContain(squash(TITLE.slice(0, TITLE.indexOf("☀") + 1)));
    expect(pdf).toContain(squash('<script>alert(« résumé »)</script>'));
    expect(pdf).toContain(squash(SUMMARY_IMG));
  });
});
