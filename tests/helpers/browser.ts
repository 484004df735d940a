/**
 * One Chromium per test worker, shared by the files the worker runs (test
 * files share their worker's modules: vitest.config.ts, isolate: false). A
 * launch costs about 3 s of processor time on a 2-core machine; each file
 * works in browser contexts of its own, so nothing carries over between
 * files. Playwright ends the browser when the worker exits.
 */
import type { Browser } from "playwright-core";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { serveTo, type ServedSite } from "../../scripts/lib/served-browser.ts";

let shared: Promise<Browser> | undefined;

/** The worker's Chromium, launched on first use (again if it was closed or crashed). */
export async function sharedBrowser(): Promise<Browser> {
  const current = shared && (await shared.catch(() => undefined));
  if (current?.isConnected()) return current;
  shared = launchChromium();
  return shared;
}

/** Serves `folder` under `basePath` to the worker's Chromium; close() stops the server and leaves the browser. */
export async function serveToBrowser(folder: string, basePath = "/"): Promise<ServedSite> {
  return serveTo(await sharedBrowser(), folder, basePath);
}
