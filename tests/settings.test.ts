/**
 * The build's settings are checked in memory before any work: each wrong
 * value is refused with its name, the cause and the fix (the command line
 * turns the same error into exit 1: tests/build-failures.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCommandLine } from "../scripts/pipeline/options.ts";
import { checkSettings, SettingsError, withPublicUrl } from "../scripts/pipeline/settings.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

const pdf = { browser: { path: "/usr/bin/chromium" } };

describe("build settings", () => {
  it("resolves paths, defaults and the base path", () => {
    const settings = checkSettings({ ...pdf, out: "site", data: "data", base: "actes" }, "/srv/work");
    expect(settings).toMatchObject({ out: "/srv/work/site", dataDir: "/srv/work/data", basePath: "/actes/" });
    expect(settings.booklet).toEqual({ browserPath: "/usr/bin/chromium", timeoutMs: 180_000 });
    expect(checkSettings({ siteOnly: true }).booklet).toBeUndefined();
    expect(checkSettings({ siteOnly: true }).dataDir).toBe(path.join(PROJECT_ROOT, "_data"));
  });

  it("takes the folder it runs in as the data folder when it holds colloquium.ts, and says what it looked for otherwise", () => {
    const project = mkdtempSync(path.join(tmpdir(), "actes-project-"));
    try {
      expect(() => checkSettings({ siteOnly: true }, project)).toThrow(
        `No data folder given, and neither ${project} nor its _data/ folder holds a colloquium.ts. Fix: run the command in the folder that holds your edition's colloquium.ts, give that folder with --data DIR, or write a starter edition here with \`npx actes init .\`.`,
      );
      writeFileSync(path.join(project, "colloquium.ts"), "");
      // A project's own _site/ sits beside its data: the build replaces it, and nothing of the data.
      expect(checkSettings({ siteOnly: true }, project)).toMatchObject({ dataDir: project, out: path.join(project, "_site") });
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it.each([
    [{ pdfParts: { value: "two", setBy: "ACTES_PDF_PARTS" } }, 'ACTES_PDF_PARTS is "two", which is not a whole number of at least 1. Fix: set it to 1 (one piece)'],
    [{ pdfParts: { value: "0", setBy: "--pdf-parts" } }, '--pdf-parts is "0", which is not a whole number of at least 1.'],
    [{ pdfTimeout: { value: "-5", setBy: "--pdf-timeout" } }, '--pdf-timeout is "-5", which is not a whole number of at least 1. Fix: set it to a number of milliseconds'],
    [{ pdfTimeout: { value: "1e3", setBy: "ACTES_PDF_TIMEOUT_MS" } }, 'ACTES_PDF_TIMEOUT_MS is "1e3"'],
    [{ browser: { path: "/nowhere/chromium", setBy: "CHROME_PATH" } }, 'CHROME_PATH is set to "/nowhere/chromium", but no file exists there. Fix: point CHROME_PATH to a Chromium or Chrome executable'],
  ])("refuses %o", (raw, message) => {
    expect(() => checkSettings({ ...pdf, ...raw })).toThrow(message);
  });

  it("refuses an output folder the build would wipe along with something else", () => {
    const cases: [string, string, string][] = [
      ["/srv/data/sessions/site", "/srv/data", "is inside the data folder's sessions/ folder"],
      ["/srv/data", "/srv/data", "holds the data folder /srv/data"],
      ["/srv", "/srv/data", "holds the data folder /srv/data"],
      [path.dirname(PROJECT_ROOT), "/srv/data", "holds this project"],
      [path.join(PROJECT_ROOT, "src", "out"), "/srv/data", "is inside the project's src/ folder"],
    ];
    for (const [out, data, problem] of cases) {
      expect(() => checkSettings({ siteOnly: true, out, data }), out).toThrow(`The output folder ${out} ${problem}: each build replaces it whole. Fix: choose another output folder with --out`);
    }
  });

  it("refuses a base path that is not a plain path, before any work", () => {
    // The cases themselves are in tests/hosting.test.ts (parseBasePath).
    expect(() => checkSettings({ siteOnly: true, base: "/mes actes/" })).toThrow(/The base path "\/mes actes\/".*Fix:/);
  });

  it("takes the public URL from --url or ACTES_URL, normalised, when its path is the base path", () => {
    expect(checkSettings({ siteOnly: true, base: "/actes/", url: { value: "https://Example.org/actes/", setBy: "--url" } }).publicUrl).toBe("https://example.org/actes/");
    expect(checkSettings({ siteOnly: true, url: { value: "https://example.org/", setBy: "ACTES_URL" } }).publicUrl).toBe("https://example.org/");
    expect(checkSettings({ siteOnly: true }).publicUrl).toBeUndefined();
  });

  it.each([
    ["http://example.org/", "/", '--url is "http://example.org/", which is not an https:// address (it starts with http:). Fix: give the address readers reach it at over https, e.g. --url https://example.org/.'],
    ["example.org/actes/", "/actes/", '--url is "example.org/actes/", which is not a full web address. Fix: give the site\'s address with its scheme and host, e.g. --url https://example.org/actes/.'],
    ["https://", "/", '--url is "https://", which is not a full web address.'],
    ["https://example.org/actes", "/actes/", '--url is "https://example.org/actes", which does not end with "/". Fix: end it with a slash, as a folder\'s address: --url https://example.org/actes/.'],
    ["https://example.org/actes/", "/", "--url is \"https://example.org/actes/\", which has the path /actes/ while the site is built for the base path / (--base). Fix: make them match: build with --base /actes/ for this address, or give --url https://example.org/ for this base path."],
    ["https://example.org/", "/actes/", "has the path / while the site is built for the base path /actes/ (--base). Fix: make them match: build with --base / for this address, or give --url https://example.org/actes/ for this base path."],
    ["https://example.org/actes/?v=2", "/actes/", "has a query or a fragment (? or #). Fix: give the address of the site's folder alone: --url https://example.org/actes/."],
    ["https://user:secret@example.org/", "/", "carries a user name or password. Fix: remove them: --url https://example.org/."],
  ])("refuses --url %s with --base %s, naming the cause and the fix", (value, base, message) => {
    expect(() => checkSettings({ siteOnly: true, base, url: { value, setBy: "--url" } })).toThrow(message);
  });

  it("names the variable and writes the fix as an assignment when the URL came from ACTES_URL", () => {
    expect(() => checkSettings({ siteOnly: true, url: { value: "ftp://example.org/", setBy: "ACTES_URL" } })).toThrow('ACTES_URL is "ftp://example.org/", which is not an https:// address (it starts with ftp:). Fix: give the address readers reach it at over https, e.g. ACTES_URL=https://example.org/.');
  });

  it("sets the edition's public URL once: --url replaces the data's, and the data's is held to the base path too", () => {
    const edition = (url?: string) => ({ colloquium: { publication: url ? { url } : {} as { url?: string } } });
    expect(withPublicUrl(edition("https://old.example.org/"), { publicUrl: "https://new.example.org/actes/", basePath: "/actes/" }).colloquium.publication.url).toBe("https://new.example.org/actes/");
    expect(withPublicUrl(edition("https://example.org/actes/"), { basePath: "/actes/" }).colloquium.publication.url).toBe("https://example.org/actes/");
    expect(withPublicUrl(edition(), { basePath: "/" }).colloquium.publication.url).toBeUndefined();
    expect(() => withPublicUrl(edition("https://example.org/actes/"), { basePath: "/" })).toThrow(
      'colloquium.publication.url is "https://example.org/actes/", which has the path /actes/ while the site is built for the base path / (--base). Fix: make them match: build with --base /actes/ for this address, or give colloquium.publication.url: "https://example.org/" for this base path.',
    );
  });
});

describe("the command line (one option table for build and preflight)", () => {
  it("takes an option over its variable, the first variable set otherwise, each with the name it was given by", () => {
    const env = { ACTES_PDF_PARTS: "3", CHROMIUM_PATH: "/opt/chromium", ACTES_OUT: "from-env" };
    const raw = readCommandLine("build", ["--out", "dist", "--site-only"], { ...env, ACTES_URL: "https://example.org/" });
    expect(raw).toMatchObject({ out: "dist", siteOnly: true, timings: false, url: { value: "https://example.org/", setBy: "ACTES_URL" }, pdfParts: { value: "3", setBy: "ACTES_PDF_PARTS" }, browser: { path: "/opt/chromium", setBy: "CHROMIUM_PATH" } });
    expect(readCommandLine("build", ["--pdf-parts", "2", "--timings"], { ...env, CHROME_PATH: "/usr/bin/chromium" })).toMatchObject({
      out: "from-env",
      timings: true,
      pdfParts: { value: "2", setBy: "--pdf-parts" },
      browser: { path: "/usr/bin/chromium", setBy: "CHROME_PATH" },
    });
  });

  it("refuses an option the command does not have, naming those it has", () => {
    expect(() => readCommandLine("build", ["--outt", "dist"], {})).toThrow(SettingsError);
    expect(() => readCommandLine("build", ["--outt", "dist"], {})).toThrow("Fix: use --out, --base, --url, --data, --site-only, --pdf-parts, --pdf-timeout, --browser, --timings.");
    // The preflight writes no site: no --out, and ACTES_OUT is not read.
    expect(() => readCommandLine("preflight", ["--out", "dist"], {})).toThrow("Fix: use --data, --pdf-parts, --pdf-timeout, --browser.");
    expect(readCommandLine("preflight", [], { ACTES_OUT: "dist" }).out).toBeUndefined();
  });
});
