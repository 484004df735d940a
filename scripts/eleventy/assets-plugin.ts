import type { EleventyConfig } from "./types.ts";

/** Stylesheets from styles/ and self-hosted fonts from npm: no third-party request. */
export default function assetsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy({ styles: "assets/css" });
  eleventyConfig.addPassthroughCopy({
    "node_modules/@fontsource/source-serif-4/files/source-serif-4-latin{,-ext}-{400-normal,400-italic,600-normal,700-normal}.woff2": "assets/fonts",
    "node_modules/@fontsource/source-sans-3/files/source-sans-3-latin{,-ext}-{400,600,700}-normal.woff2": "assets/fonts",
    "node_modules/@fontsource/noto-emoji/files/noto-emoji-{[0-9],[0-9][0-9]}-400-normal.woff2": "assets/fonts",
  });
  eleventyConfig.addWatchTarget("styles");
}
