/**
 * Fixtures for tests that change the data or break the build: temp folders
 * inside the repository (data files `import … from "actes"`, which resolves by
 * package self-reference only inside the repo tree), data edits that must hit,
 * and hashes of a whole folder to prove it was left byte-for-byte intact.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./build.ts";

/** Gitignored (.tmp/), inside the repository. */
export const TEST_TMP = path.join(PROJECT_ROOT, ".tmp", "tests");

const made: string[] = [];

export function tempFolder(prefix: string): string {
  mkdirSync(TEST_TMP, { recursive: true });
  const folder = mkdtempSync(path.join(TEST_TMP, `${prefix}-`));
  made.push(folder);
  return folder;
}

/** Removes the temp folders this test file made; call it from afterAll. */
export function removeTempFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** A copy of the project's _data/ in a fresh temp folder; returns the copy's path. */
export function copyData(prefix = "data"): string {
  const dataDir = path.join(tempFolder(prefix), "data");
  cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
  return dataDir;
}

/** Replaces `search` (first occurrence) in a data file; throws if it is not there, so a test never checks an edit that did not happen. */
export function editData(dataDir: string, file: string, search: string | RegExp, replacement: string): void {
  const full = path.join(dataDir, file);
  const before = readFileSync(full, "utf8");
  const after = before.replace(search, replacement);
  if (after === before) throw new Error(`editData: ${String(search)} not found in ${file}`);
  writeFileSync(full, after);
}

export function writeData(dataDir: string, file: string, content: string): void {
  mkdirSync(path.dirname(path.join(dataDir, file)), { recursive: true });
  writeFileSync(path.join(dataDir, file), content);
}

/** The name a data file is given in build messages: relative to the project root, where the CLI runs. */
export const shownAs = (dataDir: string, file: string) => path.relative(PROJECT_ROOT, path.join(dataDir, file));

/**
 * SHA-256 of every file under `dir`, keyed by relative path; folders appear
 * with a trailing slash, so an added or removed empty folder is seen too.
 */
export function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        hashes[`${name}/`] = "folder";
        walk(name);
      } else {
        hashes[name] = createHash("sha256").update(readFileSync(path.join(dir, name))).digest("hex");
      }
    }
  };
  walk("");
  return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : 1)));
}
