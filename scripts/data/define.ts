/**
 * Helpers for authors of data files: each returns its argument unchanged and
 * exists only so that editors offer completion and the type checker catches
 * mistakes early. The build validates the same shapes again (see schema.ts).
 *
 *   import { defineSession } from "actes";
 *   export default defineSession({ … });
 *
 * "actes" is this file: by package self-reference inside this repository, and
 * through the loader's module hook (scripts/data/module-hooks.mjs) for a
 * data folder kept anywhere else.
 */
import type { ColloquiumInput, Labels, LabelsInput, Organisation, Person, SessionInput } from "./schema.ts";

export type { ColloquiumInput, Labels, LabelsInput, Organisation, Person, SessionInput };

export const defineColloquium = (colloquium: ColloquiumInput): ColloquiumInput => colloquium;
export const definePeople = (people: Person[]): Person[] => people;
export const defineOrganisations = (organisations: Organisation[]): Organisation[] => organisations;
export const defineSession = (session: SessionInput): SessionInput => session;
/** Only the words to change: every other word comes from the built-in set of the colloquium's language. */
export const defineLabels = (labels: LabelsInput): LabelsInput => labels;
