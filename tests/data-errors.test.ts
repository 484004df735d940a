/**
 * The common author mistakes, each made in a copy of the real data and run
 * through the real build CLI: the build exits non-zero, writes nothing, and its
 * message names the data file, the field path, the problem and the fix.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBuild } from "./helpers/build.ts";
import { copyData, editData, removeTempFolders, shownAs, writeData } from "./helpers/fixtures.ts";

afterAll(removeTempFolders);

interface Failure {
  status: number | null;
  message: string;
  out: string;
}

/** Builds the website from a data folder into a fresh folder beside it. */
function buildSite(dataDir: string): Failure {
  const out = path.join(path.dirname(dataDir), "site");
  const result = runBuild(["--site-only", "--data", dataDir, "--out", out]);
  return { status: result.status, message: result.stderr, out };
}

/** Asserts the failure and returns the message lines about `file`, to check field path and fix on. */
function expectDataFailure(failure: Failure, file: string): string {
  expect(failure.status, failure.message).toBe(1);
  expect(failure.message).toContain("Invalid colloquium data");
  expect(existsSync(failure.out), "a failed build must not create the output folder").toBe(false);
  const entry = failure.message.split(/\n(?=- )/).find((block) => block.startsWith(`- ${file}`));
  expect(entry, `no message about ${file} in:\n${failure.message}`).toBeDefined();
  expect(entry).toMatch(/\n {2}Fix: \S/);
  return entry!;
}

describe("data mistakes stop the build with file, field path and fix", () => {
  beforeAll(() => {
    // The control: an unmodified copy builds, so every failure below comes from its one edit.
    const failure = buildSite(copyData("control"));
    expect(failure.status, failure.message).toBe(0);
  });

  it("unknown speaker id, with the closest existing ids", () => {
    const data = copyData("unknown-speaker");
    editData(data, "sessions/03-atelier-2.ts", 'speakers: ["nicolas-pernot"]', 'speakers: ["nicolas-pernod"]');
    const entry = expectDataFailure(buildSite(data), shownAs(data, "sessions/03-atelier-2.ts"));
    expect(entry).toContain("at contributions[0].speakers[0]: unknown person id \"nicolas-pernod\"");
    expect(entry).toContain('did you mean "nicolas-pernot"');
    expect(entry).toContain(`defined in ${shownAs(data, "people.ts")}`);
  });

  it("duplicate contribution slug across sessions", () => {
    const data = copyData("duplicate-slug");
    editData(data, "sessions/03-atelier-2.ts", 'slug: "responsabilisation-financiere-pau"', 'slug: "projet-d-etablissement-sdis-78"');
    const entry = expectDataFailure(buildSite(data), shownAs(data, "sessions/03-atelier-2.ts"));
    expect(entry).toContain('at contributions[0].slug: duplicate contribution slug "projet-d-etablissement-sdis-78"');
    expect(entry).toContain(`already used in ${shownAs(data, "sessions/02-atelier-1.ts")}`);
    expect(entry).toContain("Fix: give each contribution a slug of its own");
  });

  it("date not written as ISO", () => {
    const data = copyData("date-not-iso");
    editData(data, "colloquium.ts", 'date: "2015-05-21"', 'date: "21/05/2015"');
    const entry = expectDataFailure(buildSite(data), shownAs(data, "colloquium.ts"));
    expect(entry).toContain("at date: must be an ISO date written YYYY-MM-DD");
    expect(entry).toContain("Fix: rewrite the value in the form the message shows");
    // One mistake, one message: the calendar check does not pile on.
    expect(entry).not.toContain("not a real calendar date");
  });

  it("ISO-looking date that does not exist", () => {
    const data = copyData("date-not-real");
    editData(data, "colloquium.ts", 'date: "2015-05-21"', 'date: "2015-02-30"');
    const entry = expectDataFailure(buildSite(data), shownAs(data, "colloquium.ts"));
    expect(entry).toContain("at date: is not a real calendar date");
    expect(entry).toContain("Fix: check the day and the month");
  });

  it("workshop numbers not in sequence", () => {
    const data = copyData("workshop-sequence");
    editData(data, "sessions/03-atelier-2.ts", "number: 2,", "number: 3,");
    const entry = expectDataFailure(buildSite(data), shownAs(data, "sessions/03-atelier-2.ts"));
    expect(entry).toContain("at number: workshop number 3 is out of sequence: expected 2");
    expect(entry).toContain("Fix: number workshops 1, 2, 3… in the order of their file names");
  });

  it("empty summary", () => {
    const data = copyData("empty-summary");
    editData(data, "sessions/03-atelier-2.ts", /summary: `[^`]*`/, "summary: `  \n  `");
    const entry = expectDataFailure(buildSite(data), shownAs(data, "sessions/03-atelier-2.ts"));
    expect(entry).toContain("at contributions[0].summary: must not be empty");
    expect(entry).toContain("Fix: write some text here");
  });

  it("missing required field", () => {
    const data = copyData("missing-field");
    editData(data, "people.ts", 'role: "directeur de la chaire, professeur des universités",\n', "");
    const entry = expectDataFailure(buildSite(data), shownAs(data, "people.ts"));
    expect(entry).toContain("at [0].role: Invalid input: expected string, received undefined");
    expect(entry).toContain("Fix: add this required field (string)");
  });

  it("empty session", () => {
    const data = copyData("empty-session");
    writeData(
      data,
      "sessions/07-vide.ts",
      'import { defineSession } from "actes";\n\nexport default defineSession({ slug: "vide", kind: "closing", title: "Vide", contributions: [] });\n',
    );
    const entry = expectDataFailure(buildSite(data), shownAs(data, "sessions/07-vide.ts"));
    expect(entry).toContain("at contributions: a session needs at least one contribution");
    expect(entry).toContain("Fix: give at least 1 item");
  });

  it("wrong type (types are stripped, not checked, when data files load: the schema catches it)", () => {
    const data = copyData("wrong-type");
    editData(data, "sessions/03-atelier-2.ts", "number: 2,", 'number: "2",');
    const entry = expectDataFailure(buildSite(data), shownAs(data, "sessions/03-atelier-2.ts"));
    expect(entry).toContain("at number: Invalid input: expected number, received string");
    expect(entry).toContain("Fix: give a value of type number");
  });

  it("a data file that does not compile, with file:line:column and the line itself", () => {
    const data = copyData("syntax-error");
    // Line 7 of the session file is its title; a missing comma makes it invalid TypeScript.
    editData(data, "sessions/03-atelier-2.ts", 'title: "Des innovations organisationnelle et décisionnelle",', 'title: "Des innovations" "organisationnelles",');
    const file = shownAs(data, "sessions/03-atelier-2.ts");
    const entry = expectDataFailure(buildSite(data), `${file}:7:`);
    expect(entry).toMatch(new RegExp(`^- ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:7:\\d+: does not compile: Expected`));
    expect(entry).toContain('7 | title: "Des innovations" "organisationnelles",');
    expect(entry).toContain(`Fix: correct line 7 of ${file}`);
  });

  it("a data file that throws when run, with its line", () => {
    const data = copyData("runtime-error");
    editData(data, "sessions/03-atelier-2.ts", 'slug: "atelier-2",', "slug: String(undefinedName),");
    const file = shownAs(data, "sessions/03-atelier-2.ts");
    const entry = expectDataFailure(buildSite(data), `${file}:4:`);
    expect(entry).toContain("fails when run: ReferenceError: undefinedName is not defined");
    expect(entry).toContain(`Fix: correct line 4 of ${file}`);
  });

  it("several mistakes in several files are reported together", () => {
    const data = copyData("several");
    editData(data, "sessions/03-atelier-2.ts", /summary: `[^`]*`/, "summary: ``");
    editData(data, "colloquium.ts", 'date: "2015-05-21"', 'date: "2015-5-21"');
    const failure = buildSite(data);
    expect(failure.message).toContain("Invalid colloquium data (2 problems)");
    expect(expectDataFailure(failure, shownAs(data, "colloquium.ts"))).toContain("at date:");
    expect(expectDataFailure(failure, shownAs(data, "sessions/03-atelier-2.ts"))).toContain("at contributions[0].summary:");
  });
});
