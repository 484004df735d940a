/**
 * Finds Debian's Chromium (never a downloaded browser: this machine has no
 * internet) and launches it headless through playwright-core. Finding never
 * installs: installing is its own step (scripts/lib/system-tools.ts).
 */
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";

const KNOWN_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome"];

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

/** Which browser to use: an explicit one, or the first of the usual system paths. */
export interface BrowserChoice {
  /** An executable chosen by the user. */
  path?: string;
  /** Where `path` was given (e.g. "CHROME_PATH"), for messages. */
  setBy?: string;
}

/** The first Chromium or Chrome at the usual system paths, if any. */
export const installedChromium = (): string | undefined => KNOWN_PATHS.find((candidate) => existsSync(candidate));

function findInstalled(choice: BrowserChoice): string | undefined {
  if (choice.path) {
    const setBy = choice.setBy ?? "The browser path";
    if (!existsSync(choice.path)) throw new ChromiumMissingError(`${setBy} is set to "${choice.path}", but no file exists there. Fix: point ${setBy} to a Chromium or Chrome executable, or unset it.`);
    return choice.path;
  }
  return installedChromium();
}

/** The browser's path: the one chosen, else the usual system paths; else an error with the exact command to install one. */
export function findChromium(choice: BrowserChoice = {}): string {
  const found = findInstalled(choice);
  if (found) return found;
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
export async function launchChromium(executablePath = findChromium()): Promise<Browser> {
  try {
    // Loaded here, not at the top: finding the browser (settings checks) must not wait for Playwright.
    const { chromium } = await import("playwright-core");
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
