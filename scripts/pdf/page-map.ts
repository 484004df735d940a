/**
 * Stage "page map": where each session and contribution stands in the
 * booklet (physical pages of the PDF and the folios printed on them), and the
 * pages its indexes give for each speaker and organisation (where their
 * contributions start). Made from the layout, before Chromium prints, so that
 * the website renders while it prints; then checked against the printed PDF
 * (`checkPrintedPages`): each session's and contribution's heading must be on
 * the same page in Chromium's own outline as in the layout. The website and
 * the citations read it.
 */
import type { Edition } from "../data/model.ts";
import type { LayoutFacts } from "./browser/actes.d.ts";
import { PdfError } from "./errors.ts";

export interface PageRef {
  /** Page of the PDF file, from 1 (for `#page=N`). */
  physical: number;
  /** The folio printed on it ("23", "iv"). */
  label: string;
}

export interface PageSpan {
  first: PageRef;
  last: PageRef;
}

export interface PageMap {
  /** Pages of the booklet. */
  pages: number;
  sessions: Record<string, PageSpan>;
  contributions: Record<string, PageSpan>;
  /** By person id: the first pages of their contributions, in reading order, without repeats. */
  people: Record<string, PageRef[]>;
  /** By organisation id: the first pages of the contributions of its people. */
  organisations: Record<string, PageRef[]>;
}

export interface PageMapInput {
  edition: Edition;
  facts: LayoutFacts;
  /** A contribution longer than this stops the build. */
  maxContributionPages: number;
}

export function mapPages(input: PageMapInput): PageMap {
  const { edition, facts } = input;
  const ref = (physical: number): PageRef => ({ physical, label: facts.folios[physical - 1] ?? "" });
  const headings = new Map(facts.headings.map((heading) => [heading.id, heading.page]));
  /**
   * A session or contribution starts on its heading's page (the page the contents,
   * the indexes and the bookmarks give), and ends on the last page its element covers.
   */
  const span = (what: string, marks: number[] | undefined, anchor: string): PageSpan => {
    const laidOut = headings.get(anchor);
    if (laidOut === undefined || !marks || marks.length === 0) {
      throw new PdfError(`${what} is not in the booklet's layout. Fix: the print templates must mark it (data-session / data-contribution and its heading's id in _includes/print/); this is a bug in Actes.`);
    }
    return { first: ref(laidOut), last: ref(Math.max(laidOut, ...marks)) };
  };

  const sessions = Object.fromEntries(edition.sessions.map((session) => [session.slug, span(`the session « ${session.heading} » (${session.slug})`, facts.marks.sessions[session.slug], session.anchor)]));
  const contributions = Object.fromEntries(
    edition.contributions.map((contribution) => {
      const pages = span(`the contribution « ${contribution.heading} » (${contribution.slug})`, facts.marks.contributions[contribution.slug], contribution.anchor);
      const length = pages.last.physical - pages.first.physical + 1;
      if (length > input.maxContributionPages) {
        throw new PdfError(
          `The contribution « ${contribution.heading} » (${contribution.slug}, in ${contribution.session.heading}) runs over ${length} pages of the booklet, more than the ${input.maxContributionPages} allowed. ` +
            "Fix: shorten its summary in the data, or split it into several contributions.",
        );
      }
      return [contribution.slug, pages];
    }),
  );

  const firstPages = (items: { slug: string }[]) => {
    const seen = new Set<number>();
    return items.map((item) => contributions[item.slug]!.first).filter((page) => !seen.has(page.physical) && seen.add(page.physical));
  };
  return {
    pages: facts.pages,
    sessions,
    contributions,
    people: Object.fromEntries(edition.people.map((person) => [person.id, firstPages(person.contributions)])),
    organisations: Object.fromEntries(edition.organisations.map((organisation) => [organisation.id, firstPages(organisation.contributions)])),
  };
}

/**
 * The page map checked against the printed PDF: the page of each heading's
 * bookmark in Chromium's outline (stage "finish"), in the order of
 * `facts.headings`, must be the page the layout gave it.
 */
export function checkPrintedPages(edition: Edition, facts: LayoutFacts, headingPages: (number | undefined)[]): void {
  const printed = new Map(facts.headings.map((heading, index) => [heading.id, { laidOut: heading.page, printed: headingPages[index] }]));
  const parts = [
    ...edition.sessions.map((session) => ({ what: `the session « ${session.heading} » (${session.slug})`, anchor: session.anchor })),
    ...edition.contributions.map((contribution) => ({ what: `the contribution « ${contribution.heading} » (${contribution.slug})`, anchor: contribution.anchor })),
  ];
  for (const { what, anchor } of parts) {
    const heading = printed.get(anchor);
    if (heading && heading.printed !== heading.laidOut) {
      throw new PdfError(
        `The layout puts the heading of ${what} on page ${heading.laidOut} of the booklet, but the printed PDF opens it on ${heading.printed === undefined ? "no page" : `page ${heading.printed}`}. ` +
          "Fix: the layout and the printed PDF disagree; check that nothing in styles/print/ differs between the screen laid out by Paged.js and print (e.g. a media query), and report it.",
      );
    }
  }
}
