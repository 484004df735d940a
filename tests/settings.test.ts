/**
 * The build's settings are checked in memory before any work: each wrong
 * value is refused with its name, the cause and the fix (the command line
 * turns the same error into exit 1: tests/build-failures.test.ts).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCommandLine } from "../scripts/pipeline/options.ts";
import { checkSettings, SettingsError } from "../scripts/pipeline/settings.ts";
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
      ["/srv/data/site", "/srv/data", "is inside the data folder /srv/data"],
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
});

describe("the command line (one option table for build and preflight)", () => {
  it("takes an option over its variable, the first variable set otherwise, each with the name it was given by", () => {
    const env = { ACTES_PDF_PARTS: "3", CHROMIUM_PATH: "/opt/chromium", ACTES_OUT: "from-env" };
    const raw = readCommandLine("build", ["--out", "dist", "--site-only"], env);
    expect(raw).toMatchObject({ out: "dist", siteOnly: true, pdfParts: { value: "3", setBy: "ACTES_PDF_PARTS" }, browser: { path: "/opt/chromium", setBy: "CHROMIUM_PATH" } });
    expect(readCommandLine("build", ["--pdf-parts", "2"], { ...env, CHROME_PATH: "/usr/bin/chromium" })).toMatchObject({
      out: "from-env",
      pdfParts: { value: "2", setBy: "--pdf-parts" },
      browser: { path: "/usr/bin/chromium", setBy: "CHROME_PATH" },
    });
  });

  it("refuses an option the command does not have, naming those it has", () => {
    expect(() => readCommandLine("build", ["--outt", "dist"], {})).toThrow(SettingsError);
    expect(() => readCommandLine("build", ["--outt", "dist"], {})).toThrow("Fix: use --out, --base, --data, --site-only, --pdf-parts, --pdf-timeout, --browser.");
    // The preflight writes no site: no --out, and ACTES_OUT is not read.
    expect(() => readCommandLine("preflight", ["--out", "dist"], {})).toThrow("Fix: use --data, --pdf-parts, --pdf-timeout, --browser.");
    expect(readCommandLine("preflight", [], { ACTES_OUT: "dist" }).out).toBeUndefined();
  });
});
