/**
 * The variant edition the suite builds once beside the default one
 * (tests/global-setup.ts): the default data published under a sub-path, with
 * an A4 booklet, a public URL, DOIs, a contact address, an accessibility
 * audit, and hostile content in the first workshop: a talk title full of
 * characters that break attributes (quotes, braces, a line break, </script>,
 * %), a long title and a summary with markup in them, long and right-to-left
 * names. What depends on these (page size, QR codes and printed addresses,
 * server configurations and search under a sub-path, canonical URLs, metadata
 * written into attributes and JSON-LD, the accessibility statement after an
 * audit, escaping, wrapping, bidirectional text) is checked on it.
 */
import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./build.ts";
import { editData, TEST_TMP } from "./fixtures.ts";

export const VARIANT = {
  publicUrl: "https://example.org/actes/",
  base: "/actes/",
  print: `print: { pageSize: "A4", margins: { top: "20mm", bottom: "22mm", inside: "25mm", outside: "18mm" } }`,
  doi: "10.1234/optima.2015",
  /** The title of the first workshop's first talk, and its DOI. */
  hostileTitle: 'Un projet "d’établissement" {pour} mieux\ndécider à 100 % </script>',
  contributionDoi: "10.1234/optima.2015.3",
  contact: "actes@example.org",
  audit: { date: "2026-10-01", auditor: "Cabinet d’audit", rate: 82, nonCompliance: "Le livret n’a pas de **signets** de niveau 3." },
} as const;

const NBSP = "\u00A0";

/** The first workshop's second talk: markup in its title and summary, spoken by the three people below. */
export const HOSTILE = {
  contributionUrl: "/atelier-1/referentiel-strategique-seine-et-marne/",
  title:
    `<script>alert("titre")</script> L'innovation & l’« effet de ciseau » : ` +
    `quand l’Hôtel de Ville d’Île-de-Brébeuf-sur-Œuvre réinvente, le 21${NBSP}mai, ` +
    "ses politiques publiques ☀ 🚀 — une démonstration délibérément très longue pour vérifier que les titres " +
    "interminables se replient sans déborder de la page ni de l’écran, même à trois cent vingt pixels de large",
  summaryScript: '<script>alert("résumé")</script>',
  summaryImg: "<img src=x onerror=alert(1)>",
  people: {
    arabic: { id: "nour-el-houda", givenName: "نور", familyName: "الهدى" },
    hebrew: { id: "shalom-cohen", givenName: "שלום", familyName: "כהן" },
    long: {
      id: "marie-benedicte-laval",
      givenName: "Marie-Bénédicte-Éléonore",
      familyName: "d’Aubigné-Castelnau de La Tour-d’Auvergne-Saint-Exupéry-Montmorency-Laval",
    },
  },
  longRole: "responsable de l'innovation (apostrophe droite) et de l’Œuvre — mission « Façonner l’avenir »",
  /** The first workshop's third talk has no title: its heading is made of the two right-to-left names. */
  untitledUrl: "/atelier-1/regard-academique-innovation-strategique/",
} as const;

export interface BuiltVariant {
  siteDir: string;
  dataDir: string;
}

/** Writes the variant's data folder (inside the repository, where data files resolve `actes`); returns its path. */
export function writeVariantData(): string {
  mkdirSync(TEST_TMP, { recursive: true });
  const dataDir = path.join(mkdtempSync(path.join(TEST_TMP, "variant-")), "data");
  cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
  const { audit } = VARIANT;
  editData(dataDir, "colloquium.ts", /print: \{[^}]*\}/, VARIANT.print);
  editData(
    dataDir,
    "colloquium.ts",
    /(publication: \{\n[^}]*date: "\d{4}-\d{2}-\d{2}",\n)/,
    `$1    url: "${VARIANT.publicUrl}",\n    doi: "${VARIANT.doi}",\n    contact: "${VARIANT.contact}",\n` +
      `    accessibility: { audit: { date: "${audit.date}", auditor: "${audit.auditor}", rate: ${audit.rate} }, nonCompliances: [${JSON.stringify(audit.nonCompliance)}] },\n`,
  );
  editData(
    dataDir,
    "sessions/02-atelier-1.ts",
    'title: "La mise en œuvre d’un projet d’établissement pour mieux décider",',
    `title: ${JSON.stringify(VARIANT.hostileTitle)},\n      doi: "${VARIANT.contributionDoi}",`,
  );
  const { people } = HOSTILE;
  const added = Object.values(people)
    .map((p) => `  { id: "${p.id}", givenName: "${p.givenName}", familyName: "${p.familyName}", role: ${JSON.stringify(p.id === people.long.id ? HOSTILE.longRole : "chercheuse invitée")}, organisations: ["uppa"] },\n`)
    .join("");
  editData(dataDir, "people.ts", /\n\]\);\s*$/, `\n${added}]);\n`);
  editData(dataDir, "sessions/02-atelier-1.ts", 'speakers: ["xavier-messager"],', `speakers: ["${people.arabic.id}", "${people.hebrew.id}", "${people.long.id}"],`);
  editData(dataDir, "sessions/02-atelier-1.ts", /title: "La mise en œuvre d’un référentiel stratégique[^"]*",/, `title: ${JSON.stringify(HOSTILE.title)},`);
  editData(dataDir, "sessions/02-atelier-1.ts", "summary: `Aménager", `summary: \`${HOSTILE.summaryScript} ${HOSTILE.summaryImg} [la source](https://hal.science/hal-02152519)\n\nAménager`);
  editData(dataDir, "sessions/02-atelier-1.ts", 'speakers: ["christophe-favoreu"],', `speakers: ["${people.arabic.id}", "${people.hebrew.id}"],`);
  return dataDir;
}
