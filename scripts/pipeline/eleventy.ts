import Eleventy from "@11ty/eleventy";
import setUpSite from "../../.eleventy.js";
import type { SiteInput } from "../eleventy/input.ts";
import { hashAssets } from "../hosting/hash-assets.ts";
import { diskUrl } from "../hosting/offline-copy.ts";
import { fromRoot } from "../lib/package-root.ts";
import { publishedUrl } from "../eleventy/relative-urls-plugin.ts";

/**
 * Runs Eleventy in this process with the site's set-up (.eleventy.js), given
 * `input` explicitly rather than through its config file: the build's edition,
 * not one loaded again. Templates and assets are found from the package root, whatever the working directory.
 */
export async function runEleventy(input: SiteInput, output: string, pathPrefix = "/"): Promise<void> {
  const eleventy = new Eleventy(fromRoot("src"), output, {
    configPath: false,
    pathPrefix,
    quietMode: true,
    config: (eleventyConfig: Parameters<typeof setUpSite>[0]) => setUpSite(eleventyConfig, input),
  });
  // Eleventy prints every error before rethrowing it; the build explains it once (failures.ts), so only that print is dropped.
  eleventy.logger.overrideLogger({ ...console, error: () => {} });
  await eleventy.write();
}

export interface SiteRender {
  input: SiteInput;
  output: string;
  pathPrefix?: string;
  /** A folder for the offline copy's pages, made as the assets are hashed (hosting/offline-copy.ts). */
  offlinePages?: string;
}

/**
 * The website rendered, then, from one parse of each page, its URLs made
 * relative to it (eleventy/relative-urls-plugin.ts), its assets named after
 * their content (hosting/hash-assets.ts) and the offline copy's page made:
 * nothing written later changes an asset or the URLs of a page (the PDFs'
 * sizes are text, filled in both), so a long booklet's thread does this while
 * Chromium still prints. As the build runs it, in a thread of its own from
 * 120 pages (lib/thread.ts); returns the seconds the hashing took.
 */
export async function renderSite(render: SiteRender): Promise<{ hashSeconds: number }> {
  await runEleventy(render.input, render.output, render.pathPrefix);
  const started = performance.now();
  const basePath = render.pathPrefix ?? "/";
  hashAssets(render.output, { basePath, published: (pageUrl) => publishedUrl(pageUrl, basePath), ...(render.offlinePages ? { copy: { folder: render.offlinePages, change: diskUrl } } : {}) });
  return { hashSeconds: (performance.now() - started) / 1000 };
}
