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

/** The sentences of a text: each ends at . ! ? or … (a closing » or ” kept with it) before a space or the end. */
function sentences(text: string): string[] {
  return text.match(/[^]*?[.!?…][»”)]?(?=\s|$)|[^]+$/g)?.map((sentence) => sentence.trim()).filter(Boolean) ?? [];
}

/**
 * A page description from Markdown: the whole sentences of its first paragraph that fit in `max`
 * characters (search engines show about 160), and at least its first sentence. It always ends on a
 * whole sentence, never on a run-in heading of a later paragraph (« Les équivoques du mot. ») or a cut word.
 */
export function describeMarkdown(markdown: string, max = 200): string {
  const first = md.parse(markdown, {}).find((token) => token.type === "inline")?.content ?? markdown;
  const all = sentences(markdownToText(first));
  let description = all[0] ?? "";
  for (const sentence of all.slice(1)) {
    if (description.length + 1 + sentence.length > max) break;
    description = `${description} ${sentence}`;
  }
  return description;
}
