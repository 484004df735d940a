/**
 * The base path (--base, ACTES_BASE_PATH): the URL path the site is served
 * at, "/" or e.g. "/actes/". Links are relative and do not depend on it; the
 * 404 page, absolute URLs and the nginx snippet do, so it is checked before any
 * work: a value that is not a plain path is refused with the fix.
 */

export class BasePathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BasePathError";
  }
}

/** One path segment: letters, digits and - . _ ~ (URL-safe, and safe inside any server's configuration). */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** "/actes/", "actes", "/actes" → "/actes/"; "" or "/" → "/". Throws a BasePathError naming the fix. */
export function parseBasePath(raw: string): string {
  const refuse = (problem: string, fix: string) =>
    new BasePathError(`The base path "${raw}" (--base or ACTES_BASE_PATH) ${problem}. Fix: ${fix}`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw.trim()) || raw.trim().startsWith("//")) {
    const pathname = pathOfUrl(raw.trim());
    throw refuse(
      "is a full URL, but only the path is wanted (the site's address goes in colloquium.publication.url)",
      `give the path alone, e.g. --base ${pathname}.`,
    );
  }
  if (/\s/.test(raw)) throw refuse("contains a space or another blank", `write it without blanks, e.g. --base ${suggest(raw.replace(/\s+/g, "-"))}.`);
  if (/[?#]/.test(raw)) throw refuse("has a query or a fragment (? or #), which a path to a folder cannot have", `remove them: --base ${suggest(raw.replace(/[?#].*$/, ""))}.`);
  const segments = raw.replace(/^\/+|\/+$/g, "").split("/").filter((segment, index, all) => !(all.length === 1 && segment === ""));
  if (segments.some((segment) => segment === "." || segment === "..")) {
    throw refuse('has a "." or ".." segment; the base path is where the site is, counted from the root of the host', "give the path from the root, e.g. --base /actes/.");
  }
  if (segments.some((segment) => segment === "")) throw refuse("has an empty segment (//)", `use single slashes: --base ${suggest(raw.replace(/\/{2,}/g, "/"))}.`);
  const wrong = segments.find((segment) => !SEGMENT.test(segment));
  if (wrong !== undefined) {
    throw refuse(
      `has the segment "${wrong}" with characters other than letters, digits and - . _ ~`,
      "name the folder with those characters only (a backslash, %, quote, $ or ; would also have to be escaped in server configurations), e.g. --base /actes-2015/.",
    );
  }
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}

function pathOfUrl(url: string): string {
  const full = url.startsWith("//") ? `https:${url}` : url;
  return URL.canParse(full) ? new URL(full).pathname.replace(/\/?$/, "/") : "/actes/";
}

const suggest = (value: string) => `/${value.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
