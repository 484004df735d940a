import type { EleventyConfig } from "./types.ts";

/**
 * Tidies the whitespace Nunjucks leaves at line ends and in runs of blank
 * lines. Safe because no template emits <pre> or whitespace-sensitive blocks.
 */
export default function htmlPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("tidy-whitespace", function (content) {
    if (!this.page.outputPath || !this.page.outputPath.endsWith(".html")) return content;
    return content.replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n");
  });
}
