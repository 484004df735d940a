import { dataDirectory, loadEdition } from "../data/load.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Publishes the validated edition as the global `actes`. It is a function so
 * that Eleventy calls it on every build: the dev server picks up data edits,
 * and a data mistake fails the build with the message from the loader.
 */
export default function dataPlugin(eleventyConfig: EleventyConfig): void {
  const dataDir = dataDirectory();
  eleventyConfig.addGlobalData("actes", () => loadEdition(dataDir));
  eleventyConfig.addWatchTarget(dataDir);
}
