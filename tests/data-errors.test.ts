/**
 * The common author mistakes, each made in a copy of the real data and
 * loaded as the build loads it (in this process: validation takes
 * milliseconds): the message names the data file, the field path, the problem
 * and the fix. A file that does not compile goes through the command line: only
 * the build's own compiler (tsx) reports its line and column, and the build
 * exits 1 and writes nothing. (Bad data next to a previous output, through the
 * whole pipeline: tests/build-failures.test.ts.)
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataErrors } from "../scripts/data/errors.ts";
import { loadEdition } from "../scripts/data/load.ts";
import { PROJECT_ROOT, runBuild } from "./helpers/build.ts";
import { copyData, editData, removeTempFolders, shownAs, writeData } from "./helpers/fixtures.ts";

afterAll(removeTempFolders);

/** Loads a data folder as the build does; returns the message of the DataErrors it must stop with. */
async function loadMistake(dataDir: string): Promise<string> {
  const error: unknown = await loadEdition(dataDir).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, "the data must be refused").toBeInstanceOf(DataErrors);
  return (error as DataErrors).message;
}

/** Asserts the failure and returns the message lines about `file`, to check field path and fix on. */
function expectDataFailure(message: string, file: string): string {
  expect(message).toContain("Invalid colloquium data");
  const entry = message.split(/\n(?=- )/).find((block) => block.startsWith(`- ${file}`));
  expect(entry, `no message about ${file} in:\n${message}`).toBeDefined();
  expect(entry).toMatch(/\n {2}Fix: \S/);
  return entry!;
}

describe("the command line, on a data file that does not compile", () => {
  it("exits 1 with file:line:column, the line and the fix, and writes nothing", () => {
    // Line 7 of the session file is its title; a missing comma makes it invalid TypeScript.
    const file = "sessions/03-atelier-2.ts";
    const data = copyData("cli");
    editData(data, file, 'title: "Des innovations organisationnelle et décisionnelle",', 'title: "Des innovations" "organisationnelles",');
    const out = path.join(path.dirname(data), "site");
    const result = runBuild(["--site-only", "--data", data, "--out", out]);
    expect(result.status, result.stderr).toBe(1);
    const shown = shownAs(data, file);
    expect(result.stderr).toContain(`Invalid colloquium data (1 problem):\n- ${shown}`);
    // Compiled as the build compiles it (esbuild through tsx): file:line:column, the line itself and the fix.
    expect(result.stderr).toMatch(new RegExp(`- ${shown.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:7:\\d+: does not compile: Expected`));
    expect(result.stderr).toContain('7 | title: "Des innovations" "organisationnelles",');
    expect(result.stderr).toContain(`Fix: correct line 7 of ${shown}`);
    expect(existsSync(out), "a failed build must not create the output folder").toBe(false);
    expect(existsSync(path.dirname(out)) && readdirSync(path.dirname(out)).some((name) => name.startsWith(".site.staging-"))).toBe(false);
  });
});

describe("data mistakes stop the build with file, field path and fix", () => {
  beforeAll(async () => {
    // The control: an unmodified copy loads, so every failure below comes from its one edit.
    await expect(loadEdition(copyData("control"))).resolves.toBeDefined();
  });

  it("unknown speaker id, with the closest existing ids", async () => {
    const data = copyData("unknown-speaker");
    editData(data, "sessions/03-atelier-2.ts", 'speakers: ["nicolas-pernot"]', 'speakers: ["nicolas-pernod"]');
    const entry = expectDataFailure(await loadMistake(data), shownAs(data, "sessions/03-atelier-2.ts"));
    expect(entry).toContain("at contributions[0].speakers[0]: unknown person id \"nicolas-pernod\"");
    expect(entry).toContain('did you mean "nicolas-pernot"');
    expect(entry).toContain(`defined in ${shownAs(data, "people.ts")}`);
  });

  it("duplicate contribution slug across sessions", async () => {
    const data = copyData("duplicate-slug");
    editData(data, "sessions/03-atelier-2.ts", 'slug: "responsabilisation-financiere-pau"', 'slug: "projet-d-etablissement-sdis-78"');
    const entry = expectDataFailure(await loadMistake(data), shownAs(data, "sessions/03-atelier-2.ts"));
    expect(entry).toContain('at contributions[0].slug: duplicate contribution slug "projet-d-etablissement-sdis-78"');
    expect(entry).toContain(`already used in ${shownAs(data, "sessions/02-atelier-1.ts")}`);
    expect(entry).toContain("Fix: give each contribution a slug of its own");
  });

  it("date not written as ISO", async () => {
    const data = copyData("date-not-iso");
    editData(data, "colloquium.ts", 'date: "2015-05-21"', 'date: "21/05/2015"');
    const entry = expectDataFailure(await loadMistake(data), shownAs(data, "colloquium.ts"));
    expect(entry).toContain("at date: must be an ISO date written YYYY-MM-DD");
    expect(entry).toContain("Fix: rewrite the value in the form the message shows");
    // One mistake, one message: the calendar check does not pile on.
    expect(entry).not.toContain("not a real calendar date");
  });

  it("ISO-looking date that does not exist", async () => {
    const data = copyData("date-not-real");
    editData(data, "colloquium.ts", 'date: "2015-05-21"', 'date: "2015-02-30"');
    const entry = expectDataFailure(await loadMistake(data), shownAs(data, "colloquium.ts"));
    expect(entry).toContain("at date: is not a real calendar date");
    expect(entry).toContain("Fix: check the day and the month");
  });

  it("workshop numbers not in sequence", async () => {
    const data = copyData("workshop-sequence");
    editData(data, "sessions/03-atelier-2.ts", "number: 2,", "number: 3,");
    const entry = expectDataFailure(await loadMistake(data), shownAs(data, "sessions/03-atelier-2.ts"));
    expect(entry).toContain("at number: workshop number 3 is out of sequence: expected 2");
    expect(entry).toContain("Fix: number workshops 1, 2, 3… in the order of their file names");
  });

  it("empty summary", async () => {
    const data = copyData("empty-summary");
    editData(data, "sessions/03-atelier-2.ts", /summary: `[^`]*`/, "summary: `  \n  `");
    const entry = expectDataFailure(await loadMistake(data), shownAs(data, "sessions/03-atelier-2.ts"));
    expect(entry).toContain("at contributions[0].summary: must not be empty");
    expect(entry).toContain("Fix: write some text here");
  });

  it("missing required field", async () => {
    const data = copyData("missing-field");
    editData(data, "people.ts", 'role: "directeur de la chaire, professeur des universités",\n', "");
    const entry = expectDataFailure(await loadMistake(data), shownAs(data, "people.ts"));
    expect(entry).toContain("at [0].role: Invalid input: expected string, received undefined");
    expect(entry).toContain("Fix: add this required field (string)");
  });

  it("empty session", async () => {
    const data = copyData("empty-session");
    writeData(
      data,
      "sessions/07-vide.ts",
      'import { defineSession } from "actes";\n\nexport default defineSession({ slug: "vide", kind: "closing", title: "Vide", contributions: [] });\n',
    );
    const entry = expectDataFailure(await loadMistake(data), shownAs(data, "sessions/07-vide.ts"));
    expect(entry).toContain("at contributions: a session needs at least one contribution");
    expect(entry).toContain("Fix: give at least 1 item");
  });

  it("wrong type (types are stripped, not checked, when data files load: the schema catches it)", async () => {
    const data = copyData("wrong-type");
    editData(data, "sessions/03-atelier-2.ts", "number: 2,", 'number: "2",');
    const entry = expectDataFailure(await loadMistake(data), shownAs(data, "sessions/03-atelier-2.ts"));
    expect(entry).toContain("at number: Invalid input: expected number, received string");
    expect(entry).toContain("Fix: give a value of type number");
  });

  it("a data file that throws when run, with its line", async () => {
    const data = copyData("runtime-error");
    editData(data, "sessions/03-atelier-2.ts", 'slug: "atelier-2",', "slug: String(undefinedName),");
    const file = shownAs(data, "sessions/03-atelier-2.ts");
    const entry = expectDataFailure(await loadMistake(data), `${file}:4:`);
    expect(entry).toContain("fails when run: ReferenceError: undefinedName is not defined");
    expect(entry).toContain(`Fix: correct line 4 of ${file}`);
  });

  it("several mistakes in several files are reported together", async () => {
    const data = copyData("several");
    editData(data, "sessions/03-atelier-2.ts", /summary: `[^`]*`/, "summary: ``");
    editData(data, "colloquium.ts", 'date: "2015-05-21"', 'date: "2015-5-21"');
    const message = await loadMistake(data);
    expect(message).toContain("Invalid colloquium data (2 problems)");
    expect(expectDataFailure(message, shownAs(data, "colloquium.ts"))).toContain("at date:");
    expect(expectDataFailure(message, shownAs(data, "sessions/03-atelier-2.ts"))).toContain("at contributions[0].summary:");
  });
});

describe("data files that import one another, in a folder outside the repository", () => {
  const outside: string[] = [];
  afterAll(() => outside.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  /** A copy of the real data, outside the repository, whose first workshop takes a speaker id from a helper module, itself importing people.ts. */
  function withHelper(prefix: string, helper: string): string {
    const folder = mkdtempSync(path.join(tmpdir(), `actes-${prefix}-`));
    outside.push(folder);
    const data = path.join(folder, "data");
    cpSync(path.join(PROJECT_ROOT, "_data"), data, { recursive: true });
    writeData(data, "ids.ts", helper);
    editData(data, "sessions/02-atelier-1.ts", 'import { defineSession } from "actes";', 'import { defineSession } from "actes";\nimport { speakerIds } from "../ids.ts";');
    editData(data, "sessions/02-atelier-1.ts", /speakers: \["([a-z-]+)"\]/, 'speakers: [speakerIds.find((id) => id === "$1")!]');
    return data;
  }
  const helper = 'import people from "./people.ts";\nexport const speakerIds = people.map((person) => person.id);\n';

  // Through the command line: in this process Vitest's own module runner would import the files, not Node's loader.
  it("builds a session that imports a helper which imports people.ts and \"actes\"", () => {
    const data = withHelper("imports", helper);
    const out = path.join(path.dirname(data), "site");
    const result = runBuild(["--site-only", "--data", data, "--out", out]);
    expect(result.status, result.stderr).toBe(0);
    // The speaker's page is made from the id the helper gave: the reference resolved.
    expect(existsSync(path.join(out, "intervenants", "laurent-chavillon", "index.html"))).toBe(true);
    expect(readFileSync(path.join(out, "atelier-1", "projet-d-etablissement-sdis-78", "index.html"), "utf8")).toContain('href="../../intervenants/laurent-chavillon/"');
  });

  it("names the file, the line of an import that points at nothing, and the fix", async () => {
    const data = withHelper("import-missing", helper);
    editData(data, "sessions/02-atelier-1.ts", '"../ids.ts"', '"../idz.ts"');
    const entry = expectDataFailure(await loadMistake(data), `${shownAs(data, "sessions/02-atelier-1.ts")}:2:`);
    expect(entry).toContain('imports a module that does not exist: "../idz.ts"');
    expect(entry).toContain("Fix: correct the path of the import");
  });

  it("names an import the module does not export", async () => {
    const data = withHelper("import-no-export", "export const others = [];\n");
    const entry = expectDataFailure(await loadMistake(data), `${shownAs(data, "sessions/02-atelier-1.ts")}:2:`);
    expect(entry).toContain('No matching export in "../ids.ts" for import "speakerIds"');
    expect(entry).toContain("Fix: import a name the module exports");
  });

  it("names the files of an import cycle", async () => {
    const data = withHelper("import-cycle", `import workshop from "./sessions/02-atelier-1.ts";\n${helper}export const workshopSlug = workshop.slug;\n`);
    const file = shownAs(data, "sessions/02-atelier-1.ts");
    const entry = expectDataFailure(await loadMistake(data), file);
    expect(entry).toContain(`is part of an import cycle: ${file} → ${shownAs(data, "ids.ts")} → ${file}`);
    expect(entry).toContain("Fix: move what the files share into a module of its own");
  });
});
