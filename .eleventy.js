// tsx registers its loader when imported, but static imports are linked before
// that happens: our TypeScript plugins are therefore loaded with a dynamic import.
import "tsx/esm";

const { accessibilityPlugin, assetsPlugin, dataPlugin, filtersPlugin, htmlPlugin, markdownPlugin, printPlugin, relativeUrlsPlugin, searchIndexPlugin, securityPlugin } = await import("./scripts/eleventy/index.ts");

/** @param {import("./scripts/eleventy/types.ts").EleventyConfig} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(dataPlugin);
  eleventyConfig.addPlugin(accessibilityPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(searchIndexPlugin);
  eleventyConfig.addPlugin(htmlPlugin);
  eleventyConfig.addPlugin(printPlugin);
  // Every root-relative URL becomes relative to its page: one build for any base path, and for the disk.
  eleventyConfig.addPlugin(relativeUrlsPlugin);
  // Last, so that the inline scripts it hashes for the Content-Security-Policy are final.
  eleventyConfig.addPlugin(securityPlugin);
}

export const config = {
  // No output here: a config value would override the folder the build script gives (default _site).
  dir: { input: "src", includes: "../_includes", data: "../_data" },
  templateFormats: ["njk", "md"],
  htmlTemplateEngine: "njk",
  markdownTemplateEngine: "njk",
  // ACTES_BASE_PATH=/actes/: the site's path, for the 404 page and absolute URLs (links are relative).
  pathPrefix: process.env.ACTES_BASE_PATH ?? "/",
};
