/**
 * Nothing lost, nothing half-built: each way a build can fail is caused for
 * real, next to a previous output folder. The build exits 1 with a message
 * that names the cause and the fix, the previous folder is byte-for-byte as it
 * was, and no staging folder is left behind. A successful build replaces it whole.
 * A wrong setting goes through the command line (exit code, message); bad
 * data and the browser's failures run the same pipeline in this process, with
 * the message the command line would print (data-errors.test.ts has the
 * command line's bad-data case).
 * The cases that need root (no browser, disk full) are in tests/system/.
 * Wrong settings are checked in memory (tests/settings.test.ts); one goes
 * through the command line here, for its exit code and untouched output.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT, runBuild } from "./helpers/build.ts";
import { explainFailure } from "../scripts/pipeline/failures.ts";
import { build } from "../scripts/pipeline/index.ts";
import { checkSettings, type RawSettings } from "../scripts/pipeline/settings.ts";
import { expectCleanFailure, expectUntouched, previousOutput as copyOf, script, type PreviousOutput } from "./helpers/failures.ts";
import { copyData, editData, removeTempFolders, shownAs } from "./helpers/fixtures.ts";

afterAll(removeTempFolders);

// The last good output: the suite's shared build (tests/global-setup.ts); each case works on a copy.
const previousOutput = () => copyOf(inject("siteDir"));

/** Runs the whole pipeline in this process into a previous output; returns the message the command line would print. */
async function failInProcess(previous: PreviousOutput, given: Omit<RawSettings, "out">): Promise<string> {
  const settings = checkSettings({ ...given, out: previous.out, browser: given.browser });
  const error: unknown = await build(settings).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, "the build must fail").toBeDefined();
  expectUntouched(previous);
  const message = explainFailure(error, previous.out);
  expect(message).toMatch(/Fix: \S/);
  return message;
}

describe("a failed build leaves the previous output intact", () => {
  it("bad data", async () => {
    const data = copyData("bad-data");
    editData(data, "sessions/03-atelier-2.ts", 'speakers: ["nicolas-pernot"]', 'speakers: ["nicolas-pernod"]');
    const previous = previousOutput();
    const message = await failInProcess(previous, { data });
    expect(message).toContain(`${shownAs(data, "sessions/03-atelier-2.ts")} at contributions[0].speakers[0]: unknown person id "nicolas-pernod"`);
    expect(message).toContain('did you mean "nicolas-pernot"');
  });

  it("a wrong setting: a number of parts to lay out at once that is not a whole number (ACTES_PDF_PARTS)", () => {
    const previous = previousOutput();
    const message = expectCleanFailure(runBuild(["--out", previous.out], { ACTES_PDF_PARTS: "two" }), previous);
    expect(message).toContain('ACTES_PDF_PARTS is "two", which is not a whole number of at least 1. Fix:');
  });

  it("a contribution longer than the booklet allows, found once the book is laid out: exit 1, and the command ends", () => {
    const data = copyData("too-long");
    editData(data, "colloquium.ts", 'print: { pageSize: "A5" },', 'print: { pageSize: "A5", maxContributionPages: 1 },');
    const previous = previousOutput();
    // The book is open in Chromium when the page map refuses it: left open, it kept the process alive after the message.
    const message = expectCleanFailure(runBuild(["--data", data, "--out", previous.out], {}, 60_000), previous);
    expect(message).toMatch(/runs over \d+ pages of the booklet, more than the 1 allowed\. Fix: shorten its summary/);
  });

  it("Chromium that crashes as it starts", async () => {
    const previous = previousOutput();
    const broken = script("chromium-that-crashes", 'echo "chromium: simulated crash at start" >&2\nexit 1');
    const message = await failInProcess(previous, { browser: { path: broken, setBy: "CHROME_PATH" } });
    expect(message).toContain(`Chromium at ${broken} did not start (chromium: simulated crash at start; exitCode=1, signal=null). Fix:`);
  });

  it("Chromium whose page renderer crashes while rendering", async () => {
    const previous = previousOutput();
    // The real browser starts and so do its page renderers, each killed (SIGKILL) half a second later:
    // while the print page loads or Paged.js paginates (about a second for this edition), before printing ends.
    const dyingRenderer = script("renderer-killed-after-half-a-second", '"$@" &\nrenderer=$!\nsleep 0.5\nkill -9 $renderer\nwait $renderer');
    const crashy = script("chromium-with-dying-renderer", `exec /usr/bin/chromium --renderer-cmd-prefix=${dyingRenderer} "$@"`);
    const message = await failInProcess(previous, { browser: { path: crashy, setBy: "CHROME_PATH" } });
    expect(message).toMatch(/Chromium stopped while rendering the PDF \(.*(?:crashed|closed).*\)\. Fix: run the build again/i);
  });

  it("Paged.js that does not finish in time", async () => {
    const previous = previousOutput();
    const message = await failInProcess(previous, { pdfTimeout: { value: "300", setBy: "--pdf-timeout" } });
    expect(message).toMatch(/timed out|did not finish/i);
    expect(message).toContain("--pdf-timeout");
  });
});

describe("a successful build", () => {
  it("replaces the previous output whole, and removes the staging folder of a build killed outright (SIGKILL), not that of a build still running", async () => {
    const previous = previousOutput();
    writeFileSync(path.join(previous.out, "stale.html"), "<p>from an older build</p>");
    // A build killed as soon as its staging folder exists: it has no chance to clean up.
    const killed = spawn(process.execPath, ["bin/actes.js", "build", "--out", previous.out, "--site-only"], { cwd: PROJECT_ROOT, stdio: "ignore" });
    const exited = new Promise((resolve) => killed.on("exit", resolve));
    const deadline = Date.now() + 60_000;
    while (!readdirSync(previous.parent).some((name) => name.startsWith(".site.staging-")) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    killed.kill("SIGKILL");
    await exited;
    const abandoned = readdirSync(previous.parent).filter((name) => name.startsWith(".site.staging-"));
    expect(abandoned, "the killed build left its staging folder").toHaveLength(1);
    expect(abandoned[0]).toContain(`.site.staging-${killed.pid}-`);
    // One that belongs to a running process (this test's) must stay.
    const running = path.join(previous.parent, `.site.staging-${process.pid}-running`);
    mkdirSync(running);

    await build(checkSettings({ out: previous.out, siteOnly: true }));
    expect(existsSync(path.join(previous.out, "stale.html"))).toBe(false);
    expect(existsSync(path.join(previous.out, "index.html"))).toBe(true);
    expect(readdirSync(previous.parent).sort()).toEqual([path.basename(running), "site"]);
    // Published folders must be readable by the web server, whatever mkdtemp made of the staging folder.
    expect(statSync(previous.out).mode & 0o777).toBe(0o755);
  });
});
