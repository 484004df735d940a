/**
 * Validation of a colloquium's data, without any file access: the values the
 * data files export go in, the edition model or every author mistake comes out.
 * The loader (load.ts) reads the files and calls this; tests call it in memory.
 */
import type { z } from "zod";
import { DataError, DataErrors, closest, formatPath } from "./errors.ts";
import { builtInLabels, overlayLabels } from "./labels/index.ts";
import { daysBetween } from "../lib/dates.ts";
import { missingPluralForms } from "../lib/typography.ts";
import { buildEdition, type Edition, type ValidatedFiles } from "./model.ts";
import {
  COUNT_LABELS,
  ColloquiumSchema,
  type Labels,
  LabelsSchema,
  OrganisationKindSchema,
  OrganisationsSchema,
  PeopleSchema,
  SessionSchema,
  type SessionData,
} from "./schema.ts";

/**
 * The files of a data folder, the helper each one should use and its schema.
 * labels.ts is optional: it overrides words of the built-in set of the language.
 */
export const DATA_FILES = {
  colloquium: { file: "colloquium.ts", helper: "defineColloquium", schema: ColloquiumSchema, optional: false },
  people: { file: "people.ts", helper: "definePeople", schema: PeopleSchema, optional: false },
  organisations: { file: "organisations.ts", helper: "defineOrganisations", schema: OrganisationsSchema, optional: false },
  labels: { file: "labels.ts", helper: "defineLabels", schema: LabelsSchema, optional: true },
} as const;
export const SESSIONS_FOLDER = "sessions";

/** Stands for a data file that could not be read or run; its error is reported with the others. */
export class Unloaded {
  constructor(readonly error: DataError) {}
}

/** What each data file exports by default (or why it could not be loaded). */
export interface RawEdition {
  colloquium: unknown;
  people: unknown;
  organisations: unknown;
  /** The words labels.ts overrides; undefined when the folder has no labels.ts. */
  labels: unknown;
  /** In reading order; `file` is the name shown in messages, e.g. _data/sessions/01-ouverture.ts. */
  sessions: { file: string; value: unknown }[];
}

/** Shown as the field path when the default export itself has the wrong shape. */
const WHOLE_EXPORT = "(default export)";

/**
 * Validates every file against its schema, then the references between files.
 * Returns the edition model, or throws DataErrors listing every mistake found.
 * `display` turns a file name relative to the data folder into the name shown in messages.
 */
export function validateEdition(raw: RawEdition, display: (file: string) => string): Edition {
  const errors: DataError[] = [];
  const colloquium = parse(DATA_FILES.colloquium.schema, raw.colloquium, display(DATA_FILES.colloquium.file), errors);
  const people = parse(DATA_FILES.people.schema, raw.people, display(DATA_FILES.people.file), errors);
  const organisations = parse(DATA_FILES.organisations.schema, raw.organisations, display(DATA_FILES.organisations.file), errors);
  // The built-in words of the edition's language (French while the language is unknown), with the folder's own over them.
  const builtIn = builtInLabels(colloquium?.language ?? "fr");
  const labels = parse(DATA_FILES.labels.schema, raw.labels instanceof Unloaded ? raw.labels : overlayLabels(builtIn, raw.labels), display(DATA_FILES.labels.file), errors);

  if (raw.sessions.length === 0) {
    errors.push(
      new DataError(display(SESSIONS_FOLDER), "", "holds no session file", "add one file per session, e.g. sessions/01-ouverture.ts with `export default defineSession({ … })`"),
    );
  }
  const sessions: { file: string; session: SessionData }[] = [];
  for (const { file, value } of raw.sessions) {
    const session = parse(SessionSchema, value, file, errors);
    if (session) sessions.push({ file, session });
  }

  if (colloquium && labels) errors.push(...pluralFormErrors(labels, colloquium.language, display(DATA_FILES.labels.file)));

  if (errors.length > 0 || !colloquium || !people || !organisations || !labels) throw new DataErrors(errors);
  const files: ValidatedFiles = { colloquium, people, organisations, labels, sessions };
  errors.push(...checkReferences(files, display));
  if (errors.length > 0) throw new DataErrors(errors);
  return buildEdition(files);
}

/**
 * The rules between files, once each file has its shape: every id names
 * something defined once, organisation kinds have a heading, session and
 * contribution slugs are unique and clear of the site's routes, numbered
 * sessions run 1, 2, 3…, days fall within the colloquium, and no two sessions
 * of a day overlap or stand out of file order. The model (model.ts) is built
 * only from files that pass.
 */
function checkReferences(files: ValidatedFiles, display: (file: string) => string): DataError[] {
  const { colloquium, labels } = files;
  const errors: DataError[] = [];
  const peopleFile = display("people.ts");
  const organisationsFile = display("organisations.ts");
  const colloquiumFile = display("colloquium.ts");
  const labelsFile = display("labels.ts");

  // Organisation kinds: the built-in ones, and any other that labels.ts names under organisationKinds.
  const kindLabels: Record<string, string> = labels.organisationKinds;
  const usedKinds = new Set(files.organisations.map((o) => o.kind));
  files.organisations.forEach((organisation, index) => {
    if (kindLabels[organisation.kind] !== undefined) return;
    const hint = closest(organisation.kind, Object.keys(kindLabels), 1).map((k) => `use "${k}", or `)[0] ?? "";
    errors.push(
      new DataError(organisationsFile, `[${index}].kind`, `unknown organisation kind "${organisation.kind}"`,
        `${hint}name this kind in ${labelsFile} with its heading: organisationKinds: { "${organisation.kind}": "…" }`),
    );
  });
  for (const kind of Object.keys(kindLabels)) {
    if ((OrganisationKindSchema.options as readonly string[]).includes(kind) || usedKinds.has(kind)) continue;
    const near = closest(kind, [...OrganisationKindSchema.options, ...usedKinds], 1)[0];
    errors.push(
      new DataError(labelsFile, `organisationKinds.${kind}`, `names a kind that no organisation has`,
        near ? `did you mean "${near}"? Rename the key, or give an organisation kind "${kind}" in ${organisationsFile}` : `remove it, or give an organisation kind "${kind}" in ${organisationsFile}`),
    );
  }

  // Ids, in the order they are defined (the first of two equal ids counts).
  const uniqueIds = (items: { id: string }[], file: string, what: string): Set<string> => {
    const ids = new Set<string>();
    items.forEach((item, index) => {
      if (ids.has(item.id)) errors.push(new DataError(file, formatPath([index, "id"]), `duplicate ${what} id "${item.id}"`, `give each ${what} its own id`));
      else ids.add(item.id);
    });
    return ids;
  };
  const organisationIds = uniqueIds(files.organisations, organisationsFile, "organisation");
  const checkOrganisation = (id: string, file: string, at: string) => {
    if (!organisationIds.has(id)) errors.push(unknownIdError(id, "organisation", organisationIds, file, at, organisationsFile));
  };
  uniqueIds(files.people, peopleFile, "person");
  const personIds = new Set<string>();
  files.people.forEach((person, index) => {
    if (personIds.has(person.id)) return;
    // A speaker id names a person or an organisation: it must not be both.
    if (organisationIds.has(person.id)) {
      errors.push(new DataError(peopleFile, `[${index}].id`, `"${person.id}" is also the id of an organisation in ${organisationsFile}`, "give the person or the organisation another id, so that a speaker id says which one it is"));
    }
    person.organisations.forEach((id, j) => checkOrganisation(id, peopleFile, `[${index}].organisations[${j}]`));
    personIds.add(person.id);
  });
  const checkPerson = (id: string, file: string, at: string) => {
    if (!personIds.has(id)) errors.push(unknownIdError(id, "person", personIds, file, at, peopleFile));
  };
  const checkSpeaker = (id: string, file: string, at: string) => {
    if (personIds.has(id) || organisationIds.has(id)) return;
    // Most speakers are people: the message says so, and the fix names the organisations too.
    const suggestions = closest(id, [...personIds, ...organisationIds]);
    const hint = suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}? ` : "";
    errors.push(new DataError(file, at, `unknown person id "${id}"`, `${hint}Use an id defined in ${peopleFile} (or in ${organisationsFile} for an organisation speaking as such), or add the person there.`));
  };

  // The writers a synthesis names, like speakers: people, or organisations writing as such.
  const checkWriters = (authorship: ValidatedFiles["colloquium"]["authorship"] | undefined, file: string, at: string) => {
    if (Array.isArray(authorship?.writers)) authorship.writers.forEach((id, j) => checkSpeaker(id, file, `${at}.writers[${j}]`));
  };

  checkPerson(colloquium.coordinator.person, colloquiumFile, "coordinator.person");
  checkWriters(colloquium.authorship, colloquiumFile, "authorship");
  colloquium.editors?.forEach((id, i) => checkPerson(id, colloquiumFile, `editors[${i}]`));
  colloquium.organisers.forEach((id, i) => checkOrganisation(id, colloquiumFile, `organisers[${i}]`));
  (colloquium.partners ?? []).forEach((id, i) => checkOrganisation(id, colloquiumFile, `partners[${i}]`));

  // Sessions: slugs unique and clear of the site's own routes; numbered ones 1, 2, 3… per kind in file order.
  const dates = { start: colloquium.date, end: colloquium.endDate ?? colloquium.date, days: daysBetween(colloquium.date, colloquium.endDate ?? colloquium.date) };
  const reserved = new Map(Object.entries(labels.routes).map(([key, slug]) => [slug, key]));
  const sessionSlugs = new Map<string, string>();
  const contributionSlugs = new Map<string, string>();
  const expectedNumber = new Map<string, number>();
  const slots: Slot[] = [];
  for (const { file, session } of files.sessions) {
    if (sessionSlugs.has(session.slug)) {
      errors.push(new DataError(file, "slug", `duplicate session slug "${session.slug}", already used by ${sessionSlugs.get(session.slug)}`, "give each session its own slug"));
    } else if (reserved.has(session.slug)) {
      errors.push(new DataError(file, "slug", `session slug "${session.slug}" is the site's route for ${reserved.get(session.slug)}`, `choose another slug, or change routes.${reserved.get(session.slug)} in ${labelsFile}`));
    }
    sessionSlugs.set(session.slug, file);
    if (session.number !== undefined) {
      const expected = expectedNumber.get(session.kind) ?? 1;
      if (session.number !== expected) {
        errors.push(new DataError(file, "number", `${session.kind} number ${session.number} is out of sequence: expected ${expected}`, `number ${session.kind}s 1, 2, 3… in the order of their file names`));
      }
      expectedNumber.set(session.kind, session.number + 1);
    }
    if (session.day !== undefined && (session.day < dates.start || session.day > dates.end)) {
      errors.push(new DataError(file, "day", `${session.day} is not a day of the colloquium (${dates.start}${dates.end === dates.start ? "" : ` to ${dates.end}`})`, `give a day from ${dates.start} to ${dates.end}, or correct date and endDate in ${colloquiumFile}`));
    }
    const day = session.day ?? (dates.days.length === 1 ? dates.start : undefined);
    if (session.start !== undefined && day === undefined) {
      errors.push(new DataError(file, "day", "is missing: the session has a start time and the colloquium lasts several days", `give the day it took place, from ${dates.start} to ${dates.end}`));
    }
    slots.push({ file, ...(day === undefined ? {} : { day }), ...(session.start === undefined ? {} : { start: session.start }), ...(session.end === undefined ? {} : { end: session.end }) });
    session.chairs.forEach((id, j) => checkPerson(id, file, `chairs[${j}]`));
    session.contributions.forEach((contribution, index) => {
      const at = `contributions[${index}]`;
      if (contributionSlugs.has(contribution.slug)) {
        errors.push(new DataError(file, `${at}.slug`, `duplicate contribution slug "${contribution.slug}", already used in ${contributionSlugs.get(contribution.slug)}`, "give each contribution a slug of its own across the edition"));
      }
      contributionSlugs.set(contribution.slug, file);
      contribution.speakers.forEach((id, j) => checkSpeaker(id, file, `${at}.speakers[${j}]`));
      checkWriters(contribution.authorship, file, `${at}.authorship`);
    });
  }
  checkTimes(slots, errors);
  return errors;
}

/** A session's place in the programme: its file, day and times. */
interface Slot {
  file: string;
  day?: string;
  start?: string;
  end?: string;
}

/**
 * Times within a day: no two sessions overlap, and the files follow the
 * programme's order (the site and the booklet keep file order).
 */
function checkTimes(slots: Slot[], errors: DataError[]): void {
  const span = (e: Slot) => `${e.start}${e.end ? `–${e.end}` : ""}`;
  const timed = slots.filter((slot) => slot.day !== undefined && slot.start !== undefined);
  const byDay = new Map<string, Slot[]>();
  for (const slot of timed) byDay.set(slot.day!, [...(byDay.get(slot.day!) ?? []), slot]);
  for (const [day, items] of byDay) {
    const sorted = [...items].sort((a, b) => a.start!.localeCompare(b.start!));
    sorted.forEach((later, index) => {
      const earlier = sorted[index - 1];
      if (!earlier) return;
      const earlierEnds = earlier.end ?? earlier.start!;
      if (later.start! < earlierEnds || later.start === earlier.start) {
        errors.push(
          new DataError(later.file, "start", `${span(later)} on ${day} overlaps ${earlier.file} (${span(earlier)})`,
            "correct the times or the day: two sessions of one day cannot overlap"),
        );
      }
    });
  }
  let previous: Slot | undefined;
  for (const slot of slots) {
    if (slot.day === undefined) continue;
    const { day, start } = slot;
    if (previous && (day < previous.day! || (day === previous.day && start && previous.start && start < previous.start))) {
      errors.push(
        new DataError(slot.file, start && day === previous.day ? "start" : "day", `comes before ${previous.file} in the programme (${day}${start ? ` ${start}` : ""}) but after it in file order`,
          "rename the session files so that they sort in the order of the programme (01-…, 02-…)"),
      );
    }
    previous = slot;
  }
}

function unknownIdError(id: string, what: string, known: Iterable<string>, file: string, at: string, definedIn: string): DataError {
  const suggestions = closest(id, known);
  const hint = suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}? ` : "";
  return new DataError(file, at, `unknown ${what} id "${id}"`, `${hint}Use an id defined in ${definedIn}, or add the ${what} there.`);
}

/** A count label lacking a form its language needs ("1 pages"): one error per label, naming the categories and an example of each. */
function pluralFormErrors(labels: Labels, language: string, file: string): DataError[] {
  return Object.entries(COUNT_LABELS).flatMap(([key, type]) => {
    const missing = missingPluralForms(labels[key as keyof typeof COUNT_LABELS], language, type);
    if (missing.length === 0) return [];
    const rules = new Intl.PluralRules(language, { type });
    const example = (category: Intl.LDMLPluralRule) => Array.from({ length: 201 }, (_, n) => n).filter((n) => rules.select(n) === category).slice(0, 3).join(", ");
    return [
      new DataError(
        file,
        key,
        `has no form for the ${type} plural categor${missing.length > 1 ? "ies" : "y"} ${missing.map((c) => `"${c}"`).join(", ")} of the language "${language}"`,
        `add ${missing.map((c) => `${key}.${c} (used for ${example(c)}…)`).join(" and ")}, e.g. ${key}: { ${[...missing, "other"].filter((c, i, all) => all.indexOf(c) === i).map((c) => `${c}: "…"`).join(", ")} }`,
      ),
    ];
  });
}

function parse<S extends z.ZodType>(schema: S, value: unknown, file: string, errors: DataError[]): z.output<S> | undefined {
  if (value instanceof Unloaded) {
    errors.push(value.error);
    return undefined;
  }
  // reportInput tells a missing field (input undefined) from one of the wrong type.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push(new DataError(file, issue.path.length > 0 ? formatPath(issue.path) : WHOLE_EXPORT, issue.message, fixFor(issue, schema)));
  }
  return undefined;
}

function fixFor(issue: z.core.$ZodIssue, schema: z.ZodType): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `add this required field (${issue.expected})`
        : `give a value of type ${issue.expected}`;
    case "unrecognized_keys": {
      const known = keysAt(schema, issue.path);
      const renames = issue.keys.map((key) => {
        const near = closest(key, known, 1)[0];
        return near ? `rename "${key}" to "${near}"` : `remove "${key}"`;
      });
      return `${renames.join(", ")}: the schema (scripts/data/schema.ts) does not know ${issue.keys.length > 1 ? "them" : "it"}`;
    }
    case "invalid_value":
      return `use one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "too_small":
      if (issue.origin === "string") return "write some text here, or remove the field if it is optional";
      if (issue.origin === "array") return `give at least ${issue.minimum} item${Number(issue.minimum) > 1 ? "s" : ""}`;
      return `use a value of at least ${issue.minimum}`;
    case "too_big":
      return `use a value of at most ${issue.maximum}`;
    case "invalid_format":
      if (issue.format === "email") return "give an e-mail address, e.g. \"name@example.org\"";
      if (issue.format === "url") return "give a full address starting with https://";
      return "rewrite the value in the form the message shows";
    case "custom":
      return typeof issue.params?.fix === "string" ? issue.params.fix : "see the field's description in scripts/data/schema.ts";
    default:
      return "see the field's description in scripts/data/schema.ts";
  }
}

/** The field names an object schema accepts at `path` (array indexes, optional and default wrappers passed through). */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  for (const key of [...path, undefined]) {
    // Unwrap until an object or an array, then step into it by the next key.
    for (let guard = 0; current && guard < 10; guard++) {
      const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
      if (def.innerType) current = def.innerType;
      else if (def.type === "pipe" && def.in) current = def.in;
      else break;
    }
    if (!current) return [];
    const def = current._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
    if (key === undefined) return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
    current = typeof key === "number" ? def.element : def.shape?.[String(key)];
  }
  return [];
}
