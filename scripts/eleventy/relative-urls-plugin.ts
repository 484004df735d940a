/**
 * One build, any path: templates write root-relative URLs ("/programme/"),
 * and every page gets them relative to itself ("../programme/"), so the same
 * folder works at the root of a host, under any sub-path and from the disk.
 * `npm start` does it inside Eleventy, so that the pages it serves are the
 * relative pages the build publishes; the build does it after Eleventy, in
 * the same parse of each page as the assets' new names (pipeline/eleventy.ts,
 * hosting/hash-assets.ts): a parse of every page less. The print page keeps
 * its root-relative URLs (see below).
 *
 * The 404 page is the exception: servers show it at any depth of the site,
 * where relative URLs would lead astray, so its URLs start with the base path
 * (--base), as mdBook's `site-url` and Sphinx's notfound page do.
 */
import { relativeUrl, rewriteHtmlUrls } from "../lib/urls.ts";
import type { SiteInput } from "./input.ts";
import type { EleventyConfig } from "./types.ts";
import { unchangedPages } from "./unchanged-pages.ts";

/** The page servers answer unknown URLs with (src/404.njk's permalink). */
export const NOT_FOUND_PAGE = "404.html";

export function baseRelativeUrl(url: string, basePath: string): string {
  return url.startsWith("/") && !url.startsWith("//") ? `${basePath.replace(/\/$/, "")}${url}` : url;
}

/** A URL of the page at `pageUrl` as it is published: relative to the page, or from `basePath` on the 404 page. */
export function publishedUrl(pageUrl: string, basePath: string): (url: string) => string {
  return (url) => (pageUrl === `/${NOT_FOUND_PAGE}` ? baseRelativeUrl(url.trim(), basePath) : relativeUrl(url.trim(), pageUrl));
}

export default function relativeUrlsPlugin(eleventyConfig: EleventyConfig, input: SiteInput): void {
  // The print page is read only by the PDF renderer, which serves its folder at the root: a root-relative URL
  // resolves there as the relative one would, and the PDF is the same. Rewriting it cost a second at 400 pages.
  // The build's website is rewritten after Eleventy, with its assets' names (see above).
  if (input.target !== "preview") return;
  const remembered = unchangedPages(true);
  eleventyConfig.addTransform("relative-urls", function (content) {
    const { outputPath, url } = this.page;
    if (!outputPath || !outputPath.endsWith(".html")) return content;
    return remembered(url, content, () => rewriteHtmlUrls(content, publishedUrl(url, eleventyConfig.pathPrefix ?? "/")));
  });
}
