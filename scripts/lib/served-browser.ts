/**
 * A built folder served on loopback and one headless Chromium to read it:
 * the PDF renderer lays out the print page this way, and the checks and
 * tests load pages as a reader would.
 */
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

export interface ServedSite {
  browser: Browser;
  server: StaticServer;
  /** Absolute URL of a path below the base path ("" for the home page). */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `folder` under `basePath` and launches Chromium (`browserPath`, or the one found on the system). */
export async function serveInChromium(folder: string, basePath = "/", browserPath?: string): Promise<ServedSite> {
  const browser = await launchChromium(browserPath);
  try {
    const server = await serveStatic(folder, basePath);
    return {
      browser,
      server,
      url: (path) => new URL(path.replace(/^\//, ""), server.url).href,
      close: async () => {
        // Both, even if the first fails: a browser left running would hold the process open.
        await Promise.allSettled([server.close(), browser.close()]).then((results) => {
          for (const result of results) if (result.status === "rejected") throw result.reason;
        });
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
