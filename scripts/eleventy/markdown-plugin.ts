import markdownIt from "markdown-it";
import type { EleventyConfig } from "./types.ts";
import { configureMarkdown } from "./markdown.ts";

/** Extends Eleventy's markdown-it and exposes the same rules as `markdown` / `markdownInline` filters. */
export default function markdownPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.amendLibrary("md", (md: markdownIt) => configureMarkdown(md));
  const md = configureMarkdown(markdownIt());
  eleventyConfig.addFilter("markdown", (text: string) => md.render(text ?? ""));
  eleventyConfig.addFilter("markdownInline", (text: string) => md.renderInline(text ?? ""));
}
