/**
 * The offline copy: a zip of the whole site with the PDF, for reading from a
 * disk or a USB key without a network. Its pages link folders to their
 * index.html ("programme/index.html"), since a browser shows a folder's
 * listing, not its index page, for file: URLs. The archive is the same bytes
 * for the same site: entries in a fixed order, dated from the edition (not
 * the clock), with fixed permissions.
 */
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import yazl from "yazl";
import type { Edition } from "../data/model.ts";
import { extensionOf, listSiteFiles } from "../lib/site-files.ts";
import { isAbsoluteUrl, rewriteHtmlUrls, splitUrl } from "../lib/urls.ts";
import { isServerFile } from "./server-config.ts";

/** A link that ends at a folder ("../", "programme/#x") points to that folder's index.html. */
export function diskUrl(url: string): string {
  const value = url.trim();
  if (value === "" || value.startsWith("#") || value.startsWith("/") || isAbsoluteUrl(value)) return url;
  const { pathname, suffix } = splitUrl(value);
  if (pathname === "") return url;
  if (pathname === "." || pathname === "..") return `${pathname}/index.html${suffix}`;
  return pathname.endsWith("/") ? `${pathname}index.html${suffix}` : url;
}

/** Formats that are compressed already (an EPUB is a zip; deflated again it gained 1 to 3 %). PDFs are deflated: their files gained 24 %. */
const STORED = ["woff2", "woff", "png", "jpg", "jpeg", "webp", "gz", "br", "zip", "epub", "wasm", "pf_fragment", "pf_index", "pf_meta", "pagefind"];
/**
 * Measured on a 405-page synthetic edition's site: level 6 made the zip 0.2 %
 * larger than level 9 (text 2.258 MB against 2.255, PDFs 18.46 against 18.41)
 * in 60 % of its time.
 */
const ZIP_LEVEL = 6;

export interface OfflineCopyOptions {
  /** Date of every entry: the edition's (or SOURCE_DATE_EPOCH), as the PDFs'. */
  date: Date;
  /**
   * The pages for the disk, made already (pipeline/eleventy.ts renderSite, as
   * the assets were hashed): the HTML files are taken from this folder, where
   * the build keeps them final as it keeps the site's pages (their PDF sizes
   * filled in both). Absent: each page is parsed and rewritten here.
   */
  pages?: string;
}

/**
 * Writes `edition.offlineCopy.fileName` into `siteDir`: every file of the site
 * under one folder named after the edition, pages adapted for reading from disk.
 * Returns the archive's size in bytes.
 */
export async function writeOfflineCopy(siteDir: string, edition: Edition, options: OfflineCopyOptions): Promise<number> {
  const { fileName } = edition.offlineCopy;
  const folder = fileName.replace(/\.zip$/, "");
  const { date } = options;
  // Zip dates are wall-clock fields that yazl reads in local time: the same fields in every time zone.
  const mtime = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
  const zip = new yazl.ZipFile();
  for (const file of listSiteFiles(siteDir)) {
    // The site as a reader gets it, whichever order the steps run in: no server files, no compressed copies.
    if (file === fileName || isServerFile(file)) continue;
    // Read synchronously: thousands of awaited reads took longer than the zip's own work.
    const page = file.endsWith(".html");
    let content = readFileSync(path.join(page && options.pages ? options.pages : siteDir, file));
    if (page && !options.pages) content = Buffer.from(rewriteHtmlUrls(content.toString("utf8"), diskUrl), "utf8");
    // No Info-ZIP extended timestamp: it stores seconds since 1970, which would depend on the time zone here.
    // Fonts, images and the search index's files are compressed already: stored as they are (deflating them gains nothing).
    const compress = !STORED.includes(extensionOf(file));
    zip.addBuffer(content, `${folder}/${file}`, { mtime, mode: 0o100644, compress, ...(compress ? { compressionLevel: ZIP_LEVEL } : {}), forceDosTimestamp: true });
  }
  zip.end();
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on("error", reject);
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
  });
  await writeFile(path.join(siteDir, fileName), bytes);
  return bytes.byteLength;
}
