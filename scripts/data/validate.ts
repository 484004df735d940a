/**
 * Validation of a colloquium's data, without any file access: the values the
 * data files export go in, the edition model or every author mistake comes out.
 * The loader (load.ts) reads the files and calls this; tests call it in memory.
 */
import type { z } from "zod";
import { DataError, DataErrors, closest, formatPath } from "./errors.ts";
import { builtInLabels, overlayLabels } from "./labels/index.ts";
import { buildEdition, type Edition } from "./model.ts";
import { missingPluralForms } from "../lib/typography.ts";
import {
  COUNT_LABELS,
  ColloquiumSchema,
  type Labels,
  LabelsSchema,
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
  return buildEdition({ colloquium, people, organisations, labels, sessions }, display);
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
