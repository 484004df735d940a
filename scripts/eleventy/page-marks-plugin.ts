import { esc } from "../epub/documents.ts";
import { placePageBreaks } from "../epub/page-breaks.ts";
import type { PageStart, PageUnit } from "../epub/page-starts.ts";
import type { SiteInput } from "./input.ts";
import type { EleventyConfig } from "./types.ts";

/** The start tag of the element marked for search. */
const SEARCH_BODY_TAG = /<[a-z][a-z0-9-]*\s[^>]*\bdata-pagefind-body(?=[\s=>])/i;

/**
 * The booklet's pages in the web text: on each session's and contribution's
 * page, a small « p. 23 » where page 23 of the booklet begins (the same
 * places as the EPUB's page breaks, scripts/epub/page-breaks.ts), announced as
 * a page break and linking to that page of the PDF. Before the relative-URL
 * transform, which makes the PDF's address relative to the page.
 */
export default function pageMarksPlugin(eleventyConfig: EleventyConfig, input: SiteInput): void {
  const { pageStarts, pdf } = input;
  if (!pageStarts || !pdf || typeof input.edition === "function") return;
  const edition = input.edition;
  const units = new Map<string, PageUnit>([
    ...edition.sessions.map((s) => [s.url, { kind: "session", id: s.slug }] as const),
    ...edition.contributions.map((c) => [c.url, { kind: "contribution", id: c.slug }] as const),
  ]);
  const L = edition.labels;
  const marker = (start: PageStart) =>
    // The folio as its name by `title`: axe-core (the site's checks) knows no DPUB role on the web and takes aria-label on a span for a misuse.
    `<span class="page-mark" data-pagefind-ignore><span role="doc-pagebreak" id="page-${start.page}" title="${esc(start.folio)}"></span>` +
    `<a href="${pdf.booklet.url}#page=${start.page}" type="application/pdf">${esc(L.pageAbbreviation)}\u00a0${esc(start.folio)}<span class="visually-hidden"> ${esc(L.epub.pageMarkLink)}</span></a></span>`;
  eleventyConfig.addTransform("page-marks", function (this: { page: { url?: string | false } }, content: string) {
    const unit = this.page.url ? units.get(this.page.url) : undefined;
    if (!unit) return content;
    const starts = pageStarts.filter((s) => s.unit?.kind === unit.kind && s.unit.id === unit.id);
    // The page's text is in its element marked for search (data-pagefind-body): no navigation, no footer. The page is
    // read from that element's start tag on: what comes before it (the head, the navigation) is half of a page.
    const from = SEARCH_BODY_TAG.exec(content)?.index ?? 0;
    return placePageBreaks(content, (element) => element.attrs.some((a) => a.name === "data-pagefind-body"), starts, marker, from).html;
  });
}
