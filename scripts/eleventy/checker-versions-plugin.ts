import { createRequire } from "node:module";
import type { EleventyConfig } from "./types.ts";

const require = createRequire(import.meta.url);

/** Installed version of an npm package, read from its package.json. */
function versionOf(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch (error) {
    throw new Error(`The accessibility statement names ${name}, which is not installed. Fix: run \`npm install\`.`, { cause: error });
  }
}

/**
 * Publishes `checkers`, the versions of the tools the accessibility
 * statement names, read from the installed packages (the lockfile pins
 * them), so the statement says which versions the tests ran.
 */
export default function checkerVersionsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData("checkers", () => ({
    axe: versionOf("axe-core"),
    nu: versionOf("vnu-jar"),
    htmlValidate: versionOf("html-validate"),
    playwright: versionOf("playwright-core"),
  }));
}
