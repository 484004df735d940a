/**
 * The variant edition the suite builds once beside the default one
 * (tests/global-setup.ts): the default data published under a sub-path, with
 * an A4 booklet, a public URL, DOIs, a talk title full of characters that
 * break markup (quotes, braces, a line break, </script>, %), a contact address
 * and an accessibility audit. What depends on these (page size, QR codes and
 * printed addresses, server configurations and search under a sub-path,
 * canonical URLs, metadata written into attributes and JSON-LD, the
 * accessibility statement after an audit) is checked on it.
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
  return dataDir;
}
