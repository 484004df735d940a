/**
 * The other ways of printing the same print page that the benchmark compares
 * with: Chromium alone (the floor), pagedjs-cli, and, where installed,
 * Vivliostyle CLI and WeasyPrint. Each gets a copy of the built print page
 * beside it (same styles, fonts and content), changed only as it needs.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Edition } from "../data/model.ts";
import { CHROMIUM_ARGS } from "../lib/chromium.ts";
import { fromRoot } from "../lib/package-root.ts";

/** The folder of the built print page in a print-page folder, and a sibling copy's. */
const printFolder = (siteDir: string, edition: Edition) => path.join(siteDir, edition.routes.print.replace(/^\/|\/$/g, ""));

function writeCopy(siteDir: string, edition: Edition, suffix: string, html: string): string {
  const folder = `${printFolder(siteDir, edition)}-${suffix}`;
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "index.html"), html);
  return `/${path.relative(siteDir, folder)}/`;
}

const readPrintPage = (siteDir: string, edition: Edition) => readFileSync(path.join(printFolder(siteDir, edition), "index.html"), "utf8");
/** The scripts of the print page: Paged.js and the booklet's handlers. */
const withoutScripts = (html: string) => html.replace(/<script[^>]*paged\.polyfill\.js[^>]*><\/script>/, "").replace(/<script[^>]*assets\/js\/booklet\/[^>]*><\/script>/g, "");

/** The print page's markup with the content of its `<template>` in the body and no script. */
function withoutPagedjs(siteDir: string, edition: Edition): string {
  const html = withoutScripts(readPrintPage(siteDir, edition));
  const open = /<template data-ref="pagedjs-content">/.exec(html);
  const close = html.lastIndexOf("</template>");
  if (!open || close < open.index) throw new Error('bench: the print page has no <template data-ref="pagedjs-content"> to print without Paged.js (src/print/booklet.njk changed?).');
  return html.slice(0, open.index) + html.slice(open.index + open[0].length, close) + html.slice(close + "</template>".length);
}

/** The floor is Chromium's own print of this page: the print page without Paged.js, nothing else changed. Returns its URL path. */
export const floorPage = (siteDir: string, edition: Edition) => writeCopy(siteDir, edition, "floor", withoutPagedjs(siteDir, edition));

/**
 * pagedjs-cli injects its own Paged.js: its copy of the print page loads our
 * handlers through --additional-script instead, and has no
 * Content-Security-Policy (our renderer bypasses it; pagedjs-cli injects
 * inline scripts, which it forbids).
 */
export function pagedjsCliPage(siteDir: string, edition: Edition): string {
  const html = withoutScripts(readPrintPage(siteDir, edition)).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, "");
  return writeCopy(siteDir, edition, "pagedjs-cli", html);
}

/**
 * Page numbers the usual CSS way, for pagedjs-cli: target-counter() after the
 * links of the contents and indexes (our placeholders, which page-numbers.js
 * fills, hidden).
 */
export const TARGET_COUNTER_CSS = `
.page-ref { display: none; }
.toc__entry::after, .page-refs__ref::after { content: target-counter(attr(href url), page); font-variant-numeric: lining-nums tabular-nums; }
`;

/** For engines that paginate CSS themselves, the folios too: page-numbers.js writes them for Paged.js; here counter(page), arabic throughout. */
const PAGED_MEDIA_CSS = `${TARGET_COUNTER_CSS}
@page :left { @bottom-left { content: counter(page); } }
@page :right { @bottom-right { content: counter(page); } }
@page :blank { @bottom-left { content: none; } @bottom-right { content: none; } }
`;

/**
 * The print page for engines that paginate CSS themselves (Vivliostyle,
 * WeasyPrint): without Paged.js, with PAGED_MEDIA_CSS linked last (an author
 * style, as ours are), without the Content-Security-Policy (it is for
 * readers of the site). Returns its URL path.
 */
export function pagedMediaPage(siteDir: string, edition: Edition): string {
  const html = withoutPagedjs(siteDir, edition)
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, "")
    .replace("</head>", '<link rel="stylesheet" href="paged-media.css">\n</head>');
  const page = writeCopy(siteDir, edition, "paged-media", html);
  writeFileSync(path.join(siteDir, page, "paged-media.css"), PAGED_MEDIA_CSS);
  return page;
}

/** The booklet's own Paged.js handlers, as the print page loads them. */
export const BOOKLET_SCRIPTS = ["widows-orphans.js", "page-numbers.js"].map((file) => fromRoot("scripts/pdf/browser/booklet", file));

export interface Command {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

const PAGEDJS_CLI = fromRoot("node_modules/.bin/pagedjs-cli");
export const pagedjsCliInstalled = () => existsSync(PAGEDJS_CLI);

/** pagedjs-cli on Chromium, with our handlers (`handlers`) or with CSS target-counter() (`style`). */
export function pagedjsCli(url: string, output: string, browserPath: string, extra: { handlers?: boolean; style?: string }): Command {
  return {
    command: PAGEDJS_CLI,
    args: [
      url,
      "-o",
      output,
      ...(extra.handlers ? BOOKLET_SCRIPTS.flatMap((script) => ["--additional-script", script]) : []),
      ...(extra.style ? ["--style", extra.style] : []),
      "--outline-tags",
      "h1,h2",
      "--browserArgs",
      CHROMIUM_ARGS.join(","),
    ],
    // Its puppeteer is told where this machine's Chromium is (it never downloads one here).
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: browserPath, PUPPETEER_SKIP_DOWNLOAD: "1" },
  };
}

/** An executable on PATH, or undefined. */
function onPath(name: string): string | undefined {
  for (const folder of (process.env.PATH ?? "").split(path.delimiter)) {
    const file = path.join(folder, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

export interface Engine {
  label: string;
  /** Its path and version, or why it cannot run here. */
  found: { path: string; version: string } | { missing: string };
}

const version = (file: string, args: string[]) => {
  try {
    return execFileSync(file, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 30_000 }).trim().replace(/\s+/g, " ");
  } catch (error) {
    return `unknown version (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
  }
};

/** Where `npm run bench:setup` installs Vivliostyle CLI (setup.ts), apart from the project's dependencies. */
export const VIVLIOSTYLE_PREFIX = fromRoot("node_modules/.bench-engines");
/** The last release that runs on Node 20. */
export const VIVLIOSTYLE_VERSION = "11.0.0";

/** Vivliostyle CLI: the path given, else bench:setup's or the project's install, else one on PATH. */
export function findVivliostyle(given?: string): Engine {
  const installed = [path.join(VIVLIOSTYLE_PREFIX, "node_modules/.bin/vivliostyle"), fromRoot("node_modules/.bin/vivliostyle")].find((candidate) => existsSync(candidate));
  const file = given ?? installed ?? onPath("vivliostyle");
  if (!file) return { label: "Vivliostyle CLI", found: { missing: `not installed (npm run bench:setup; or --vivliostyle PATH)` } };
  if (!existsSync(file)) return { label: "Vivliostyle CLI", found: { missing: `not found at ${file}` } };
  return { label: "Vivliostyle CLI", found: { path: file, version: version(file, ["--version"]) } };
}

/** Vivliostyle CLI on this machine's Chromium (--executable-browser: it downloads none then), one HTML document. */
export function vivliostyle(file: string, url: string, output: string, browserPath: string): Command {
  return { command: file, args: ["build", url, "--single-doc", "-o", output, "--executable-browser", browserPath, "--log-level", "silent", "--timeout", "1800"] };
}

export function findWeasyprint(): Engine {
  const file = onPath("weasyprint");
  if (!file) return { label: "WeasyPrint", found: { missing: "not installed (npm run bench:setup, or Debian: apt-get install -y weasyprint)" } };
  return { label: "WeasyPrint", found: { path: file, version: version(file, ["--version"]) } };
}

/** WeasyPrint, tagged (PDF/UA-1) as ours is. */
export function weasyprint(file: string, url: string, output: string): Command {
  return { command: file, args: [url, output, "--media-type", "print", "--pdf-variant", "pdf/ua-1"] };
}
