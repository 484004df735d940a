import { readFileSync } from "node:fs";
import { fallbackStylesheet, webFacesOf } from "../lib/font-fallbacks.ts";
import { fromDependency, fromRoot } from "../lib/package-root.ts";
import type { SiteInput } from "./input.ts";
import type { EleventyConfig } from "./types.ts";

/** Self-hosted fonts from npm (no third-party request) for every page, the website's stylesheets from styles/ and its every-page script. */
export default function assetsPlugin(eleventyConfig: EleventyConfig, input: SiteInput): void {
  eleventyConfig.addWatchTarget(fromRoot("styles"));
  eleventyConfig.addPassthroughCopy({
    [fromDependency("@fontsource/source-serif-4", "files/source-serif-4-latin{,-ext}-{400-normal,400-italic,600-normal,700-normal}.woff2")]: "assets/fonts",
    [fromDependency("@fontsource/source-sans-3", "files/source-sans-3-latin{,-ext}-{400,600,700}-normal.woff2")]: "assets/fonts",
    [fromDependency("@fontsource/noto-emoji", "files/noto-emoji-{[0-9],[0-9][0-9]}-400-normal.woff2")]: "assets/fonts",
  });
  // The booklet's stylesheets (styles/print/) are copied with the print page (print-plugin.ts).
  if (input.target === "print") return;
  eleventyConfig.addPassthroughCopy({ [fromRoot("styles/*.css")]: "assets/css" });
  // The script every page loads in its header (browser/every-page.js): the page marked as scripted, the copy buttons.
  eleventyConfig.addPassthroughCopy({ [fromRoot("scripts/eleventy/browser")]: "assets/js" });
  eleventyConfig.addWatchTarget(fromRoot("scripts/eleventy/browser"));
  // Local fonts sized like each face of styles/fonts.css, shown until the web fonts arrive (scripts/lib/font-fallbacks.ts).
  eleventyConfig.addTemplate("font-fallbacks.njk", "{{ fallbackCss | safe }}", {
    permalink: "/assets/css/font-fallbacks.css",
    eleventyExcludeFromCollections: true,
    fallbackCss: fallbackStylesheet(webFacesOf(readFileSync(fromRoot("styles/fonts.css"), "utf8"))),
  });
}
