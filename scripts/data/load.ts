/**
 * Reads a colloquium's data folder, validates every file against the schema,
 * checks the references between files and returns the edition model the
 * templates use. Any mistake stops here with the file, field path and fix.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { z } from "zod";
import { DataError, DataErrors, formatPath } from "./errors.ts";
import { buildEdition, type Edition } from "./model.ts";
import {
  ColloquiumSchema,
  LabelsSchema,
  OrganisationsSchema,
  PeopleSchema,
  SessionSchema,
  type SessionData,
} from "./schema.ts";

/** The files of a data folder and the helper each one should use. */
export const DATA_FILES = {
  colloquium: { file: "colloquium.ts", helper: "defineColloquium", schema: ColloquiumSchema },
  people: { file: "people.ts", helper: "definePeople", schema: PeopleSchema },
  organisations: { file: "organisations.ts", helper: "defineOrganisations", schema: OrganisationsSchema },
  labels: { file: "labels.ts", helper: "defineLabels", schema: LabelsSchema },
} as const;
export const SESSIONS_FOLDER = "sessions";

/** The data folder in use: ACTES_DATA_DIR, else the project's own _data/. */
export function dataDirectory(projectRoot = process.cwd()): string {
  return path.resolve(projectRoot, process.env.ACTES_DATA_DIR ?? "_data");
}

// Each load imports fresh modules, so edits are seen by the dev server's rebuilds.
let generation = 0;

async function importDefault(file: string, displayName: string): Promise<unknown> {
  const url = `${pathToFileURL(file).href}?generation=${generation}`;
  let module: { default?: unknown };
  try {
    module = (await import(url)) as { default?: unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataError(displayName, "", `cannot be compiled or run: ${reason}`, "correct the TypeScript syntax at the line shown above", {
      cause: error,
    });
  }
  if (module.default === undefined) {
    throw new DataError(displayName, "", "has no default export", "end the file with `export default define…({ … })`");
  }
  return module.default;
}

function parse<S extends z.ZodType>(schema: S, value: unknown, displayName: string, errors: DataError[]): z.output<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push(new DataError(displayName, formatPath(issue.path), issue.message, fixFor(issue)));
  }
  return undefined;
}

function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `add this required field (${issue.expected})`
        : `give a value of type ${issue.expected}`;
    case "unrecognized_keys":
      return `remove or rename ${issue.keys.map((key) => `"${key}"`).join(", ")}: the schema (scripts/data/schema.ts) does not know ${issue.keys.length > 1 ? "them" : "it"}`;
    case "invalid_value":
      return `use one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "too_small":
      return "fill it in: it must not be empty";
    default:
      return "see the field's description in scripts/data/schema.ts";
  }
}

export async function loadEdition(dataDir = dataDirectory()): Promise<Edition> {
  generation++;
  const display = (file: string) => path.relative(process.cwd(), path.join(dataDir, file)) || file;
  const errors: DataError[] = [];

  const loaded: Record<string, unknown> = {};
  for (const [key, { file, helper, schema }] of Object.entries(DATA_FILES)) {
    const full = path.join(dataDir, file);
    if (!existsSync(full)) {
      errors.push(new DataError(display(file), "", "is missing", `create it with \`export default ${helper}({ … })\``));
      continue;
    }
    loaded[key] = parse(schema, await importDefault(full, display(file)), display(file), errors);
  }

  const sessionsDir = path.join(dataDir, SESSIONS_FOLDER);
  const sessionFiles = existsSync(sessionsDir)
    ? readdirSync(sessionsDir).filter((name) => name.endsWith(".ts")).sort()
    : [];
  if (sessionFiles.length === 0) {
    errors.push(
      new DataError(display(SESSIONS_FOLDER), "", "holds no session file", "add one file per session, e.g. sessions/01-ouverture.ts with `export default defineSession({ … })`"),
    );
  }
  const sessions: { file: string; session: SessionData }[] = [];
  for (const name of sessionFiles) {
    const file = display(path.join(SESSIONS_FOLDER, name));
    const session = parse(SessionSchema, await importDefault(path.join(sessionsDir, name), file), file, errors);
    if (session) sessions.push({ file, session });
  }

  if (errors.length > 0) throw new DataErrors(errors);
  const edition = buildEdition(
    {
      colloquium: loaded.colloquium as z.output<typeof ColloquiumSchema>,
      people: loaded.people as z.output<typeof PeopleSchema>,
      organisations: loaded.organisations as z.output<typeof OrganisationsSchema>,
      labels: loaded.labels as z.output<typeof LabelsSchema>,
      sessions,
    },
    display,
  );
  return edition;
}
