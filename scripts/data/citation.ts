/**
 * How to cite the proceedings and each contribution: one CSL-JSON record per
 * citable item, made from the edition model, and every format made from that
 * record by citation-js: the formatted reference (our CSL style, ISO 690
 * author-date in French, scripts/data/csl/), BibTeX, RIS and CSL-JSON.
 */
import { readFileSync } from "node:fs";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { oneLine, thenSentence } from "../lib/typography.ts";
import { dateParts, eventDates } from "./dates.ts";
import type { ContributionView, Edition, PersonRef, SpeakerRef } from "./model.ts";
import type { Colloquium } from "./schema.ts";

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
  author?: CslName[];
  editor: CslName[];
  "container-title"?: string;
  "event-title": string;
  "event-place": string;
  "event-date": { "date-parts": number[][] };
  publisher?: string;
  issued: { "date-parts": number[][] };
  page?: string;
  URL?: string;
  DOI?: string;
  license?: string;
}
export type CslName = { family: string; given: string } | { literal: string };

const STYLE = "actes-iso690-author-date-fr";
const STYLE_FILE = new URL("./csl/iso690-author-date-fr.csl", import.meta.url);
let configured = false;

function configure(): void {
  if (configured) return;
  (plugins.config.get("@csl") as CslConfig).styles.add(STYLE, readFileSync(STYLE_FILE, "utf8"));
  // BibTeX keys are the slugs: stable, unique in the edition, and the same as the file names.
  (plugins.config.get("@bibtex") as { format: { useIdAsLabel: boolean } }).format.useIdAsLabel = true;
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
  return {
    language: colloquium.language,
    editor: edition.editors.map(name),
    "event-title": oneLine(eventTitle(edition)),
    "event-place": oneLine(colloquium.venue.city),
    "event-date": { "date-parts": eventDateParts(colloquium) },
    // No publisher or licence is named unless the data gives one.
    ...(colloquium.publication.publisher ? { publisher: oneLine(colloquium.publication.publisher) } : {}),
    issued: { "date-parts": [dateParts(colloquium.publication.date)] },
    ...(colloquium.licence?.url ? { license: colloquium.licence.url } : {}),
  };
}

export function proceedingsRecord(edition: Edition): CslRecord {
  const { colloquium } = edition;
  const url = publicUrl(colloquium, "/");
  return {
    id: colloquium.slug,
    "citation-key": colloquium.slug,
    type: "book",
    title: oneLine(fullTitle(colloquium)),
    ...common(edition),
    ...(url ? { URL: url } : {}),
    ...(colloquium.publication.doi ? { DOI: colloquium.publication.doi } : {}),
  };
}

export function contributionRecord(edition: Edition, contribution: ContributionView, pages?: PageRange): CslRecord {
  const url = publicUrl(edition.colloquium, contribution.url);
  return {
    id: contribution.slug,
    "citation-key": contribution.slug,
    type: "paper-conference",
    title: oneLine(citedTitle(contribution)),
    author: contribution.speakers.map(name),
    "container-title": oneLine(fullTitle(edition.colloquium)),
    ...common(edition),
    ...(pages ? { page: pages.first === pages.last ? pages.first : `${pages.first}-${pages.last}` } : {}),
    ...(url ? { URL: url } : {}),
    ...(contribution.doi ? { DOI: contribution.doi } : {}),
  };
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

export function toBibtex(record: CslRecord): string {
  configure();
  return `${String(new Cite(record).format("bibtex", { format: "text" })).trim()}\n`;
}

/**
 * RIS, one tag per line. citation-js maps the record to RIS tags; the lines
 * are written here because its text output folds values at 70 characters,
 * cutting words in two for readers that do not join continuation lines.
 */
export function toRis(record: CslRecord): string {
  configure();
  const entries = new Cite(record).format("ris", { format: "object" }) as Record<string, unknown>[];
  return `${entries
    .map((entry) => {
      const lines = [`TY  - ${String(entry.TY)}`];
      for (const [tag, value] of Object.entries(entry)) {
        if (tag === "TY") continue;
        for (const item of [value].flat()) lines.push(`${tag}  - ${oneLine(String(item))}`);
      }
      lines.push("ER  - ");
      return lines.join("\r\n");
    })
    .join("\r\n")}\r\n`;
}

/** CSL-JSON: an array of records, as Zotero and citation managers import it. */
export function toCslJson(record: CslRecord): string {
  return `${JSON.stringify([record], null, 2)}\n`;
}
