/**
 * `actes init <folder>`: a small, valid, commented starter edition that builds
 * at once, in French or in English, with a tsconfig.json that lets
 * `npx tsc -p <folder>` type-check the data against this package's helpers.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SupportedLanguage } from "../data/schema.ts";

/** The helpers data files import as "actes". */
const DEFINE_FILE = fileURLToPath(new URL("../data/define.ts", import.meta.url));

export class StarterError extends Error {
  override name = "StarterError";
}

/** Writes the starter edition into `folder` (created if needed, refused if it holds anything). Returns the files written, relative to it. */
export function writeStarter(folder: string, language: SupportedLanguage): string[] {
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new StarterError(`${folder} already holds files: actes init writes only into a new or empty folder. Fix: give the path of a folder that does not exist yet.`);
  }
  const files = { ...STARTERS[language], "tsconfig.json": tsconfig(folder) };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), content);
  }
  return Object.keys(files);
}

/**
 * Type-checking for the data folder: "actes" mapped to this package's
 * define.ts by a path relative to the folder (run `actes init` again in a new
 * folder if either moves). Bundler resolution: no CommonJS or ES module rules
 * to satisfy for files that only hold data.
 */
function tsconfig(folder: string): string {
  const define = path.relative(path.resolve(folder), DEFINE_FILE).split(path.sep).join("/");
  return `${JSON.stringify(
    {
      compilerOptions: {
        target: "ES2023",
        module: "ESNext",
        moduleResolution: "Bundler",
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        allowImportingTsExtensions: true,
        types: [],
        paths: { actes: [define.startsWith(".") ? define : `./${define}`] },
      },
      include: ["**/*.ts"],
    },
    null,
    2,
  )}\n`;
}

const FRENCH: Record<string, string> = {
  "colloquium.ts": `import { defineColloquium } from "actes";

// Le colloque et cette édition de ses actes. Chaque champ est décrit dans
// scripts/data/schema.ts d'Actes ; ceux marqués « facultatif » peuvent être retirés.
export default defineColloquium({
  slug: "mon-colloque-2026", // nomme le PDF : mon-colloque-2026.pdf
  title: "Titre du colloque",
  subtitle: "Actes de la journée d’étude", // facultatif
  shortTitle: "Titre court", // titre courant des pages de gauche du livret
  series: { name: "Journées d’étude du réseau" }, // edition: 3 (facultatif) imprime « 3e édition »
  date: "2026-03-12", // premier (ou seul) jour, AAAA-MM-JJ
  // endDate: "2026-03-13", // facultatif : dernier jour d’un colloque de plusieurs jours
  timeZone: "Europe/Paris", // facultatif : les heures des séances portent leur décalage horaire
  venue: { name: "Salle des conférences", city: "Tours" },
  organisers: ["reseau-exemple"], // ids de organisations.ts
  coordinator: { person: "claire-martin", role: "Coordinatrice scientifique" },
  language: "fr", // "fr" ou "en" : mots de l’interface, dates, typographie, césure
  // attendance: { total: 120, qualifier: "about" }, // facultatif ; qualifier : exact, about (environ), nearly (près de), over (plus de)
  introduction: \`Quelques paragraphes en Markdown qui présentent la journée.\`,
  mission: {
    title: "L’organisateur",
    introduction: "Ce que fait l’organisateur, en Markdown.",
    items: [{ keyword: "réseau", text: "Relier chercheurs et praticiens." }],
  },
  source: { author: "Claire Martin", title: "Programme de la journée", year: 2026, url: "https://example.org/programme" },
  // Qui a écrit les résumés : les intervenants (par défaut), ou une synthèse rédigée par d’autres, p. ex.
  // authorship: { kind: "synthesis", writers: "edition", drawnFrom: "source" },
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.fr" },
  publication: { publisher: "Réseau exemple", date: "2026-06-01" }, // date de cette édition, jamais l’horloge
});
`,
  "people.ts": `import { definePeople } from "actes";

// Toutes les personnes qui interviennent, président une séance ou coordonnent.
export default definePeople([
  {
    id: "claire-martin", // mots en minuscules reliés par des tirets
    givenName: "Claire",
    familyName: "Martin",
    role: "maîtresse de conférences",
    organisations: ["universite-exemple"], // la principale d’abord
  },
  { id: "paul-durand", givenName: "Paul", familyName: "Durand", role: "chargé de mission", organisations: ["reseau-exemple"] },
]);
`,
  "organisations.ts": `import { defineOrganisations } from "actes";

// kind : municipality, intercommunality, department, region, fire-service, state, university, school,
// research, network, company, association, other, ou un type à vous nommé dans labels.ts (organisationKinds).
export default defineOrganisations([
  { id: "reseau-exemple", name: "Réseau exemple", kind: "network" },
  { id: "universite-exemple", name: "Université exemple", kind: "university", place: "Tours" },
]);
`,
  "labels.ts": `import { defineLabels } from "actes";

// Facultatif : les mots de l’interface viennent de l’ensemble français d’Actes.
// Ne donnez ici que ceux que vous changez ; retirer ce fichier revient au même.
export default defineLabels({
  // siteName: "Actes de la journée",
});
`,
  "sessions/01-ouverture.ts": `import { defineSession } from "actes";

// Une séance par fichier, lus dans l’ordre de leurs noms.
export default defineSession({
  slug: "ouverture", // l’adresse de la séance : /ouverture/
  kind: "opening", // opening, keynote, plenary, panel, roundtable, workshop, session, discussion, break, closing
  title: "Ouverture",
  start: "09:00", // facultatif, HH:MM ; day: "2026-03-12" pour un colloque de plusieurs jours
  end: "09:30",
  contributions: [
    {
      slug: "mot-d-accueil", // unique dans l’édition
      kind: "address", // address, talk, keynote, practitioner, academic, enterprise, discussion, closing
      speakers: ["claire-martin"], // ids de personnes ou d’organisations, ou aucun
      title: "Mot d’accueil", // facultatif
      summary: \`Le résumé de l’intervention, en Markdown.\`,
    },
  ],
});
`,
  "sessions/02-pause.ts": `import { defineSession } from "actes";

// Une pause n’a pas besoin d’intervention : elle figure au programme, sans page à elle.
export default defineSession({ slug: "pause", kind: "break", title: "Pause", start: "09:30", end: "09:45" });
`,
  "sessions/03-table-ronde.ts": `import { defineSession } from "actes";

export default defineSession({
  slug: "table-ronde",
  kind: "roundtable",
  title: "Table ronde",
  start: "09:45",
  end: "11:00",
  chairs: ["paul-durand"], // qui préside ou anime (ids de personnes)
  contributions: [
    {
      slug: "echanges",
      kind: "discussion",
      speakers: ["claire-martin", "reseau-exemple"], // une organisation peut prendre la parole
      title: "Échanges avec la salle",
      summary: \`Ce qui s’est dit, en Markdown.\`,
    },
  ],
});
`,
};

const ENGLISH: Record<string, string> = {
  "colloquium.ts": `import { defineColloquium } from "actes";

// The conference and this edition of its proceedings. Every field is described in
// Actes' scripts/data/schema.ts; those marked "optional" can be removed.
export default defineColloquium({
  slug: "my-conference-2026", // names the PDF: my-conference-2026.pdf
  title: "Title of the conference",
  subtitle: "Proceedings of the study day", // optional
  shortTitle: "Short title", // running head of the booklet's left-hand pages
  series: { name: "Network study days" }, // edition: 3 (optional) prints "3rd edition"
  date: "2026-03-12", // first (or only) day, YYYY-MM-DD
  // endDate: "2026-03-13", // optional: last day of a conference over several days
  timeZone: "Europe/London", // optional: session times carry their UTC offset
  venue: { name: "Conference room", city: "Bristol" },
  organisers: ["example-network"], // ids from organisations.ts
  coordinator: { person: "claire-martin", role: "Scientific coordinator" },
  language: "en", // "en" or "fr": interface words, dates, typography, hyphenation
  // attendance: { total: 120, qualifier: "about" }, // optional; qualifier: exact, about, nearly, over
  introduction: \`A few paragraphs of Markdown that present the day.\`,
  mission: {
    title: "The organiser",
    introduction: "What the organiser does, in Markdown.",
    items: [{ keyword: "network", text: "Bring researchers and practitioners together." }],
  },
  source: { author: "Claire Martin", title: "Programme of the day", year: 2026, url: "https://example.org/programme" },
  // Who wrote the summaries: the speakers (the default), or a synthesis written by others, e.g.
  // authorship: { kind: "synthesis", writers: "edition", drawnFrom: "source" },
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  publication: { publisher: "Example network", date: "2026-06-01" }, // date of this edition, never the clock
});
`,
  "people.ts": `import { definePeople } from "actes";

// Everyone who speaks, chairs a session or coordinates.
export default definePeople([
  {
    id: "claire-martin", // lowercase words joined by hyphens
    givenName: "Claire",
    familyName: "Martin",
    role: "senior lecturer",
    organisations: ["example-university"], // the main one first
  },
  { id: "paul-durand", givenName: "Paul", familyName: "Durand", role: "project officer", organisations: ["example-network"] },
]);
`,
  "organisations.ts": `import { defineOrganisations } from "actes";

// kind: municipality, intercommunality, department, region, fire-service, state, university, school,
// research, network, company, association, other, or a kind of your own named in labels.ts (organisationKinds).
export default defineOrganisations([
  { id: "example-network", name: "Example network", kind: "network" },
  { id: "example-university", name: "Example University", kind: "university", place: "Bristol" },
]);
`,
  "labels.ts": `import { defineLabels } from "actes";

// Optional: the interface words come from Actes' English set.
// Give here only the ones you change; removing this file does the same.
export default defineLabels({
  // siteName: "Proceedings of the study day",
});
`,
  "sessions/01-opening.ts": `import { defineSession } from "actes";

// One session per file, read in the order of their names.
export default defineSession({
  slug: "opening", // the session's address: /opening/
  kind: "opening", // opening, keynote, plenary, panel, roundtable, workshop, session, discussion, break, closing
  title: "Opening",
  start: "09:00", // optional, HH:MM; day: "2026-03-12" for a conference over several days
  end: "09:30",
  contributions: [
    {
      slug: "welcome", // unique in the edition
      kind: "address", // address, talk, keynote, practitioner, academic, enterprise, discussion, closing
      speakers: ["claire-martin"], // ids of people or organisations, or none
      title: "Welcome", // optional
      summary: \`The summary of the contribution, in Markdown.\`,
    },
  ],
});
`,
  "sessions/02-break.ts": `import { defineSession } from "actes";

// A break needs no contribution: it is listed in the programme, with no page of its own.
export default defineSession({ slug: "break", kind: "break", title: "Break", start: "09:30", end: "09:45" });
`,
  "sessions/03-round-table.ts": `import { defineSession } from "actes";

export default defineSession({
  slug: "round-table",
  kind: "roundtable",
  title: "Round table",
  start: "09:45",
  end: "11:00",
  chairs: ["paul-durand"], // who chaired or moderated (person ids)
  contributions: [
    {
      slug: "discussion",
      kind: "discussion",
      speakers: ["claire-martin", "example-network"], // an organisation may speak too
      title: "Questions from the floor",
      summary: \`What was said, in Markdown.\`,
    },
  ],
});
`,
};

const STARTERS: Record<SupportedLanguage, Record<string, string>> = { fr: FRENCH, en: ENGLISH };
