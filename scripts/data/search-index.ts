/**
 * The search index of an edition: one entry per contribution, session, speaker
 * and organisation, in plain text, for a client-side search to load from
 * /search-index.json. URLs are relative to the site root (no leading slash),
 * so the index works under any base path: new URL(entry.url, indexUrl).
 */
import markdownIt from "markdown-it";
import type { Edition } from "./model.ts";

export interface SearchEntry {
  type: "contribution" | "session" | "person" | "organisation";
  url: string;
  title: string;
  /** Context shown under the title: session, role or kind. */
  context: string;
  speakers?: string[];
  keywords?: string[];
  /** Plain text, Markdown removed. */
  text: string;
}

export interface SearchIndex {
  language: string;
  entries: SearchEntry[];
}

const md = markdownIt({ html: false });

/** The words of a Markdown text, without markup: what a reader would search for. */
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

const relative = (url: string) => url.replace(/^\//, "");

export function buildSearchIndex(edition: Edition): SearchIndex {
  const entries: SearchEntry[] = [
    ...edition.contributions.map((c): SearchEntry => ({
      type: "contribution",
      url: relative(c.url),
      title: c.heading,
      context: `${c.session.heading} · ${c.kindLabel}`,
      speakers: c.speakers.map((s) => s.fullName),
      ...(c.keywords?.length ? { keywords: c.keywords } : {}),
      text: markdownToText(c.summary),
    })),
    ...edition.sessions.map((s): SearchEntry => ({
      type: "session",
      url: relative(s.url),
      title: s.heading,
      context: s.axis ?? s.kindLabel,
      text: markdownToText(s.introduction ?? ""),
    })),
    ...edition.people.map((p): SearchEntry => ({
      type: "person",
      url: relative(p.url),
      title: p.fullName,
      context: p.role,
      text: p.organisations.map((o) => o.name).join(", "),
    })),
    ...edition.organisations.map((o): SearchEntry => ({
      type: "organisation",
      url: relative(o.url),
      title: o.name,
      context: o.kindLabel,
      text: [o.shortName, o.place].filter(Boolean).join(", "),
    })),
  ];
  return { language: edition.colloquium.language, entries };
}

/** JSON with "<" escaped, so that the index stays inert even if someone inlines it in a page. */
export function searchIndexJson(edition: Edition): string {
  return `${JSON.stringify(buildSearchIndex(edition)).replace(/</g, "\\u003c")}\n`;
}
