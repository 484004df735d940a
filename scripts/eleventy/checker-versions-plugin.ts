import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { EleventyConfig } from "./types.ts";

const require = createRequire(import.meta.url);

/** The checkers the accessibility statement names, by the npm package that holds each. */
const CHECKERS = { axe: "axe-core", nu: "vnu-jar", htmlValidate: "html-validate", playwright: "playwright-core" } as const;

export type CheckerVersions = Record<keyof typeof CHECKERS, string>;

/**
 * Where `npm pack` records the versions (the prepack script): installed as a
 * package, Actes brings no test tools, and the statement names the versions
 * its own suite ran before it was packed.
 */
export const RECORDED_VERSIONS = new URL("./checker-versions.json", import.meta.url);

/** Installed version of an npm package, read from its package.json. */
function versionOf(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch (error) {
    throw new Error(`The accessibility statement names ${name}, which is not installed. Fix: run \`npm install\`.`, { cause: error });
  }
}

/** The versions of the installed checkers (in Actes's repository, where the suite runs them). */
export function installedCheckerVersions(): CheckerVersions {
  return Object.fromEntries(Object.entries(CHECKERS).map(([key, name]) => [key, versionOf(name)])) as CheckerVersions;
}

/**
 * Publishes `checkers`, the versions of the tools the accessibility
 * statement names, read from the installed packages (the lockfile pins
 * them), so the statement says which versions the tests ran; in an installed
 * package, the versions recorded when it was packed.
 */
export default function checkerVersionsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("checkers", () =>
    existsSync(RECORDED_VERSIONS) ? (JSON.parse(readFileSync(RECORDED_VERSIONS, "utf8")) as CheckerVersions) : installedCheckerVersions(),
  );
}
