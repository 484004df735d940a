import { typesetHtml } from "../lib/typography.ts";
import type { SiteInput } from "./input.ts";
import type { EleventyConfig } from "./types.ts";
import { unchangedPages } from "./unchanged-pages.ts";

/**
 * The typography of the page's language (its <html lang>) applied to the text
 * of every page, data text and template words alike: in French, no-break
 * spaces before high punctuation and inside guillemets, narrow ones in numbers
 * and before units, ordinals as superscripts (scripts/lib/typography.ts).
 */
export default function typographyPlugin(eleventyConfig: EleventyConfig, input: SiteInput): void {
  const remembered = unchangedPages(input.target === "preview");
  eleventyConfig.addTransform("typography", function (content) {
    if (!this.page.outputPath || !this.page.outputPath.endsWith(".html")) return content;
    const language = /<html\b[^>]*\slang="([^"]+)"/i.exec(content)?.[1];
    return language ? remembered(this.page.url, content, () => typesetHtml(content, language)) : content;
  });
}
