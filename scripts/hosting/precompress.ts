/**
 * Precompressed copies of the site's text files, "page.html.br" and
 * "page.html.gz" beside "page.html", for the servers that send them as they
 * are (nginx gzip_static and brotli_static, the generated .htaccess, GitLab
 * Pages) instead of compressing each response. Same input, same bytes: the
 * gzip header carries no name and no date, and both compressors are run with
 * fixed settings.
 */
import { constants, brotliCompressSync, gzipSync, type BrotliOptions, type ZlibOptions } from "node:zlib";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extensionOf, listSiteFiles } from "../lib/site-files.ts";
import { COMPRESSIBLE } from "./headers.ts";

/** Below this size a compressed copy saves less than the headers of a second file cost. */
const MIN_BYTES = 512;

/*
 * Levels chosen by measured size against time, on the text files of a
 * 405-page synthetic edition's site (938 files, 11.9 MB; npm run bench):
 *   brotli quality 6: 2.11 MB in 0.55 s; 8: 2.08 MB in 0.72 s; 9: 2.07 MB in 7.8 s;
 *   10: 1.94 MB in 7.4 s; 11: 1.89 MB in 24 s;
 *   gzip level 6: 2.270 MB in 0.20 s; 9: 2.267 MB in 0.41 s.
 * Quality 10 (8 % smaller than 6) alone took longer than all the other
 * stages after the PDF together: 6 is the knee, and nginx's own default.
 */
const BROTLI_QUALITY = 6;
const GZIP_LEVEL = 6;

const brotliOptions = (content: Uint8Array): BrotliOptions => ({
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
    [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
  },
});
const gzipOptions: ZlibOptions = { level: GZIP_LEVEL };

/** gzip (RFC 1952) with mtime 0 and no file name; the OS byte is set to "Unix" whatever the platform. */
export function gzip(content: Uint8Array): Buffer {
  const compressed = gzipSync(content, gzipOptions);
  compressed[9] = 3;
  return compressed;
}

export function brotli(content: Uint8Array): Buffer {
  return brotliCompressSync(content, brotliOptions(content));
}

/** The files of `siteDir` a server may send compressed (by extension, see COMPRESSIBLE), as paths in the site. */
export function compressibleFiles(siteDir: string): string[] {
  return listSiteFiles(siteDir).filter((name) => COMPRESSIBLE.includes(extensionOf(name)));
}

export interface PrecompressInput {
  siteDir: string;
  /** Paths in the site, as compressibleFiles gives them: listed by the caller, so that a file written meanwhile is not taken by chance. */
  files: string[];
}

/**
 * Writes .br and .gz copies of each of `files` of at least 512 bytes, each
 * only when it is smaller than the file. Returns the copies written, as paths
 * in the site.
 * Synchronous, one file after the other: on a 1,834-page site, Node's
 * asynchronous zlib took 4.4 s for what its synchronous calls do in 1.3 s
 * (a compressor set up and two awaited writes per file). The build runs it in
 * a thread of its own from 120 pages, beside the zip (pipeline/index.ts).
 */
export function precompress({ siteDir, files }: PrecompressInput): string[] {
  const copies: string[] = [];
  for (const file of files) {
    const content = readFileSync(path.join(siteDir, file));
    if (content.byteLength < MIN_BYTES) continue;
    for (const [suffix, compressed] of [
      ["br", brotli(content)],
      ["gz", gzip(content)],
    ] as const) {
      if (compressed.byteLength >= content.byteLength) continue;
      writeFileSync(path.join(siteDir, `${file}.${suffix}`), compressed);
      copies.push(`${file}.${suffix}`);
    }
  }
  return copies;
}
