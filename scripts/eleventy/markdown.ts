/**
 * Markdown set-up shared by Eleventy's own library (through amendLibrary) and
 * by the filter that renders summaries from the data files.
 */
import type MarkdownIt from "markdown-it";
import { frenchSpacing } from "../lib/typography.ts";

/** Applies our rules to a markdown-it instance: French spacing in text, safe links. */
export function configureMarkdown(md: MarkdownIt): MarkdownIt {
  // Data is written by authors, not trusted: raw HTML is shown as text, never run.
  md.set({ html: false, typographer: true, quotes: "«»‹›" });
  md.core.ruler.push("french_spacing", (state) => {
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type === "text") token.content = frenchSpacing(token.content);
      }
    }
  });
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const href = token.attrGet("href") ?? "";
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith("mailto:")) {
      token.attrSet("rel", "noopener noreferrer external");
    }
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}
