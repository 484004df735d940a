/**
 * Metadata that machines read on the pages: Highwire Press tags (Google
 * Scholar, Zotero), Dublin Core, OpenGraph, and schema.org JSON-LD (the
 * colloquium as an Event with its sessions and talks, the proceedings as a
 * Book with its chapters). Values are returned raw: the templates escape them
 * for attributes, and jsonLdScript escapes them for a <script> element.
 */
import { countedWord, oneLine } from "../lib/typography.ts";
import { markdownToText } from "../lib/plain-text.ts";
import { citedTitle, eventTitle, fullTitle, publicUrl, type BookletPages, type PageRange } from "./citation.ts";
import { eventDates, sessionSlot } from "../data/dates.ts";
import { headcount, type ContributionView, type Edition, type OrganisationRef, type SessionView, type SpeakerRef } from "../data/model.ts";
import type { Source } from "../data/schema.ts";

/** Where the booklet lays out each contribution; undefined until the PDF has been laid out. */
/**
 * A URL from one page of the site to another: absolute when the public URL is
 * known, otherwise relative to the page, so that it holds under any base path.
 */
export function linkFrom(edition: Edition, pageUrl: string, target: string): string {
  const absolute = publicUrl(edition.colloquium, target);
  if (absolute) return absolute;
  const depth = pageUrl.split("/").filter(Boolean).length - (pageUrl.endsWith("/") ? 0 : 1);
  const relative = `${"../".repeat(depth)}${target.replace(/^\//, "")}`;
  return relative === "" || relative.startsWith("#") ? `./${relative}` : relative;
}

export interface MetaTag {
  /** `name` for Highwire and Dublin Core, `property` for OpenGraph. */
  attribute: "name" | "property";
  key: string;
  content: string;
}

const meta = (key: string, content: string | number | undefined): MetaTag[] =>
  content === undefined || content === "" ? [] : [{ attribute: key.startsWith("og:") ? "property" : "name", key, content: oneLine(String(content)) }];

/** Highwire wants dates written 2026/11/27. */
const slashDate = (iso: string) => iso.replaceAll("-", "/");

/** OpenGraph locale: "fr_FR" for "fr". */
const ogLocale = (language: string) => {
  const [lang, region] = language.split("-");
  return `${lang}_${(region ?? lang)!.toUpperCase()}`;
};

/** OpenGraph and Dublin Core tags of any page. */
export function pageMeta(edition: Edition, page: { url: string; title: string; description: string; article?: boolean; book?: boolean }): MetaTag[] {
  const { colloquium } = edition;
  const licence = colloquium.licence as { name: string; url?: string } | undefined;
  return [
    ...meta("og:type", page.article ? "article" : page.book ? "book" : "website"),
    ...meta("og:title", page.title),
    ...meta("og:description", page.description),
    ...meta("og:site_name", colloquium.title),
    ...meta("og:locale", ogLocale(colloquium.language)),
    ...meta("og:url", publicUrl(colloquium, page.url)),
    ...meta("DC.title", page.title),
    ...meta("DC.description", page.description),
    ...meta("DC.language", colloquium.language),
    ...meta("DC.publisher", colloquium.publication.publisher),
    ...meta("DC.date", colloquium.publication.date),
    ...meta("DC.rights", licence?.url ?? licence?.name),
    ...meta("DC.type", "Text"),
    ...meta("DC.identifier", publicUrl(colloquium, page.url)),
  ];
}

/** "Family, Given" for a person, as Highwire and Dublin Core write authors; an organisation by its name. */
const authorName = (speaker: SpeakerRef) => (speaker.type === "person" ? `${speaker.familyName}, ${speaker.givenName}` : speaker.fullName);

/**
 * Highwire Press tags (Google Scholar, Zotero) and the Dublin Core creators of
 * a contribution's page, read as a conference paper. Zotero takes the item
 * type from the last type-setting tag it meets: citation_inbook_title (the
 * proceedings' title, bookSection) comes before citation_conference_title
 * (conferencePaper), the last one. The authors are the text's (a synthesis by
 * the edition names none, and never its speakers). URLs only when absolute (Scholar's rule): without a public URL
 * there is no citation_pdf_url or citation_abstract_html_url.
 */
export function contributionMeta(edition: Edition, contribution: ContributionView, options: { pages?: PageRange; pdf: boolean }): MetaTag[] {
  const { colloquium } = edition;
  const { authorship } = contribution;
  return [
    ...meta("citation_title", citedTitle(contribution)),
    ...authorship.authors.flatMap((author) => [
      ...meta("citation_author", authorName(author)),
      ...(author.type === "person" ? meta("citation_author_institution", author.organisations[0]?.name) : []),
    ]),
    ...meta("citation_publication_date", slashDate(colloquium.publication.date)),
    ...meta("citation_inbook_title", fullTitle(colloquium)),
    ...meta("citation_conference_title", eventTitle(edition)),
    ...meta("citation_publisher", colloquium.publication.publisher as string | undefined),
    ...meta("citation_language", colloquium.language),
    ...meta("citation_firstpage", options.pages?.first),
    ...meta("citation_lastpage", options.pages?.last),
    ...meta("citation_doi", contribution.doi),
    ...meta("citation_keywords", contribution.keywords?.join("; ")),
    // The whole summary: the page's description is cut to a search result's length.
    ...meta("citation_abstract", markdownToText(contribution.summary)),
    ...meta("citation_abstract_html_url", publicUrl(colloquium, contribution.url)),
    // The contribution's own PDF, as Google Scholar expects of an article: absolute or not at all.
    ...(options.pdf ? meta("citation_pdf_url", publicUrl(colloquium, contribution.pdf.url)) : []),
    // Zotero's RDF translator takes DC.contributor for an author when there is no creator, and DC.source for the
    // publication's title: a synthesis's speakers and source are said in the citation files and the JSON-LD instead.
    ...authorship.authors.flatMap((author) => meta("DC.creator", authorName(author))),
    ...meta("DC.relation.ispartof", fullTitle(colloquium)),
  ];
}

/**
 * The home page as the proceedings: Zotero's RDF translator reads og:type "book" as a book (pageMeta sets it),
 * with its editors when the data names any. No type-setting Highwire tag: any would make it a part.
 */
export function proceedingsMeta(edition: Edition, options: { pdf: boolean }): MetaTag[] {
  const { colloquium } = edition;
  return [
    ...meta("citation_title", fullTitle(colloquium)),
    ...edition.editors.flatMap((editor) => meta("citation_editor", authorName(editor))),
    ...meta("citation_publication_date", slashDate(colloquium.publication.date)),
    ...meta("citation_publisher", colloquium.publication.publisher as string | undefined),
    ...meta("citation_language", colloquium.language),
    ...meta("citation_doi", colloquium.publication.doi),
    ...(options.pdf ? meta("citation_pdf_url", publicUrl(colloquium, edition.pdf.url)) : []),
  ];
}

/* ---------- schema.org JSON-LD ---------- */

type Node = Record<string, unknown>;

function organisationNode(organisation: OrganisationRef): Node {
  return { "@type": "Organization", name: oneLine(organisation.name), ...(organisation.place ? { location: oneLine(organisation.place) } : {}) };
}

function personNode(edition: Edition, from: string, person: SpeakerRef): Node {
  if (person.type === "organisation") return { ...organisationNode(person), url: linkFrom(edition, from, person.url) };
  return {
    "@type": "Person",
    "@id": nodeId(edition, `${person.url}#personne`, `personne-${person.id}`),
    name: oneLine(person.fullName),
    givenName: oneLine(person.givenName),
    familyName: oneLine(person.familyName),
    jobTitle: oneLine(person.role),
    affiliation: person.organisations.map(organisationNode),
    url: linkFrom(edition, from, person.url),
  };
}

function place(edition: Edition): Node {
  const { venue } = edition.colloquium;
  return {
    "@type": "Place",
    name: oneLine(venue.name),
    address: { "@type": "PostalAddress", addressLocality: oneLine(venue.city), ...(venue.country ? { addressCountry: oneLine(venue.country) } : {}) },
  };
}

function slotDates(edition: Edition, session: SessionView): Node {
  const slot = sessionSlot(edition.colloquium, session);
  return slot.allDay ? { startDate: slot.date, endDate: slot.date } : { startDate: slot.start, endDate: slot.end };
}

/**
 * A node's identifier: its absolute URL when the public URL is known; else a
 * blank node (`_:…`), which ties the nodes of one page together without the
 * relative IRIs a strict JSON-LD processor rejects when it has no base.
 */
function nodeId(edition: Edition, target: string, blank: string): string {
  return publicUrl(edition.colloquium, target) ?? `_:${blank}`;
}

const ids = (edition: Edition, _from: string) => ({
  event: nodeId(edition, "/#colloque", "colloque"),
  book: nodeId(edition, "/#actes", "actes"),
  session: (session: SessionView) => nodeId(edition, `${session.url}#seance`, `seance-${session.slug}`),
  talk: (contribution: ContributionView) => nodeId(edition, `${contribution.url}#intervention`, `intervention-${contribution.slug}`),
  chapter: (contribution: ContributionView) => nodeId(edition, `${contribution.url}#chapitre`, `chapitre-${contribution.slug}`),
});

/** A published work the texts are drawn from. */
function sourceNode(source: Source): Node {
  return {
    "@type": "CreativeWork",
    name: oneLine(source.subtitle ? `${source.title} – ${source.subtitle}` : source.title),
    author: { "@type": "Person", name: oneLine(source.author) },
    ...(source.publisher ? { publisher: { "@type": "Organization", name: oneLine(source.publisher) } } : {}),
    datePublished: String(source.year),
    url: source.url,
    ...(source.halId ? { identifier: { "@type": "PropertyValue", propertyID: "HAL", value: source.halId } } : {}),
  };
}

function talkNode(edition: Edition, from: string, contribution: ContributionView, session: SessionView): Node {
  const id = ids(edition, from);
  return {
    "@type": "Event",
    "@id": id.talk(contribution),
    name: oneLine(citedTitle(contribution)),
    ...slotDates(edition, session),
    location: place(edition),
    performer: contribution.speakers.map((person) => personNode(edition, from, person)),
    url: linkFrom(edition, from, contribution.url),
    recordedIn: { "@id": id.chapter(contribution) },
  };
}

function chapterNode(edition: Edition, from: string, contribution: ContributionView, pages: PageRange | undefined): Node {
  const id = ids(edition, from);
  return {
    "@type": "Chapter",
    "@id": id.chapter(contribution),
    name: oneLine(citedTitle(contribution)),
    // The text's authors: a synthesis by the edition names none; the speakers are the talk's performers.
    ...(contribution.authorship.authors.length ? { author: contribution.authorship.authors.map((person) => personNode(edition, from, person)) } : {}),
    ...(contribution.authorship.statement ? { creditText: oneLine(contribution.authorship.statement) } : {}),
    ...(contribution.authorship.drawnFrom ? { isBasedOn: sourceNode(contribution.authorship.drawnFrom) } : {}),
    inLanguage: edition.colloquium.language,
    url: linkFrom(edition, from, contribution.url),
    isPartOf: { "@id": id.book },
    recordedAt: { "@id": id.talk(contribution) },
    ...(pages ? { pageStart: pages.first, pageEnd: pages.last, pagination: pages.first === pages.last ? pages.first : `${pages.first}-${pages.last}` } : {}),
    ...(contribution.keywords?.length ? { keywords: contribution.keywords.map(oneLine).join(", ") } : {}),
    ...(contribution.doi ? { identifier: { "@type": "PropertyValue", propertyID: "DOI", value: contribution.doi } } : {}),
  };
}

function attendanceNodes(edition: Edition): Node[] {
  const { attendance, language } = edition.colloquium;
  const { labels } = edition;
  if (!attendance) return [];
  return [
    { "@type": "Audience", audienceType: oneLine(countedWord(labels.participants)), description: oneLine(headcount(attendance.total, attendance.qualifier, labels.participants, labels, language)) },
    ...attendance.byKind.map((kind) => ({ "@type": "Audience", audienceType: oneLine(kind.label), description: oneLine(headcount(kind.count, kind.qualifier, kind.label, labels, language)) })),
  ];
}

/** The whole colloquium and its proceedings, for the home page. */
export function editionGraph(edition: Edition, pagesOf: BookletPages): Node {
  const { colloquium } = edition;
  const from = "/";
  const id = ids(edition, from);
  const dates = eventDates(colloquium);
  const publisher = colloquium.publication.publisher as string | undefined;
  const licence = colloquium.licence as { url?: string } | undefined;
  const event: Node = {
    "@type": "Event",
    "@id": id.event,
    name: oneLine(colloquium.title),
    startDate: dates.start,
    endDate: dates.end,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: place(edition),
    organizer: edition.organisers.map(organisationNode),
    ...(edition.partners.length ? { sponsor: edition.partners.map(organisationNode) } : {}),
    superEvent: { "@type": "EventSeries", name: oneLine(colloquium.series.name) },
    audience: attendanceNodes(edition),
    inLanguage: colloquium.language,
    url: linkFrom(edition, from, "/"),
    recordedIn: { "@id": id.book },
    subEvent: edition.sessions.map((session) => sessionNode(edition, from, session, { "@id": id.event })),
  };
  const book: Node = {
    "@type": "Book",
    "@id": id.book,
    name: oneLine(colloquium.title),
    ...(colloquium.subtitle ? { alternativeHeadline: oneLine(colloquium.subtitle) } : {}),
    bookFormat: "https://schema.org/EBook",
    ...(edition.editors.length ? { editor: edition.editors.map((person) => personNode(edition, from, person)) } : {}),
    ...(publisher ? { publisher: { "@type": "Organization", name: oneLine(publisher) } } : {}),
    datePublished: colloquium.publication.date,
    inLanguage: colloquium.language,
    url: linkFrom(edition, from, "/"),
    ...(licence?.url ? { license: licence.url } : {}),
    ...(colloquium.publication.doi ? { identifier: { "@type": "PropertyValue", propertyID: "DOI", value: colloquium.publication.doi } } : {}),
    isBasedOn: sourceNode(colloquium.source),
    recordedAt: { "@id": id.event },
    hasPart: edition.contributions.map((c) => chapterNode(edition, from, c, pagesOf(c.slug))),
  };
  return { "@context": "https://schema.org", "@graph": [event, book] };
}

/** A contribution's page: its chapter, the talk it records, and the book it belongs to. */
export function contributionGraph(edition: Edition, contribution: ContributionView, pagesOf: BookletPages): Node {
  const from = contribution.url;
  const session = edition.sessions.find((s) => s.slug === contribution.session.slug)!;
  const id = ids(edition, from);
  const talk = { ...talkNode(edition, from, contribution, session), superEvent: { "@id": id.session(session) } };
  const book = { "@type": "Book", "@id": id.book, name: oneLine(edition.colloquium.title), url: linkFrom(edition, from, "/") };
  const graph = [chapterNode(edition, from, contribution, pagesOf(contribution.slug)), talk, book];
  return { "@context": "https://schema.org", "@graph": graph };
}

/** A session as an event of the colloquium (`superEvent`), with its talks. */
function sessionNode(edition: Edition, from: string, session: SessionView, superEvent: Node): Node {
  return {
    "@type": "Event",
    "@id": ids(edition, from).session(session),
    name: oneLine(session.heading),
    ...slotDates(edition, session),
    location: place(edition),
    url: linkFrom(edition, from, session.url),
    superEvent,
    subEvent: session.contributions.map((contribution) => talkNode(edition, from, contribution, session)),
  };
}

/** A session's page: the session as an event of the colloquium, with its talks. */
export function sessionGraph(edition: Edition, session: SessionView): Node {
  const from = session.url;
  const id = ids(edition, from);
  return {
    "@context": "https://schema.org",
    "@graph": [
      sessionNode(edition, from, session, { "@type": "Event", "@id": id.event, name: oneLine(edition.colloquium.title), url: linkFrom(edition, from, "/") }),
    ],
  };
}

/**
 * JSON for a <script type="application/ld+json"> element: "<" ">" "&" are
 * written as \u escapes, so no value can close the element or open a comment.
 */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
