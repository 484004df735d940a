import { readFileSync } from "node:fs";
import { byInitial } from "../data/model.ts";
import type { Edition } from "../data/model.ts";
import { properNames } from "../data/names.ts";
import { hyphenateHtml } from "../lib/hyphenate.ts";
import { oncePer } from "../lib/once-per.ts";
import { eleventyGlob, fromDependency, fromRoot } from "../lib/package-root.ts";
import type { SiteInput } from "./input.ts";
import { thenSentence } from "../lib/typography.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * The print page of the booklet (src/print/): Paged.js from node_modules
 * (never copied into the repository), the booklet's own Paged.js handlers,
 * its styles, and the filters the print templates need. The website has no
 * print page (its PDF is published instead) and the print page has no website.
 */
/** The proper names of each edition, found once. */
const namesOf = oncePer(properNames);

export default function printPlugin(eleventyConfig: EleventyConfig, input: SiteInput): void {
  if (input.target === "site") {
    eleventyConfig.ignores.add(eleventyGlob("src/print/**"));
    return;
  }
  if (input.target === "print") eleventyConfig.ignores.add(eleventyGlob("src/*.njk"));
  eleventyConfig.addPassthroughCopy({
    [fromDependency("pagedjs", "dist/paged.polyfill.js")]: "assets/js/paged.polyfill.js",
    [fromRoot("scripts/pdf/browser/booklet")]: "assets/js/booklet",
    [fromRoot("styles/print")]: "assets/css/print",
  });
  eleventyConfig.addWatchTarget(fromRoot("scripts/pdf/browser/booklet"));

  /** Soft hyphens in body text; titles and names (the edition's proper names, scripts/data/names.ts) are left whole. */
  eleventyConfig.addFilter("hyphenate", function (this: unknown, html: string, language: string) {
    const edition = (this as { ctx?: { actes?: Edition } } | undefined)?.ctx?.actes;
    return hyphenateHtml(String(html ?? ""), language, edition ? namesOf(edition) : []);
  });

  /** "Title. Subtitle", without a full stop after a title that already ends with ! ? … or a full stop. */
  eleventyConfig.addFilter("thenSentence", thenSentence);

  /**
   * The booklet's fonts (src/print/fonts.njk): the site's own list, styles/fonts.css, with
   * `font-display: block`, so that print waits for the real faces (Paged.js preloads them) and
   * every glyph comes from an embedded font, and with URLs from the print styles' folder.
   */
  eleventyConfig.addShortcode("printFontFaces", () => {
    const screen = readFileSync(fromRoot("styles/fonts.css"), "utf8");
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
  eleventyConfig.addFilter("byInitial", <T extends Record<string, unknown>>(items: T[], key: string) => byInitial(items, (item) => String(item[key] ?? "")));
}
