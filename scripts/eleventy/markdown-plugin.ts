import markdownIt from "markdown-it";
import { languageOf } from "./filters.ts";
import type { EleventyConfig } from "./types.ts";
import { configureMarkdown } from "./markdown.ts";

/** Extends Eleventy's markdown-it and exposes the same rules as `markdown` / `markdownInline` filters, in the edition's language. */
export default function markdownPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.amendLibrary("md", (md: markdownIt) => configureMarkdown(md));
  const byLanguage = new Map<string, markdownIt>();
  const mdFor = (language: string) => {
    let md = byLanguage.get(language);
    if (!md) byLanguage.set(language, (md = configureMarkdown(markdownIt(), language)));
    return md;
  };
  eleventyConfig.addFilter("markdown", function (this: unknown, text: string) {
    return mdFor(languageOf(this)).render(text ?? "");
  });
  eleventyConfig.addFilter("markdownInline", function (this: unknown, text: string) {
    return mdFor(languageOf(this)).renderInline(text ?? "");
  });
}
