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

/** Serves `folder` under `basePath` to a browser the caller owns; close() stops the server only. */
export async function serveTo(browser: Browser, folder: string, basePath = "/"): Promise<ServedSite> {
  const server = await serveStatic(folder, basePath);
  return { browser, server, url: (path) => new URL(path.replace(/^\//, ""), server.url).href, close: () => server.close() };
}

/**
 * Serves `folder` under `basePath` and launches Chromium (`browserPath`, or the one found on the system),
 * or takes the one `launched` ahead (the site owns it from then on: close() closes it).
 */
export async function serveInChromium(folder: string, basePath = "/", browserPath?: string, launched?: Promise<Browser>): Promise<ServedSite> {
  const browser = await (launched ?? launchChromium(browserPath));
  try {
    const site = await serveTo(browser, folder, basePath);
    return {
      ...site,
      close: async () => {
        // Both, even if the first fails: a browser left running would hold the process open.
        await Promise.allSettled([site.close(), browser.close()]).then((results) => {
          for (const result of results) if (result.status === "rejected") throw result.reason;
        });
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
