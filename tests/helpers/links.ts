/**
 * Every link and fragment of a built site, crawled by linkinator from its
 * entry page served at `base`: the broken ones, and the addresses it found
 * working (to show that it did crawl). Links to other origins are skipped:
 * there is no network here, and the public URL is not the test server.
 */
import { LinkChecker } from "linkinator";
import { serveStatic } from "../../scripts/lib/static-server.ts";

export interface Crawl {
  origin: string;
  /** "page → link (status)" for each broken link. */
  broken: string[];
  brokenUrls: string[];
  checked: string[];
}

export async function crawlLinks(siteDir: string, base: string): Promise<Crawl> {
  const server = await serveStatic(siteDir, base);
  try {
    const origin = new URL(server.url).origin;
    const result = await new LinkChecker().check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links.filter((link) => link.state === "BROKEN");
    return {
      origin,
      broken: broken.map((link) => `${link.parent} → ${link.url} (${link.status})`),
      brokenUrls: [...new Set(broken.map((link) => link.url))],
      checked: result.links.filter((link) => link.state === "OK").map((link) => link.url),
    };
  } finally {
    await server.close();
  }
}
