/** One Chromium (Debian's, through launchChromium) and one loopback server over a built folder, for browser tests. */
import type { Browser } from "playwright-core";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { serveStatic, type StaticServer } from "../../scripts/lib/static-server.ts";

export interface ServedSite {
  browser: Browser;
  server: StaticServer;
  /** Absolute URL of a path below the base path ("" for the home page). */
  url(path: string): string;
  close(): Promise<void>;
}

export async function serveInChromium(siteDir: string, basePath = "/"): Promise<ServedSite> {
  const browser = await launchChromium();
  try {
    const server = await serveStatic(siteDir, basePath);
    return {
      browser,
      server,
      url: (path) => new URL(path.replace(/^\//, ""), server.url).href,
      close: async () => {
        await server.close();
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
