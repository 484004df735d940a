/**
 * Helpers for authors of data files: each returns its argument unchanged and
 * exists only so that editors offer completion and the type checker catches
 * mistakes early. The build validates the same shapes again (see schema.ts).
 *
 *   import { defineSession } from "actes";
 *   export default defineSession({ … });
 */
import type { ColloquiumInput, Labels, Organisation, Person, SessionInput } from "./schema.ts";

export type { ColloquiumInput, Labels, Organisation, Person, SessionInput };

export const defineColloquium = (colloquium: ColloquiumInput): ColloquiumInput => colloquium;
export const definePeople = (people: Person[]): Person[] => people;
export const defineOrganisations = (organisations: Organisation[]): Organisation[] => organisations;
export const defineSession = (session: SessionInput): SessionInput => session;
export const defineLabels = (labels: Labels): Labels => labels;
