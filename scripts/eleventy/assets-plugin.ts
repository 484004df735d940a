import { readFileSync } from "node:fs";
import { fallbackStylesheet, webFacesOf } from "../lib/font-fallbacks.ts";
import type { EleventyConfig } from "./types.ts";

/** Stylesheets from styles/ and self-hosted fonts from npm: no third-party request. */
export default function assetsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy({ styles: "assets/css" });
  eleventyConfig.addPassthroughCopy({
    "node_modules/@fontsource/source-serif-4/files/source-serif-4-latin{,-ext}-{400-normal,400-italic,600-normal,700-normal}.woff2": "assets/fonts",
    "node_modules/@fontsource/source-sans-3/files/source-sans-3-latin{,-ext}-{400,600,700}-normal.woff2": "assets/fonts",
  });
  // Local fonts sized like each face of styles/fonts.css, shown until the web fonts arrive (scripts/lib/font-fallbacks.ts).
  eleventyConfig.addTemplate("font-fallbacks.njk", "{{ fallbackCss | safe }}", {
    permalink: "/assets/css/font-fallbacks.css",
    eleventyExcludeFromCollections: true,
    fallbackCss: fallbackStylesheet(webFacesOf(readFileSync("styles/fonts.css", "utf8"))),
  });
  eleventyConfig.addWatchTarget("styles");
}
