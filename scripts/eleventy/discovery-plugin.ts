/**
 * Finding and citing the proceedings: the filters the templates use for
 * references, page metadata and JSON-LD; the files made from the data
 * (citation downloads, open data, iCalendar, sitemap, robots.txt, web
 * manifest, favicon); and the browser scripts of the search page and of the
 * header's search box. The search index itself is written after Eleventy, by
 * scripts/search/pagefind.ts.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { programmeCalendar } from "../formats/calendar.ts";
import {
  contributionRecord,
  referenceHtml,
  proceedingsRecord,
  publicUrl,
  volumeRecords,
  toBibtex,
  toCslJson,
  toRis,
  noPages,
  type BookletPages,
  type CslRecord,
} from "../formats/citation.ts";
import { contributionGraph, contributionMeta, editionGraph, jsonLdScript, pageMeta, proceedingsMeta, sessionGraph, type MetaTag } from "../formats/linked-data.ts";
import type { PageMap } from "../pdf/page-map.ts";
import type { ContributionView, Edition } from "../data/model.ts";
import { OPEN_DATA_FILE_COUNT, openDataFiles } from "../formats/open-data.ts";
import { oncePer } from "../lib/once-per.ts";
import { describeMarkdown } from "../lib/plain-text.ts";
import { fromRoot } from "../lib/package-root.ts";
import { escapeRegExp } from "../lib/escape.ts";
import type { SiteInput } from "./input.ts";
import type { EleventyConfig } from "./types.ts";

/** The citation files of one item, by extension: what the templates link to and write. */
export const CITATION_FORMATS = {
  bib: { label: "BibTeX", type: "application/x-bibtex", write: toBibtex },
  ris: { label: "RIS", type: "application/x-research-info-systems", write: toRis },
  "csl.json": { label: "CSL-JSON", type: "application/vnd.citationstyles.csl+json", write: toCslJson },
} as const;
type CitationFormat = keyof typeof CITATION_FORMATS;

/** The pages of each contribution in the booklet, from the page map (none without the PDF). */
const bookletPages = (pageMap: PageMap | undefined): BookletPages => (slug) => {
  const span = pageMap?.contributions[slug];
  return span ? { first: span.first.label, last: span.last.label } : undefined;
};

/** The record of the proceedings (item = the edition) or of a contribution, with its pages once known. */
function recordOf(edition: Edition, item: Edition | ContributionView, pageMap: PageMap | undefined): CslRecord {
  return "colloquium" in item ? proceedingsRecord(edition) : contributionRecord(edition, item, bookletPages(pageMap)(item.slug));
}

/** What a citation file holds: the volume and all its contributions (item = the edition), or one contribution. */
function recordsOf(edition: Edition, item: Edition | ContributionView, pageMap: PageMap | undefined): CslRecord[] {
  return "colloquium" in item ? volumeRecords(edition, bookletPages(pageMap)) : [recordOf(edition, item, pageMap)];
}

/** The PDF a record's RIS L1 names: absolute (known public URL) and only once the booklet, hence the page map, exists. */
const pdfFor = (edition: Edition, pageMap: PageMap | undefined) => (record: CslRecord) => {
  if (!pageMap) return undefined;
  const contribution = edition.contributions.find((c) => c.slug === record.id);
  return publicUrl(edition.colloquium, contribution ? contribution.pdf.url : edition.pdf.url);
};

interface HeadInput {
  url: string;
  title?: string;
  description?: string;
  contribution?: ContributionView;
  pageMap?: PageMap;
  pdf?: unknown;
}

export default function discoveryPlugin(eleventyConfig: EleventyConfig, input: SiteInput): void {

  /** A page description from Markdown: its words, cut to a search result's length. */
  eleventyConfig.addFilter("describe", (markdown: string | undefined) => (markdown ? describeMarkdown(markdown) : ""));

  /** The formatted reference of the proceedings or of a contribution, as HTML. */
  eleventyConfig.addFilter("reference", (item: Edition | ContributionView, edition: Edition, pageMap?: PageMap) =>
    referenceHtml(recordOf(edition, item, pageMap)),
  );
  eleventyConfig.addFilter("citationFile", (item: Edition | ContributionView, edition: Edition, format: CitationFormat, pageMap?: PageMap) =>
    CITATION_FORMATS[format].write(recordsOf(edition, item, pageMap), pdfFor(edition, pageMap)),
  );

  /** The event's days, where HTML (a reference, an introduction) writes them, in <time>. */
  eleventyConfig.addFilter("markEventDates", (html: string, edition: Edition) => markEventDates(html, edition.dates, edition.colloquium.language));

  /** What goes in a page's <head> for machines: meta tags, canonical URL, JSON-LD. */
  eleventyConfig.addFilter("headMetadata", (edition: Edition, input: HeadInput) => {
    const { colloquium } = edition;
    const title = input.title ?? colloquium.title;
    const description = input.description || colloquium.subtitle || colloquium.title;
    const contribution = input.contribution;
    const home = input.url === edition.routes.home;
    const session = contribution ? undefined : edition.sessions.find((s) => s.url === input.url);
    const tags: MetaTag[] = [
      ...pageMeta(edition, { url: input.url, title, description, article: Boolean(contribution), book: home }),
      ...(contribution ? contributionMeta(edition, contribution, { pages: bookletPages(input.pageMap)(contribution.slug), pdf: Boolean(input.pdf) }) : []),
      ...(home ? proceedingsMeta(edition, { pdf: Boolean(input.pdf) }) : []),
    ];
    const graph = contribution
      ? contributionGraph(edition, contribution, bookletPages(input.pageMap))
      : home
        ? editionGraph(edition, bookletPages(input.pageMap))
        : session
          ? sessionGraph(edition, session)
          : undefined;
    return {
      tags,
      canonical: publicUrl(colloquium, input.url),
      jsonLd: graph ? jsonLdScript(graph) : undefined,
    };
  });

  // Open data: the edition as JSON, CSV tables and their datapackage.json, in one folder.
  // Each file's template asks for its own: the files are made once per edition and page map (per rebuild).
  const filesOf = oncePer((_edition: Edition) => new Map<PageMap | undefined, ReturnType<typeof openDataFiles>>());
  const openData = (edition: Edition, pageMap: PageMap | undefined) => {
    const made = filesOf(edition);
    if (!made.has(pageMap)) made.set(pageMap, openDataFiles(edition, pageMap ? bookletPages(pageMap) : noPages));
    return made.get(pageMap)!;
  };
  eleventyConfig.addFilter("openDataFile", (edition: Edition, index: number, pageMap?: PageMap) => openData(edition, pageMap)[index]!.content);
  eleventyConfig.addFilter("openDataName", (edition: Edition, index: number) => openData(edition, undefined)[index]!.name);

  eleventyConfig.addFilter("programmeCalendar", (edition: Edition) => programmeCalendar(edition));

  // Discovery files. The sitemap and robots.txt's Sitemap line need absolute URLs: only with publication.url.
  eleventyConfig.addFilter("publicUrl", (edition: Edition, url: string) => publicUrl(edition.colloquium, url));
  eleventyConfig.addFilter("webManifest", (edition: Edition) =>
    `${JSON.stringify(
      {
        name: edition.colloquium.title,
        short_name: edition.colloquium.shortTitle,
        description: edition.colloquium.subtitle ?? edition.colloquium.title,
        lang: edition.colloquium.language,
        // Relative to the manifest's own URL, so they hold under any base path.
        start_url: "./",
        scope: "./",
        display: "browser",
        background_color: "#fdfcf9",
        theme_color: "#0a4f8a",
        // The SVG for browsers that take it; PNGs at the two sizes installers ask for.
        icons: [{ src: "favicon.svg", sizes: "any", type: "image/svg+xml" }, ...PNG_ICON_SIZES.map((size) => ({ src: pngIconName(size), sizes: `${size}x${size}`, type: "image/png" }))],
      },
      null,
      2,
    )}\n`,
  );

  // The files: none in the print page (it has no website).
  if (input.target === "print") return;
  eleventyConfig.addPassthroughCopy({ [fromRoot("scripts/search/browser")]: "assets/js" });
  eleventyConfig.addWatchTarget(fromRoot("scripts/search/browser"));

  // Citation downloads: BibTeX, RIS and CSL-JSON for the proceedings with all their contributions (at the site root,
  // beside the PDF) and for each contribution (beside its page). Static files: no script needed.
  for (const format of Object.keys(CITATION_FORMATS) as CitationFormat[]) {
    eleventyConfig.addTemplate(`citation-edition-${format}.njk`, `{{ actes | citationFile(actes, "${format}", pageMap) | safe }}`, {
      permalink: `/{{ actes.colloquium.slug }}.${format}`,
      eleventyExcludeFromCollections: true,
    });
    eleventyConfig.addTemplate(`citation-contribution-${format}.njk`, `{{ contribution | citationFile(actes, "${format}", pageMap) | safe }}`, {
      pagination: { data: "actes.contributions", size: 1, alias: "contribution" },
      permalink: `{{ contribution.url }}{{ contribution.slug }}.${format}`,
      eleventyExcludeFromCollections: true,
    });
  }
  // One JSON, the CSV tables, datapackage.json (see openDataFiles): as many templates as files.
  for (let index = 0; index < OPEN_DATA_FILE_COUNT; index++) {
    eleventyConfig.addTemplate(`open-data-${index}.njk`, `{{ actes | openDataFile(${index}, pageMap) | safe }}`, {
      permalink: `{{ actes.routes.data }}{{ actes | openDataName(${index}) }}`,
      eleventyExcludeFromCollections: true,
    });
  }
  eleventyConfig.addTemplate("programme-calendar.njk", "{{ actes | programmeCalendar | safe }}", {
    permalink: "{{ actes.routes.programme }}{{ actes.colloquium.slug }}.ics",
    eleventyExcludeFromCollections: true,
  });
  // In URL order: Eleventy orders collections by the files' dates, which a fresh clone sets to when each file was written.
  eleventyConfig.addTemplate(
    "sitemap.njk",
    `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{%- for entry in collections.all | sort(false, true, "url") %}{% if entry.url and entry.url.endsWith("/") %}
  <url><loc>{{ actes | publicUrl(entry.url) }}</loc><lastmod>{{ actes.colloquium.publication.date }}</lastmod></url>
{%- endif %}{% endfor %}
</urlset>
`,
    {
      eleventyExcludeFromCollections: true,
      eleventyComputed: { permalink: (data: { actes: Edition }) => (data.actes.colloquium.publication.url ? "/sitemap.xml" : false) },
    },
  );
  eleventyConfig.addTemplate(
    "robots.njk",
    `User-agent: *
Allow: /
{%- if actes.colloquium.publication.url %}
Sitemap: {{ actes | publicUrl("/sitemap.xml") }}
{%- endif %}
`,
    { permalink: "/robots.txt", eleventyExcludeFromCollections: true },
  );
  eleventyConfig.addTemplate("manifest.njk", "{{ actes | webManifest | safe }}", {
    permalink: "/manifest.webmanifest",
    eleventyExcludeFromCollections: true,
  });
  // The icon: an open book in the site's colours, so that no browser asks for a /favicon.ico that is not there.
  // At the root, out of assets/: the manifest names it, and its name must not change with its content.
  // Pages carry it as a data URL (no request, nothing to fail); the web manifest names the file.
  eleventyConfig.addTemplate("favicon.njk", FAVICON, { permalink: "/favicon.svg", eleventyExcludeFromCollections: true });
  eleventyConfig.addGlobalData("favicon", `data:image/svg+xml,${encodeURIComponent(FAVICON.trim())}`);
  // Binary files are no template's output: written beside the manifest once Eleventy is done.
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    await Promise.all(PNG_ICON_SIZES.map((size) => writeFile(path.join(directories.output, pngIconName(size)), rasterise(FAVICON, size))));
  });
}

/** The sizes of the web manifest's PNG icons (the ones install prompts require). */
export const PNG_ICON_SIZES = [192, 512] as const;
export const pngIconName = (size: number) => `icon-${size}.png`;

/** PNGs already drawn, by size and SVG: the preview redraws nothing on each save. */
const drawn = new Map<string, Buffer>();

/**
 * The SVG icon as a PNG of `size` pixels, by resvg (a maintained Rust
 * renderer, prebuilt for npm): about 50 ms for both sizes, with no browser,
 * so a website-only build has them too.
 */
function rasterise(svg: string, size: number): Buffer {
  const key = `${size} ${svg}`;
  const png = drawn.get(key) ?? new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
  drawn.set(key, png);
  return png;
}


/**
 * The event's days in a formatted text (a reference, the statement of who
 * wrote a synthesis), each in a <time datetime> for machines, as everywhere
 * else on the site: one day ("21 mai 2015", "April 11, 2025"), or the first
 * and last days of a span, cut at its dash ("April 10–11, 2025"). A date is
 * found as a run of the event's day numbers, month names and years that holds
 * a month name and a day; one written otherwise is left as it is (the suite
 * checks every page).
 */
export function markEventDates(html: string, dates: { start: string; end: string; days: string[] }, language: string): string {
  const month = new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" });
  const monthOf = (iso: string) => month.format(new Date(`${iso}T00:00:00Z`));
  const dayOf = (iso: string) => String(Number(iso.slice(8, 10)));
  const monthNames = [...new Set(dates.days.map(monthOf))];
  const days = [...new Set(dates.days.map(dayOf))];
  const years = [...new Set(dates.days.map((iso) => iso.slice(0, 4)))];
  const token = `(?:${[...monthNames.map(escapeRegExp), ...days.map((d) => `${d}(?:er)?`), ...years].join("|")})`;
  const run = new RegExp(`(?<![\\p{L}\\d])${token}(?:[\\s\u00A0\u202F,.–-]+${token})*(?![\\p{L}\\d])`, "giu");
  const hasMonth = new RegExp(monthNames.map(escapeRegExp).join("|"), "iu");
  // The event's day a run names: its day number and its month both in it.
  const dayNamed = (found: string) =>
    dates.days.find((iso) => new RegExp(`(?<!\\d)${dayOf(iso)}(?!\\d)`, "u").test(found) && found.toLocaleLowerCase(language).includes(monthOf(iso).toLocaleLowerCase(language)));
  const mark = (found: string) => {
    if (!hasMonth.test(found)) return found;
    const dash = /\s*[–-]\s*/u.exec(found);
    if (!dash) {
      const day = dayNamed(found);
      return day ? `<time datetime="${day}">${found}</time>` : found;
    }
    if (dates.start === dates.end) return found;
    const first = found.slice(0, dash.index);
    const last = found.slice(dash.index + dash[0].length);
    return `<time datetime="${dates.start}">${first}</time>${dash[0]}<time datetime="${dates.end}">${last}</time>`;
  };
  // In text only: a tag's attributes (a link's address) are left as they are.
  return html.replace(/(<[^>]*>)|([^<]+)/g, (_, tag: string | undefined, text: string | undefined) => tag ?? text!.replace(run, mark));
}

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="6" fill="#0a4f8a"/>
  <path d="M5 9.5c4.2-1.6 7.6-1.1 10.5 1.2v14.1c-3-2.1-6.3-2.6-10.5-1.2z" fill="#fdfcf9"/>
  <path d="M27 9.5c-4.2-1.6-7.6-1.1-10.5 1.2v14.1c3-2.1 6.3-2.6 10.5-1.2z" fill="#e4ecf4"/>
</svg>
`;
