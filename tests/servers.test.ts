/**
 * Host it anywhere, as it is: one build (the suite's variant edition,
 * --base /actes/, with the PDF) served
 * by Debian's Apache (honouring the generated .htaccess) at /actes/ and at
 * another path, by nginx (with the generated snippet) at /actes/, by the
 * project's static server at /, and opened from the disk, then read in
 * Chromium: pages, styles, fonts, the PDF and the search index load without
 * an error, every response carries the policy's headers, an unknown URL gets
 * the site's 404 page with status 404, hashed assets are cached for a year
 * and precompressed copies come with the right Content-Encoding.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ConsoleMessage, Page, Request, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { inlineScripts, needsWasm, sha256Source } from "../scripts/eleventy/security-plugin.ts";
import { PAGEFIND_FOLDER } from "../scripts/search/pagefind.ts";
import { HASHED_ASSETS, hostingPolicy, type HostingPolicy } from "../scripts/hosting/headers.ts";
import { htaccessFile, nginxConf } from "../scripts/hosting/server-config.ts";
import { sharedBrowser } from "./helpers/browser.ts";
import { serveStatic, type StaticServer } from "../scripts/lib/static-server.ts";
import { VARIANT } from "./helpers/variant.ts";
import { openToServers, startApache, startNginx, type RunningServer } from "./helpers/servers.ts";
import { readPages } from "./helpers/site.ts";

const BASE = "/actes/";
/** Another path the same folder is served at, which the build was not told. */
const OTHER_PATH = "/autre/chemin/";
let siteDir: string;
let work: string;
let edition: Edition;
let policy: HostingPolicy;
/** One page for every visit, each server at an origin or a path of its own (nothing cached is shared). */
let tab: Page;
let apache: RunningServer;
let nginx: RunningServer;
let plain: StaticServer;

/** A header no real policy has, with the characters a configuration syntax could trip on (Apache refuses a backslash). */
const TRICKY = { name: "X-Actes-Essai", value: `dit "bonjour" 100% {a; b} 'c' #d` };
const TRICKY_NGINX = { ...TRICKY, value: `${TRICKY.value} \\e` };

beforeAll(async () => {
  // The suite's variant edition, built for the sub-path /actes/ (tests/helpers/variant.ts).
  const variant = inject("variant");
  edition = await loadEdition(variant.dataDir);
  siteDir = variant.siteDir;
  expect(VARIANT.base).toBe(BASE);
  const built = readPages(siteDir);
  const scripts = built.flatMap((page) => inlineScripts(page.html).map(sha256Source));
  policy = hostingPolicy({ scriptHashes: scripts, wasm: built.some((page) => needsWasm(page.html)) });
  work = mkdtempSync(path.join(tmpdir(), "actes-servers-"));
  openToServers(siteDir);
  openToServers(work);
  // A folder whose configurations carry the tricky header.
  const tricky = path.join(work, "echappement");
  mkdirSync(tricky);
  writeFileSync(path.join(tricky, "index.html"), "<!doctype html><title>essai</title>");
  writeFileSync(path.join(tricky, ".htaccess"), htaccessFile({ ...policy, headers: [...policy.headers, TRICKY] }));
  writeFileSync(path.join(tricky, "actes.nginx.conf"), nginxConf({ ...policy, headers: [...policy.headers, TRICKY_NGINX] }, "/echappement/"));
  [apache, nginx, plain, tab] = await Promise.all([
    startApache(work, { [BASE]: siteDir, [OTHER_PATH]: siteDir, "/echappement/": tricky }),
    startNginx(work, { [BASE]: siteDir, "/echappement/": tricky }),
    serveStatic(siteDir, "/"),
    sharedBrowser().then((browser) => browser.newPage()),
  ]);
});

afterAll(async () => {
  await Promise.all([apache?.stop(), nginx?.stop(), plain?.close(), tab?.context().close()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Pages read on every server: one at each depth below the base path (home,
 * a session, a contribution), where relative links and the rewrite rules
 * differ; every page shares the same assets.
 */
function samplePages(): string[] {
  return ["", edition.sessions[1]!.url, edition.contributions[0]!.url].map((url) => url.replace(/^\//, ""));
}

interface Visit {
  responses: { url: string; status: number; headers: Record<string, string> }[];
  problems: string[];
  /** Per page: the h1, whether the stylesheets and a web font apply to the body. */
  pages: { url: string; status: number; h1: string; styled: boolean }[];
  /** In-page fetches of the PDF and the search index: status, type and size. */
  fetched: { url: string; status: number; type: string; bytes: number }[];
}

/** Opens pages under `base` (an http: or file: URL ending with "/") and records everything the browser met. */
async function visit(base: string, urls: string[], options: { notFound?: string } = {}): Promise<Visit> {
  const result: Visit = { responses: [], problems: [], pages: [], fetched: [] };
  const pending: Promise<void>[] = [];
  const notFoundUrl = options.notFound === undefined ? undefined : new URL(options.notFound, base).href;
  const onResponse = (response: Response) => {
    pending.push(
      (async () => {
        result.responses.push({ url: response.url(), status: response.status(), headers: await response.allHeaders() });
      })(),
    );
  };
  const onFailed = (request: Request) => result.problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  const onError = (error: Error) => result.problems.push(`script error: ${error.message}`);
  const onConsole = (message: ConsoleMessage) => {
    // Chromium reports the 404 document itself: that one is expected (the 404 page's own resources are checked apart).
    if (tab.url() === notFoundUrl && /status of 404/.test(message.text())) return;
    if (message.type() === "error" || message.type() === "warning") result.problems.push(`console ${message.type()} on ${tab.url()}: ${message.text()}`);
  };
  tab.on("response", onResponse);
  tab.on("requestfailed", onFailed);
  tab.on("pageerror", onError);
  tab.on("console", onConsole);
  try {
    const all = options.notFound ? [...urls, options.notFound] : urls;
    for (const [index, url] of all.entries()) {
      const response = await tab.goto(new URL(url, base).href, { waitUntil: "load" });
      const page = await tab.evaluate(`document.fonts.ready.then(() => {
        const family = getComputedStyle(document.body).fontFamily;
        const loaded = [...document.fonts].filter((face) => face.status === "loaded" && family.includes(face.family.replace(/"/g, "")));
        return { h1: document.querySelector("h1")?.textContent.trim() ?? "", styled: loaded.length > 0 };
      })`);
      result.pages.push({ url, status: response?.status() ?? 0, ...(page as { h1: string; styled: boolean }) });
      // From the first page, as its scripts would: the PDF and the search index's entry file.
      if (index === 0 && base.startsWith("http")) {
        for (const file of [edition.pdf.fileName, SEARCH_ENTRY]) {
          const target = JSON.stringify(new URL(file, base).href);
          result.fetched.push(
            (await tab.evaluate(`fetch(${target}).then(async (r) => ({ url: r.url, status: r.status, type: r.headers.get("content-type"), bytes: (await r.arrayBuffer()).byteLength }))`)) as Visit["fetched"][number],
          );
        }
      }
    }
    // Leave the last page: its late requests belong to this visit, not to the next.
    await tab.goto("about:blank");
  } finally {
    tab.off("response", onResponse);
    tab.off("requestfailed", onFailed);
    tab.off("pageerror", onError);
    tab.off("console", onConsole);
  }
  await Promise.all(pending);
  return result;
}

/** What Pagefind's script reads first, to find the index of the page's language. */
const SEARCH_ENTRY = `${PAGEFIND_FOLDER}/pagefind-entry.json`;

const HASHED = new RegExp(`/${HASHED_ASSETS.folder}/.+${HASHED_ASSETS.namePattern}$`);

/** What every server must do, the policy's headers apart. */
function expectSiteRead(result: Visit, notFound?: string) {
  expect(result.problems).toEqual([]);
  for (const page of result.pages.filter((p) => p.url !== notFound)) {
    expect(page.status, page.url).toBe(200);
    expect(page.styled, `${page.url}: stylesheets and a web font apply`).toBe(true);
    expect(page.h1, page.url).not.toBe("");
  }
  const bad = result.responses.filter((r) => r.status >= 400 && !(notFound && r.url.endsWith(notFound)));
  expect(bad.map((r) => `${r.status} ${r.url}`)).toEqual([]);
  // Stylesheets and fonts were fetched under their hashed names.
  expect(result.responses.some((r) => HASHED.test(new URL(r.url).pathname) && r.url.endsWith(".woff2"))).toBe(true);
  expect(result.responses.some((r) => HASHED.test(new URL(r.url).pathname) && r.url.endsWith(".css"))).toBe(true);
}

function expectFetched(result: Visit) {
  const [pdf, search] = result.fetched;
  expect(pdf).toMatchObject({ status: 200, type: "application/pdf", bytes: statSync(path.join(siteDir, edition.pdf.fileName)).size });
  expect(search).toMatchObject({ status: 200, bytes: statSync(path.join(siteDir, SEARCH_ENTRY)).size });
  expect(search!.type).toMatch(/^application\/json/);
}

/** Every response (pages, assets, the PDF, the 404) carries the policy's headers and the right cache policy. */
function expectPolicy(result: Visit, encoding: string) {
  const http = result.responses.filter((r) => r.status < 300 || r.status === 404);
  expect(http.length).toBeGreaterThan(20);
  for (const response of http) {
    for (const header of policy.headers) expect(response.headers[header.name.toLowerCase()], `${header.name} on ${response.url}`).toBe(header.value);
    const immutable = HASHED.test(new URL(response.url).pathname);
    expect(response.headers["cache-control"], response.url).toBe(immutable ? policy.cache.immutable : policy.cache.revalidate);
  }
  // Text files with precompressed copies come compressed, and say so; fonts and the PDF do not.
  const hasCopy = (url: string) => {
    const mounted = decodeURIComponent(new URL(url).pathname);
    const mount = [BASE, OTHER_PATH].find((prefix) => mounted.startsWith(prefix)) ?? "/";
    const pathname = `/${mounted.slice(mount.length)}`.replace(/\/$/, "/index.html");
    return existsSync(path.join(siteDir, `${pathname}.gz`));
  };
  const texts = http.filter((r) => /\.(css|html|json)$|\/$/.test(new URL(r.url).pathname) && r.status === 200 && hasCopy(r.url));
  expect(texts.length).toBeGreaterThan(5);
  for (const response of texts) {
    expect(response.headers["content-encoding"], response.url).toBe(encoding);
    expect(response.headers["vary"] ?? "", response.url).toMatch(/Accept-Encoding/i);
  }
  for (const response of http.filter((r) => /\.(woff2|pdf)$/.test(r.url))) expect(response.headers["content-encoding"], response.url).toBeUndefined();
}

function expectNotFound(result: Visit, notFound: string, styled: boolean) {
  const page = result.pages.find((p) => p.url === notFound)!;
  expect(page.status).toBe(404);
  expect(page.h1).toBe(edition.labels.notFoundTitle);
  if (styled) expect(page.styled, "the 404 page is styled at the depth it is shown").toBe(true);
}

const NOT_FOUND = "pas/de/page/ici";

describe("Apache with the generated .htaccess", () => {
  it("serves the site at /actes/ with its headers, cache policy, precompressed copies and 404 page", async () => {
    const result = await visit(`${apache.origin}${BASE}`, samplePages(), { notFound: NOT_FOUND });
    expectSiteRead(result, NOT_FOUND);
    expectFetched(result);
    expectNotFound(result, NOT_FOUND, true);
    // Chromium takes brotli (the gzip copies are checked below with a client that takes only gzip).
    expectPolicy(result, "br");
  });

  it("serves the same folder at another path, its 404 page found from the request", async () => {
    const result = await visit(`${apache.origin}${OTHER_PATH}`, samplePages().slice(0, 2), { notFound: NOT_FOUND });
    expectSiteRead(result, NOT_FOUND);
    expectFetched(result);
    expectNotFound(result, NOT_FOUND, false);
    const response = await fetch(`${apache.origin}${OTHER_PATH}${NOT_FOUND}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(`<h1>${edition.labels.notFoundTitle}</h1>`);
  });

  it("sends gzip to a client that takes only gzip, and the plain file to one that takes neither", async () => {
    const css = readPages(siteDir)[0]!.html.match(/assets\/css\/screen\.[0-9a-f]+\.css/)![0];
    const url = `${apache.origin}${BASE}${css}`;
    const gzip = await rawGet(url, "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.body).toEqual(readFileSync(path.join(siteDir, `${css}.gz`)));
    const identity = await rawGet(url, "identity");
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.body).toEqual(readFileSync(path.join(siteDir, css)));
  });

  it("does not serve the configuration files", async () => {
    for (const file of [".htaccess", "_headers", "actes.nginx.conf"]) expect((await fetch(`${apache.origin}${BASE}${file}`)).status, file).toBe(file === ".htaccess" ? 403 : 404);
  });

  it("sends a header value with quotes, %, braces, ; and # exactly as written", async () => {
    const response = await fetch(`${apache.origin}/echappement/`);
    expect(response.status).toBe(200);
    expect(response.headers.get(TRICKY.name)).toBe(TRICKY.value);
  });
});

describe("nginx with the generated snippet", () => {
  it("serves the site at /actes/ with its headers, cache policy, precompressed copies and 404 page", async () => {
    const result = await visit(`${nginx.origin}${BASE}`, samplePages(), { notFound: NOT_FOUND });
    expectSiteRead(result, NOT_FOUND);
    expectFetched(result);
    expectNotFound(result, NOT_FOUND, true);
    // Debian's nginx has gzip_static; brotli_static needs a module the snippet leaves commented out.
    expectPolicy(result, "gzip");
  });

  it("does not serve the configuration files, and sends a header value with quotes, %, braces and a backslash exactly", async () => {
    for (const file of [".htaccess", "_headers", "actes.nginx.conf"]) expect((await fetch(`${nginx.origin}${BASE}${file}`)).status, file).toBe(404);
    const response = await fetch(`${nginx.origin}/echappement/`);
    expect(response.headers.get(TRICKY.name)).toBe(TRICKY_NGINX.value);
  });
});

describe("the same build elsewhere", () => {
  it("works at / with the project's static server", async () => {
    const result = await visit(plain.url, samplePages(), { notFound: NOT_FOUND });
    // The 404 page's own links follow --base (/actes/): here only its status and text are checked.
    expectSiteRead({ ...result, responses: result.responses.filter((r) => !r.url.includes(BASE)), problems: result.problems.filter((p) => !p.includes(BASE)) }, NOT_FOUND);
    expectFetched(result);
    expectNotFound(result, NOT_FOUND, false);
  });

  it("reads from the disk (file:), styles and fonts applied", async () => {
    const result = await visit(pathToFileURL(`${siteDir}/`).href, ["index.html", "programme/index.html", `${edition.contributions[0]!.url.replace(/^\//, "")}index.html`]);
    expectSiteRead(result);
  });

  it("reads from the offline copy, unzipped, following links from page to page", async () => {
    const folder = path.join(work, "hors-ligne");
    execFileSync("unzip", ["-q", path.join(siteDir, edition.offlineCopy.fileName), "-d", folder]);
    const root = path.join(folder, edition.offlineCopy.fileName.replace(/\.zip$/, ""));
    const problems: string[] = [];
    const onConsole = (message: ConsoleMessage) => message.type() === "error" && problems.push(message.text());
    tab.on("console", onConsole);
    await tab.goto(pathToFileURL(path.join(root, "index.html")).href);
    // Folder links lead to index.html files, not to folder listings.
    await tab.click(`nav a[href$="${edition.routes.programme.replace(/^\//, "")}index.html"]`);
    expect(tab.url()).toBe(pathToFileURL(path.join(root, edition.routes.programme, "index.html")).href);
    expect(await tab.textContent("h1")).toBe(edition.labels.programme);
    await tab.click(".site-title a");
    expect(tab.url()).toBe(pathToFileURL(path.join(root, "index.html")).href);
    tab.off("console", onConsole);
    expect(problems).toEqual([]);
  });
});

/** A GET with a chosen Accept-Encoding, body undecoded (fetch would decode it and hide the encoding). */
async function rawGet(url: string, acceptEncoding: string): Promise<{ headers: Record<string, string>; body: Buffer }> {
  const { request } = await import("node:http");
  return new Promise((resolve, reject) => {
    request(url, { headers: { "accept-encoding": acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers as Record<string, string>, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}
