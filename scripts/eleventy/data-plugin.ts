import type { SiteInput } from "./input.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Publishes the input as global data: the edition as `actes`, the PDFs'
 * facts as `pdf` and the booklet's page map as `pageMap` (undefined when
 * there is no PDF). A loader (the preview's) runs on every rebuild, so a data
 * mistake fails that rebuild with the loader's message.
 */
export default function dataPlugin(eleventyConfig: EleventyConfig, input: SiteInput): void {
  eleventyConfig.addGlobalData("actes", input.edition);
  eleventyConfig.addGlobalData("pdf", input.pdf);
  eleventyConfig.addGlobalData("pageMap", input.pageMap);
  if (input.dataDir) eleventyConfig.addWatchTarget(input.dataDir);
}
