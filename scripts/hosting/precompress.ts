/**
 * Precompressed copies of the site's text files, "page.html.br" and
 * "page.html.gz" beside "page.html", for the servers that send them as they
 * are (nginx gzip_static and brotli_static, the generated .htaccess, GitLab
 * Pages) instead of compressing each response. Same input, same bytes: the
 * gzip header carries no name and no date, and both compressors are run with
 * fixed settings.
 */
import { constants, brotliCompressSync, gzipSync } from "node:zlib";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { extensionOf, listSiteFiles } from "../lib/site-files.ts";
import { COMPRESSIBLE } from "./headers.ts";

/** Below this size a compressed copy saves less than the headers of a second file cost. */
const MIN_BYTES = 512;

/** gzip (RFC 1952) with mtime 0 and no file name; the OS byte is set to "Unix" whatever the platform. */
export function gzip(content: Uint8Array): Buffer {
  const compressed = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
  compressed[9] = 3;
  return compressed;
}

/** Quality 10: on this edition's pages 2 % larger than 11, the maximum, in 60 % of its time. */
const BROTLI_QUALITY = 10;

export function brotli(content: Uint8Array): Buffer {
  return brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
    },
  });
}

/**
 * Writes .br and .gz copies of every text file of `siteDir` (by extension,
 * see COMPRESSIBLE) of at least 512 bytes, each only when it is smaller than
 * the file. Returns the copies written, as paths in the site.
 */
export async function precompress(siteDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const file of listSiteFiles(siteDir)) {
    if (!COMPRESSIBLE.includes(extensionOf(file))) continue;
    const content = await readFile(path.join(siteDir, file));
    if (content.byteLength < MIN_BYTES) continue;
    for (const [suffix, compressed] of [
      ["br", brotli(content)],
      ["gz", gzip(content)],
    ] as const) {
      if (compressed.byteLength >= content.byteLength) continue;
      await writeFile(path.join(siteDir, `${file}.${suffix}`), compressed);
      written.push(`${file}.${suffix}`);
    }
  }
  return written;
}
