/**
 * The proper names an edition prints: people, organisations (and their short
 * names), places, the venue and the source's author. Typesetting never breaks
 * them with a hyphen (scripts/lib/hyphenate.ts), and the copy editor's check
 * reads every page for a line that does (scripts/lib/copy-editing.ts).
 */
import type { CopyRules } from "../lib/copy-editing.ts";
import type { PluralForms } from "../lib/typography.ts";
import type { Edition } from "./model.ts";
import { COUNT_LABELS } from "./schema.ts";

export function properNames(edition: Edition): string[] {
  const c = edition.colloquium;
  const names = [
    ...edition.people.flatMap((person) => [person.fullName, person.givenName, person.familyName]),
    ...edition.organisations.flatMap((organisation) => [organisation.name, organisation.shortName, organisation.place]),
    c.venue.name,
    c.venue.city,
    c.venue.country,
    c.source.author,
  ];
  // Longest first: a name inside a longer one ("Pau" in "Université de Pau…") is found within it.
  return [...new Set(names.filter((name): name is string => Boolean(name?.trim())))].sort((a, b) => b.length - a.length);
}

/** What the copy editor's check (scripts/lib/copy-editing.ts) needs of an edition: its language, proper names and count labels. */
export function copyRules(edition: Edition): CopyRules {
  const counts = Object.fromEntries(
    Object.entries(COUNT_LABELS)
      .filter(([, type]) => type === "cardinal")
      .map(([key]) => [key, edition.labels[key as keyof typeof COUNT_LABELS] as PluralForms]),
  );
  return { language: edition.colloquium.language, names: properNames(edition), counts };
}
