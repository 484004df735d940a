/**
 * The suite's variant edition (tests/helpers/variant.ts), published under a
 * sub-path (/actes/) with a public URL and DOIs, and a talk title full of
 * quotes, braces, a line break, </script> and %: the search works under the
 * sub-path, no link or fragment is broken, every page has its canonical URL
 * and is in the sitemap, and the metadata written into the pages (HTML
 * attributes, JSON-LD) and the downloads read back as the data says.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import type { ContributionView, Edition } from "../scripts/data/model.ts";
import type { ServedSite } from "../scripts/lib/served-browser.ts";
import { serveToBrowser } from "./helpers/browser.ts";
import { crawlLinks } from "./helpers/links.ts";
import { readPages, type BuiltPage } from "./helpers/site.ts";
import { VARIANT } from "./helpers/variant.ts";

const BASE = VARIANT.base;
const PUBLIC = VARIANT.publicUrl;
const ONE_LINE = VARIANT.hostileTitle.replace("\n", " ");
const DOI = VARIANT.contributionDoi;

let out: string;
let edition: Edition;
let pages: BuiltPage[];
let target: ContributionView;

beforeAll(async () => {
  const variant = inject("variant");
  out = variant.siteDir;
  edition = await loadEdition(variant.dataDir);
  pages = readPages(out);
  target = edition.contributions.find((c) => c.title === VARIANT.hostileTitle)!;
  expect(target).toBeDefined();
});

const meta = (page: BuiltPage, key: string) => page.dom.querySelectorAll(`meta[name="${key}"], meta[property="${key}"]`).map((m) => m.getAttribute("content"));
const pageOf = (url: string) => pages.find((p) => p.url === url)!;

describe("under a sub-path", () => {
  let site: ServedSite;
  beforeAll(async () => {
    site = await serveToBrowser(out, BASE);
  });
  afterAll(async () => {
    await site?.close();
  });

  it("finds the contribution from the header box, and the result leads to its page", async () => {
    const context = await site.browser.newContext();
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    tab.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await tab.goto(site.url(""));
    await tab.fill("#site-search-q", "quarantaines");
    await tab.press("#site-search-q", "Enter");
    await tab.waitForSelector("[data-search][data-state=done]", { timeout: 60_000 });
    expect(new URL(tab.url()).pathname).toBe(`${BASE}recherche/`);
    const href = await tab.getAttribute(".search-result a", "href");
    expect(href).toBe(`${BASE}${target.url.slice(1)}`);
    expect((await tab.textContent(".search-result__title"))?.replace(/\s+/g, " ")).toBe(ONE_LINE);
    const [response] = await Promise.all([tab.waitForNavigation(), tab.click(".search-result a")]);
    expect(response?.status()).toBe(200);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("has no broken link or fragment (linkinator)", async () => {
    // The public URL (canonical links, og:url, JSON-LD) is not this test server: only the site's own links are followed.
    const { origin, broken, checked } = await crawlLinks(out, BASE);
    expect(broken).toEqual([]);
    expect(checked).toContain(`${origin}${BASE}${target.url.slice(1)}${target.slug}.bib`);
    expect(checked).toContain(`${origin}${BASE}manifest.webmanifest`);
    expect(checked.every((url) => url.startsWith(`${origin}${BASE}`))).toBe(true);
  });
});

describe("with a public URL", () => {
  it("gives every page a canonical URL and og:url, and lists every page in the sitemap named by robots.txt", () => {
    const published = pages.filter((p) => p.file !== "404.html");
    for (const page of published) {
      const canonical = page.dom.querySelector('link[rel="canonical"]')?.getAttribute("href");
      expect(canonical, page.file).toBe(`${PUBLIC}${page.url.slice(1)}`);
      expect(meta(page, "og:url"), page.file).toEqual([canonical]);
    }
    const sitemap = readFileSync(path.join(out, "sitemap.xml"), "utf8");
    const locations = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    // In URL order, whatever the files' dates (a clone writes them in its own order): the same sitemap from every clone.
    expect(locations).toEqual(published.map((p) => `${PUBLIC}${p.url.slice(1)}`).sort());
    expect(readFileSync(path.join(out, "robots.txt"), "utf8")).toContain(`Sitemap: ${PUBLIC}sitemap.xml`);
  });

  it("writes hostile values into HTML attributes and JSON-LD that read back as the data", () => {
    const page = pageOf(target.url);
    expect(meta(page, "citation_title")).toEqual([ONE_LINE]);
    expect(meta(page, "DC.title")).toEqual([ONE_LINE]);
    expect(meta(page, "og:title")).toEqual([ONE_LINE]);
    expect(meta(page, "citation_doi")).toEqual([DOI]);
    expect(meta(page, "citation_abstract_html_url")).toEqual([`${PUBLIC}${target.url.slice(1)}`]);
    const blocks = page.dom.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    const graph = JSON.parse(blocks[0]!.innerHTML) as { "@graph": { "@type": string; "@id": string; name: string; url: string; identifier?: { value: string } }[] };
    const chapter = graph["@graph"].find((n) => n["@type"] === "Chapter")!;
    expect(chapter).toMatchObject({ name: ONE_LINE, url: `${PUBLIC}${target.url.slice(1)}`, identifier: { value: DOI } });
    // The home page's graph names the same chapter by the same identifier.
    const home = JSON.parse(pageOf("/").dom.querySelector('script[type="application/ld+json"]')!.innerHTML) as { "@graph": { "@type": string; hasPart?: { "@id": string }[] }[] };
    expect(home["@graph"].find((n) => n["@type"] === "Book")!.hasPart!.map((c) => c["@id"])).toContain(chapter["@id"]);
  });

  it("cites with the URL and the DOIs: the reference on the page and the BibTeX download", () => {
    const reference = pageOf(target.url).dom.querySelector(".citation")!.textContent.replace(/[\s\u00A0\u202F]+/g, " ");
    expect(reference).toContain(`DOI : ${DOI}`);
    expect(reference).toContain(`Disponible à l’adresse : ${PUBLIC}${target.url.slice(1)}`);
    expect(reference).toContain("[en ligne]");
    const bib = parseBibtex(readFileSync(path.join(out, target.url.slice(1), `${target.slug}.bib`), "utf8"));
    expect(bib.entries[0]!.fields).toMatchObject({ doi: DOI, url: `${PUBLIC}${target.url.slice(1)}` });
    const about = pageOf(edition.routes.about).dom.querySelector(".citation")!.textContent;
    expect(about).toContain(VARIANT.doi);
  });
});
