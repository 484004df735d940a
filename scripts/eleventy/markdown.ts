/**
 * Markdown set-up shared by Eleventy's own library (through amendLibrary) and
 * by the filter that renders summaries from the data files. The spacing rules
 * of the language are applied to every page by the typography transform.
 */
import type MarkdownIt from "markdown-it";
import { primaryLanguage } from "../lib/typography.ts";

/** Quotation marks the typographer puts for "straight" quotes, by language. */
const QUOTES: Record<string, string> = { fr: "«»‹›", en: "“”‘’" };

/** Applies our rules to a markdown-it instance: safe links, and the quotation marks of `language` when given. */
export function configureMarkdown(md: MarkdownIt, language?: string): MarkdownIt {
  // Data is written by authors, not trusted: raw HTML is shown as text, never run.
  md.set({ html: false, typographer: true, ...(language ? { quotes: QUOTES[primaryLanguage(language)] ?? QUOTES.en! } : {}) });
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (isExternal(token.attrGet("href") ?? "")) token.attrSet("rel", "noopener noreferrer external");
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  // An image on another site would be a request to a third party from every reader: it becomes a link to it.
  const defaultImage = md.renderer.rules.image ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const src = token.attrGet("src") ?? "";
    if (!isExternal(src)) return defaultImage(tokens, idx, options, env, self);
    const alt = self.renderInlineAsText(token.children ?? [], options, env) || src;
    return `<a href="${md.utils.escapeHtml(src)}" rel="noopener noreferrer external">${md.utils.escapeHtml(alt)}</a>`;
  };
  return md;
}

/** A URL with a scheme (other than mailto:) or protocol-relative: it leaves the site. */
function isExternal(url: string): boolean {
  return url.startsWith("//") || (/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("mailto:"));
}
