/**
 * `actes init <folder>`: a small, valid, commented starter edition that builds
 * at once, in French or in English, with a tsconfig.json that lets
 * `npx tsc -p <folder>` type-check the data against this package's helpers.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SupportedLanguage } from "../data/schema.ts";

/** The helpers data files import as "actes". */
const DEFINE_FILE = fileURLToPath(new URL("../data/define.ts", import.meta.url));

export class StarterError extends Error {
  override name = "StarterError";
}

/**
 * Writes the starter edition into `folder` (created if needed). A folder that
 * holds a project (its package.json, node_modules…) is fine, as `actes init .`
 * in a project that installed Actes; one that holds any file the starter would
 * write, or a sessions/ folder, is refused: nothing is overwritten. Returns the
 * files written, relative to it.
 */
export function writeStarter(folder: string, language: SupportedLanguage): string[] {
  const files = { ...starterFiles(language), "tsconfig.json": tsconfig(folder) };
  const taken = [...Object.keys(files).filter((name) => !name.includes("/")), "sessions"].filter((name) => existsSync(path.join(folder, name)));
  if (taken.length > 0) {
    throw new StarterError(
      `${folder} already holds files of an edition (${taken.join(", ")}): actes init writes only where it overwrites nothing. Fix: give the path of a new folder, or move those files away.`,
    );
  }
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), content);
  }
  return Object.keys(files);
}

/** True when this package runs installed in a project's node_modules, not from its own repository. */
export const INSTALLED = DEFINE_FILE.split(path.sep).includes("node_modules");

/**
 * Type-checking for the data folder. Installed as a package, "actes" resolves
 * through the project's node_modules as any dependency does (the package's
 * "exports"); run from Actes's own repository, it is mapped to define.ts by a
 * path relative to the folder (run `actes init` again if either moves).
 * Bundler resolution: no CommonJS or ES module rules to satisfy for files that
 * only hold data.
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
        ...(INSTALLED ? {} : { paths: { actes: [define.startsWith(".") ? define : `./${define}`] } }),
      },
      include: ["**/*.ts"],
    },
    null,
    2,
  )}\n`;
}

/** The words of the starter in one language: the template below is the same for all. */
interface StarterWords {
  optional: string;
  files: { opening: string; break: string; roundTable: string };
  colloquium: {
    about: string;
    slug: string;
    namesPdf: string;
    title: string;
    subtitle: string;
    shortTitle: string;
    shortTitleNote: string;
    series: string;
    editionNote: string;
    dateNote: string;
    endDateNote: string;
    timeZone: string;
    timeZoneNote: string;
    venue: string;
    city: string;
    organiser: string;
    organisersNote: string;
    coordinatorRole: string;
    languageNote: string;
    attendanceNote: string;
    introduction: string;
    missionTitle: string;
    missionIntroduction: string;
    missionKeyword: string;
    missionText: string;
    sourceTitle: string;
    authorshipNote: string;
    licenceUrl: string;
    publisher: string;
    publicationNote: string;
  };
  people: { about: string; idNote: string; claireRole: string; university: string; mainFirst: string; paulRole: string };
  organisations: { kindNote: string; network: string; university: string };
  labels: { about: string; siteName: string };
  sessions: {
    onePerFile: string;
    openingSlug: string;
    addressNote: string;
    opening: string;
    timeNote: string;
    welcomeSlug: string;
    uniqueNote: string;
    speakersNote: string;
    welcome: string;
    summary: string;
    breakNote: string;
    breakSlug: string;
    breakTitle: string;
    roundTableSlug: string;
    roundTable: string;
    chairsNote: string;
    discussionSlug: string;
    organisationSpeaks: string;
    discussionTitle: string;
    discussionSummary: string;
  };
}

const WORDS: Record<SupportedLanguage, StarterWords> = {
  fr: {
    optional: "facultatif",
    files: { opening: "01-ouverture", break: "02-pause", roundTable: "03-table-ronde" },
    colloquium: {
      about: "// Le colloque et cette édition de ses actes. Chaque champ est décrit dans\n// scripts/data/schema.ts d'Actes ; ceux marqués « facultatif » peuvent être retirés.",
      slug: "mon-colloque-2026",
      namesPdf: "nomme le PDF : ",
      title: "Titre du colloque",
      subtitle: "Actes de la journée d’étude",
      shortTitle: "Titre court",
      shortTitleNote: "titre courant des pages de gauche du livret",
      series: "Journées d’étude du réseau",
      editionNote: "edition: 3 (facultatif) imprime « 3e édition »",
      dateNote: "premier (ou seul) jour, AAAA-MM-JJ",
      endDateNote: "facultatif : dernier jour d’un colloque de plusieurs jours",
      timeZone: "Europe/Paris",
      timeZoneNote: "facultatif : les heures des séances portent leur décalage horaire",
      venue: "Salle des conférences",
      city: "Tours",
      organiser: "reseau-exemple",
      organisersNote: "ids de organisations.ts",
      coordinatorRole: "Coordinatrice scientifique",
      languageNote: `"fr" ou "en" : mots de l’interface, dates, typographie, césure`,
      attendanceNote: "facultatif ; qualifier : exact, about (environ), nearly (près de), over (plus de)",
      introduction: "Quelques paragraphes en Markdown qui présentent la journée.",
      missionTitle: "L’organisateur",
      missionIntroduction: "Ce que fait l’organisateur, en Markdown.",
      missionKeyword: "réseau",
      missionText: "Relier chercheurs et praticiens.",
      sourceTitle: "Programme de la journée",
      authorshipNote: "Qui a écrit les résumés : les intervenants (par défaut), ou une synthèse rédigée par d’autres, p. ex.",
      licenceUrl: "https://creativecommons.org/licenses/by/4.0/deed.fr",
      publisher: "Réseau exemple",
      publicationNote: "date de cette édition, jamais l’horloge",
    },
    people: {
      about: "Toutes les personnes qui interviennent, président une séance ou coordonnent.",
      idNote: "mots en minuscules reliés par des tirets",
      claireRole: "maîtresse de conférences",
      university: "universite-exemple",
      mainFirst: "la principale d’abord",
      paulRole: "chargé de mission",
    },
    organisations: {
      kindNote: "// kind : municipality, intercommunality, department, region, fire-service, state, university, school,\n// research, network, company, association, other, ou un type à vous nommé dans labels.ts (organisationKinds).",
      network: "Réseau exemple",
      university: "Université exemple",
    },
    labels: {
      about: "// Facultatif : les mots de l’interface viennent de l’ensemble français d’Actes.\n// Ne donnez ici que ceux que vous changez ; retirer ce fichier revient au même.",
      siteName: "Actes de la journée",
    },
    sessions: {
      onePerFile: "Une séance par fichier, lus dans l’ordre de leurs noms.",
      openingSlug: "ouverture",
      addressNote: "l’adresse de la séance : ",
      opening: "Ouverture",
      timeNote: `facultatif, HH:MM ; day: "2026-03-12" pour un colloque de plusieurs jours`,
      welcomeSlug: "mot-d-accueil",
      uniqueNote: "unique dans l’édition",
      speakersNote: "ids de personnes ou d’organisations, ou aucun",
      welcome: "Mot d’accueil",
      summary: "Le résumé de l’intervention, en Markdown.",
      breakNote: "Une pause n’a pas besoin d’intervention : elle figure au programme, sans page à elle.",
      breakSlug: "pause",
      breakTitle: "Pause",
      roundTableSlug: "table-ronde",
      roundTable: "Table ronde",
      chairsNote: "qui préside ou anime (ids de personnes)",
      discussionSlug: "echanges",
      organisationSpeaks: "une organisation peut prendre la parole",
      discussionTitle: "Échanges avec la salle",
      discussionSummary: "Ce qui s’est dit, en Markdown.",
    },
  },
  en: {
    optional: "optional",
    files: { opening: "01-opening", break: "02-break", roundTable: "03-round-table" },
    colloquium: {
      about: `// The conference and this edition of its proceedings. Every field is described in\n// Actes' scripts/data/schema.ts; those marked "optional" can be removed.`,
      slug: "my-conference-2026",
      namesPdf: "names the PDF: ",
      title: "Title of the conference",
      subtitle: "Proceedings of the study day",
      shortTitle: "Short title",
      shortTitleNote: "running head of the booklet's left-hand pages",
      series: "Network study days",
      editionNote: `edition: 3 (optional) prints "3rd edition"`,
      dateNote: "first (or only) day, YYYY-MM-DD",
      endDateNote: "optional: last day of a conference over several days",
      timeZone: "Europe/London",
      timeZoneNote: "optional: session times carry their UTC offset",
      venue: "Conference room",
      city: "Bristol",
      organiser: "example-network",
      organisersNote: "ids from organisations.ts",
      coordinatorRole: "Scientific coordinator",
      languageNote: `"en" or "fr": interface words, dates, typography, hyphenation`,
      attendanceNote: "optional; qualifier: exact, about, nearly, over",
      introduction: "A few paragraphs of Markdown that present the day.",
      missionTitle: "The organiser",
      missionIntroduction: "What the organiser does, in Markdown.",
      missionKeyword: "network",
      missionText: "Bring researchers and practitioners together.",
      sourceTitle: "Programme of the day",
      authorshipNote: "Who wrote the summaries: the speakers (the default), or a synthesis written by others, e.g.",
      licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
      publisher: "Example network",
      publicationNote: "date of this edition, never the clock",
    },
    people: {
      about: "Everyone who speaks, chairs a session or coordinates.",
      idNote: "lowercase words joined by hyphens",
      claireRole: "senior lecturer",
      university: "example-university",
      mainFirst: "the main one first",
      paulRole: "project officer",
    },
    organisations: {
      kindNote: "// kind: municipality, intercommunality, department, region, fire-service, state, university, school,\n// research, network, company, association, other, or a kind of your own named in labels.ts (organisationKinds).",
      network: "Example network",
      university: "Example University",
    },
    labels: {
      about: "// Optional: the interface words come from Actes' English set.\n// Give here only the ones you change; removing this file does the same.",
      siteName: "Proceedings of the study day",
    },
    sessions: {
      onePerFile: "One session per file, read in the order of their names.",
      openingSlug: "opening",
      addressNote: "the session's address: ",
      opening: "Opening",
      timeNote: `optional, HH:MM; day: "2026-03-12" for a conference over several days`,
      welcomeSlug: "welcome",
      uniqueNote: "unique in the edition",
      speakersNote: "ids of people or organisations, or none",
      welcome: "Welcome",
      summary: "The summary of the contribution, in Markdown.",
      breakNote: "A break needs no contribution: it is listed in the programme, with no page of its own.",
      breakSlug: "break",
      breakTitle: "Break",
      roundTableSlug: "round-table",
      roundTable: "Round table",
      chairsNote: "who chaired or moderated (person ids)",
      discussionSlug: "discussion",
      organisationSpeaks: "an organisation may speak too",
      discussionTitle: "Questions from the floor",
      discussionSummary: "What was said, in Markdown.",
    },
  },
};

/** The starter's files, one template for every language. */
function starterFiles(language: SupportedLanguage): Record<string, string> {
  const w = WORDS[language];
  const c = w.colloquium;
  const s = w.sessions;
  const network = c.organiser;
  return {
    "colloquium.ts": `import { defineColloquium } from "actes";

${c.about}
export default defineColloquium({
  slug: "${c.slug}", // ${c.namesPdf}${c.slug}.pdf
  title: "${c.title}",
  subtitle: "${c.subtitle}", // ${w.optional}
  shortTitle: "${c.shortTitle}", // ${c.shortTitleNote}
  series: { name: "${c.series}" }, // ${c.editionNote}
  date: "2026-03-12", // ${c.dateNote}
  // endDate: "2026-03-13", // ${c.endDateNote}
  timeZone: "${c.timeZone}", // ${c.timeZoneNote}
  venue: { name: "${c.venue}", city: "${c.city}" },
  organisers: ["${network}"], // ${c.organisersNote}
  coordinator: { person: "claire-martin", role: "${c.coordinatorRole}" },
  language: "${language}", // ${c.languageNote}
  // attendance: { total: 120, qualifier: "about" }, // ${c.attendanceNote}
  introduction: \`${c.introduction}\`,
  mission: {
    title: "${c.missionTitle}",
    introduction: "${c.missionIntroduction}",
    items: [{ keyword: "${c.missionKeyword}", text: "${c.missionText}" }],
  },
  source: { author: "Claire Martin", title: "${c.sourceTitle}", year: 2026, url: "https://example.org/programme" },
  // ${c.authorshipNote}
  // authorship: { kind: "synthesis", writers: "edition", drawnFrom: "source" },
  licence: { name: "CC BY 4.0", url: "${c.licenceUrl}" },
  publication: { publisher: "${c.publisher}", date: "2026-06-01" }, // ${c.publicationNote}
});
`,
    "people.ts": `import { definePeople } from "actes";

// ${w.people.about}
export default definePeople([
  {
    id: "claire-martin", // ${w.people.idNote}
    givenName: "Claire",
    familyName: "Martin",
    role: "${w.people.claireRole}",
    organisations: ["${w.people.university}"], // ${w.people.mainFirst}
  },
  { id: "paul-durand", givenName: "Paul", familyName: "Durand", role: "${w.people.paulRole}", organisations: ["${network}"] },
]);
`,
    "organisations.ts": `import { defineOrganisations } from "actes";

${w.organisations.kindNote}
export default defineOrganisations([
  { id: "${network}", name: "${w.organisations.network}", kind: "network" },
  { id: "${w.people.university}", name: "${w.organisations.university}", kind: "university", place: "${c.city}" },
]);
`,
    "labels.ts": `import { defineLabels } from "actes";

${w.labels.about}
export default defineLabels({
  // siteName: "${w.labels.siteName}",
});
`,
    [`sessions/${w.files.opening}.ts`]: `import { defineSession } from "actes";

// ${s.onePerFile}
export default defineSession({
  slug: "${s.openingSlug}", // ${s.addressNote}/${s.openingSlug}/
  kind: "opening", // opening, keynote, plenary, panel, roundtable, workshop, session, discussion, break, closing
  title: "${s.opening}",
  start: "09:00", // ${s.timeNote}
  end: "09:30",
  contributions: [
    {
      slug: "${s.welcomeSlug}", // ${s.uniqueNote}
      kind: "address", // address, talk, keynote, practitioner, academic, enterprise, discussion, closing
      speakers: ["claire-martin"], // ${s.speakersNote}
      title: "${s.welcome}", // ${w.optional}
      summary: \`${s.summary}\`,
    },
  ],
});
`,
    [`sessions/${w.files.break}.ts`]: `import { defineSession } from "actes";

// ${s.breakNote}
export default defineSession({ slug: "${s.breakSlug}", kind: "break", title: "${s.breakTitle}", start: "09:30", end: "09:45" });
`,
    [`sessions/${w.files.roundTable}.ts`]: `import { defineSession } from "actes";

export default defineSession({
  slug: "${s.roundTableSlug}",
  kind: "roundtable",
  title: "${s.roundTable}",
  start: "09:45",
  end: "11:00",
  chairs: ["paul-durand"], // ${s.chairsNote}
  contributions: [
    {
      slug: "${s.discussionSlug}",
      kind: "discussion",
      speakers: ["claire-martin", "${network}"], // ${s.organisationSpeaks}
      title: "${s.discussionTitle}",
      summary: \`${s.discussionSummary}\`,
    },
  ],
});
`,
  };
}
