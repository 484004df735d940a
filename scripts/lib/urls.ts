/**
 * URLs inside the built site. Pages link to each other and to their assets
 * with page-relative URLs, so that one build works from the root of a host,
 * from any sub-path and from the disk. Every URL of a page (href, src, srcset…)
 * is found by posthtml-urls, the parser Eleventy itself uses for its HTML base plugin.
 */
import path from "node:path";
import urls from "@11ty/posthtml-urls";
import posthtml from "posthtml";

/** A URL that names its scheme (https:, mailto:, data:…) or its host (//host/). */
export const isAbsoluteUrl = (url: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");

/** Splits "a/b/?q#f" into the path and what follows it ("?q#f"). */
export function splitUrl(url: string): { pathname: string; suffix: string } {
  const at = url.search(/[?#]/);
  return at < 0 ? { pathname: url, suffix: "" } : { pathname: url.slice(0, at), suffix: url.slice(at) };
}

/** The folder a page's relative URLs resolve from: "/a/b/" for "/a/b/", "/" for "/404.html". */
const folderOf = (pageUrl: string) => (pageUrl.endsWith("/") ? pageUrl : path.posix.dirname(pageUrl) + "/").replace(/\/+$/, "/");

/**
 * A root-relative URL ("/programme/#x") as seen from a page ("/atelier-1/"):
 * "../programme/#x". Other URLs (absolute, already relative, fragments) are returned as they are.
 */
export function relativeUrl(url: string, pageUrl: string): string {
  if (!url.startsWith("/") || url.startsWith("//")) return url;
  const { pathname, suffix } = splitUrl(url);
  const from = folderOf(pageUrl);
  let relative = path.posix.relative(from, pathname);
  if (pathname.endsWith("/") && relative !== "") relative += "/";
  if (relative === "") relative = "./";
  // "a:b/" would read as a scheme: say that it is a path.
  else if (/^[^/]*:/.test(relative)) relative = `./${relative}`;
  return relative + suffix;
}

/** The site path ("/programme/") a URL found in a page ("/atelier-1/") points to, or undefined for other sites, fragments and data. */
export function sitePathOf(url: string, pageUrl: string, basePath = "/"): string | undefined {
  const trimmed = url.trim();
  if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("?") || isAbsoluteUrl(trimmed)) return undefined;
  const { pathname } = splitUrl(trimmed);
  if (pathname.startsWith("/")) {
    // Root-relative URLs (the 404 page's) carry the base path.
    if (!pathname.startsWith(basePath)) return undefined;
    return path.posix.normalize(`/${pathname.slice(basePath.length)}`);
  }
  const resolved = path.posix.normalize(path.posix.join(folderOf(pageUrl), pathname));
  return pathname.endsWith("/") && !resolved.endsWith("/") ? `${resolved}/` : resolved;
}

/** The URL a page is served at, from its file in the site: "a/index.html" → "/a/", "404.html" → "/404.html". */
export const pageUrlOf = (file: string): string => `/${file.split(path.sep).join("/").replace(/(^|\/)index\.html$/, "$1")}`;

/**
 * Rewrites every URL of an HTML document (links, stylesheets, scripts, images,
 * srcset candidates, forms) with `change`; the rest of the markup is kept.
 */
export async function rewriteHtmlUrls(html: string, change: (url: string) => string): Promise<string> {
  const result = await posthtml([urls({ eachURL: (url: string) => change(url) })]).process(html);
  return result.html;
}
