/**
 * One build for any path and any server, read from the shared build and in
 * memory: page-relative URLs, content-hashed assets, the three server
 * configurations written from one description, precompressed copies that
 * decode to their files, the offline zip, and the bad input refused (a base
 * path that is not a path, a header value a configuration cannot carry).
 * tests/servers.test.ts runs the configurations in Apache and nginx.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { checkSettings } from "../scripts/pipeline/settings.ts";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { inlineScripts, needsWasm, sha256Source } from "../scripts/eleventy/security-plugin.ts";
import { BasePathError, parseBasePath } from "../scripts/lib/base-path.ts";
import { hashedName } from "../scripts/hosting/hash-assets.ts";
import { checkHeader, COMPRESSIBLE, HASHED_ASSETS, HeaderValueError, hostingPolicy, type Header } from "../scripts/hosting/headers.ts";
import { diskUrl } from "../scripts/hosting/offline-copy.ts";
import { brotli, gzip } from "../scripts/hosting/precompress.ts";
import { apacheHeaderValue, headersFile, htaccessFile, nginxConf, nginxValue, SERVER_CONFIG_FILES } from "../scripts/hosting/server-config.ts";
import { extensionOf, listSiteFiles } from "../scripts/lib/site-files.ts";
import { relativeUrl, rewriteHtmlUrls, sitePathOf } from "../scripts/lib/urls.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { readPages, type BuiltPage } from "./helpers/site.ts";

let siteDir: string;
let pages: BuiltPage[];
let files: string[];
let edition: Edition;

beforeAll(async () => {
  siteDir = inject("siteDir");
  pages = readPages(siteDir);
  files = listSiteFiles(siteDir);
  edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
});

/** Every URL of a page that the browser resolves against it (links, stylesheets, scripts, images). */
function urlsOf(html: string): string[] {
  const found: string[] = [];
  rewriteHtmlUrls(html, (url) => {
    found.push(url);
    return url;
  });
  return found;
}

const isOffSite = (url: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url);

describe("one build, any path", () => {
  it("makes every URL of every page relative, except the 404 page's, which start with the base path", async () => {
    let relative = 0;
    for (const page of pages) {
      const urls = (urlsOf(page.html)).filter((url) => !isOffSite(url));
      if (page.file === "404.html") {
        expect(urls.length).toBeGreaterThan(3);
        for (const url of urls) expect(url, page.file).toMatch(/^\//);
        continue;
      }
      for (const url of urls) expect(url, `${page.file}: ${url}`).not.toMatch(/^\//);
      relative += urls.length;
    }
    expect(relative).toBeGreaterThan(pages.length * 5);
  });

  it("rewrites URLs in place, leaving the rest of the markup byte for byte", () => {
    for (const page of pages) expect(rewriteHtmlUrls(page.html, (url) => url), page.file).toBe(page.html);
    const html = `<p><a download class=x HREF='/a/?b=1&amp;c=2'>x</a> <img alt="" srcset="/i.png 1x, /j.png 2x"><a href="#n" hidden>y</a><script src="/s.js" defer></script></p>`;
    expect(rewriteHtmlUrls(html, (url) => url.replace(/^\//, "../"))).toBe(
      `<p><a download class=x HREF="../a/?b=1&amp;c=2">x</a> <img alt="" srcset="../i.png 1x, ../j.png 2x"><a href="#n" hidden>y</a><script src="../s.js" defer></script></p>`,
    );
  });

  it("turns root-relative URLs into page-relative ones", () => {
    expect(relativeUrl("/assets/css/screen.css", "/atelier-1/regie/")).toBe("../../assets/css/screen.css");
    expect(relativeUrl("/", "/atelier-1/")).toBe("../");
    expect(relativeUrl("/", "/")).toBe("./");
    expect(relativeUrl("/programme/", "/programme/")).toBe("./");
    expect(relativeUrl("/programme/#atelier-2", "/")).toBe("programme/#atelier-2");
    expect(relativeUrl("/optima-2015.pdf", "/a-propos/")).toBe("../optima-2015.pdf");
    expect(relativeUrl("/intervenants/", "/404.html")).toBe("intervenants/");
    for (const kept of ["https://example.org/x", "//cdn.example/x", "#contenu", "mailto:a@b.c", "data:,", "../déjà/relatif/"]) expect(relativeUrl(kept, "/a/")).toBe(kept);
    expect(sitePathOf("../../assets/css/screen.css", "/atelier-1/regie/")).toBe("/assets/css/screen.css");
    expect(sitePathOf("/actes/programme/", "/404.html", "/actes/")).toBe("/programme/");
    expect(sitePathOf("#x", "/")).toBeUndefined();
  });

  it("refuses a base path that is not a plain path, with the fix, before any work", () => {
    expect(parseBasePath("/")).toBe("/");
    expect(parseBasePath("")).toBe("/");
    expect(parseBasePath("actes")).toBe("/actes/");
    expect(parseBasePath("/actes")).toBe("/actes/");
    expect(parseBasePath("/colloques/2015/")).toBe("/colloques/2015/");
    const refused: [string, RegExp, string][] = [
      ["/mes actes/", /space/, "--base /mes-actes/"],
      ["/actes/../secret/", /"\.\." segment/, "--base /actes/"],
      ["https://example.org/actes/", /full URL/, "--base /actes/"],
      ["//example.org/actes/", /full URL/, "--base /actes/"],
      ["/actes/?v=2", /query/, "--base /actes/"],
      ["/actes/#haut", /fragment/, "--base /actes/"],
      ["/actes//2015/", /empty segment/, "--base /actes/2015/"],
      ["/act$es/", /characters other than/, "--base /actes-2015/"],
    ];
    for (const [raw, problem, fix] of refused) {
      let error: unknown;
      try {
        parseBasePath(raw);
      } catch (caught) {
        error = caught;
      }
      expect(error, raw).toBeInstanceOf(BasePathError);
      expect((error as Error).message, raw).toMatch(problem);
      expect((error as Error).message, raw).toContain(`Fix: `);
      expect((error as Error).message, raw).toContain(fix);
    }
  });

  it("stops the build on such a base path before it writes anything: the settings refuse it", () => {
    const out = path.join(PROJECT_ROOT, ".tmp", "tests", `base-refused-${process.pid}`);
    rmSync(out, { recursive: true, force: true });
    expect(() => checkSettings({ out, base: "/mes actes/", siteOnly: true })).toThrow(/Fix: write it without blanks, e\.g\. --base \/mes-actes\/\./);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path.dirname(out)) ? readdirSync(path.dirname(out)).filter((name) => name.includes(path.basename(out))) : []).toEqual([]);
  });
});

describe("content-hashed assets", () => {
  it("names every file under assets/ after a hash of its content", () => {
    const assets = files.filter((file) => file.startsWith(`${HASHED_ASSETS.folder}/`) && !/\.(br|gz)$/.test(file));
    expect(assets.some((file) => file.endsWith(".woff2"))).toBe(true);
    expect(assets.some((file) => file.endsWith(".css"))).toBe(true);
    for (const file of assets) {
      const content = readFileSync(path.join(siteDir, file));
      const hash = createHash("sha256").update(content).digest("hex").slice(0, HASHED_ASSETS.hashLength);
      expect(file).toMatch(new RegExp(`${HASHED_ASSETS.namePattern}$`));
      expect(file, "the name's hash is the content's").toContain(`.${hash}.`);
      expect(hashedName(file.replace(`.${hash}.`, "."), content)).toBe(file);
    }
  });

  it("points pages and stylesheets at the hashed names only, and each one exists", async () => {
    const referenced = new Set<string>();
    for (const page of pages) {
      for (const url of urlsOf(page.html)) {
        const target = sitePathOf(url, page.url);
        if (target?.startsWith(`/${HASHED_ASSETS.folder}/`)) referenced.add(target.slice(1));
      }
    }
    for (const css of files.filter((file) => file.endsWith(".css"))) {
      for (const [, url] of readFileSync(path.join(siteDir, css), "utf8").matchAll(/url\(\s*["']?([^"')]+)/g)) {
        if (!url!.startsWith("data:")) referenced.add(sitePathOf(url!, `/${css}`)!.slice(1));
      }
    }
    expect([...referenced].some((file) => file.endsWith(".woff2"))).toBe(true);
    for (const file of referenced) {
      expect(file).toMatch(new RegExp(`${HASHED_ASSETS.namePattern}$`));
      expect(files, file).toContain(file);
    }
  });
});

/** The headers each configuration file sends to every response, read back from its own syntax. */
function headersIn(name: string, text: string): Header[] {
  const unquote = (value: string) => value.slice(1, -1).replace(/\\(["\\])/g, "$1");
  if (name === SERVER_CONFIG_FILES.apache) {
    return [...text.matchAll(/^Header always set (\S+) ("(?:[^"\\]|\\.)*")$/gm)].map(([, n, v]) => ({ name: n!, value: unquote(v!).replaceAll("%%", "%") }));
  }
  if (name === SERVER_CONFIG_FILES.nginx) {
    return [...text.matchAll(/^add_header (\S+) ("(?:[^"\\]|\\.)*") always;$/gm)].map(([, n, v]) => ({ name: n!, value: unquote(v!) }));
  }
  const block = text.split(/^\/\*$/m)[1]!.split(/^\//m)[0]!;
  return [...block.matchAll(/^ {2}([^:]+): (.*)$/gm)].map(([, n, v]) => ({ name: n!, value: v! }));
}

describe("server configurations from one description", () => {
  it("writes _headers, .htaccess and actes.nginx.conf with the same headers, those of the policy", () => {
    const policy = hostingPolicy({ scriptHashes: pages.flatMap((page) => inlineScripts(page.html).map(sha256Source)), wasm: pages.some((page) => needsWasm(page.html)) });
    for (const name of Object.values(SERVER_CONFIG_FILES)) {
      const text = readFileSync(path.join(siteDir, name), "utf8");
      const expected = name === SERVER_CONFIG_FILES.headers ? policy.headers : [...policy.headers, { name: "Cache-Control", value: policy.cache.revalidate }];
      expect(headersIn(name, text), name).toEqual(expected);
    }
    const htaccess = readFileSync(path.join(siteDir, SERVER_CONFIG_FILES.apache), "utf8");
    const nginx = readFileSync(path.join(siteDir, SERVER_CONFIG_FILES.nginx), "utf8");
    expect(htaccess).toBe(htaccessFile(policy));
    expect(nginx).toBe(nginxConf(policy, "/"));
    for (const [extension, type] of [["webmanifest", "application/manifest+json"], ["ics", "text/calendar"], ["bib", "application/x-bibtex"], ["ris", "application/x-research-info-systems"]]) {
      expect(htaccess).toContain(`AddType "${type}; charset=utf-8" .${extension}`);
      expect(nginx).toContain(`"${type}; charset=utf-8" ${extension};`);
    }
    expect(htaccess).toContain("ErrorDocument 404 /%{reqenv:ACTES_BASE}404.html");
    expect(nginx).toContain("error_page 404 /404.html;");
    expect(nginx).toContain("gzip_static on;");
    // Each nginx location repeats every header: one with its own add_header drops the others.
    const locations = nginx.split(/^location /m).slice(1);
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations.filter((l) => l.includes("add_header"))) expect(location.match(/add_header /g)!.length).toBe(policy.headers.length + 1);
  });

  it("names the content type of data files in _headers, for the hosts that do not know it", () => {
    const policy = hostingPolicy({ scriptHashes: [], wasm: false });
    const text = headersFile(policy, ["donnees/actes.ics", "donnees/actes.bib", "index.html"]);
    expect(text).toContain("/donnees/actes.ics\n  Content-Type: text/calendar; charset=utf-8");
    expect(text).toContain("/donnees/actes.bib\n  Content-Type: application/x-bibtex; charset=utf-8");
    expect(text).not.toContain("/index.html");
    // A rule for every path may not set Cache-Control: these hosts join the values of all matching rules.
    expect(text.split(/^\/assets\/\*$/m)[0]).not.toMatch(/^ +Cache-Control:/m);
  });

  it("escapes what each syntax needs and refuses what it cannot carry", () => {
    const quoted: Header = { name: "X-Essai", value: `dit "oui" à 100%`.replace("à", "a") };
    expect(apacheHeaderValue(quoted)).toBe(String.raw`"dit \"oui\" a 100%%"`);
    expect(nginxValue(quoted)).toBe(String.raw`"dit \"oui\" a 100%"`);
    expect(nginxValue({ name: "X-Essai", value: String.raw`a\b` })).toBe(String.raw`"a\\b"`);
    expect(() => nginxValue({ name: "X-Essai", value: "cost $5" })).toThrow(/nginx reads as a variable/);
    expect(() => nginxValue({ name: "X-Essai", value: "prix $5" })).toThrow(HeaderValueError);
    expect(() => apacheHeaderValue({ name: "X-Essai", value: String.raw`a\b` })).toThrow(/backslash.*Fix:/);
    const broken = hostingPolicy({ scriptHashes: [], wasm: false });
    broken.headers.push({ name: "X-Essai", value: "ligne\nSet-Cookie: x=1" });
    for (const write of [() => headersFile(broken), () => htaccessFile(broken), () => nginxConf(broken, "/")]) expect(write).toThrow(/line break.*Fix:/);
    expect(() => checkHeader({ name: "X Essai", value: "a" })).toThrow(/not an HTTP token/);
    expect(() => checkHeader({ name: "X-Essai", value: "été" })).toThrow(/U\+00E9/);
    expect(() => checkHeader({ name: "X-Essai", value: " a" })).toThrow(/surrounding spaces/);
    expect(() => hostingPolicy({ scriptHashes: ["sha256-a\nb"], wasm: false })).toThrow(HeaderValueError);
  });
});

describe("precompressed copies", () => {
  it("gives every text file of 512 bytes or more a .br and a .gz that decode to it", () => {
    const texts = files.filter((file) => COMPRESSIBLE.includes(extensionOf(file)) && readFileSync(path.join(siteDir, file)).byteLength >= 512);
    expect(texts.filter((file) => file.endsWith(".html")).length).toBe(pages.length);
    expect(texts.some((file) => file.endsWith(".css"))).toBe(true);
    for (const file of texts) {
      const content = readFileSync(path.join(siteDir, file));
      expect(brotliDecompressSync(readFileSync(path.join(siteDir, `${file}.br`))).equals(content), `${file}.br`).toBe(true);
      expect(gunzipSync(readFileSync(path.join(siteDir, `${file}.gz`))).equals(content), `${file}.gz`).toBe(true);
    }
    // Not for what is compressed already.
    for (const file of files.filter((f) => /\.(woff2|pdf|zip)$/.test(f))) expect(files).not.toContain(`${file}.gz`);
  });

  it("writes the same bytes every time: a gzip header with no name, no date and a fixed system", async () => {
    const text = Buffer.from("Collectivités locales, comment faire mieux avec moins ? ".repeat(40));
    const a = gzip(text);
    expect(a.equals(gzip(text))).toBe(true);
    expect(brotli(text).equals(brotli(text))).toBe(true);
    expect(a.readUInt32LE(4), "mtime").toBe(0);
    expect(a[3]! & 0x08, "FNAME flag").toBe(0);
    expect(a[9], "OS: Unix").toBe(3);
  });
});

describe("the offline copy", () => {
  it("is a zip of the whole site and the PDF under one folder, dated from the edition, linked from the about page", () => {
    const zip = path.join(siteDir, edition.offlineCopy.fileName);
    const listing = execFileSync("zipinfo", ["-T", zip], { encoding: "utf8" });
    const folder = edition.offlineCopy.fileName.replace(/\.zip$/, "");
    const entries = [...listing.matchAll(/ (\d{8})\.\d{6} (\S+)$/gm)].map(([, date, name]) => ({ date: date!, name: name! }));
    const expected = files.filter((file) => file !== edition.offlineCopy.fileName && !/\.(br|gz)$/.test(file) && !Object.values(SERVER_CONFIG_FILES).includes(file as never));
    expect(entries.map((e) => e.name).sort()).toEqual(expected.map((file) => `${folder}/${file}`).sort());
    expect(expected).toContain(edition.pdf.fileName);
    expect(new Set(entries.map((e) => e.date))).toEqual(new Set([edition.colloquium.publication.date.replaceAll("-", "")]));
    // The archive is tested as sound by unzip itself.
    expect(execFileSync("unzip", ["-tq", zip], { encoding: "utf8" })).toMatch(/No errors detected/);
    const about = pages.find((page) => page.url === edition.routes.about)!;
    const link = about.dom.querySelector(`a[href="../${edition.offlineCopy.fileName}"]`);
    expect(link?.getAttribute("type")).toBe("application/zip");
    expect(link?.textContent).toBe(edition.labels.downloadSite);
  });

  it("links folders to their index.html in its pages, for browsers reading from disk", () => {
    expect(diskUrl("../")).toBe("../index.html");
    expect(diskUrl("./")).toBe("./index.html");
    expect(diskUrl("programme/#atelier-1")).toBe("programme/index.html#atelier-1");
    expect(diskUrl("..")).toBe("../index.html");
    for (const kept of ["#contenu", "https://example.org/", "../optima-2015.pdf", "../assets/css/screen.0123456789.css", "data:,", "mailto:a@b.c"]) expect(diskUrl(kept)).toBe(kept);
    const folder = path.join(PROJECT_ROOT, ".tmp", "tests", `offline-${process.pid}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    try {
      const root = edition.offlineCopy.fileName.replace(/\.zip$/, "");
      execFileSync("unzip", ["-q", path.join(siteDir, edition.offlineCopy.fileName), `${root}/atelier-1/index.html`, "-d", folder]);
      const page = readFileSync(path.join(folder, root, "atelier-1", "index.html"), "utf8");
      expect(page).toContain('href="../programme/index.html"');
      expect(page).toContain('href="../index.html"');
      expect(page).not.toMatch(/href="[^"#:]*\/"/);
      // Every page of the zip is the site's page, sizes and hashed names included, with its folder links made for the disk
      // (the build makes them as it hashes the assets, then fills in the PDFs' sizes in both).
      execFileSync("unzip", ["-qo", path.join(siteDir, edition.offlineCopy.fileName), `${root}/*.html`, "-d", folder]);
      const pages = files.filter((file) => file.endsWith(".html"));
      expect(pages.length).toBeGreaterThan(10);
      for (const file of pages) expect(readFileSync(path.join(folder, root, file), "utf8"), file).toBe(rewriteHtmlUrls(readFileSync(path.join(siteDir, file), "utf8"), diskUrl));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
