/**
 * The one description of how the site is served: the security headers every
 * response carries, the cache policy of each kind of file, the content types
 * servers may not know, which files have precompressed copies, and the 404
 * page. The `_headers` file, the Apache `.htaccess` and the nginx snippet are
 * all written from it (server-config.ts), so they never disagree.
 */
import { contentSecurityPolicy, REFERRER_POLICY } from "../eleventy/security-plugin.ts";
import { NOT_FOUND_PAGE } from "../eleventy/relative-urls-plugin.ts";

export interface Header {
  name: string;
  value: string;
}

export interface HostingPolicy {
  /** Sent with every response, errors included. */
  headers: Header[];
  cache: {
    /** Files whose name carries a hash of their content: they never change under that name. */
    immutable: string;
    /** Everything else (pages, the PDF, data files): reused only after asking the server. */
    revalidate: string;
  };
  /** Content type of every kind of file the site may hold, by extension (without dot). */
  contentTypes: Record<string, string>;
  /** Extensions whose type static hosts may not know: `_headers` names it for each such file. */
  uncommonTypes: string[];
  /** Extensions (without dot) of text files that get .br and .gz copies. */
  compressible: string[];
  /** Path of the 404 page in the site folder. */
  notFound: string;
}

/** Where content-hashed files live, and the shape of their names: name.0123456789.ext */
export const HASHED_ASSETS = {
  folder: "assets",
  hashLength: 10,
  /** Regular expression (PCRE and JavaScript alike) for a hashed file name's ending. */
  namePattern: String.raw`\.[0-9a-f]{10}\.[a-z0-9]+`,
} as const;

export const CACHE = {
  // One year is the longest lifetime caches honour; `immutable` spares the revalidation on reload.
  immutable: "public, max-age=31536000, immutable",
  // Stored, but checked with the server (ETag, Last-Modified) before each reuse.
  revalidate: "no-cache",
} as const;

const UTF8 = "; charset=utf-8";
export const CONTENT_TYPES: Record<string, string> = {
  html: `text/html${UTF8}`,
  css: `text/css${UTF8}`,
  js: `text/javascript${UTF8}`,
  mjs: `text/javascript${UTF8}`,
  json: `application/json${UTF8}`,
  jsonld: `application/ld+json${UTF8}`,
  webmanifest: `application/manifest+json${UTF8}`,
  ics: `text/calendar${UTF8}`,
  bib: `application/x-bibtex${UTF8}`,
  ris: `application/x-research-info-systems${UTF8}`,
  csv: `text/csv${UTF8}`,
  txt: `text/plain${UTF8}`,
  xml: `application/xml${UTF8}`,
  svg: `image/svg+xml${UTF8}`,
  woff2: "font/woff2",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  avif: "image/avif",
  gif: "image/gif",
  ico: "image/x-icon",
  pdf: "application/pdf",
  zip: "application/zip",
  epub: "application/epub+zip",
  wasm: "application/wasm",
  // A search index's binary chunks (Pagefind), fetched and decoded by its script.
  pagefind: "application/octet-stream",
  pf_fragment: "application/octet-stream",
  pf_index: "application/octet-stream",
  pf_meta: "application/octet-stream",
  pf_filter: "application/octet-stream",
};

/** Precompressed copies (precompress.ts): served with the type of the file they copy. */
export const PRECOMPRESSED_EXTENSIONS = ["br", "gz"];

export const UNCOMMON_TYPES = ["webmanifest", "ics", "bib", "ris", "csv", "epub"];

/** Text formats worth compressing (fonts, the PDF and the zip are compressed already). */
export const COMPRESSIBLE = ["html", "css", "js", "mjs", "json", "jsonld", "webmanifest", "ics", "bib", "ris", "csv", "txt", "xml", "svg"];

/**
 * The site's policy; `scriptHashes` are the 'sha256-…' sources of the inline
 * scripts of all published pages, `wasm` whether one runs WebAssembly. One rule
 * for every path allows what any page needs (each page's <meta> policy narrows
 * it down, since a browser enforces both), and WebAssembly also for Pagefind's
 * worker script, whose policy only a header can give.
 */
export function hostingPolicy(options: { scriptHashes: Iterable<string>; wasm: boolean }): HostingPolicy {
  const scriptHashes = [...new Set(options.scriptHashes)].sort();
  const headers: Header[] = [
    { name: "Content-Security-Policy", value: contentSecurityPolicy({ scriptHashes, hasScripts: true, wasm: options.wasm, inlineStyles: false, forHeader: true }) },
    { name: "Referrer-Policy", value: REFERRER_POLICY },
    { name: "X-Content-Type-Options", value: "nosniff" },
    { name: "X-Frame-Options", value: "DENY" },
    // A reading site asks for no device access: say so, so that no embedded content can.
    { name: "Permissions-Policy", value: "camera=(), geolocation=(), microphone=()" },
  ];
  for (const header of headers) checkHeader(header);
  return { headers, cache: { ...CACHE }, contentTypes: { ...CONTENT_TYPES }, uncommonTypes: [...UNCOMMON_TYPES], compressible: [...COMPRESSIBLE], notFound: NOT_FOUND_PAGE };
}

export class HeaderValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HeaderValueError";
  }
}

/** An HTTP token (RFC 9110): the characters a header name may have. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * A header every server format can carry: a token for a name, printable ASCII
 * for a value (no line break, which would end the header or the config line).
 */
export function checkHeader(header: Header): void {
  if (!TOKEN.test(header.name)) {
    throw new HeaderValueError(`The header name "${header.name}" is not an HTTP token. Fix: use letters, digits and hyphens only, e.g. "X-Content-Type-Options".`);
  }
  const bad = /[^\x20-\x7E]/.exec(header.value);
  if (bad) {
    const code = `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    throw new HeaderValueError(
      `The value of the header ${header.name} contains ${code}${bad[0] === "\n" || bad[0] === "\r" ? " (a line break)" : ""}, which HTTP headers and server configuration lines cannot carry. ` +
        "Fix: keep header values to printable ASCII on one line (percent-encode URLs).",
    );
  }
  if (header.value.trim() !== header.value || header.value === "") {
    throw new HeaderValueError(`The value of the header ${header.name} is empty or starts or ends with a space. Fix: give a value without surrounding spaces.`);
  }
}
