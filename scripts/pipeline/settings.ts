/**
 * The build's settings, checked before any work: a wrong value fails at once
 * (before Eleventy or Chromium starts) with the cause and the fix. The command
 * line (options.ts) gathers them from its options and the environment;
 * everything after it receives them as this one typed object.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseBasePath } from "../lib/base-path.ts";
import { findChromium, type BrowserChoice } from "../lib/chromium.ts";
import { PACKAGE_ROOT } from "../lib/package-root.ts";
import { SESSIONS_FOLDER } from "../data/validate.ts";

/** How the booklet is laid out and printed. */
export interface BookletSettings {
  /** Chromium's executable. */
  browserPath: string;
  /** How long Paged.js may take to lay out the booklet, in milliseconds. */
  timeoutMs: number;
  /** Browser pages laying out parts of the book at once; absent: chosen by the book's length. */
  parts?: number;
  /** From this many pages the website, the preflight and the imposition run in worker threads; absent: 120 (pipeline/index.ts). Tests set 0 to build the default edition that way. */
  threadsFromPages?: number;
}

export interface BuildSettings {
  /** Output folder (absolute). */
  out: string;
  /** The colloquium's data folder (absolute). */
  dataDir: string;
  /** Path the site is published under, "/" or "/actes/": for the 404 page, the nginx snippet and absolute URLs (links are relative). */
  basePath: string;
  /** --url / ACTES_URL: the site's public address, ending in the base path; it replaces colloquium.publication.url once, at load. */
  publicUrl?: string;
  /** Absent for a website without its PDFs (`--site-only`): no browser needed. */
  booklet?: BookletSettings;
  /** SOURCE_DATE_EPOCH: seconds since 1970, stamped in the PDFs instead of the publication date. */
  sourceDateEpoch?: number;
}

/** Settings as typed by the user: strings, unchecked. */
export interface RawSettings {
  out?: string;
  data?: string;
  base?: string;
  siteOnly?: boolean;
  url?: Given;
  /** Each value with the name the user gave it by (an option or a variable), for messages. */
  pdfParts?: Given;
  pdfTimeout?: Given;
  sourceDateEpoch?: Given;
  browser?: BrowserChoice;
}

export interface Given {
  value: string;
  /** "--pdf-parts", "ACTES_PDF_PARTS"… */
  setBy: string;
}

export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SettingsError";
  }
}

export const DEFAULT_PDF_TIMEOUT_MS = 180_000;

export function checkSettings(raw: RawSettings, cwd = process.cwd()): BuildSettings {
  const out = path.resolve(cwd, raw.out ?? "_site");
  const dataDir = raw.data === undefined ? defaultDataDir(cwd) : path.resolve(cwd, raw.data);
  checkOutput(out, dataDir);
  const settings: BuildSettings = { out, dataDir, basePath: parseBasePath(raw.base ?? "/") };
  if (raw.url) settings.publicUrl = checkPublicUrl(raw.url.value, settings.basePath, raw.url.setBy);
  if (raw.sourceDateEpoch) settings.sourceDateEpoch = wholeNumber(raw.sourceDateEpoch, 0, "a number of seconds since 1970, e.g. $(git log -1 --format=%ct), or unset it to date the PDFs from colloquium.publication.date");
  if (raw.siteOnly) return settings;
  const booklet: BookletSettings = {
    timeoutMs: raw.pdfTimeout ? wholeNumber(raw.pdfTimeout, 1, `a number of milliseconds, e.g. 300000, or unset it for the default (${DEFAULT_PDF_TIMEOUT_MS})`) : DEFAULT_PDF_TIMEOUT_MS,
    browserPath: "",
  };
  if (raw.pdfParts) booklet.parts = wholeNumber(raw.pdfParts, 1, "1 (one piece), 2, 3…, or unset it to choose by the book's length");
  // Last: the browser is looked for (never installed: the command's install step came before) once the rest is right.
  booklet.browserPath = findChromium(raw.browser);
  return { ...settings, booklet };
}

/**
 * The data folder when none is given (--data, ACTES_DATA_DIR): the folder the
 * command runs in when it holds colloquium.ts (a project that keeps its
 * edition at its root, as `actes init .` writes it), else its _data/ folder
 * when that does (this repository's layout). Anything else fails with what
 * was looked for and the fix.
 */
export function defaultDataDir(cwd: string): string {
  const found = [cwd, path.join(cwd, "_data")].find((folder) => existsSync(path.join(folder, "colloquium.ts")));
  if (found) return found;
  throw new SettingsError(
    `No data folder given, and neither ${cwd} nor its _data/ folder holds a colloquium.ts. ` +
      "Fix: run the command in the folder that holds your edition's colloquium.ts, give that folder with --data DIR, or write a starter edition here with `npx actes init .`.",
  );
}

/**
 * A public URL as canonical links, the sitemap and citations need it: https,
 * a host, no query or fragment, ending in "/" and with the base path as its
 * path (pages are placed under the base path, and their addresses under the URL).
 * `setBy` names where it came from: "--url", "ACTES_URL" or a data field.
 * Returns it normalised (lower-case host); throws a SettingsError naming the fix.
 */
export function checkPublicUrl(value: string, basePath: string, setBy: string): string {
  const as = (url: string) => (setBy.startsWith("--") ? `${setBy} ${url}` : /^[A-Z_]+$/.test(setBy) ? `${setBy}=${url}` : `${setBy}: "${url}"`);
  const refuse = (problem: string, fix: string) => new SettingsError(`${setBy} is "${value}", which ${problem}. Fix: ${fix}.`);
  const trimmed = value.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || !URL.canParse(trimmed)) throw refuse("is not a full web address", `give the site's address with its scheme and host, e.g. ${as(`https://example.org${basePath}`)}`);
  const url = new URL(trimmed);
  const host = url.host || "example.org";
  if (url.protocol !== "https:") throw refuse(`is not an https:// address (it starts with ${url.protocol})`, `give the address readers reach it at over https, e.g. ${as(`https://${host}${basePath}`)}`);
  if (url.username || url.password) throw refuse("carries a user name or password", `remove them: ${as(`https://${host}${url.pathname}`)}`);
  if (url.search || url.hash || /[?#]/.test(trimmed)) throw refuse("has a query or a fragment (? or #)", `give the address of the site's folder alone: ${as(`https://${host}${url.pathname}`)}`);
  if (!url.pathname.endsWith("/")) throw refuse('does not end with "/"', `end it with a slash, as a folder's address: ${as(`https://${host}${url.pathname}/`)}`);
  if (url.pathname !== basePath) {
    throw refuse(
      `has the path ${url.pathname} while the site is built for the base path ${basePath} (--base)`,
      `make them match: build with --base ${url.pathname} for this address, or give ${as(`https://${host}${basePath}`)} for this base path`,
    );
  }
  return url.href;
}

/**
 * The edition's public URL, set once after loading: --url (or ACTES_URL)
 * replaces colloquium.publication.url; either is checked against the base
 * path. Every consumer (pages, sitemap, citations, calendar, open data, QR
 * codes) then reads colloquium.publication.url alone.
 */
export function withPublicUrl<E extends { colloquium: { publication: { url?: string | undefined } } }>(edition: E, settings: Pick<BuildSettings, "publicUrl" | "basePath">): E {
  const { publication } = edition.colloquium;
  if (settings.publicUrl) publication.url = settings.publicUrl;
  else if (publication.url) publication.url = checkPublicUrl(publication.url, settings.basePath, "colloquium.publication.url");
  return edition;
}

function wholeNumber(given: Given, minimum: number, fix: string): number {
  const value = Number(given.value);
  if (!/^\d+$/.test(given.value.trim()) || !Number.isSafeInteger(value) || value < minimum) {
    throw new SettingsError(`${given.setBy} is "${given.value}", which is not a whole number${minimum > 0 ? ` of at least ${minimum}` : ""}. Fix: set it to ${fix}.`);
  }
  return value;
}

const inside = (child: string, parent: string) => {
  const relative = path.relative(parent, child);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
};

/** The output folder is replaced whole by each build: it must hold nothing else of value. */
function checkOutput(out: string, dataDir: string): void {
  const problem = (what: string) => new SettingsError(`The output folder ${out} ${what}: each build replaces it whole. Fix: choose another output folder with --out, e.g. _site.`);
  // Inside the data folder is fine (a project's _site/ beside its colloquium.ts), but not among the session files.
  if (inside(out, path.join(dataDir, SESSIONS_FOLDER))) throw problem(`is inside the data folder's ${SESSIONS_FOLDER}/ folder`);
  if (inside(dataDir, out)) throw problem(`holds the data folder ${dataDir}`);
  if (inside(PACKAGE_ROOT, out)) throw problem("holds this project");
  // The folders of the package itself, which an output folder must not replace.
  for (const folder of ["src", "_includes", "_data", "styles", "scripts", "tests", "node_modules", ".git"]) {
    if (inside(out, path.join(PACKAGE_ROOT, folder))) throw problem(`is inside the project's ${folder}/ folder`);
  }
}
