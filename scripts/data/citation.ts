/**
 * Citations in the ISO 690 order: authors, title, proceedings, place, date,
 * URL. Every word comes from the labels; quotation marks and the colon follow
 * the language.
 */
import { formatDate, formatDateSpan } from "../lib/dates.ts";
import { labelled, quote } from "../lib/typography.ts";
import type { Colloquium, Labels } from "./schema.ts";

/** The colloquium's day, or its days: "21 mai 2015", "21–22 mai 2015". */
const eventDates = (colloquium: Colloquium) => formatDateSpan(colloquium.date, colloquium.endDate, colloquium.language);

/** Absolute URL of a page, when the publication's public URL is known. */
export function publicUrl(colloquium: Colloquium, url: string): string | undefined {
  const base = colloquium.publication.url;
  return base ? new URL(url.replace(/^\//, ""), base.endsWith("/") ? base : `${base}/`).href : undefined;
}

/** A title followed by another sentence: a full stop unless it already ends with . ! ? or … */
function withFinalPunctuation(title: string): string {
  return /[.!?…]$/.test(title.trim()) ? title.trim() : `${title.trim()}.`;
}

export function citeEdition(colloquium: Colloquium, labels: Labels): string {
  const online = publicUrl(colloquium, "/");
  return [
    colloquium.publication.publisher,
    colloquium.subtitle ? `${withFinalPunctuation(colloquium.title)} ${colloquium.subtitle}` : colloquium.title,
    colloquium.venue.city,
    eventDates(colloquium),
    `${labels.editionDated} ${formatDate(colloquium.publication.date, colloquium.language)}`,
    ...(online ? [labelled(labels.onlineAt, online, colloquium.language)] : []),
  ].join(", ") + ".";
}

export function citeContribution(
  colloquium: Colloquium,
  labels: Labels,
  contribution: { heading: string; url: string; speakers: ({ givenName: string; familyName: string } | { name: string })[] },
): string {
  // People as FAMILY Given; an organisation by its name.
  const authors = contribution.speakers
    .map((s) => ("name" in s ? s.name : `${s.familyName.toLocaleUpperCase(colloquium.language)} ${s.givenName}`))
    .join(", ");
  const online = publicUrl(colloquium, contribution.url);
  return [
    ...(authors ? [authors] : []),
    quote(contribution.heading, colloquium.language),
    `${labels.citeIn} ${colloquium.title}`,
    colloquium.series.name,
    colloquium.venue.city,
    eventDates(colloquium),
    ...(online ? [labelled(labels.onlineAt, online, colloquium.language)] : []),
  ].join(", ") + ".";
}
