/**
 * Our modules bundled as JavaScript (scripts/lib/bundle.mjs), as bin/actes.js
 * runs the command and the build its threads: a bundle runs in a bare Node,
 * no TypeScript loader, its packages imported from where they are installed;
 * it is kept while its files stay as they are, and made again as soon as one
 * of them changes, so that a command never runs code older than its files.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cachedBundles } from "../scripts/lib/bundle.mjs";

/** Runs `call` of the bundle at `url` in a Node of its own, no loader registered; what it printed. */
function runBundled(url: string, call: string): string {
  const script = `const bundled = await import(${JSON.stringify(url)}); console.log(bundled.${call});`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(child.stderr).toBe("");
  return child.stdout.trim();
}

describe("a bundle kept in the cache", () => {
  it("runs without a TypeScript loader, is kept while its files are unchanged, and is made again when one changes", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "actes-command-bundle-"));
    const entry = path.join(folder, "entry.ts");
    const helper = path.join(folder, "helper.ts");
    writeFileSync(helper, `export const word = (): string => "first";\n`);
    writeFileSync(entry, `import { DateTime } from "luxon";\nimport { word } from "./helper.ts";\nexport const said = (): string => \`\${word()} \${DateTime.fromISO("2015-05-21").year}\`;\n`);
    const cache = path.join(folder, "cache");

    const url = (await cachedBundles([entry], cache))[0];
    expect(url).toMatch(/^file:\/\/.*\/bundle\.mjs$/);
    const bundle = new URL(url!);
    expect(runBundled(url!, "said()")).toBe("first 2015");
    const made = statSync(bundle).mtimeMs;

    expect((await cachedBundles([entry], cache))[0]).toBe(url);
    expect(statSync(bundle).mtimeMs).toBe(made);

    // A file the entry imports, edited: its time moved on, as an editor's save moves it.
    writeFileSync(helper, `export const word = (): string => "second";\n`);
    const later = new Date(Date.now() + 2000);
    utimesSync(helper, later, later);
    expect((await cachedBundles([entry], cache))[0]).toBe(url);
    expect(runBundled(url!, "said()")).toBe("second 2015");
  });
});
