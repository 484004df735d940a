/**
 * URLs inside the built site. Pages link to each other and to their assets
 * with page-relative URLs, so that one build works from the root of a host,
 * from any sub-path and from the disk. Every URL of a page (href, src, srcset…)
 * is found by parse5, which tells where each attribute is in the source, so
 * that a page is changed only where a URL changes.
 */
import path from "node:path";
import { parse } from "parse5";

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

/** The attributes that hold URLs, by element (those Eleventy's HTML base plugin rewrites). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ["href", "ping"],
  area: ["href", "ping"],
  audio: ["src"],
  blockquote: ["cite"],
  button: ["formaction"],
  del: ["cite"],
  embed: ["src"],
  form: ["action"],
  iframe: ["src"],
  img: ["src", "srcset"],
  input: ["formaction", "src"],
  ins: ["cite"],
  link: ["href"],
  object: ["data"],
  q: ["cite"],
  script: ["src"],
  source: ["src", "srcset"],
  track: ["src"],
  video: ["poster", "src"],
};

/** One attribute value changed URL by URL: srcset candidates and ping lists hold several. */
function changeValue(attribute: string, value: string, change: (url: string) => string): string {
  if (attribute === "srcset") {
    return value
      .split(",")
      .map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => space + change(url)))
      .join(",");
  }
  if (attribute === "ping") return value.replace(/\S+/g, (url) => change(url));
  return change(value);
}

const escapeAttribute = (value: string) => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;");

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  sourceCodeLocation?: { attrs?: Record<string, { startOffset: number; endOffset: number }> } | null;
}

/**
 * Rewrites every URL of an HTML document (links, stylesheets, scripts, images,
 * srcset candidates, forms) with `change`. Only the attributes whose URL
 * changes are rewritten, in place: the rest of the markup stays byte for byte.
 */
export function rewriteHtmlUrls(html: string, change: (url: string) => string): string {
  return rewriteHtmlUrlsEach(html, [change])[0]!;
}

/**
 * The document rewritten once for each of `changes`, from one parse (a parse
 * costs more than the rewrites on a long page).
 */
export function rewriteHtmlUrlsEach(html: string, changes: ((url: string) => string)[]): string[] {
  const edits: { start: number; end: number; text: string }[][] = changes.map(() => []);
  const visit = (node: Node) => {
    const names = URL_ATTRIBUTES[node.nodeName];
    if (names && node.attrs) {
      for (const attribute of node.attrs) {
        if (!names.includes(attribute.name)) continue;
        const location = node.sourceCodeLocation?.attrs?.[attribute.name];
        if (!location) continue;
        changes.forEach((change, index) => {
          const changed = changeValue(attribute.name, attribute.value, change);
          if (changed === attribute.value) return;
          const written = html.slice(location.startOffset, location.startOffset + attribute.name.length);
          edits[index]!.push({ start: location.startOffset, end: location.endOffset, text: `${written}="${escapeAttribute(changed)}"` });
        });
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }) as unknown as Node);
  // One pass from the start: splicing each edit into the whole page copied it once per link (seconds on a long index page).
  return edits.map((list) => {
    const pieces: string[] = [];
    let from = 0;
    for (const edit of list.sort((a, b) => a.start - b.start)) {
      pieces.push(html.slice(from, edit.start), edit.text);
      from = edit.end;
    }
    pieces.push(html.slice(from));
    return pieces.join("");
  });
}
