// tsx registers its loader when imported, but static imports are linked before
// that happens: our TypeScript plugins are therefore loaded with a dynamic import.
import "tsx/esm";

const plugins = await import("./scripts/eleventy/index.ts");

/**
 * The website's Eleventy set-up. The build calls it with its input: which
 * pages to render, the edition, the PDFs written and the page map
 * (scripts/pipeline/eleventy.ts). Run by Eleventy itself (`npm start`),
 * it previews the site and the booklet of the data in _data/.
 * @param {import("./scripts/eleventy/types.ts").EleventyConfig} eleventyConfig
 * @param {import("./scripts/eleventy/input.ts").SiteInput} [input]
 */
export default function (eleventyConfig, input = plugins.previewInput(plugins.fromRoot("_data"))) {
  // Paths from the package root, so that the working directory does not matter.
  eleventyConfig.setInputDirectory(plugins.fromRoot("src"));
  eleventyConfig.setIncludesDirectory("../_includes");
  eleventyConfig.setTemplateFormats("njk");
  // Installed as a package, the templates sit in a project's node_modules/, which Eleventy ignores by default, as it
  // does what the project's .gitignore lists (node_modules/ again): the input is the package's own src/ and holds neither.
  eleventyConfig.ignores.delete("**/node_modules/**");
  eleventyConfig.setUseGitIgnore(false);

  eleventyConfig.addPlugin(plugins.dataPlugin, input);
  eleventyConfig.addPlugin(plugins.checkerVersionsPlugin);
  eleventyConfig.addPlugin(plugins.filtersPlugin);
  eleventyConfig.addPlugin(plugins.markdownPlugin);
  eleventyConfig.addPlugin(plugins.assetsPlugin, input);
  eleventyConfig.addPlugin(plugins.discoveryPlugin, input);
  eleventyConfig.addPlugin(plugins.htmlPlugin);
  eleventyConfig.addPlugin(plugins.printPlugin, input);
  eleventyConfig.addPlugin(plugins.qrCodePlugin);
  // French no-break spaces, digit groups and ordinals in every page's text, in the edition's language.
  eleventyConfig.addPlugin(plugins.typographyPlugin, input);
  // The booklet's page breaks in the web text, once it is typeset (the words are found as the reader sees them).
  eleventyConfig.addPlugin(plugins.pageMarksPlugin, input);
  // Every root-relative URL becomes relative to its page: one build for any base path, and for the disk
  // (here for `npm start`; the build does it after Eleventy, in the same parse as the assets' names).
  eleventyConfig.addPlugin(plugins.relativeUrlsPlugin, input);
  // Last, so that the inline scripts it hashes for the Content-Security-Policy are final.
  eleventyConfig.addPlugin(plugins.securityPlugin);
}
