import { readFileSync } from "node:fs";
import { hyphenateHtml } from "../lib/hyphenate.ts";
import { thenSentence } from "../lib/typography.ts";
import type { EleventyConfig } from "./types.ts";

/** Where the booklet's scripts land in the built site (the renderer removes them after printing). */
export const PRINT_ASSETS = {
  pagedjs: "assets/js/paged.polyfill.js",
  booklet: "assets/js/booklet.js",
  styles: "assets/css/print",
};

/**
 * The print booklet (src/print.njk): Paged.js from node_modules (never copied
 * into the repository), our page-number and widow handler, and the filters the
 * print templates need.
 */
export default function printPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy({
    "node_modules/pagedjs/dist/paged.polyfill.js": PRINT_ASSETS.pagedjs,
    "scripts/pdf/browser/booklet.js": PRINT_ASSETS.booklet,
  });
  eleventyConfig.addWatchTarget("scripts/pdf/browser");

  /** Soft hyphens in body text; titles and names are left whole. */
  eleventyConfig.addFilter("hyphenate", (html: string, language: string) => hyphenateHtml(String(html ?? ""), language));

  /** "Title. Subtitle", without a full stop after a title that already ends with ! ? … or a full stop. */
  eleventyConfig.addFilter("thenSentence", thenSentence);
  /** A speaker's organisations that the role does not already name ("… du SDIS 78" needs no "(SDIS 78)"). */
  eleventyConfig.addFilter("notNamedIn", <T extends { name: string; shortName?: string }>(organisations: T[], role: string) =>
    organisations.filter((o) => !role.includes(o.name) && !(o.shortName && role.includes(o.shortName))),
  );

  /**
   * The booklet's fonts (src/print-fonts.njk): the site's own list, styles/fonts.css, with
   * `font-display: block`, so that print waits for the real faces (Paged.js preloads them) and
   * every glyph comes from an embedded font, and with URLs from the print styles' folder.
   */
  eleventyConfig.addShortcode("printFontFaces", () => {
    const screen = readFileSync("styles/fonts.css", "utf8");
    const print = screen.replace(/font-display:\s*swap/g, "font-display: block").replaceAll("url(../fonts/", "url(../../fonts/");
    if (!print.includes("font-display: block") || print.includes("url(../fonts/")) {
      throw new Error("styles/fonts.css no longer has the shape the booklet's font list is made from (font-display: swap; url(../fonts/…)). Fix: keep that shape, or update printFontFaces in scripts/eleventy/print-plugin.ts.");
    }
    return print;
  });

  /** Index entries: only people or organisations with a contribution have a page to point to. */
  eleventyConfig.addFilter("withContributions", <T extends { contributions: unknown[] }>(items: T[]) =>
    items.filter((item) => item.contributions.length > 0),
  );
  /** Groups a sorted list by the initial of `key`, accents removed: [{ initial, items }]. */
  eleventyConfig.addFilter("byInitial", <T extends Record<string, unknown>>(items: T[], key: string) => {
    const groups: { initial: string; items: T[] }[] = [];
    for (const item of items) {
      const initial = String(item[key] ?? "").normalize("NFD").replace(/\p{Diacritic}/gu, "").charAt(0).toUpperCase();
      const last = groups.at(-1);
      if (last?.initial === initial) last.items.push(item);
      else groups.push({ initial, items: [item] });
    }
    return groups;
  });
}
