/**
 * The variant edition the suite builds once beside the default one
 * (tests/global-setup.ts): the default data with an A4 booklet and a public
 * URL, published under a sub-path. What depends on these settings (page size,
 * QR codes and printed addresses, server configurations for a sub-path) is
 * checked on it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./build.ts";
import { TEST_TMP } from "./fixtures.ts";

export const VARIANT = {
  publicUrl: "https://example.org/actes/",
  base: "/actes/",
  print: `print: { pageSize: "A4", margins: { top: "20mm", bottom: "22mm", inside: "25mm", outside: "18mm" } }`,
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
  const file = path.join(dataDir, "colloquium.ts");
  const before = readFileSync(file, "utf8");
  const after = before.replace(/print: \{[^}]*\}/, VARIANT.print).replace(/(publication: \{\n)/, `$1    url: "${VARIANT.publicUrl}",\n`);
  if (!after.includes(VARIANT.print) || !after.includes(VARIANT.publicUrl)) {
    throw new Error("tests/helpers/variant.ts: _data/colloquium.ts no longer has the print or publication block the variant edits.");
  }
  writeFileSync(file, after);
  return dataDir;
}
