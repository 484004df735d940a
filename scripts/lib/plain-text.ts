/** Markdown reduced to the words a reader sees: for search, descriptions and open data. */
import markdownIt from "markdown-it";

const md = markdownIt({ html: false });

/** The words of a Markdown text, without markup. */
export function markdownToText(markdown: string): string {
  const words: string[] = [];
  for (const block of md.parse(markdown, {})) {
    for (const token of block.children ?? []) {
      if (token.type === "text" || token.type === "code_inline") words.push(token.content);
      else if (token.type === "softbreak" || token.type === "hardbreak") words.push(" ");
    }
    if (block.type.endsWith("_close") || block.type === "inline") words.push(" ");
  }
  return words.join("").replace(/\s+/g, " ").trim();
}

/**
 * A page description: the text cut at the last sentence end, or else the last
 * word, that fits in `max` characters (search engines show about 160).
 */
export function excerpt(text: string, max = 200): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentence = head.search(/[.!?…»](?=\s[^.!?…»]*$)/);
  if (sentence > max / 2) return head.slice(0, sentence + 1);
  return `${head.slice(0, head.lastIndexOf(" ")).replace(/[\s,;:–—-]+$/, "")}…`;
}
