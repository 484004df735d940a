/**
 * Safe to host: no page makes a request to another site (read from every
 * built file, then watched in Chromium on one page of each kind: the pages of
 * a kind share their template and scripts), every page carries a strict
 * Content-Security-Policy, the `_headers` file sends the same policy with the
 * other security headers (tests/servers.test.ts checks Apache and nginx), and
 * the PDF embeds no JavaScript.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "../scripts/lib/pdf-lib.ts";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { contentSecurityPolicy, inlineScripts, secureHtml, sha256Source } from "../scripts/eleventy/security-plugin.ts";
import { hostingPolicy } from "../scripts/hosting/headers.ts";
import { headersFile } from "../scripts/hosting/server-config.ts";
import { listSiteFiles } from "../scripts/lib/site-files.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { removeTempFolders, tempFolder } from "./helpers/fixtures.ts";
import { listFiles, pageKinds, readPages, resolveToFile, type BuiltPage } from "./helpers/site.ts";
import type { ServedSite } from "../scripts/lib/served-browser.ts";
import { serveToBrowser } from "./helpers/browser.ts";

afterAll(removeTempFolders);

let siteDir: string;
let pages: BuiltPage[];
let edition: Edition;

beforeAll(async () => {
  siteDir = inject("siteDir");
  pages = readPages(siteDir);
  edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
  expect(pages.length).toBeGreaterThan(40);
});

/** A URL that stays on the site: relative, root-relative, a fragment, or inline data (no request). */
function isSameSite(url: string): boolean {
  const value = url.trim();
  if (value.startsWith("//")) return false;
  if (/^data:/i.test(value)) return true;
  return !/^[a-z][a-z0-9+.-]*:/i.test(value);
}

interface FoundUrl {
  file: string;
  /** Where it was found, e.g. `link[href]`, `a[href]`, `url()`. */
  where: string;
  url: string;
}

const URL_ATTRIBUTES = ["src", "href", "srcset", "poster", "data", "action", "formaction", "xlink:href", "background", "cite", "ping"];

/** Every URL in a page: attributes, srcset candidates, url() in style attributes and <style>, meta refresh. */
function urlsOfPage(page: BuiltPage): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const element of page.dom.querySelectorAll("*")) {
    const tag = element.rawTagName.toLowerCase();
    for (const attribute of URL_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value === undefined) continue;
      const urls = attribute === "srcset" ? value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]!) : [value];
      for (const url of urls) found.push({ file: page.file, where: `${tag}[${attribute}]`, url });
    }
    const style = element.getAttribute("style");
    if (style) for (const url of urlsOfCss(style)) found.push({ file: page.file, where: `${tag}[style] url()`, url });
    if (tag === "style") for (const url of urlsOfCss(element.textContent)) found.push({ file: page.file, where: "<style> url()", url });
    if (tag === "meta" && element.getAttribute("http-equiv")?.toLowerCase() === "refresh") {
      const url = /url=(.*)$/i.exec(element.getAttribute("content") ?? "")?.[1];
      if (url) found.push({ file: page.file, where: "meta refresh", url });
    }
  }
  return found;
}

function urlsOfCss(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  return [
    ...[...withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? ""),
    ...[...withoutComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)].map((m) => m[1] ?? m[2] ?? ""),
  ];
}

describe("no request to a third party", () => {
  it("lists every URL of every page and stylesheet: resources are all on the site and exist", () => {
    const found = pages.flatMap(urlsOfPage);
    for (const css of listFiles(siteDir, ".css")) {
      for (const url of urlsOfCss(readFileSync(path.join(siteDir, css), "utf8"))) found.push({ file: css, where: "url()", url });
    }
    // Links (<a href>) are navigations the reader chooses; everything else is fetched by the browser on its own.
    const resources = found.filter((f) => f.where !== "a[href]");
    expect(resources.length).toBeGreaterThan(pages.length);
    expect(found.some((f) => f.where === "url()")).toBe(true);
    const offSite = resources.filter((f) => !isSameSite(f.url));
    expect(offSite, JSON.stringify(offSite, null, 1)).toEqual([]);
    // And each one is in the built site (fragments, data: and CSS-relative URLs resolved accordingly).
    const missing = resources.filter(({ file, url }) => {
      if (/^data:/i.test(url) || url.startsWith("#") || url === "") return false;
      const clean = url.split(/[?#]/)[0]!;
      const resolved = clean.startsWith("/") ? clean : path.posix.join(path.posix.dirname(`/${file}`), clean);
      return resolveToFile(siteDir, resolved) === undefined;
    });
    expect(missing, JSON.stringify(missing, null, 1)).toEqual([]);
  });

  it("gives every external link rel=noopener noreferrer", () => {
    const external = pages.flatMap(urlsOfPage).filter((f) => f.where === "a[href]" && !isSameSite(f.url) && !f.url.startsWith("mailto:"));
    expect(external.length).toBeGreaterThan(0);
    for (const page of pages) {
      for (const a of page.dom.querySelectorAll("a[href]")) {
        if (isSameSite(a.getAttribute("href")!) || a.getAttribute("href")!.startsWith("mailto:")) continue;
        expect(a.getAttribute("rel")?.split(/\s+/), `${page.file}: ${a.outerHTML}`).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
      }
    }
  });

  describe("in Chromium, loading one page of each kind", () => {
    let site: ServedSite;
    beforeAll(async () => {
      site = await serveToBrowser(siteDir);
    });
    afterAll(async () => {
      await site?.close();
    });

    it("requests nothing outside the site and violates no Content-Security-Policy directive", async () => {
      const origin = new URL(site.server.url).origin;
      const requests: string[] = [];
      const violations: string[] = [];
      const context = await site.browser.newContext();
      context.on("request", (request) => requests.push(request.url()));
      const tab = await context.newPage();
      let current = "";
      tab.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${current}: ${message.text()}`);
      });
      const kinds = pageKinds(edition);
      for (const url of kinds) {
        current = url;
        const response = await tab.goto(new URL(url.replace(/^\//, ""), site.server.url).href, { waitUntil: "load" });
        expect(response?.status(), url).toBeLessThan(400);
        // Fonts are fetched once layout needs them.
        await tab.evaluate("document.fonts.ready.then(() => true)");
      }
      await context.close();
      expect(requests.length).toBeGreaterThan(kinds.length);
      const thirdParty = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"));
      expect(thirdParty).toEqual([]);
      // The self-hosted fonts were really loaded from the site.
      expect(requests.some((url) => url.endsWith(".woff2"))).toBe(true);
      expect(violations).toEqual([]);
    });
  });
});

/** Directives of a policy: name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("Content-Security-Policy", () => {
  it("is the first thing after <meta charset> in every page, strict, with hashes for inline scripts", () => {
    for (const page of pages) {
      const metas = page.dom.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
      expect(metas.length, page.file).toBe(1);
      const head = page.dom.querySelector("head")!.childNodes.filter((node) => node.nodeType === 1).map((node) => node.toString());
      expect(head[0], page.file).toMatch(/^<meta charset/i);
      expect(head[1], page.file).toMatch(/^<meta http-equiv="Content-Security-Policy"/);

      const policy = directives(metas[0]!.getAttribute("content")!);
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'self'"]);
      const scriptSrc = policy.get("script-src")!;
      // 'wasm-unsafe-eval' lets a page compile WebAssembly, never evaluate script text: checked on its own below.
      expect(scriptSrc.filter((s) => s !== "'wasm-unsafe-eval'" && /unsafe|\*|data:|https?:/.test(s))).toEqual([]);
      expect(policy.get("style-src"), `${page.file}: only the print page (not published) may allow inline styles`).toEqual(["'self'"]);
      for (const script of inlineScripts(page.html)) expect(scriptSrc).toContain(`'${sha256Source(script)}'`);
      if (!/<script\b/i.test(page.html)) expect(scriptSrc).toEqual(["'none'"]);
      // WebAssembly (Pagefind's index reader) only where a script declares it needs it: the search page.
      expect(scriptSrc.includes("'wasm-unsafe-eval'"), page.file).toBe(/<script\b[^>]*data-needs-wasm/.test(page.html));
      expect(page.dom.querySelector('meta[name="referrer"]')?.getAttribute("content")).toBe("no-referrer");
      // Nothing the policy would block: no inline event handlers, no style attributes, no javascript: URLs.
      for (const element of page.dom.querySelectorAll("*")) {
        for (const name of Object.keys(element.attributes)) expect(name.toLowerCase().startsWith("on"), `${page.file}: ${name}`).toBe(false);
        expect(element.getAttribute("style"), page.file).toBeUndefined();
        expect(element.getAttribute("href") ?? "", page.file).not.toMatch(/^\s*javascript:/i);
      }
    }
  });

  it("hashes inline scripts and allows inline styles only where Paged.js runs (the print page)", () => {
    const inline = "window.PagedConfig = { auto: true };";
    const printPage = secureHtml(`<!doctype html><html><head><meta charset="utf-8"><script>${inline}</script><script src="/assets/js/paged.polyfill.js"></script></head><body></body></html>`);
    const printPolicy = directives(/Content-Security-Policy" content="([^"]*)"/.exec(printPage.html)![1]!);
    expect(printPolicy.get("script-src")).toEqual(["'self'", `'${sha256Source(inline)}'`]);
    expect(printPolicy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(printPage.scriptHashes).toEqual([sha256Source(inline)]);

    const plain = secureHtml('<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body></body></html>');
    const plainPolicy = directives(/Content-Security-Policy" content="([^"]*)"/.exec(plain.html)![1]!);
    expect(plainPolicy.get("script-src")).toEqual(["'none'"]);
    expect(plainPolicy.get("style-src")).toEqual(["'self'"]);
    // A hash is of the exact text: a changed script is not allowed by the old hash.
    expect(sha256Source(`${inline} `)).not.toBe(sha256Source(inline));
  });

  it("is served by the _headers file with Referrer-Policy, X-Content-Type-Options and frame-ancestors", () => {
    const file = path.join(siteDir, "_headers");
    expect(existsSync(file)).toBe(true);
    const content = readFileSync(file, "utf8");
    // The search page runs Pagefind's WebAssembly: the one header policy allows it for every page.
    expect(content).toBe(headersFile(hostingPolicy({ scriptHashes: pages.flatMap((page) => inlineScripts(page.html).map(sha256Source)), wasm: true }), listSiteFiles(siteDir)));
    const lines = content.split("\n");
    expect(lines).toContain("/*");
    const header = (name: string) => lines.find((line) => line.startsWith(`  ${name}: `))?.slice(name.length + 4);
    const policy = directives(header("Content-Security-Policy")!);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("style-src")).toEqual(["'self'"]);
    // The search page compiles Pagefind's WebAssembly, and its worker script gets its policy from this header alone.
    expect(policy.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(header("Content-Security-Policy")).toBe(contentSecurityPolicy({ scriptHashes: [], hasScripts: true, wasm: true, inlineStyles: false, forHeader: true }));
    expect(header("Referrer-Policy")).toBe("no-referrer");
    expect(header("X-Content-Type-Options")).toBe("nosniff");
  });
});

/** What in a PDF could run or act on its own, as qpdf --json reports its objects; also whether the catalog was seen. */
function activeContent(pdf: string): { found: string[]; sawCatalog: boolean } {
  const json = JSON.parse(execFileSync("qpdf", ["--json", "--json-stream-data=none", pdf], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })) as {
    qpdf: [unknown, Record<string, { value?: unknown; stream?: { dict: unknown } }>];
  };
  // An /OpenAction that only opens a page is harmless; one that runs JavaScript is caught by its /S below.
  const forbiddenKeys = ["/JS", "/JavaScript", "/AA", "/EmbeddedFiles"];
  const found: string[] = [];
  let sawCatalog = false;
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${at}[${index}]`));
    else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (key === "/Type" && item === "/Catalog") sawCatalog = true;
        if (forbiddenKeys.includes(key)) found.push(`${at} ${key}`);
        if (key === "/S" && ["/JavaScript", "/Launch", "/SubmitForm", "/ImportData"].includes(String(item))) found.push(`${at} /S ${String(item)}`);
        walk(item, `${at}${key}`);
      }
    }
  };
  for (const [id, object] of Object.entries(json.qpdf[1])) walk(object.value ?? object.stream?.dict, id);
  return { found, sawCatalog };
}

describe("the PDF", () => {
  it("embeds no JavaScript, no additional actions and no attachment (qpdf --json)", () => {
    const pdf = path.join(siteDir, edition.pdf.fileName);
    expect(existsSync(pdf)).toBe(true);
    expect(activeContent(pdf)).toEqual({ found: [], sawCatalog: true });
  });

  it("would be caught if it did (a PDF with document JavaScript, made here)", async () => {
    const document = await PDFDocument.create();
    document.addPage();
    document.addJavaScript("hello", "app.alert('hello');");
    const file = path.join(tempFolder("pdf-js"), "with-js.pdf");
    writeFileSync(file, await document.save());
    expect(activeContent(file).found.length).toBeGreaterThan(0);
  });
});
