// tsx registers its loader when imported, but static imports are linked before
// that happens: our TypeScript plugins are therefore loaded with a dynamic import.
import "tsx/esm";
import { HtmlBasePlugin } from "@11ty/eleventy";

const { accessibilityPlugin, assetsPlugin, dataPlugin, filtersPlugin, htmlPlugin, markdownPlugin, printPlugin, searchIndexPlugin, securityPlugin, typographyPlugin } = await import("./scripts/eleventy/index.ts");

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
  eleventyConfig.addPlugin(typographyPlugin);
  // Every root-relative URL in the HTML gets the path prefix: one option for any base path.
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // Last, so that the inline scripts it hashes for the Content-Security-Policy are final.
  eleventyConfig.addPlugin(securityPlugin);
}

export const config = {
  // No output here: a config value would override the folder the build script gives (default _site).
  dir: { input: "src", includes: "../_includes", data: "../_data" },
  templateFormats: ["njk", "md"],
  htmlTemplateEngine: "njk",
  markdownTemplateEngine: "njk",
  // ACTES_BASE_PATH=/actes/ publishes the site under a sub-path.
  pathPrefix: process.env.ACTES_BASE_PATH ?? "/",
};
