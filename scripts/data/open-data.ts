/**
 * The proceedings as open data: the whole edition as one JSON file, four CSV
 * tables (contributions, sessions, people, organisations) written by
 * csv-stringify, and a Frictionless Data Package (datapackage.json) that
 * describes them, under the licence the data declares. Markdown fields are
 * given as written in the data.
 */
import { stringify } from "csv-stringify/sync";
import { fullTitle, publicUrl, type BookletPages } from "./citation.ts";
import { eventDates } from "./dates.ts";
import type { Edition } from "./model.ts";

type FieldType = "string" | "integer" | "date";
interface Field {
  name: string;
  type: FieldType;
  description: string;
  /** A list stored in one cell, items separated by LIST_SEPARATOR. */
  list?: boolean;
}
interface Table {
  name: string;
  description: string;
  fields: Field[];
  primaryKey: string;
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  rows: Record<string, string | number | undefined>[];
}

/** Lists (speakers, keywords, organisations) in one CSV cell. */
export const LIST_SEPARATOR = "; ";

const f = (name: string, type: FieldType, description: string, list = false): Field => ({ name, type, description, ...(list ? { list } : {}) });

function tables(edition: Edition, pagesOf: BookletPages): Table[] {
  const url = (path: string) => publicUrl(edition.colloquium, path) ?? path;
  const list = (items: readonly string[] | undefined) => (items ?? []).join(LIST_SEPARATOR);
  return [
    {
      name: "contributions",
      description: "Contributions, in reading order.",
      primaryKey: "slug",
      foreignKeys: [{ fields: "session", reference: { resource: "sessions", fields: "slug" } }],
      fields: [
        f("slug", "string", "Identifier, unique in the edition."),
        f("position", "integer", "Place in reading order, from 1."),
        f("session", "string", "Slug of the session."),
        f("kind", "string", "address, practitioner, academic, enterprise or closing."),
        f("title", "string", "Title of the talk, empty when it had none."),
        f("heading", "string", "Title shown on the page."),
        f("speakers", "string", "Person ids of the speakers, in order.", true),
        f("summary", "string", "Summary, in Markdown."),
        f("keywords", "string", "Keywords.", true),
        f("first_page", "string", "First page in the booklet, when known."),
        f("last_page", "string", "Last page in the booklet, when known."),
        f("doi", "string", "DOI, when registered."),
        f("url", "string", "Address of its page."),
      ],
      rows: edition.contributions.map((c) => {
        const pages = pagesOf(c.slug);
        return {
          slug: c.slug,
          position: c.position,
          session: c.session.slug,
          kind: c.kind,
          title: c.title,
          heading: c.heading,
          speakers: list(c.speakers.map((s) => s.id)),
          summary: c.summary,
          keywords: list(c.keywords),
          first_page: pages?.first,
          last_page: pages?.last,
          doi: c.doi,
          url: url(c.url),
        };
      }),
    },
    {
      name: "sessions",
      description: "Sessions of the day, in order.",
      primaryKey: "slug",
      fields: [
        f("slug", "string", "Identifier."),
        f("kind", "string", "opening, workshop or closing."),
        f("number", "integer", "Workshop number."),
        f("title", "string", "Title."),
        f("axis", "string", "Research axis of a workshop."),
        f("date", "date", "Day of the session."),
        f("introduction", "string", "Introduction, in Markdown."),
        f("url", "string", "Address of its page."),
      ],
      rows: edition.sessions.map((s) => ({
        slug: s.slug,
        kind: s.kind,
        number: s.number,
        title: s.title,
        axis: s.axis,
        date: eventDates(edition.colloquium).start,
        introduction: s.introduction,
        url: url(s.url),
      })),
    },
    {
      name: "people",
      description: "Speakers and editors.",
      primaryKey: "id",
      fields: [
        f("id", "string", "Identifier."),
        f("honorific", "string", "Honorific."),
        f("given_name", "string", "Given name."),
        f("family_name", "string", "Family name."),
        f("role", "string", "Role on the day."),
        f("organisations", "string", "Organisation ids, the main one first.", true),
        f("url", "string", "Address of their page."),
      ],
      rows: edition.people.map((p) => ({
        id: p.id,
        honorific: p.honorific,
        given_name: p.givenName,
        family_name: p.familyName,
        role: p.role,
        organisations: list(p.organisations.map((o) => o.id)),
        url: url(p.url),
      })),
    },
    {
      name: "organisations",
      description: "Organisations of the speakers, organisers and partners.",
      primaryKey: "id",
      fields: [
        f("id", "string", "Identifier."),
        f("name", "string", "Name."),
        f("short_name", "string", "Short name."),
        f("kind", "string", "Kind of organisation."),
        f("place", "string", "Place."),
      ],
      rows: edition.organisations.map((o) => ({ id: o.id, name: o.name, short_name: o.shortName, kind: o.kind, place: o.place })),
    },
  ];
}

export interface OpenDataFile {
  /** File name inside the open data folder. */
  name: string;
  content: string;
}

/** The name of the JSON file of the whole edition. */
export const wholeJsonName = (edition: Edition) => `${edition.colloquium.slug}.json`;

/** Every file of the open data folder: the JSON, the CSV tables and datapackage.json. */
export function openDataFiles(edition: Edition, pagesOf: BookletPages): OpenDataFile[] {
  const { colloquium } = edition;
  const all = tables(edition, pagesOf);
  const csv = all.map((table) => ({
    name: `${table.name}.csv`,
    content: stringify(
      table.rows.map((row) => table.fields.map((field) => row[field.name] ?? "")),
      { header: true, columns: table.fields.map((field) => field.name), record_delimiter: "unix" },
    ),
  }));
  const dates = eventDates(colloquium);
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
      licence: colloquium.licence,
      publication: { publisher: colloquium.publication.publisher, date: colloquium.publication.date, url: colloquium.publication.url, doi: colloquium.publication.doi },
    },
    ...Object.fromEntries(all.map((table) => [table.name, table.rows])),
  };
  const datapackage = {
    profile: "tabular-data-package",
    name: colloquium.slug,
    title: fullTitle(colloquium),
    language: colloquium.language,
    created: `${colloquium.publication.date}T00:00:00Z`,
    ...(publicUrl(colloquium, "/") ? { homepage: publicUrl(colloquium, "/") } : {}),
    // A licence only when the data grants one: an open data package without one claims none.
    ...(colloquium.licence ? { licenses: [{ title: colloquium.licence.name, ...(colloquium.licence.url ? { path: colloquium.licence.url } : {}) }] } : {}),
    contributors: edition.editors.map((p) => ({ title: p.fullName, role: "author" })),
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
          fields: table.fields.map(({ list, ...field }) => ({ ...field, ...(list ? { description: `${field.description} Separated by "${LIST_SEPARATOR}".` } : {}) })),
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
