import { searchIndexJson } from "../data/search-index.ts";
import type { Edition } from "../data/model.ts";
import type { SiteInput } from "./input.ts";
import type { EleventyConfig } from "./types.ts";

/** /search-index.json, built from the same edition model as the pages (see scripts/data/search-index.ts). */
export default function searchIndexPlugin(eleventyConfig: EleventyConfig, input: SiteInput): void {
  if (input.target === "print") return;
  eleventyConfig.addFilter("searchIndexJson", (edition: Edition) => searchIndexJson(edition));
  eleventyConfig.addTemplate("search-index.njk", "{{ actes | searchIndexJson | safe }}", {
    permalink: "/search-index.json",
    eleventyExcludeFromCollections: true,
  });
}
