import Eleventy from "@11ty/eleventy";
import setUpSite from "../../.eleventy.js";
import type { SiteInput } from "../eleventy/input.ts";
import { fromRoot } from "../lib/package-root.ts";

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
}

/** `runEleventy` with one argument, as the build runs it in a thread of its own (lib/thread.ts). */
export const renderSite = (render: SiteRender): Promise<void> => runEleventy(render.input, render.output, render.pathPrefix);
