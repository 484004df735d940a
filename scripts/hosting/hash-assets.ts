/**
 * Cache-friendly assets: every file under assets/ (stylesheets, fonts,
 * scripts) is renamed after a hash of its content, "screen.css" becoming
 * "screen.0123456789.css", and the references to it in the pages and in
 * the stylesheets follow. A changed file gets a new name, so servers can let
 * browsers keep these files for a year without asking (headers.ts).
 *
 * Runs once the site is final (after the PDF, which is printed from the
 * unhashed print page): stylesheets are hashed after what they point to
 * (fonts, imported stylesheets), since their own content changes with it.
 * Scripts are hashed as they are: a script that loads another asset must
 * find it from the page, not by a file name written inside it.
 * Files are read and written synchronously: an awaited read per page cost
 * more than its rewrite on a site of thousands of pages.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { listSiteFiles } from "../lib/site-files.ts";
import { pageUrlOf, relativeUrl, rewriteHtmlUrlsEach, sitePathOf, splitUrl } from "../lib/urls.ts";
import { HASHED_ASSETS } from "./headers.ts";

/** url(…) and @import "…" in a stylesheet, with the quoting each was written with. */
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s'"]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi;

function cssReferences(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "");
}

function rewriteCss(css: string, change: (url: string) => string): string {
  return css.replace(CSS_URL, (match, ...groups: (string | undefined)[]) => {
    const url = groups.slice(0, 5).find((g) => g !== undefined) ?? "";
    const changed = change(url);
    return changed === url ? match : match.replace(url, changed);
  });
}

/** "fonts/a.woff2" → "fonts/a.0123456789.woff2" for the given content. */
export function hashedName(file: string, content: Uint8Array): string {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, HASHED_ASSETS.hashLength);
  const { dir, name, ext } = path.posix.parse(file);
  return path.posix.join(dir, `${name}.${hash}${ext}`);
}

/** Site paths ("/assets/css/screen.css") without the leading slash, as the site's files are listed. */
const fileOf = (sitePath: string) => sitePath.replace(/^\//, "");

export interface HashOptions {
  /** Where the 404 page's root-relative URLs start. */
  basePath: string;
  /**
   * How each page's URLs, as the templates wrote them, are published (relative to the page:
   * eleventy/relative-urls-plugin.ts), changed in the same parse before the assets' names; absent: as they are.
   */
  published?: (pageUrl: string) => (url: string) => string;
  /**
   * Each page also written under `folder`, its URLs changed again by `change`,
   * from the same parse: the offline copy's pages (offline-copy.ts).
   */
  copy?: { folder: string; change: (url: string) => string };
}

/**
 * Renames the assets of `siteDir` after their content and rewrites every
 * reference to them. Returns old → new paths ("assets/css/screen.css" → …).
 */
export function hashAssets(siteDir: string, options: HashOptions): Map<string, string> {
  const files = listSiteFiles(siteDir);
  const assets = files.filter((file) => file.startsWith(`${HASHED_ASSETS.folder}/`));
  const stylesheets = new Map<string, string>();
  for (const file of assets.filter((f) => f.endsWith(".css"))) stylesheets.set(file, readFileSync(path.join(siteDir, file), "utf8"));

  const renamed = new Map<string, string>();
  const newUrl = (url: string, fromUrl: string) => {
    const target = sitePathOf(url, fromUrl, options.basePath);
    const to = target === undefined ? undefined : renamed.get(fileOf(target));
    if (to === undefined) return url;
    const { suffix } = splitUrl(url.trim());
    return url.trim().startsWith("/") ? `${options.basePath}${to}${suffix}` : relativeUrl(`/${to}${suffix}`, fromUrl);
  };

  // Fonts, scripts and images first, then each stylesheet once what it points to has its new name.
  for (const file of assets.filter((f) => !stylesheets.has(f))) {
    const content = readFileSync(path.join(siteDir, file));
    moveTo(siteDir, file, hashedName(file, content), content, renamed);
  }
  for (const file of stylesheetOrder(stylesheets)) {
    const css = rewriteCss(stylesheets.get(file)!, (url) => newUrl(url, `/${file}`));
    const content = Buffer.from(css, "utf8");
    moveTo(siteDir, file, hashedName(file, content), content, renamed);
  }

  const { copy } = options;
  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const full = path.join(siteDir, file);
    const html = readFileSync(full, "utf8");
    const pageUrl = pageUrlOf(file);
    const published = options.published?.(pageUrl) ?? ((url: string) => url);
    const hashed = (url: string) => newUrl(published(url), pageUrl);
    const [changed, copied] = rewriteHtmlUrlsEach(html, copy ? [hashed, (url) => copy.change(hashed(url))] : [hashed]);
    if (changed !== html) writeFileSync(full, changed!);
    if (copy) {
      mkdirSync(path.dirname(path.join(copy.folder, file)), { recursive: true });
      writeFileSync(path.join(copy.folder, file), copied!);
    }
  }
  return renamed;
}

function moveTo(siteDir: string, from: string, to: string, content: Uint8Array, renamed: Map<string, string>): void {
  writeFileSync(path.join(siteDir, to), content);
  rmSync(path.join(siteDir, from));
  renamed.set(from, to);
}

/** Stylesheets, each after those it imports or points to; a cycle of @import cannot be hashed and stops the build. */
function stylesheetOrder(stylesheets: Map<string, string>): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "visiting") {
      throw new Error(`The stylesheets ${[...trail, file].join(" → ")} point to each other, so none can be named after its content. Fix: remove the cycle of @import or url().`);
    }
    state.set(file, "visiting");
    for (const url of cssReferences(stylesheets.get(file)!)) {
      const target = sitePathOf(url, `/${file}`);
      if (target !== undefined && stylesheets.has(fileOf(target))) visit(fileOf(target), [...trail, file]);
    }
    state.set(file, "done");
    order.push(file);
  };
  for (const file of stylesheets.keys()) visit(file, []);
  return order;
}
