/**
 * npm run bench:setup: installs the benchmark's optional engines, explicitly
 * (the benchmark itself never installs anything), so that its Vivliostyle
 * and WeasyPrint columns are filled:
 * - WeasyPrint, Debian's `weasyprint`, with apt-get (as root on Debian;
 *   elsewhere the step stops and names the command to run);
 * - Vivliostyle CLI 11.0.0 (the last release that runs on Node 20), with npm
 *   into VIVLIOSTYLE_PREFIX, apart from the project's dependencies, without a
 *   browser download: engines.ts runs it on this machine's Chromium.
 */
import { execFileSync } from "node:child_process";
import { aptInstall, hasCommand, isRootOnDebian } from "../lib/system-tools.ts";
import { findVivliostyle, findWeasyprint, VIVLIOSTYLE_PREFIX, VIVLIOSTYLE_VERSION } from "./engines.ts";

if (!hasCommand("weasyprint")) {
  if (!isRootOnDebian()) throw new Error("WeasyPrint is not installed. Fix: on Debian or Ubuntu run `sudo apt-get install -y weasyprint`, then npm run bench:setup again.");
  aptInstall(["weasyprint"]);
}
if (!("path" in findVivliostyle().found)) {
  process.stderr.write(`Installing @vivliostyle/cli@${VIVLIOSTYLE_VERSION} into ${VIVLIOSTYLE_PREFIX} (npm)…\n`);
  execFileSync("npm", ["install", "--prefix", VIVLIOSTYLE_PREFIX, "--no-save", "--no-audit", "--no-fund", `@vivliostyle/cli@${VIVLIOSTYLE_VERSION}`], {
    stdio: "inherit",
    // It is given Debian's Chromium when it runs (--executable-browser): no browser of its own.
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1", PUPPETEER_SKIP_DOWNLOAD: "1" },
  });
}
for (const engine of [findVivliostyle(), findWeasyprint()]) {
  if (!("path" in engine.found)) throw new Error(`${engine.label}: ${engine.found.missing} after the install step.`);
  console.log(`${engine.label}: ${engine.found.version} (${engine.found.path}).`);
}
