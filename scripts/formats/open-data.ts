/**
 * The proceedings as open data: the whole edition as one JSON file, five CSV
 * tables (contributions, their speakers, sessions, people, organisations) written by
 * csv-stringify, and a Frictionless Data Package (datapackage.json) that
 * describes them, under the licence the data declares. Markdown fields are
 * given as written in the data.
 */
import { stringify } from "csv-stringify/sync";
import { fullTitle, publicUrl, type BookletPages } from "./citation.ts";
import { eventDates, sessionSlot } from "../data/dates.ts";
import type { ContributionView, Edition, OrganisationView, PersonView, SessionView, SpeakerRef } from "../data/model.ts";

/** Frictionless Table Schema types; "time" is HH:MM:SS. */
type FieldType = "string" | "integer" | "date" | "time";
type Cell = string | number | undefined;

/**
 * One column, described once: its name, type and meaning (for datapackage.json)
 * and how its value is read from an item (for the CSV and the JSON). A list
 * column gives an array: one cell joined by LIST_SEPARATOR in the CSV, an array in the JSON.
 */
type Column<T> = { name: string; type: FieldType; description: string } & ({ list?: false; value: (item: T) => Cell } | { list: true; value: (item: T) => readonly string[] | undefined });

interface Table<T> {
  name: string;
  description: string;
  items: readonly T[];
  columns: Column<T>[];
  primaryKey: string | string[];
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
}

/** Lists (speakers, keywords, organisations) in one CSV cell. */
export const LIST_SEPARATOR = "; ";

/** A page number as printed, as an integer; a folio that is not a plain number (roman) is left out. */
const pageNumber = (label: string | undefined) => (label && /^\d+$/.test(label) ? Number(label) : undefined);

/** "09:30" → "09:30:00", Table Schema's default time format. */
const timeOfDay = (time: string | undefined) => (time ? `${time}:00` : undefined);

function tables(edition: Edition, pagesOf: BookletPages) {
  const { colloquium } = edition;
  // Absolute when the public URL is known, else root-relative (the site works under any base path).
  const url = (path: string) => publicUrl(colloquium, path) ?? path;
  const contributions: Table<ContributionView> = {
    name: "contributions",
    description: "Contributions, in reading order.",
    items: edition.contributions,
    primaryKey: "slug",
    foreignKeys: [{ fields: "session", reference: { resource: "sessions", fields: "slug" } }],
    columns: [
      { name: "slug", type: "string", description: "Identifier, unique in the edition.", value: (c) => c.slug },
      { name: "position", type: "integer", description: "Place in reading order, from 1.", value: (c) => c.position },
      { name: "session", type: "string", description: "Slug of its session (sessions.csv).", value: (c) => c.session.slug },
      { name: "kind", type: "string", description: "Kind of contribution: address, talk, keynote, closing…", value: (c) => c.kind },
      { name: "title", type: "string", description: "Title of the talk, empty when it had none.", value: (c) => c.title },
      { name: "heading", type: "string", description: "Title shown on its page.", value: (c) => c.heading },
      { name: "speakers", type: "string", description: "Ids of its speakers, in order: people or organisations speaking as such (one row each in speakers.csv).", list: true, value: (c) => c.speakers.map((s) => s.id) },
      { name: "summary", type: "string", description: "Summary, in Markdown.", value: (c) => c.summary },
      { name: "keywords", type: "string", description: "Keywords.", list: true, value: (c) => c.keywords },
      { name: "first_page", type: "integer", description: "First page in the booklet, as printed, when known.", value: (c) => pageNumber(pagesOf(c.slug)?.first) },
      { name: "last_page", type: "integer", description: "Last page in the booklet, as printed, when known.", value: (c) => pageNumber(pagesOf(c.slug)?.last) },
      { name: "doi", type: "string", description: "DOI, when registered.", value: (c) => c.doi },
      { name: "url", type: "string", description: "Address of its page.", value: (c) => url(c.url) },
      { name: "text_by", type: "string", description: "Who wrote the summary: speakers (their own abstract) or synthesis (written by others from the talk).", value: (c) => c.authorship.kind },
      { name: "authors", type: "string", description: "Ids of the text's authors: the speakers of their own abstract, the named writers of a synthesis; empty for a synthesis by the edition's unnamed team.", list: true, value: (c) => c.authorship.authors.map((a) => a.id) },
      { name: "provenance", type: "string", description: "For a synthesis: whose talk it reports, on what day, who wrote it and from what.", value: (c) => c.authorship.statement },
    ],
  };
  // Who spoke, one row per speaker: a person or an organisation speaking as such, each a key into its own table.
  const speakers: Table<{ contribution: ContributionView; speaker: SpeakerRef; position: number }> = {
    name: "speakers",
    description: "Speakers of each contribution, one row each, in order.",
    items: edition.contributions.flatMap((contribution) => contribution.speakers.map((speaker, index) => ({ contribution, speaker, position: index + 1 }))),
    primaryKey: ["contribution", "position"],
    foreignKeys: [
      { fields: "contribution", reference: { resource: "contributions", fields: "slug" } },
      { fields: "person", reference: { resource: "people", fields: "id" } },
      { fields: "organisation", reference: { resource: "organisations", fields: "id" } },
    ],
    columns: [
      { name: "contribution", type: "string", description: "Slug of the contribution (contributions.csv).", value: (s) => s.contribution.slug },
      { name: "position", type: "integer", description: "Place among its speakers, from 1.", value: (s) => s.position },
      { name: "person", type: "string", description: "Id of the person who spoke (people.csv); empty for an organisation.", value: (s) => (s.speaker.type === "person" ? s.speaker.id : undefined) },
      { name: "organisation", type: "string", description: "Id of the organisation speaking as such (organisations.csv); empty for a person.", value: (s) => (s.speaker.type === "organisation" ? s.speaker.id : undefined) },
    ],
  };
  const sessions: Table<SessionView> = {
    name: "sessions",
    description: "Sessions, in the order of the programme.",
    items: edition.sessions,
    primaryKey: "slug",
    columns: [
      { name: "slug", type: "string", description: "Identifier.", value: (s) => s.slug },
      { name: "kind", type: "string", description: "Kind of session: opening, workshop, panel, closing…", value: (s) => s.kind },
      { name: "number", type: "integer", description: "Number of a numbered session (workshop).", value: (s) => s.number },
      { name: "title", type: "string", description: "Title.", value: (s) => s.title },
      { name: "axis", type: "string", description: "Research axis of a workshop.", value: (s) => s.axis },
      { name: "date", type: "date", description: "Day it took place.", value: (s) => sessionDay(colloquium, s) },
      { name: "start_time", type: "time", description: "Start, on the venue's clock, when known.", value: (s) => timeOfDay(s.start) },
      { name: "end_time", type: "time", description: "End, on the venue's clock, when known.", value: (s) => timeOfDay(s.end) },
      { name: "introduction", type: "string", description: "Introduction, in Markdown.", value: (s) => s.introduction },
      { name: "url", type: "string", description: "Address of its page.", value: (s) => url(s.url) },
    ],
  };
  const people: Table<PersonView> = {
    name: "people",
    description: "Speakers, chairs and editors.",
    items: edition.people,
    primaryKey: "id",
    foreignKeys: [{ fields: "organisation", reference: { resource: "organisations", fields: "id" } }],
    columns: [
      { name: "id", type: "string", description: "Identifier.", value: (p) => p.id },
      { name: "honorific", type: "string", description: "Honorific.", value: (p) => p.honorific },
      { name: "given_name", type: "string", description: "Given name.", value: (p) => p.givenName },
      { name: "family_name", type: "string", description: "Family name.", value: (p) => p.familyName },
      { name: "role", type: "string", description: "Role on the day.", value: (p) => p.role },
      { name: "organisation", type: "string", description: "Id of their main organisation (organisations.csv).", value: (p) => p.organisations[0]?.id },
      { name: "organisations", type: "string", description: "Ids of all their organisations, the main one first.", list: true, value: (p) => p.organisations.map((o) => o.id) },
      { name: "url", type: "string", description: "Address of their page.", value: (p) => url(p.url) },
    ],
  };
  const organisations: Table<OrganisationView> = {
    name: "organisations",
    description: "Organisations of the speakers, organisers and partners.",
    items: edition.organisations,
    primaryKey: "id",
    columns: [
      { name: "id", type: "string", description: "Identifier.", value: (o) => o.id },
      { name: "name", type: "string", description: "Name.", value: (o) => o.name },
      { name: "short_name", type: "string", description: "Short name.", value: (o) => o.shortName },
      { name: "kind", type: "string", description: "Kind of organisation.", value: (o) => o.kind },
      { name: "place", type: "string", description: "Place.", value: (o) => o.place },
    ],
  };
  // Each table reads its own kind of item; past this point only its columns' values are needed.
  return [contributions, speakers, sessions, people, organisations].map((table) => table as unknown as Table<unknown>);
}

/** The day a session took place: its own, else the colloquium's first. */
function sessionDay(colloquium: Edition["colloquium"], session: SessionView): string {
  const slot = sessionSlot(colloquium, session);
  return slot.allDay ? slot.date : slot.start.slice(0, 10);
}

/** A table's items as records, column by column: lists as arrays (JSON), or joined (CSV). */
function records(table: Table<unknown>, joinLists: boolean): Record<string, unknown>[] {
  return table.items.map((item) =>
    Object.fromEntries(
      table.columns.map((column) => {
        const value = column.value(item);
        return [column.name, column.list && joinLists ? (value as readonly string[] | undefined)?.join(LIST_SEPARATOR) : value];
      }),
    ),
  );
}

export interface OpenDataFile {
  /** File name inside the open data folder. */
  name: string;
  content: string;
}

/** The name of the JSON file of the whole edition. */
export const wholeJsonName = (edition: Edition) => `${edition.colloquium.slug}.json`;

/** The JSON, the five tables and datapackage.json: the site makes one template per file (the edition may not be loaded yet then). */
export const OPEN_DATA_FILE_COUNT = 7;

/** Every file of the open data folder: the JSON, the CSV tables and datapackage.json. */
export function openDataFiles(edition: Edition, pagesOf: BookletPages): OpenDataFile[] {
  const { colloquium } = edition;
  const all = tables(edition, pagesOf);
  if (all.length + 2 !== OPEN_DATA_FILE_COUNT) throw new Error(`open-data.ts: OPEN_DATA_FILE_COUNT is ${OPEN_DATA_FILE_COUNT} for ${all.length} tables. Fix: set it to ${all.length + 2}.`);
  const csv = all.map((table) => ({
    name: `${table.name}.csv`,
    content: stringify(
      records(table, true).map((row) => table.columns.map((column) => row[column.name] ?? "")),
      { header: true, columns: table.columns.map((column) => column.name), record_delimiter: "unix" },
    ),
  }));
  const dates = eventDates(colloquium);
  // Optional in the data: without one, the package declares none rather than a guessed one.
  const licence = colloquium.licence as Edition["colloquium"]["licence"] | undefined;
  const whole = {
    colloquium: {
      slug: colloquium.slug,
      title: colloquium.title,
      subtitle: colloquium.subtitle,
      series: colloquium.series,
      startDate: dates.start,
      endDate: dates.end,
      venue: colloquium.venue,
      organisers: edition.organisers.map((o) => o.id),
      partners: edition.partners.map((o) => o.id),
      coordinator: { person: edition.coordinator.id, role: colloquium.coordinator.role },
      editors: edition.editors.map((p) => p.id),
      language: colloquium.language,
      attendance: colloquium.attendance,
      introduction: colloquium.introduction,
      source: colloquium.source,
      authorship: colloquium.authorship,
      licence,
      publication: { publisher: (colloquium.publication as { publisher?: string }).publisher, date: colloquium.publication.date, url: colloquium.publication.url, doi: colloquium.publication.doi },
    },
    ...Object.fromEntries(all.map((table) => [table.name, records(table, false)])),
  };
  const datapackage = {
    // Not "tabular-data-package": that profile admits tabular resources only, and the whole edition's JSON sits beside the tables.
    profile: "data-package",
    name: colloquium.slug,
    title: fullTitle(colloquium),
    language: colloquium.language,
    created: `${colloquium.publication.date}T00:00:00Z`,
    ...(publicUrl(colloquium, "/") ? { homepage: publicUrl(colloquium, "/") } : {}),
    ...(licence ? { licenses: [{ title: licence.name, ...(licence.url ? { path: licence.url } : {}) }] } : {}),
    // The profile wants at least one contributor when the field is there: left out when the data names no editor.
    ...(edition.editors.length > 0 ? { contributors: edition.editors.map((p) => ({ title: p.fullName, role: "author" })) } : {}),
    sources: [{ title: colloquium.source.title, path: colloquium.source.url }],
    resources: [
      ...all.map((table) => ({
        name: table.name,
        path: `${table.name}.csv`,
        profile: "tabular-data-resource",
        description: table.description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { delimiter: ",", quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: table.columns.map(({ name, type, description, list }) => ({ name, type, description: list ? `${description} Separated by "${LIST_SEPARATOR}".` : description })),
          missingValues: [""],
          primaryKey: table.primaryKey,
          ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
        },
      })),
      { name: "edition", path: wholeJsonName(edition), profile: "data-resource", description: "The whole edition in one file.", format: "json", mediatype: "application/json", encoding: "utf-8" },
    ],
  };
  return [
    { name: wholeJsonName(edition), content: `${JSON.stringify(whole, null, 2)}\n` },
    ...csv,
    { name: "datapackage.json", content: `${JSON.stringify(datapackage, null, 2)}\n` },
  ];
}
