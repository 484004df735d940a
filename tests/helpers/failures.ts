/**
 * A failed build is caused for real next to a previous output folder: it
 * exits 1 with a message that names the cause and the fix, the previous folder
 * is byte-for-byte as it was, and no staging folder is left behind.
 */
import { chmodSync, cpSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { runBuild, type CliResult } from "./build.ts";
import { hashTree, tempFolder } from "./fixtures.ts";

/** The last good site (website and PDFs), built once by the caller's beforeAll; each case works on a copy. */
export function buildLastGood(): string {
  const lastGood = path.join(tempFolder("last-good"), "site");
  const result = runBuild(["--out", lastGood]);
  expect(result.status, result.stderr).toBe(0);
  expect(readdirSync(lastGood)).toContain("optima-2015.pdf");
  return lastGood;
}

export interface PreviousOutput {
  out: string;
  parent: string;
  hashes: Record<string, string>;
}

/** A copy of the last good site as the output folder of a case, alone in its parent folder. */
export function previousOutput(lastGood: string, parent = tempFolder("previous")): PreviousOutput {
  const out = path.join(parent, "site");
  cpSync(lastGood, out, { recursive: true });
  return { out, parent, hashes: hashTree(out) };
}

/** The checks every failure shares: exit 1, a message with a fix, the previous output intact, no leftovers. */
export function expectCleanFailure(result: CliResult, previous: PreviousOutput): string {
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).toContain("Build failed; the previous output, if any, is untouched.");
  expect(result.stderr).toMatch(/Fix: \S/);
  expectUntouched(previous);
  return result.stderr;
}

/** The previous output byte-for-byte as it was, and nothing left beside it (no staging folder). */
export function expectUntouched(previous: PreviousOutput): void {
  expect(hashTree(previous.out)).toEqual(previous.hashes);
  expect(readdirSync(previous.parent)).toEqual(["site"]);
}

/** An executable shell script in a temp folder. */
export function script(name: string, body: string): string {
  const file = path.join(tempFolder("scripts"), name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

export const withoutBrowserVariables = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.CHROME_PATH;
  delete env.CHROMIUM_PATH;
  return env;
};
