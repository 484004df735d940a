/**
 * Finds Debian's Chromium (never a downloaded browser: this machine has no
 * internet) and launches it headless through playwright-core.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const KNOWN_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome"];
const ENV_VARS = ["CHROME_PATH", "CHROMIUM_PATH"] as const;

export class ChromiumMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ChromiumMissingError";
  }
}

/** The browser was found but did not start: a broken install, a wrong CHROME_PATH, missing libraries. */
export class ChromiumLaunchError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ChromiumLaunchError";
  }
}

function findInstalled(): string | undefined {
  for (const name of ENV_VARS) {
    const value = process.env[name];
    if (value) {
      if (!existsSync(value)) throw new ChromiumMissingError(`${name} is set to "${value}", but no file exists there. Fix: point ${name} to a Chromium or Chrome executable, or unset it.`);
      return value;
    }
  }
  return KNOWN_PATHS.find((candidate) => existsSync(candidate));
}

const isRootOnDebian = () => process.getuid?.() === 0 && existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");

/**
 * The browser's path: CHROME_PATH or CHROMIUM_PATH, then the usual system paths.
 * As root on Debian a missing Chromium is installed with apt-get; elsewhere the
 * error gives the exact command to run.
 */
export function findChromium(): string {
  const found = findInstalled();
  if (found) return found;
  if (isRootOnDebian() && process.env.ACTES_NO_INSTALL !== "1") {
    process.stderr.write("Chromium not found: installing Debian's chromium (apt-get install -y chromium)…\n");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    const installed = findInstalled();
    if (installed) return installed;
  }
  throw new ChromiumMissingError(
    "No Chromium found to render the PDF. Fix: install it (on Debian or Ubuntu: `sudo apt-get install -y chromium`), " +
      `or set CHROME_PATH to a Chromium or Chrome executable. Looked in: ${KNOWN_PATHS.join(", ")}. ` +
      "To build the website alone, run `npm run build:site`.",
  );
}

/** Flags for a quiet headless browser on a machine without internet. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Chromium headless with a fresh profile (Playwright creates one per launch). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  try {
    return await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    // Playwright's message is a page of flags; keep what the browser itself said and how it ended.
    const log = error instanceof Error ? error.message : String(error);
    const said = [...log.matchAll(/^\[pid=\d+\]\[err\] (.*)$/gm)].map((match) => match[1]!.trim()).filter(Boolean).slice(0, 3);
    const exit = /process did exit: (exitCode=\S+, signal=\S+)>/.exec(log)?.[1];
    const detail = [...said, ...(exit ? [exit] : [])].join("; ") || log.split("\n")[0];
    throw new ChromiumLaunchError(
      `Chromium at ${executablePath} did not start (${detail}). Fix: check that \`${executablePath} --headless --version\` runs on this machine ` +
        "(a broken install or missing libraries: reinstall with `sudo apt-get install --reinstall chromium`), or set CHROME_PATH to a working Chromium or Chrome. " +
        "To build the website alone, run `npm run build:site`.",
      { cause: error },
    );
  }
}
