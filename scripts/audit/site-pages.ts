/** The pages of a built site, found by walking its folder (not from the model: what was written is what is checked). */
import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * URL paths of every HTML page below the base path, sorted: "" for the home
 * page, "a-propos/" for a-propos/index.html, "404.html" for 404.html.
 */
export function listHtmlPages(siteDir: string): string[] {
  const files = (readdirSync(siteDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith(".html"))
    .map((file) => file.split(path.sep).join("/"));
  if (files.length === 0) {
    throw new Error(`No HTML page found in ${siteDir}. Fix: build the site first (npm run build), or pass the folder the build wrote.`);
  }
  return files.map((file) => file.replace(/(^|\/)index\.html$/, "$1")).sort();
}
