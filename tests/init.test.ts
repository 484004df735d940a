/**
 * The `actes` command as a user runs it: `actes init` writes a starter edition
 * into a folder outside the repository, `tsc -p` type-checks it against the
 * package's helpers, and `actes build` builds it at once (website only: the
 * booklet of other editions is checked in tests/editions.test.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STAGES } from "../scripts/pipeline/timings.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 600_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};
const actes = (...args: string[]) => run(process.execPath, [path.join(PROJECT_ROOT, "bin/actes.js"), ...args]);
const tsc = (folder: string) => run(process.execPath, [path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"), "-p", folder]);

describe("actes init", () => {
  let root: string;
  let starter: string;

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "actes-init-"));
    starter = path.join(root, "mon-colloque");
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("writes a commented French starter edition with its tsconfig.json", () => {
    const result = actes("init", starter);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`Wrote a starter edition in ${starter} (8 files)`);
    for (const file of ["colloquium.ts", "people.ts", "organisations.ts", "labels.ts", "sessions/01-ouverture.ts", "sessions/02-pause.ts", "sessions/03-table-ronde.ts", "tsconfig.json"]) {
      expect(existsSync(path.join(starter, file)), file).toBe(true);
    }
    expect(readFileSync(path.join(starter, "colloquium.ts"), "utf8")).toContain('import { defineColloquium } from "actes";');
  });

  it("type-checks with tsc -p, which catches a mistake in the data and finds nothing else to fault", () => {
    // One run (a tsc start costs 5 s of processor time here): tsc reports every error of a project,
    // so a single error, the one made on purpose, proves the rest of the starter type-checks.
    const session = path.join(starter, "sessions/02-pause.ts");
    const before = readFileSync(session, "utf8");
    writeFileSync(session, before.replace('kind: "break"', 'kind: "brake"'));
    try {
      const broken = tsc(starter);
      expect(broken.status).not.toBe(0);
      const errors = broken.output.split("\n").filter((line) => / error TS\d+:/.test(line));
      expect(errors, broken.output).toHaveLength(1);
      expect(errors[0]).toMatch(/02-pause\.ts\(\d+,\d+\): error TS\d+: Type '"brake"' is not assignable/);
    } finally {
      writeFileSync(session, before);
    }
  });

  it("builds at once with actes build", () => {
    const out = path.join(root, "site");
    const result = actes("build", "--site-only", "--data", starter, "--out", out, "--timings");
    expect(result.status, result.output).toBe(0);
    // --timings with --site-only: the stages that ran, in the pipeline's order, and none of the booklet's.
    const rows = STAGES.filter((stage) => result.output.includes(`  ${stage.alone ?? stage.label}\n`)).map((stage) => stage.key);
    expect(rows).toEqual(["load", "site", "hashAssets", "search", "hosting", "serverConfigs", "precompress", "offlineCopy"]);
    expect(result.output).toMatch(/^ +\d+ ms +100 % += the build$/m);
    expect(result.output).toMatch(/peak memory: \d+ MB \(the Node process only/);
    // No booklet, so no EPUB either (its page breaks come from the booklet's layout): the build says so.
    expect(result.output).toContain("(website only: no PDF, no EPUB)");
    expect(readdirSync(out).filter((file) => /\.(pdf|epub)$/.test(file))).toEqual([]);
    const programme = readFileSync(path.join(out, "programme/index.html"), "utf8");
    expect(programme).toContain('<h2 id="pause">Pause</h2>');
    expect(programme).toMatch(/Modération\u00A0: <a href="\.\.\/intervenants\/paul-durand\/">/);
    expect(programme).toContain('<time datetime="2026-03-12T09:00:00+01:00">09:00</time>');
  });

  it("refuses a folder that already holds files, and a language it has no starter in", () => {
    const again = actes("init", starter);
    expect(again.status).toBe(1);
    expect(again.output).toContain("already holds files");
    const german = actes("init", path.join(root, "de"), "--language", "de");
    expect(german.status).toBe(1);
    expect(german.output).toContain('No starter in the language "de". Fix: use --language fr or --language en.');
    expect(existsSync(path.join(root, "de"))).toBe(false);
  });
});
