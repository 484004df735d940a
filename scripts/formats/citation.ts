/**
 * How to cite the proceedings and each contribution: one CSL-JSON record per
 * citable item, made from the edition model, and every format made from that
 * record by citation-js: the formatted reference (our CSL style, ISO 690
 * author-date in French, scripts/formats/csl/), BibTeX, RIS and CSL-JSON.
 */
import { readFileSync } from "node:fs";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { markdownToText } from "../lib/plain-text.ts";
import { oneLine, primaryLanguage, thenSentence } from "../lib/typography.ts";
import { dateParts, eventDates } from "../data/dates.ts";
import { sourceReference, type ContributionView, type Edition, type PersonRef, type SpeakerRef } from "../data/model.ts";
import type { Colloquium } from "../data/schema.ts";

/** Pages of an item in the printed booklet, as printed (page labels). */
export interface PageRange {
  first: string;
  last: string;
}

/** Where each contribution stands in the booklet (by slug), once the PDF exists. */
export type BookletPages = (slug: string) => PageRange | undefined;

/** Before the PDF exists (or without one): no pages. */
export const noPages: BookletPages = () => undefined;

/** The CSL-JSON variables Actes fills in (https://citationstyles.org/). */
export interface CslRecord {
  id: string;
  "citation-key": string;
  type: "book" | "paper-conference";
  language: string;
  title: string;
  /** The text's authors: the speakers of their own abstract, the named writers of a synthesis; none for a synthesis by the edition's unnamed team. */
  author?: CslName[];
  /** Only editors the data names. */
  editor?: CslName[];
  "container-title"?: string;
  "event-title": string;
  "event-place": string;
  /** When the talk (or the colloquium) took place; `issued` is the edition's date. */
  "event-date": { "date-parts": number[][] };
  publisher?: string;
  issued: { "date-parts": number[][] };
  page?: string;
  URL?: string;
  DOI?: string;
  license?: string;
  /** The whole summary, as plain text. */
  abstract?: string;
  /** Who wrote the text and from what (a synthesis), or what the volume is established from. */
  note?: string;
}
export type CslName = { family: string; given: string } | { literal: string };

const STYLE = "actes-iso690-author-date-fr";
const STYLE_FILE = new URL("./csl/iso690-author-date-fr.csl", import.meta.url);
let configured = false;

function configure(): void {
  if (configured) return;
  (plugins.config.get("@csl") as CslConfig).styles.add(STYLE, readFileSync(STYLE_FILE, "utf8"));
  // BibTeX: plain UTF-8 (biblatex and Zotero read it; the ASCII forms {\' e} and \oe{} came out literally in Zotero).
  // Without asciiOnly citation-js escapes nothing: toBibtex escapes TeX's special characters itself.
  (plugins.config.get("@bibtex") as { format: { asciiOnly: boolean } }).format.asciiOnly = false;
  configured = true;
}
interface CslConfig {
  styles: { add(name: string, xml: string): void };
  locales: { has(name: string): boolean };
}

/** Absolute URL of a page, when the publication's public URL is known. */
export function publicUrl(colloquium: Colloquium, url: string): string | undefined {
  const base = colloquium.publication.url;
  return base ? new URL(url.replace(/^\//, ""), base.endsWith("/") ? base : `${base}/`).href : undefined;
}

/** Title and subtitle of the proceedings, as one title. */
export function fullTitle(colloquium: Colloquium): string {
  return colloquium.subtitle ? thenSentence(colloquium.title, colloquium.subtitle) : colloquium.title;
}

/** The event, for citations and metadata: "Colloques de la chaire OPTIMA, 2e édition", or the series alone without an edition number. */
export function eventTitle(edition: Edition): string {
  const { series } = edition.colloquium;
  return edition.editionNumber ? `${series.name}, ${edition.editionNumber}` : series.name;
}

/** The title a contribution is cited by: its own, or its kind in brackets when it had none (a title supplied by the editor). */
export function citedTitle(contribution: ContributionView): string {
  return contribution.title ?? `[${contribution.kindLabel}]`;
}

/** A synthesis, said in one sentence for citations: whose talk, who wrote it, from what. */
export function authorshipNote(contribution: ContributionView): string | undefined {
  const { statement } = contribution.authorship;
  return statement ? `${oneLine(statement)}.` : undefined;
}

/** The volume, when it is established from a published work: that work's reference. */
export function editionNote(edition: Edition): string | undefined {
  const { authorship, source, language } = edition.colloquium;
  if (authorship.kind !== "synthesis" || authorship.drawnFrom === undefined) return undefined;
  const from = authorship.drawnFrom === "source" ? source : authorship.drawnFrom;
  return `${oneLine(fillIn(edition.labels.cite.editionDrawnFrom, { source: sourceReference(from, language) }))}.`;
}

const fillIn = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** A person by family and given name; an organisation speaking as such by its name. */
const name = (speaker: SpeakerRef | PersonRef): CslName =>
  speaker.type === "organisation" ? { literal: oneLine(speaker.fullName) } : { family: oneLine(speaker.familyName), given: oneLine(speaker.givenName) };

/** The event's day, or its first and last days (a range in CSL). */
function eventDateParts(colloquium: Colloquium): number[][] {
  const { start, end } = eventDates(colloquium);
  return start === end ? [dateParts(start)] : [dateParts(start), dateParts(end)];
}

/** What the proceedings and their contributions share: editors, event, publisher, date, licence. */
function common(edition: Edition): Omit<CslRecord, "id" | "citation-key" | "type" | "title"> {
  const { colloquium } = edition;
  const publisher = colloquium.publication.publisher as string | undefined;
  const licence = colloquium.licence as { url?: string } | undefined;
  return {
    language: colloquium.language,
    ...(edition.editors.length ? { editor: edition.editors.map(name) } : {}),
    "event-title": oneLine(eventTitle(edition)),
    "event-place": oneLine(colloquium.venue.city),
    "event-date": { "date-parts": eventDateParts(colloquium) },
    ...(publisher ? { publisher: oneLine(publisher) } : {}),
    issued: { "date-parts": [dateParts(colloquium.publication.date)] },
    ...(licence?.url ? { license: licence.url } : {}),
  };
}

export function proceedingsRecord(edition: Edition): CslRecord {
  const { colloquium } = edition;
  const url = publicUrl(colloquium, "/");
  const note = editionNote(edition);
  return {
    id: colloquium.slug,
    "citation-key": colloquium.slug,
    type: "book",
    title: oneLine(fullTitle(colloquium)),
    ...common(edition),
    ...(url ? { URL: url } : {}),
    ...(colloquium.publication.doi ? { DOI: colloquium.publication.doi } : {}),
    ...(note ? { note } : {}),
  };
}

export function contributionRecord(edition: Edition, contribution: ContributionView, pages?: PageRange): CslRecord {
  const url = publicUrl(edition.colloquium, contribution.url);
  const { authors } = contribution.authorship;
  const note = authorshipNote(contribution);
  return {
    id: contribution.slug,
    "citation-key": contribution.slug,
    type: "paper-conference",
    title: oneLine(citedTitle(contribution)),
    ...(authors.length ? { author: authors.map(name) } : {}),
    "container-title": oneLine(fullTitle(edition.colloquium)),
    ...common(edition),
    // The talk's own day: the edition's date stays in `issued`.
    "event-date": { "date-parts": [dateParts(contribution.day)] },
    ...(pages ? { page: pages.first === pages.last ? pages.first : `${pages.first}-${pages.last}` } : {}),
    ...(url ? { URL: url } : {}),
    ...(contribution.doi ? { DOI: contribution.doi } : {}),
    abstract: markdownToText(contribution.summary),
    ...(note ? { note } : {}),
  };
}

/** The records of the whole volume: the proceedings first, then every contribution with its pages. */
export function volumeRecords(edition: Edition, pagesOf: BookletPages): CslRecord[] {
  return [proceedingsRecord(edition), ...edition.contributions.map((c) => contributionRecord(edition, c, pagesOf(c.slug)))];
}

/** A CSL locale the plugin ships for the language, e.g. "fr-FR" for "fr". */
function cslLocale(language: string): string {
  const locales = (plugins.config.get("@csl") as CslConfig).locales;
  const exact = language.includes("-") && locales.has(language) ? language : undefined;
  const regional = `${language.split("-")[0]}-${language.split("-")[0]!.toUpperCase()}`;
  return exact ?? (locales.has(regional) ? regional : "en-US");
}

/** The formatted reference as HTML: the container's title in <i>, everything else escaped. */
export function referenceHtml(record: CslRecord): string {
  configure();
  const entries = new Cite(record).format("bibliography", { template: STYLE, lang: cslLocale(record.language), format: "html", asEntryArray: true }) as [string, string][];
  // citeproc wraps the entry in <div class="csl-entry">: the page gives it its own element.
  return entries[0]![1].trim().replace(/^<div\b[^>]*>([\s\S]*)<\/div>$/, "$1");
}

/** The formatted reference as plain text. */
export function referenceText(record: CslRecord): string {
  configure();
  return String(new Cite(record).format("bibliography", { template: STYLE, lang: cslLocale(record.language), format: "text" })).trim();
}

/** TeX's special characters, each written so that BibTeX and biber give it back as itself. */
const TEX_ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  // In TeX's default (OT1) fonts these print ¡ ¿ and a dash: their text commands print them.
  "<": "\\textless{}",
  ">": "\\textgreater{}",
  "|": "\\textbar{}",
};
export const texEscape = (text: string): string => text.replace(/[\\{}%&$#_~^<>|]/g, (c) => TEX_ESCAPES[c]!);

/** Babel names of the languages Actes has words for, for biblatex's langid (hyphenation, localised strings). */
const LANGID: Record<string, string> = { fr: "french", en: "english" };

/** A record with its text escaped for TeX; URLs, DOIs, dates and numbers as they are (biblatex reads url and doi verbatim). */
function escapedForTex(record: CslRecord): CslRecord {
  const names = (list?: CslName[]) => list?.map((n) => ("literal" in n ? { literal: texEscape(n.literal) } : { family: texEscape(n.family), given: texEscape(n.given) }));
  const text = (value?: string) => (value === undefined ? undefined : texEscape(value));
  return JSON.parse(
    JSON.stringify({
      ...record,
      title: texEscape(record.title),
      author: names(record.author),
      editor: names(record.editor),
      "container-title": text(record["container-title"]),
      "event-title": texEscape(record["event-title"]),
      "event-place": texEscape(record["event-place"]),
      publisher: text(record.publisher),
      abstract: text(record.abstract),
      note: text(record.note),
    }),
  ) as CslRecord;
}

/**
 * biblatex, in UTF-8: citation-js maps each record to its entry type and
 * fields (booktitle, eventtitle, venue, eventdate, ISO date, pages, url…);
 * here the volume becomes @proceedings (editors, no author), the key is the
 * record's (the same in RIS and CSL-JSON), the language a langid, and the
 * entries are written one field a line.
 */
export function toBibtex(records: CslRecord | CslRecord[]): string {
  configure();
  return [records]
    .flat()
    .map((record) => {
      const [entry] = new Cite(escapedForTex(record)).format("biblatex", { format: "object" }) as { type: string; properties: Record<string, string> }[];
      const { language: _language, organization, ...fields } = entry!.properties;
      const langid = LANGID[primaryLanguage(record.language)];
      const all: Record<string, string | undefined> = {
        ...fields,
        // citation-js writes a conference paper's publisher as its organization (the sponsor): it is the publisher.
        ...(organization !== undefined && record.publisher !== undefined ? { publisher: organization } : organization !== undefined ? { organization } : {}),
        ...(langid ? { langid } : {}),
      };
      const type = record.type === "book" ? "proceedings" : entry!.type;
      const lines = Object.entries(all)
        .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== "")
        .map(([key, value]) => `  ${key} = {${value}},`);
      return `@${type}{${record["citation-key"]},\n${lines.join("\n")}\n}\n`;
    })
    .join("\n");
}

/** "2026/11/27/": RIS writes a full date YYYY/MM/DD/ (the last slash before other information). */
const risDate = (parts: number[]) => `${parts[0]}/${String(parts[1] ?? "").padStart(parts[1] ? 2 : 0, "0")}/${String(parts[2] ?? "").padStart(parts[2] ? 2 : 0, "0")}/`;

/**
 * RIS, one tag per line. citation-js maps the record to RIS tags; then the
 * type of a talk is CPAPER (a conference paper; CONF is a whole proceedings),
 * ID is the full key, PY the edition's year and DA its date (the talk's day
 * is the record's event date, said in N1 for a synthesis), UR the page and
 * L1 its PDF when known. The lines are written here: citation-js folds values
 * at 70 characters, which cuts words in two for readers that do not join lines.
 */
export function toRis(records: CslRecord | CslRecord[], pdfOf: (record: CslRecord) => string | undefined = () => undefined): string {
  configure();
  return `${[records]
    .flat()
    .map((record) => {
      const [entry] = new Cite(record).format("ris", { format: "object" }) as Record<string, unknown>[];
      const { TY, ID: _id, PY: _py, DA: _da, C2: _c2, UR: _ur, ER: _er, ...rest } = entry!;
      const issued = record.issued["date-parts"][0]!;
      const pdf = pdfOf(record);
      const tags: [string, unknown][] = [
        ["TY", record.type === "paper-conference" ? "CPAPER" : String(TY)],
        ["ID", record["citation-key"]],
        ...Object.entries(rest),
        ...(record.type === "paper-conference" ? ([["T2", record["event-title"]]] as [string, unknown][]) : []),
        ["PY", String(issued[0])],
        ["DA", risDate(issued)],
        ...(record.URL ? ([["UR", record.URL]] as [string, unknown][]) : []),
        ...(pdf ? ([["L1", pdf]] as [string, unknown][]) : []),
      ];
      const lines: string[] = [];
      for (const [tag, value] of tags) {
        if (value === undefined || value === "") continue;
        for (const item of [value].flat()) lines.push(`${tag}  - ${oneLine(String(item))}`);
      }
      lines.push("ER  - ");
      return lines.join("\r\n");
    })
    .join("\r\n")}\r\n`;
}

/** CSL-JSON: an array of records, as Zotero and citation managers import it. */
export function toCslJson(records: CslRecord | CslRecord[]): string {
  return `${JSON.stringify([records].flat(), null, 2)}\n`;
}
