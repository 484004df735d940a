/** Reading a built site: its pages, their URLs and their parsed HTML. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import { parse, type HTMLElement } from "node-html-parser";
import type { Edition } from "../../scripts/data/model.ts";
import { PROJECT_ROOT } from "./build.ts";

export interface BuiltPage {
  /** Path of the HTML file inside the site folder, e.g. atelier-1/index.html */
  file: string;
  /** URL path the page is served at, below the base path, e.g. /atelier-1/ */
  url: string;
  html: string;
  dom: HTMLElement;
}

export function listFiles(siteDir: string, extension: string): string[] {
  return (readdirSync(siteDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith(extension))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

export function readPages(siteDir: string): BuiltPage[] {
  return listFiles(siteDir, ".html").map((file) => {
    const html = readFileSync(path.join(siteDir, file), "utf8");
    const url = `/${file.replace(/index\.html$/, "")}`;
    return { file, url, html, dom: parse(html) };
  });
}

export function pageAt(pages: BuiltPage[], url: string): BuiltPage {
  const page = pages.find((p) => p.url === url);
  if (!page) throw new Error(`No page at ${url}; pages: ${pages.map((p) => p.url).join(", ")}`);
  return page;
}

/**
 * Where a link of a page leads, as a site URL ("/programme/#atelier-1"): pages
 * link to each other with page-relative URLs. Other sites' URLs, mailto: and
 * bare fragments come back as written.
 */
export function siteHref(page: BuiltPage, href: string): string {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href)) return href;
  const target = new URL(href, `http://site${page.url}`);
  return `${target.pathname}${target.hash}`;
}

/** The links of the elements `selector` finds in a page, as root-relative site paths (see siteHref). */
export function hrefsOf(page: BuiltPage, selector: string): string[] {
  return page.dom.querySelectorAll(selector).map((element) => siteHref(page, element.getAttribute("href") ?? ""));
}

/** Text content with runs of white space (including no-break spaces) folded. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? "").replace(/[\s\u00A0\u202F]+/g, " ").trim();
}

/** The file a root-relative URL path (below the base path) resolves to, or undefined. */
export function resolveToFile(siteDir: string, urlPath: string): string | undefined {
  const candidate = path.join(siteDir, decodeURIComponent(urlPath));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, "index.html");
  return existsSync(index) ? index : undefined;
}

/**
 * One page of each kind, as URL paths from the site's root ("/" for the home
 * page): every route but the print page, the first session, the first
 * speaker, a contribution with content (citation, downloads) and the 404
 * page. A page's template decides what a browser check finds on it: checks
 * too slow for every page run on these (every page: `npm run check:a11y`).
 */
export function pageKinds(edition: Edition): string[] {
  const reported = edition.contributions.find((contribution) => contribution.reported);
  if (!reported) throw new Error("pageKinds: the edition has no contribution with content.");
  return [
    ...Object.entries(edition.routes)
      .filter(([key]) => key !== "print")
      .map(([, url]) => url),
    edition.sessions[0]!.url,
    reported.url,
    edition.people[0]!.url,
    "/404.html",
  ];
}

/** What html-validate, with the project's rules (.htmlvalidate.json), finds on each page: "file:line rule message". */
export async function htmlValidateProblems(pages: BuiltPage[]): Promise<string[]> {
  const config = JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".htmlvalidate.json"), "utf8"));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) for (const message of result.messages) problems.push(`${page.file}:${message.line} ${message.ruleId} ${message.message}`);
  }
  return problems;
}
