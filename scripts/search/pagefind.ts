/**
 * Full-text search: Pagefind (from npm, through its Node API) indexes the
 * built site and writes its bundle into `pagefind/` beside the pages. Only
 * the parts marked data-pagefind-body (contributions, sessions, speakers) are
 * indexed; each page's language comes from its <html lang>, so French pages
 * are stemmed in French ("financières" finds "financière").
 */
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

/** Where the bundle goes, below the site root; the browser script finds it from its own URL. */
export const PAGEFIND_FOLDER = "pagefind";

/** Pagefind's ready-made interfaces: the site has its own, so they are not published. */
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

export interface IndexResult {
  pages: number;
}

export async function indexSite(siteDir: string): Promise<IndexResult> {
  const fail = (step: string, errors: string[]) =>
    new Error(`Search index: Pagefind could not ${step} (${errors.join("; ")}). Fix: check that the site was built into ${siteDir} and that node_modules/@pagefind holds the binary for this platform (npm ci).`);
  try {
    const created = await pagefind.createIndex({});
    if (!created.index || created.errors.length) throw fail("start", created.errors);
    const added = await created.index.addDirectory({ path: siteDir });
    if (added.errors.length) throw fail("read the pages", added.errors);
    if (added.page_count === 0) throw fail("find a page to index", ["no page has data-pagefind-body"]);
    const bundle = path.join(siteDir, PAGEFIND_FOLDER);
    const written = await created.index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw fail("write its files", written.errors);
    for (const name of await readdir(bundle)) if (UNUSED.test(name)) await rm(path.join(bundle, name));
    return { pages: added.page_count };
  } finally {
    // The Node API runs the Pagefind binary as a service: stop it, so that the build can exit.
    await pagefind.close();
  }
}
