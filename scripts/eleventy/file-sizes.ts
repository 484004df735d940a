/**
 * The sizes of the PDFs, stated in the pages after the website is rendered:
 * the site renders while the extracts and the imposition are still being cut
 * from the booklet (pipeline/index.ts), so the `fileSize` filter writes a mark
 * for a size to come, and `fillFileSizes` puts the size in its place once the
 * files are written. The search index reads the pages before that, and
 * leaves the sizes out (in-booklet.njk, data-pagefind-ignore). The mark is
 * the file's URL in private-use characters: no page transform (typography,
 * hyphenation, URLs) reads or changes them.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PdfFiles, SizeToCome } from "../pdf/files.ts";

const OPEN = "\uF8FE";
const CLOSE = "\uF8FF";
/** Each character of the URL, moved into the private-use area. */
const PRIVATE = 0xe000;

export const isSizeToCome = (value: unknown): value is SizeToCome => typeof value === "object" && value !== null && typeof (value as SizeToCome).toCome === "string";

export function sizeMark(size: SizeToCome): string {
  return `${OPEN}${Array.from(size.toCome, (ch) => String.fromCharCode(PRIVATE + ch.charCodeAt(0))).join("")}${CLOSE}`;
}

const MARK = new RegExp(`${OPEN}([\\uE000-\\uF8FD]*)${CLOSE}`, "g");
const urlOf = (marked: string) => Array.from(marked, (ch) => String.fromCharCode(ch.charCodeAt(0) - PRIVATE)).join("");

/** Every written PDF's size by URL. */
export function sizesOf(files: PdfFiles): Map<string, number> {
  const all = [files.booklet, files.imposition, ...Object.values(files.contributions), ...Object.values(files.sessions)];
  return new Map(all.map((file) => [file.url, file.bytes]));
}

/**
 * Replaces every mark in the HTML pages of `site` with the size of its file,
 * as `format` writes it. A mark whose file was not written is a bug: it stops the build.
 */
export function fillFileSizes(site: string, sizes: Map<string, number>, format: (bytes: number) => string): number {
  const pages = readdirSync(site, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
  let filled = 0;
  // Read and written synchronously: thousands of pages awaited one by one took longer than the replacing.
  for (const page of pages) {
    const file = path.join(site, page);
    const html = readFileSync(file, "utf8");
    if (!html.includes(OPEN)) continue;
    writeFileSync(
      file,
      html.replace(MARK, (_, marked: string) => {
        const url = urlOf(marked);
        const bytes = sizes.get(url);
        if (bytes === undefined) throw new Error(`${page} states the size of ${url}, which the build did not write. This is a bug in Actes.`);
        filled++;
        return format(bytes);
      }),
    );
  }
  return filled;
}
