/**
 * Nothing lost, nothing half-built: each way a build can fail is caused for
 * real, next to a previous output folder. The build exits 1 with a message
 * that names the cause and the fix, the previous folder is byte-for-byte as it
 * was, and no staging folder is left behind. A successful build replaces it whole.
 *
 * Two cases need root (as the CI runs): "no browser" hides Chromium in a private
 * mount namespace (unshare), and "disk full" builds onto a small tmpfs.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, runBuild, type CliResult } from "./helpers/build.ts";
import { copyData, editData, hashTree, removeTempFolders, shownAs, tempFolder } from "./helpers/fixtures.ts";

afterAll(removeTempFolders);

/** The last good site, built once (website and PDF); each case works on a copy. */
let lastGood: string;
beforeAll(() => {
  lastGood = path.join(tempFolder("last-good"), "site");
  const result = runBuild(["--out", lastGood]);
  expect(result.status, result.stderr).toBe(0);
  expect(readdirSync(lastGood)).toContain("optima-2015.pdf");
});

/** A copy of the last good site as the output folder of a case, alone in its parent folder. */
function previousOutput(parent = tempFolder("previous")): { out: string; parent: string; hashes: Record<string, string> } {
  const out = path.join(parent, "site");
  cpSync(lastGood, out, { recursive: true });
  return { out, parent, hashes: hashTree(out) };
}

/** The checks every failure shares: exit 1, a message with a fix, the previous output intact, no leftovers. */
function expectCleanFailure(result: CliResult, previous: ReturnType<typeof previousOutput>): string {
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).toContain("Build failed; the previous output, if any, is untouched.");
  expect(result.stderr).toMatch(/Fix: \S/);
  expect(hashTree(previous.out)).toEqual(previous.hashes);
  expect(readdirSync(previous.parent)).toEqual(["site"]);
  return result.stderr;
}

/** An executable shell script in a temp folder. */
function script(name: string, body: string): string {
  const file = path.join(tempFolder("scripts"), name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

const withoutBrowserVariables = () => {
  const env = { ...process.env };
  delete env.CHROME_PATH;
  delete env.CHROMIUM_PATH;
  return env;
};

describe("a failed build leaves the previous output intact", () => {
  it("bad data", () => {
    const data = copyData("bad-data");
    editData(data, "sessions/03-atelier-2.ts", 'speakers: ["nicolas-pernot"]', 'speakers: ["nicolas-pernod"]');
    const previous = previousOutput();
    const message = expectCleanFailure(runBuild(["--out", previous.out, "--data", data]), previous);
    expect(message).toContain(`${shownAs(data, "sessions/03-atelier-2.ts")} at contributions[0].speakers[0]: unknown person id "nicolas-pernod"`);
    expect(message).toContain('did you mean "nicolas-pernot"');
  });

  it("CHROME_PATH set to a file that does not exist", () => {
    const previous = previousOutput();
    const missing = path.join(previous.parent, "..", "no-such-chromium");
    const message = expectCleanFailure(runBuild(["--out", previous.out], { CHROME_PATH: missing }), previous);
    expect(message).toContain(`CHROME_PATH is set to "${missing}", but no file exists there. Fix: point CHROME_PATH to a Chromium or Chrome executable, or unset it.`);
  });

  it("no browser installed and installing not allowed (ACTES_NO_INSTALL=1)", () => {
    const previous = previousOutput();
    const hidden = path.join(tempFolder("usr-bin"), "real");
    mkdirSync(hidden);
    // In a private mount namespace, /usr/bin becomes a tmpfs of links to the real one, browsers left out:
    // this process, and only it, runs on a machine without Chromium.
    const hideBrowsers = [
      "set -e",
      'mount --bind /usr/bin "$HIDDEN"',
      "mount -t tmpfs -o size=8m tmpfs /usr/bin",
      `"$HIDDEN/node" -e 'const fs = require("fs"); for (const name of fs.readdirSync(process.argv[1])) if (!/^(chromium|chromium-browser|google-chrome.*)$/.test(name)) fs.symlinkSync(process.argv[1] + "/" + name, "/usr/bin/" + name);' "$HIDDEN"`,
      'exec "$@"',
    ].join("\n");
    const result = spawnSync(
      "unshare",
      ["--mount", "--propagation", "private", "/bin/sh", "-c", hideBrowsers, "sh", process.execPath, "--import", "tsx", "scripts/build.ts", "--out", previous.out],
      { cwd: PROJECT_ROOT, env: { ...withoutBrowserVariables(), ACTES_NO_INSTALL: "1", HIDDEN: hidden }, encoding: "utf8", timeout: 600_000 },
    );
    expect(result.stderr, "this test needs root to create a mount namespace (the CI runs as root)").not.toMatch(/unshare: |mount: /);
    const message = expectCleanFailure({ status: result.status, stdout: result.stdout, stderr: result.stderr }, previous);
    expect(message).toContain("No Chromium found to render the PDF. Fix: install it (on Debian or Ubuntu: `sudo apt-get install -y chromium`)");
    expect(message).toContain("To build the website alone, run `npm run build:site`.");
    // The browser is still there for everyone else.
    expect(existsSync("/usr/bin/chromium")).toBe(true);
  });

  it("Chromium that crashes as it starts", () => {
    const previous = previousOutput();
    const broken = script("chromium-that-crashes", 'echo "chromium: simulated crash at start" >&2\nexit 1');
    const message = expectCleanFailure(runBuild(["--out", previous.out], { CHROME_PATH: broken }), previous);
    expect(message).toContain(`Chromium at ${broken} did not start (chromium: simulated crash at start; exitCode=1, signal=null). Fix:`);
  });

  it("Chromium whose page renderer crashes while rendering", () => {
    const previous = previousOutput();
    // The real browser starts and so do its page renderers, each killed (SIGKILL) half a second later:
    // while the print page loads or Paged.js paginates (about a second for this edition), before printing ends.
    const dyingRenderer = script("renderer-killed-after-half-a-second", '"$@" &\nrenderer=$!\nsleep 0.5\nkill -9 $renderer\nwait $renderer');
    const crashy = script("chromium-with-dying-renderer", `exec /usr/bin/chromium --renderer-cmd-prefix=${dyingRenderer} "$@"`);
    const message = expectCleanFailure(runBuild(["--out", previous.out], { CHROME_PATH: crashy }), previous);
    expect(message).toMatch(/Chromium stopped while rendering the PDF \(.*(?:crashed|closed).*\)\. Fix: run the build again/i);
  });

  it("a number of parts to lay out at once that is not a whole number (ACTES_PDF_PARTS)", () => {
    const previous = previousOutput();
    const message = expectCleanFailure(runBuild(["--out", previous.out], { ACTES_PDF_PARTS: "two" }), previous);
    expect(message).toContain('ACTES_PDF_PARTS is "two", which is not a whole number of parts. Fix:');
  });

  it("Paged.js that does not finish in time (ACTES_PDF_TIMEOUT_MS)", () => {
    const previous = previousOutput();
    const message = expectCleanFailure(runBuild(["--out", previous.out], { ACTES_PDF_TIMEOUT_MS: "300" }), previous);
    expect(message).toMatch(/timed out|did not finish/i);
    expect(message).toContain("ACTES_PDF_TIMEOUT_MS");
  });

  describe("disk full", () => {
    let mountPoint: string | undefined;
    afterEach(() => {
      if (mountPoint) spawnSync("umount", [mountPoint]);
      mountPoint = undefined;
    });

    it("on a tmpfs with room for the previous site but not a second copy", () => {
      const parent = tempFolder("tmpfs");
      // What the last good site takes on tmpfs (whole 4 KiB pages per file), plus a margin far smaller than a new site.
      const used = Object.keys(hashTree(lastGood))
        .filter((name) => !name.endsWith("/"))
        .reduce((total, name) => total + Math.ceil(statSync(path.join(lastGood, name)).size / 4096) * 4096, 0);
      const size = used + 256 * 1024;
      const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", parent], { encoding: "utf8" });
      expect(mounted.status, `this test needs root to mount a tmpfs (the CI runs as root): ${mounted.stderr}`).toBe(0);
      mountPoint = parent;
      const previous = previousOutput(parent);
      const message = expectCleanFailure(runBuild(["--out", previous.out]), previous);
      expect(message).toContain(`The disk is full: writing the new site beside ${previous.out} failed (ENOSPC: no space left). Fix: free some space on the disk that holds ${parent}`);
    });
  });
});

describe("a successful build", () => {
  it("replaces the previous output whole: stale files go, nothing is left beside it", () => {
    const previous = previousOutput();
    writeFileSync(path.join(previous.out, "stale.html"), "<p>from an older build</p>");
    const result = runBuild(["--out", previous.out, "--site-only"]);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(path.join(previous.out, "stale.html"))).toBe(false);
    expect(existsSync(path.join(previous.out, "index.html"))).toBe(true);
    expect(readdirSync(previous.parent)).toEqual(["site"]);
    // Published folders must be readable by the web server, whatever mkdtemp made of the staging folder.
    expect(statSync(previous.out).mode & 0o777).toBe(0o755);
  });

  it("removes the staging folder of a build killed outright (SIGKILL), not that of a build still running", async () => {
    const previous = previousOutput();
    // A build killed as soon as its staging folder exists: it has no chance to clean up.
    const killed = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", previous.out, "--site-only"], { cwd: PROJECT_ROOT, stdio: "ignore" });
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

    const result = runBuild(["--out", previous.out, "--site-only"]);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(previous.parent).sort()).toEqual([path.basename(running), "site"]);
  });
});
