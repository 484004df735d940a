/**
 * Actes as a dependency, as docs/writing-an-edition.md tells an organiser to
 * use it, word for word: `npm pack` here, then in an empty project outside
 * the repository `npm install <the .tgz>`, `npx actes init .`, the edition
 * written over the starter, `npx tsc -p .` (the project's tsconfig resolving
 * "actes" through its node_modules), `npx actes build`, `npx actes preflight`
 * and `npx actes preview`. The edition is a French one of another shape
 * (tests/fixtures/rencontres-fr: two days, breaks, a moderated panel, an
 * organisation speaking, a kind of its own, a data file importing a module of
 * its folder), checked page by page as the other editions are. Before init,
 * the command says what it expected to find, having run from its bundle kept
 * beside the project's packages. One install and one build: the
 * install dominates (npm unpacks some 220 packages).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { freePort } from "./helpers/servers.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { copyEditSite } from "./helpers/copy-editing.ts";
import { hashTree } from "./helpers/fixtures.ts";
import { pageDateProblems } from "./helpers/machine-readable.ts";
import { htmlValidateProblems, pageAt, readPages, type BuiltPage } from "./helpers/site.ts";

const FIXTURE = path.join(PROJECT_ROOT, "tests/fixtures/rencontres-fr");

interface Run {
  status: number | null;
  output: string;
}

/** Runs a command as the user types it, in `cwd`; its output, both streams, for the messages. */
function run(command: string, args: string[], cwd: string): Run {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The PDF a build writes for an edition: named after its slug. */
const pdfOf = (siteDir: string, edition: Edition) => path.join(siteDir, `${edition.colloquium.slug}.pdf`);

describe("Actes installed as a package in a project of its own", () => {
  let work: string;
  let project: string;
  const timings: Record<string, number> = {};
  const timed = <T>(step: string, action: () => T): T => {
    const started = performance.now();
    try {
      return action();
    } finally {
      timings[step] = Math.round(performance.now() - started);
    }
  };

  beforeAll(() => {
    // Outside the repository, so that nothing resolves through its node_modules.
    work = mkdtempSync(path.join(tmpdir(), "actes-package-"));
    const packed = timed("npm pack", () => run("npm", ["pack", "--silent", "--pack-destination", work], PROJECT_ROOT));
    expect(packed.status, packed.output).toBe(0);
    const tarball = path.join(work, packed.output.trim().split("\n").at(-1)!);
    project = path.join(work, "mes-actes");
    mkdirSync(project);
    const npmInit = run("npm", ["init", "-y"], project);
    expect(npmInit.status, npmInit.output).toBe(0);
    // The npm cache holds every package `npm ci` fetched: offline first, and no audit or funding requests.
    const installed = timed("npm install", () => run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball], project));
    expect(installed.status, installed.output).toBe(0);
  });

  afterAll(() => {
    console.log(`Actes as a package, times in ms: ${JSON.stringify(timings)}`);
    rmSync(work, { recursive: true, force: true });
  });

  it("ships what the commands need and nothing of the repository's own", () => {
    const shipped = path.join(project, "node_modules", "actes");
    for (const needed of ["bin/actes.js", ".eleventy.js", "src", "_includes", "styles", "scripts/data/define.ts", "scripts/eleventy/checker-versions.json"]) {
      expect(existsSync(path.join(shipped, needed)), needed).toBe(true);
    }
    for (const left of ["tests", "_data", "docs", "scripts/bench", "scripts/audit"]) expect(existsSync(path.join(shipped, left)), left).toBe(false);
    // The test tools stay the repository's: a project installs only what the commands run with.
    for (const tool of ["vitest", "html-validate", "axe-core", "typescript"]) expect(existsSync(path.join(project, "node_modules", tool)), tool).toBe(false);
    for (const runtime of ["@11ty/eleventy", "playwright-core", "pagedjs", "tsx"]) expect(existsSync(path.join(project, "node_modules", runtime)), runtime).toBe(true);
    // The pack step's file is the package's alone: the repository reads the installed checkers.
    expect(existsSync(path.join(PROJECT_ROOT, "scripts/eleventy/checker-versions.json"))).toBe(false);
  });

  it("says what it expected to find when run in a project that holds no edition yet", () => {
    const result = run("npx", ["actes", "build"], project);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`No data folder given, and neither ${project} nor its _data/ folder holds a colloquium.ts.`);
    expect(result.output).toContain("Fix: run the command in the folder that holds your edition's colloquium.ts, give that folder with --data DIR, or write a starter edition here with `npx actes init .`.");
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(project, "_site"))).toBe(false);
    // The command ran from its bundle, kept beside the project's packages (scripts/lib/bundle.mjs).
    const bundles = readdirSync(path.join(project, "node_modules", ".cache", "actes"));
    expect(bundles.filter((name) => name.endsWith("-node_modules-actes-scripts-actes.ts"))).toHaveLength(1);
  });

  it("writes a starter with `npx actes init .`, into the project that holds other files", () => {
    const init = run("npx", ["actes", "init", "."], project);
    expect(init.status, init.output).toBe(0);
    expect(init.output).toContain("Build it:       npx actes build");
    for (const file of ["colloquium.ts", "people.ts", "organisations.ts", "sessions", "tsconfig.json", "package.json"]) expect(existsSync(path.join(project, file)), file).toBe(true);
    // "actes" through node_modules, as any dependency: no path into the package.
    const tsconfig = JSON.parse(readFileSync(path.join(project, "tsconfig.json"), "utf8")) as { compilerOptions: Record<string, unknown> };
    expect(tsconfig.compilerOptions.paths).toBeUndefined();
  });

  describe("the organiser's edition written over the starter: a French two-day edition of another shape", () => {
    let siteDir: string;
    let pages: BuiltPage[];
    let edition: Edition;

    beforeAll(async () => {
      // The organiser replaces the starter's sessions and files with their own (one build only: the suite's time).
      rmSync(path.join(project, "sessions"), { recursive: true });
      cpSync(FIXTURE, project, { recursive: true });
      const built = timed("npx actes build", () => run("npx", ["actes", "build"], project));
      expect(built.status, built.output).toBe(0);
      siteDir = path.join(project, "_site");
      pages = readPages(siteDir);
      edition = await loadEdition(project);
    });

    it("builds the very same files from a clone of Actes, the folder given with --data", () => {
      const out = path.join(work, "from-the-clone");
      const built = timed("build from the clone", () => run(process.execPath, [path.join(PROJECT_ROOT, "bin/actes.js"), "build", "--data", FIXTURE, "--out", out], PROJECT_ROOT));
      expect(built.status, built.output).toBe(0);
      expect(hashTree(out)).toEqual(hashTree(siteDir));
    });

    it("type-checks with the project's tsconfig.json against the installed package, a module of the folder included", () => {
      // The project installs TypeScript itself (`npm install --save-dev typescript`); this one is the same compiler.
      const tsc = timed("tsc", () => run(process.execPath, [path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"), "-p", ".", "--listFiles"], project));
      expect(tsc.status, tsc.output).toBe(0);
      const files = tsc.output.split("\n");
      expect(files).toContain(path.join(project, "node_modules/actes/scripts/data/define.ts"));
      expect(files).toContain(path.join(project, "equipe.ts"));
    });

    it("builds its site and its booklet into the project's _site/ with `npx actes build`", () => {
      expect(readFileSync(path.join(siteDir, "index.html"), "utf8")).toContain("<h1");
      expect(readFileSync(pdfOf(siteDir, edition)).subarray(0, 5).toString()).toBe("%PDF-");
      // Each session but the breaks has its page; the kind of its own is named by its label, the panel's chair as moderator.
      for (const session of edition.sessions) expect(pages.some((page) => page.url === session.url), session.slug).toBe(session.kind !== "break");
      expect(pageAt(pages, edition.routes.organisations).html).toContain(edition.labels.organisationKinds["cooperative"]);
      const panel = edition.sessions.find((session) => session.kind === "panel")!;
      expect(pageAt(pages, panel.url).dom.querySelector(".session-chairs")?.textContent).toMatch(/^Modération\s*:\s*Nadia Benali$/);
    });

    it("checks its booklet with `npx actes preflight`", () => {
      const preflight = timed("npx actes preflight", () => run("npx", ["actes", "preflight"], project));
      expect(preflight.status, preflight.output).toBe(0);
      expect(preflight.output).toContain(`Preflight of ${edition.colloquium.slug}.pdf: 0 errors`);
    });

    it("previews it with `npx actes preview`, into the project's .cache/preview/", async () => {
      const port = await freePort();
      // Its own process group: npx starts the command as a child, and both stop together.
      const preview: ChildProcess = spawn("npx", ["actes", "preview", "--port", String(port)], { cwd: project, detached: true, stdio: "ignore" });
      try {
        let home = "";
        for (const started = Date.now(); Date.now() - started < 60_000 && !home.includes("</html>"); await new Promise((resolve) => setTimeout(resolve, 250))) {
          home = await fetch(`http://localhost:${port}/`).then((response) => (response.ok ? response.text() : ""), () => "");
        }
        // The home page the build wrote, served by the preview: the same title.
        const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
        expect(title(home)).toBeTruthy();
        expect(title(home)).toBe(title(readFileSync(path.join(siteDir, "index.html"), "utf8")));
        expect(existsSync(path.join(project, ".cache/preview/index.html"))).toBe(true);
        expect(existsSync(path.join(project, "node_modules/actes/.cache"))).toBe(false);
      } finally {
        process.kill(-preview.pid!, "SIGTERM");
      }
    });

    it("passes html-validate's recommended rules on every page", async () => {
      expect(await htmlValidateProblems(pages)).toEqual([]);
    });

    it("gives every date of its home, about, session and contribution pages in a <time>", () => {
      const checked = [edition.routes.home, edition.routes.about, ...edition.sessions.filter((s) => s.kind !== "break").map((s) => s.url), ...edition.contributions.map((c) => c.url)];
      expect(checked.flatMap((url) => pageDateProblems(pageAt(pages, url), edition))).toEqual([]);
    });

    it("passes the copy editor's check on every HTML page and PDF page, in French rules", () => {
      const { faults, read } = copyEditSite(siteDir, edition);
      expect(faults).toEqual([]);
      expect(read.pages).toBe(pages.length);
    });
  });
});
