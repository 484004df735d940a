/**
 * Build failures that need root to cause for real (as the CI runs): "no
 * browser" hides Chromium in a private mount namespace (unshare), and "disk
 * full" builds onto a small tmpfs. Run by `npm run test:system`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, runBuild } from "../helpers/build.ts";
import { buildLastGood, expectCleanFailure, previousOutput as copyOf, withoutBrowserVariables } from "../helpers/failures.ts";
import { hashTree, removeTempFolders, tempFolder } from "../helpers/fixtures.ts";

afterAll(removeTempFolders);

let lastGood: string;
beforeAll(() => {
  lastGood = buildLastGood();
});
const previousOutput = (parent?: string) => copyOf(lastGood, parent);

describe("a failed build leaves the previous output intact (as root)", () => {
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
      ["--mount", "--propagation", "private", "/bin/sh", "-c", hideBrowsers, "sh", process.execPath, "bin/actes.js", "build", "--out", previous.out],
      { cwd: PROJECT_ROOT, env: { ...withoutBrowserVariables(), ACTES_NO_INSTALL: "1", HIDDEN: hidden }, encoding: "utf8", timeout: 600_000 },
    );
    expect(result.stderr, "this test needs root to create a mount namespace (the CI runs as root)").not.toMatch(/unshare: |mount: /);
    const message = expectCleanFailure({ status: result.status, stdout: result.stdout, stderr: result.stderr }, previous);
    expect(message).toContain("No Chromium found to render the PDF. Fix: install it (on Debian or Ubuntu: `sudo apt-get install -y chromium`)");
    expect(message).toContain("To build the website alone, run `npm run build:site`.");
    // The browser is still there for everyone else.
    expect(existsSync("/usr/bin/chromium")).toBe(true);
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
