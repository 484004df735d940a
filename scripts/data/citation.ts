/**
 * Citations in the French academic style (ISO 690 order): authors, title,
 * proceedings, place, date, URL. Every word comes from the labels.
 */
import { DateTime } from "luxon";
import type { Colloquium, Labels } from "./schema.ts";

export function formatLongDate(iso: string, locale: string): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setLocale(locale).toLocaleString(DateTime.DATE_FULL);
}

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
    formatLongDate(colloquium.date, colloquium.language),
    `${labels.editionDated} ${formatLongDate(colloquium.publication.date, colloquium.language)}`,
    ...(online ? [`${labels.onlineAt} : ${online}`] : []),
  ].join(", ") + ".";
}

export function citeContribution(
  colloquium: Colloquium,
  labels: Labels,
  contribution: { heading: string; url: string; speakers: { givenName: string; familyName: string }[] },
): string {
  const authors = contribution.speakers
    .map((s) => `${s.familyName.toLocaleUpperCase(colloquium.language)} ${s.givenName}`)
    .join(", ");
  const online = publicUrl(colloquium, contribution.url);
  return [
    authors,
    `« ${contribution.heading} »`,
    `${labels.citeIn} ${colloquium.title}`,
    colloquium.series.name,
    colloquium.venue.city,
    formatLongDate(colloquium.date, colloquium.language),
    ...(online ? [`${labels.onlineAt} : ${online}`] : []),
  ].join(", ") + ".";
}
