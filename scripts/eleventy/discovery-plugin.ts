/**
 * Finding and citing the proceedings: the filters the templates use for
 * references, page metadata and JSON-LD; the files made from the data
 * (citation downloads, open data, iCalendar, sitemap, robots.txt, web
 * manifest, favicon); and the browser scripts of the search page and of the
 * header's search box. The search index itself is written after Eleventy, by
 * scripts/search/pagefind.ts.
 */
import { programmeCalendar } from "../data/calendar.ts";
import {
  contributionRecord,
  referenceHtml,
  proceedingsRecord,
  publicUrl,
  toBibtex,
  toCslJson,
  toRis,
  noPages,
  type BookletPages,
  type CslRecord,
} from "../data/citation.ts";
import { contributionGraph, contributionMeta, editionGraph, jsonLdScript, pageMeta, type MetaTag } from "../data/linked-data.ts";
import type { PageMap } from "../pdf/page-map.ts";
import type { ContributionView, Edition } from "../data/model.ts";
import { openDataFiles } from "../data/open-data.ts";
import { describeMarkdown } from "../lib/plain-text.ts";
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
    CITATION_FORMATS[format].write(recordOf(edition, item, pageMap)),
  );

  /** What goes in a page's <head> for machines: meta tags, canonical URL, JSON-LD. */
  eleventyConfig.addFilter("headMetadata", (edition: Edition, input: HeadInput) => {
    const { colloquium } = edition;
    const title = input.title ?? colloquium.title;
    const description = input.description || colloquium.subtitle || colloquium.title;
    const contribution = input.contribution;
    const tags: MetaTag[] = [
      ...pageMeta(edition, { url: input.url, title, description, article: Boolean(contribution) }),
      ...(contribution?.reported ? contributionMeta(edition, contribution, { pages: bookletPages(input.pageMap)(contribution.slug), pdf: Boolean(input.pdf) }) : []),
    ];
    const graph = contribution ? contributionGraph(edition, contribution, bookletPages(input.pageMap)) : input.url === edition.routes.home ? editionGraph(edition, bookletPages(input.pageMap)) : undefined;
    return {
      tags,
      canonical: publicUrl(colloquium, input.url),
      jsonLd: graph ? jsonLdScript(graph) : undefined,
    };
  });

  // Open data: the edition as JSON, CSV tables and their datapackage.json, in one folder.
  eleventyConfig.addFilter("openDataFile", (edition: Edition, index: number, pageMap?: PageMap) => openDataFiles(edition, bookletPages(pageMap))[index]!.content);
  eleventyConfig.addFilter("openDataName", (edition: Edition, index: number) => openDataFiles(edition, noPages)[index]!.name);

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
        icons: [{ src: "favicon.svg", sizes: "any", type: "image/svg+xml" }],
      },
      null,
      2,
    )}\n`,
  );

  // The files: none in the print page (it has no website).
  if (input.target === "print") return;
  eleventyConfig.addPassthroughCopy({ "scripts/search/browser": "assets/js" });
  eleventyConfig.addWatchTarget("scripts/search/browser");

  // Citation downloads: BibTeX, RIS and CSL-JSON for the proceedings (at the site root, beside the PDF)
  // and for each contribution that has content (beside its page). Static files: no script needed.
  for (const format of Object.keys(CITATION_FORMATS) as CitationFormat[]) {
    eleventyConfig.addTemplate(`citation-edition-${format}.njk`, `{{ actes | citationFile(actes, "${format}", pageMap) | safe }}`, {
      permalink: `/{{ actes.colloquium.slug }}.${format}`,
      eleventyExcludeFromCollections: true,
    });
    eleventyConfig.addTemplate(`citation-contribution-${format}.njk`, `{{ contribution | citationFile(actes, "${format}", pageMap) | safe }}`, {
      pagination: { data: "actes.contributions", size: 1, alias: "contribution", before: (items: ContributionView[]) => items.filter((c) => c.reported) },
      permalink: `{{ contribution.url }}{{ contribution.slug }}.${format}`,
      eleventyExcludeFromCollections: true,
    });
  }
  // Six files: one JSON, four CSV tables, datapackage.json (see openDataFiles).
  for (let index = 0; index < 6; index++) {
    eleventyConfig.addTemplate(`open-data-${index}.njk`, `{{ actes | openDataFile(${index}, pageMap) | safe }}`, {
      permalink: `{{ actes.routes.data }}{{ actes | openDataName(${index}) }}`,
      eleventyExcludeFromCollections: true,
    });
  }
  eleventyConfig.addTemplate("programme-calendar.njk", "{{ actes | programmeCalendar | safe }}", {
    permalink: "{{ actes.routes.programme }}{{ actes.colloquium.slug }}.ics",
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addTemplate(
    "sitemap.njk",
    `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{%- for entry in collections.all %}{% if entry.url and entry.url.endsWith("/") %}
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
{% if actes.colloquium.publication.url %}
Sitemap: {{ actes | publicUrl("/sitemap.xml") }}
{% endif %}`,
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
}

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="6" fill="#0a4f8a"/>
  <path d="M5 9.5c4.2-1.6 7.6-1.1 10.5 1.2v14.1c-3-2.1-6.3-2.6-10.5-1.2z" fill="#fdfcf9"/>
  <path d="M27 9.5c-4.2-1.6-7.6-1.1-10.5 1.2v14.1c3-2.1 6.3-2.6 10.5-1.2z" fill="#e4ecf4"/>
</svg>
`;
