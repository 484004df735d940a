/**
 * Writes the site's policy (headers.ts) for the servers that publish it:
 * `_headers` for Netlify and Cloudflare Pages, `.htaccess` for Apache and
 * `actes.nginx.conf` for nginx. Values are escaped for each syntax, and a
 * value that a syntax cannot carry is refused with the fix.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { inlineScripts, needsWasm, sha256Source } from "../eleventy/security-plugin.ts";
import { extensionOf, listSiteFiles } from "../lib/site-files.ts";
import { checkHeader, HASHED_ASSETS, HeaderValueError, hostingPolicy, PRECOMPRESSED_EXTENSIONS, type Header, type HostingPolicy } from "./headers.ts";

export const SERVER_CONFIG_FILES = { headers: "_headers", apache: ".htaccess", nginx: "actes.nginx.conf" } as const;

/** A file the build writes for servers or precompresses: not a page of the site. */
export const isServerFile = (file: string): boolean =>
  (Object.values(SERVER_CONFIG_FILES) as string[]).includes(file) || PRECOMPRESSED_EXTENSIONS.includes(extensionOf(file));

const CONFIG_NAMES = new Set<string>(Object.values(SERVER_CONFIG_FILES));
const GENERATED = "written by the build from scripts/hosting/headers.ts: change that file, not this one";

/** Regular expression of the configuration files' names, which servers answer with 404. */
const CONFIG_FILES_PATTERN = `(?:${[...CONFIG_NAMES].map((name) => name.replace(/[.]/g, "\\.")).join("|")})`;

/** `_headers` (Netlify, Cloudflare Pages): rules apply to the paths they match, and all matching rules add up. */
export function headersFile(policy: HostingPolicy, files: readonly string[] = []): string {
  const line = (header: Header) => {
    checkHeader(header);
    return `  ${header.name}: ${header.value}`;
  };
  const typed = files.filter((file) => policy.uncommonTypes.includes(extensionOf(file)));
  return [
    `# Headers for hosts that read this file (Netlify, Cloudflare Pages); ${GENERATED}.`,
    "# Pages and the PDF keep the hosts' default cache policy, which revalidates; a rule matching",
    "# every path cannot set Cache-Control, since these hosts join the values of all matching rules.",
    "/*",
    ...policy.headers.map(line),
    `/${HASHED_ASSETS.folder}/*`,
    line({ name: "Cache-Control", value: policy.cache.immutable }),
    ...typed.flatMap((file) => [`/${file}`, line({ name: "Content-Type", value: policy.contentTypes[extensionOf(file)]! })]),
    "",
  ].join("\n");
}

/** A value inside double quotes in Apache's configuration, for mod_headers (where % starts a format). */
export function apacheHeaderValue(header: Header): string {
  checkHeader(header);
  if (header.value.includes("\\")) {
    throw new HeaderValueError(
      `The value of the header ${header.name} contains a backslash, which Apache's configuration and mod_headers read as escapes. Fix: write the value without a backslash.`,
    );
  }
  return `"${header.value.replaceAll("%", "%%").replaceAll('"', '\\"')}"`;
}

/** A value inside double quotes in nginx's configuration. */
export function nginxValue(header: Header): string {
  checkHeader(header);
  if (header.value.includes("$")) {
    throw new HeaderValueError(
      `The value of the header ${header.name} contains "$", which nginx reads as a variable and cannot escape. Fix: write the value without "$" (percent-encode it as %24 in a URL).`,
    );
  }
  return `"${header.value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

const alternatives = (extensions: readonly string[]) => `(?:${extensions.join("|")})`;
const PRECOMPRESSED = [
  { extension: "br", encoding: "br" },
  { extension: "gz", encoding: "gzip" },
] as const;

/**
 * `.htaccess` for Apache 2.4.13 or later (mod_rewrite, mod_headers, mod_mime;
 * AllowOverride FileInfo Indexes, or All). It works wherever the folder is
 * mounted: the 404 page's URL is worked out from each request.
 */
export function htaccessFile(policy: HostingPolicy): string {
  const compressible = alternatives(policy.compressible);
  const header = (h: Header, indent = "") => `${indent}Header always set ${h.name} ${apacheHeaderValue(h)}`;
  return [
    `# Apache configuration of this site (mod_rewrite, mod_headers, mod_mime; Apache 2.4.13 or later;`,
    `# AllowOverride FileInfo Indexes, or All); ${GENERATED}.`,
    "DirectoryIndex index.html",
    "RewriteEngine On",
    "",
    "# The URL path of this folder (\"\" at the root, \"actes/\" under /actes/), from each request:",
    "# the 404 page is found wherever the site is mounted.",
    "RewriteCond %{REQUEST_URI}::$1 ^/(.*?/)?(.*)::\\2$",
    "RewriteRule ^(.*)$ - [E=ACTES_BASE:%1]",
    `ErrorDocument 404 /%{reqenv:ACTES_BASE}${policy.notFound}`,
    `RewriteRule ^${CONFIG_FILES_PATTERN}$ - [R=404,L]`,
    "",
    "# Precompressed copies (.br, .gz) to the browsers that accept them; a folder's URL serves its index.html.",
    ...PRECOMPRESSED.flatMap(({ extension, encoding }) => [
      `RewriteCond %{HTTP:Accept-Encoding} \\b${encoding}\\b`,
      `RewriteCond %{REQUEST_FILENAME} -d`,
      `RewriteCond %{REQUEST_FILENAME}/index.html.${extension} -f`,
      `RewriteRule ^(.*/)?$ $1index.html.${extension} [L]`,
      `RewriteCond %{HTTP:Accept-Encoding} \\b${encoding}\\b`,
      `RewriteCond %{REQUEST_FILENAME}.${extension} -f`,
      `RewriteRule ^(.+\\.${compressible})$ $1.${extension} [L]`,
    ]),
    `RemoveType ${PRECOMPRESSED.map(({ extension }) => `.${extension}`).join(" ")}`,
    ...PRECOMPRESSED.map(({ extension, encoding }) => `AddEncoding ${encoding} .${extension}`),
    "",
    "# Content types, with their charset.",
    ...Object.entries(policy.contentTypes).map(([extension, type]) => `AddType "${type}" .${extension}`),
    "",
    "# Security headers on every response, errors included.",
    ...policy.headers.map((h) => header(h)),
    "",
    "# Cache: files named after a hash of their content never change; everything else is revalidated.",
    header({ name: "Cache-Control", value: policy.cache.revalidate }),
    `<FilesMatch "${HASHED_ASSETS.namePattern}(?:\\.br|\\.gz)?$">`,
    header({ name: "Cache-Control", value: policy.cache.immutable }, "  "),
    "</FilesMatch>",
    `<FilesMatch "\\.${compressible}(?:\\.br|\\.gz)?$">`,
    "  Header always merge Vary Accept-Encoding",
    "</FilesMatch>",
    "",
  ].join("\n");
}

/**
 * `actes.nginx.conf`, to include in the location (or server) block that serves
 * the folder. nginx forgets the add_header lines of outer blocks in any block
 * that has its own, so each location here repeats every header.
 */
export function nginxConf(policy: HostingPolicy, basePath: string): string {
  const headers = (indent: string, cache: string) =>
    [...policy.headers, { name: "Cache-Control", value: cache }].map((h) => `${indent}add_header ${h.name} ${nginxValue(h)} always;`);
  const typeLines = Object.entries(policy.contentTypes).map(([extension, type]) => `  ${nginxValue({ name: "Content-Type", value: type })} ${extension};`);
  return [
    `# nginx configuration of this site; ${GENERATED}.`,
    "# Include it in the block that serves this folder, for example:",
    "#   location /actes/ {",
    "#     alias /srv/actes/;",
    "#     include /srv/actes/actes.nginx.conf;",
    "#   }",
    `# - error_page names the 404 page under the base path the site was built with (--base ${basePath}).`,
    "# - add_header: a block with add_header lines drops those of the blocks around it, so headers",
    "#   set around this include are not sent for the site; add them here, in each location, if needed.",
    "# - types: the site's own list replaces the MIME types of the enclosing block.",
    "# - brotli_static needs the ngx_brotli module (Debian: libnginx-mod-http-brotli-static): uncomment it then.",
    "index index.html;",
    "types {",
    ...typeLines,
    "}",
    "default_type application/octet-stream;",
    "gzip_static on;",
    "gzip_vary on;",
    "# brotli_static on;",
    `error_page 404 ${basePath}${policy.notFound};`,
    ...headers("", policy.cache.revalidate),
    "",
    "# Files named after a hash of their content never change.",
    `location ~ "/${HASHED_ASSETS.folder}/(?:.+/)?[^/]+${HASHED_ASSETS.namePattern}$" {`,
    ...headers("  ", policy.cache.immutable),
    "}",
    "",
    "# The configuration files are not pages.",
    `location ~ "/${CONFIG_FILES_PATTERN}$" {`,
    "  return 404;",
    "}",
    "",
  ].join("\n");
}

export interface ServerConfigOptions {
  /** The base path the site was built for ("/" or "/actes/"): nginx's error_page needs it. */
  basePath: string;
}

/**
 * Writes `_headers`, `.htaccess` and `actes.nginx.conf` into the built site,
 * from the inline scripts its pages really have (their hashes go in the CSP).
 * Stops on a file whose type the policy does not know, which nginx would send
 * as application/octet-stream.
 */
export async function writeServerConfigs(siteDir: string, options: ServerConfigOptions): Promise<string[]> {
  const files = listSiteFiles(siteDir).filter((file) => !isServerFile(file));
  const scriptHashes: string[] = [];
  let wasm = false;
  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const html = await readFile(path.join(siteDir, file), "utf8");
    scriptHashes.push(...inlineScripts(html).map(sha256Source));
    wasm ||= needsWasm(html);
  }
  const policy = hostingPolicy({ scriptHashes, wasm });
  const unknown = [...new Set(files.map(extensionOf).filter((extension) => !(extension in policy.contentTypes)))];
  if (unknown.length > 0) {
    throw new Error(
      `The built site has files of a kind the server configurations do not describe: ${unknown.map((e) => (e === "" ? "(no extension)" : `.${e}`)).join(", ")} ` +
        `(e.g. ${files.find((file) => unknown.includes(extensionOf(file)))}). Fix: add the extension and its content type to CONTENT_TYPES in scripts/hosting/headers.ts.`,
    );
  }
  const written = [
    [SERVER_CONFIG_FILES.headers, headersFile(policy, files)],
    [SERVER_CONFIG_FILES.apache, htaccessFile(policy)],
    [SERVER_CONFIG_FILES.nginx, nginxConf(policy, options.basePath)],
  ] as const;
  for (const [name, content] of written) await writeFile(path.join(siteDir, name), content);
  return written.map(([name]) => name);
}
