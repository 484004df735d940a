/**
 * Our TypeScript modules bundled as JavaScript, kept in a cache, for Node to
 * run without a TypeScript loader: tsx's loader runs on a thread of its own
 * that every import crosses, packages included (the `actes` command took
 * 0.9–1.0 s to load its modules through it, 0.5–0.55 s bundled). Used for the
 * command (bin/actes.js) and the build's threads (thread.ts).
 * - Packages are imported from where they are installed (absolute URLs), each
 *   file keeps its own import.meta.url and .dirname (paths to assets are
 *   resolved from them), and a source map gives errors their TypeScript lines.
 * - Each bundle is kept in the cache folder beside the installed packages
 *   (node_modules/.cache/actes/), with the size and time of every file it was
 *   made from, and made again when one of them changed, when this file did,
 *   or when npm changed the installed packages (their entry files are written
 *   into it): a command never runs code older than its files.
 * Plain JavaScript: the command runs it before any TypeScript loader.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// The folder npm installed the packages in: bundles import them from there.
const ESBUILD = fileURLToPath(import.meta.resolve("esbuild"));
const PACKAGES = ESBUILD.slice(0, ESBUILD.lastIndexOf(`${path.sep}node_modules${path.sep}`) + `${path.sep}node_modules`.length);
/** Where bundles are kept, one folder each. */
export const BUNDLES = path.join(PACKAGES, ".cache", "actes");
// Beside a bundle's own inputs: how it is made, and npm's record of the installed packages (rewritten by each install).
const ALSO = [fileURLToPath(import.meta.url), path.join(PACKAGES, ".package-lock.json")];
// The cache folder cannot be written (a read-only install): the caller loads the TypeScript instead.
const UNWRITABLE = ["EACCES", "EPERM", "EROFS"];

/**
 * The URLs of the bundles of `entries` (TypeScript files), each with what it
 * imports from this package, made first where missing or stale; undefined
 * each when the cache folder cannot be written.
 * @param {string[]} entries @param {string} [root] the cache folder
 * @returns {Promise<(string | undefined)[]>}
 */
export async function cachedBundles(entries, root = BUNDLES) {
  // Named after the whole path: two copies of Actes that share their packages (a linked node_modules) keep theirs apart.
  const folders = entries.map((entry) => path.join(root, entry.replace(/[^\w.]+/g, "-")));
  const stale = entries.flatMap((entry, index) => (isFresh(/** @type {string} */ (folders[index])) ? [] : [index]));
  if (stale.length > 0) {
    const { stop } = await import("esbuild");
    try {
      await Promise.all(stale.map((index) => makeBundle(/** @type {string} */ (entries[index]), /** @type {string} */ (folders[index]))));
    } catch (error) {
      if (UNWRITABLE.includes(/** @type {{ code?: string }} */ (error).code ?? "")) return entries.map(() => undefined);
      throw error;
    } finally {
      // esbuild's service process (about 28 MB) would otherwise live as long as the command.
      await stop();
    }
  }
  return folders.map((folder) => pathToFileURL(filesIn(folder).bundle).href);
}

/** @param {string} folder */
const filesIn = (folder) => ({ bundle: path.join(folder, "bundle.mjs"), madeFrom: path.join(folder, "made-from.json") });

/** @param {string} file @returns {[number, number] | null} */
function stamp(file) {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? [stats.mtimeMs, stats.size] : null;
}

/** @param {string} folder @returns {boolean} */
function isFresh(folder) {
  const { bundle, madeFrom } = filesIn(folder);
  if (!existsSync(bundle) || !existsSync(madeFrom)) return false;
  /** @type {Record<string, [number, number] | null>} */
  const stamps = JSON.parse(readFileSync(madeFrom, "utf8"));
  return Object.entries(stamps).every(([file, was]) => JSON.stringify(stamp(file)) === JSON.stringify(was));
}

/**
 * Made in a folder of its own, then moved beside the others (map first), so
 * that commands started at once never read half a file; the record of its
 * inputs comes last, and only if none changed while it was made.
 * @param {string} entry @param {string} folder
 */
async function makeBundle(entry, folder) {
  const { build } = await import("esbuild");
  const { bundle, madeFrom } = filesIn(folder);
  mkdirSync(folder, { recursive: true });
  const started = Date.now();
  const work = mkdtempSync(path.join(folder, "making-"));
  try {
    const { metafile } = await build({
      entryPoints: [entry],
      outfile: path.join(work, "bundle.mjs"),
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      sourcemap: true,
      metafile: true,
      logLevel: "silent",
      // Each file's own, declared by ownFilesOnly (the bundle's are elsewhere).
      define: { "import.meta.url": FILE_URL, "import.meta.dirname": FILE_DIR },
      plugins: [ownFilesOnly],
    });
    renameSync(path.join(work, "bundle.mjs.map"), `${bundle}.map`);
    renameSync(path.join(work, "bundle.mjs"), bundle);
    // esbuild names files relative to its working directory, and the other inputs namespace:path (ownFilesOnly's "nothing").
    const files = Object.keys(metafile.inputs).filter((input) => !/^\w+:/.test(input));
    const inputs = [...files.map((input) => path.resolve(input)), ...ALSO];
    const stamps = Object.fromEntries(inputs.map((file) => [file, stamp(file)]));
    if (Object.values(stamps).some((was) => was !== null && was[0] > started)) return;
    writeFileSync(path.join(work, "made-from.json"), JSON.stringify(stamps));
    renameSync(path.join(work, "made-from.json"), madeFrom);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const FILE_URL = "__actesFileUrl";
const FILE_DIR = "__actesFileDir";

/** @type {import("esbuild").Plugin} */
const ownFilesOnly = {
  name: "own-files-only",
  setup(bundler) {
    // .eleventy.js registers tsx for Eleventy's own use of the config file: a bundle has nothing left to load.
    bundler.onResolve({ filter: /^tsx\/esm$/ }, () => ({ path: "tsx/esm", namespace: "nothing" }));
    bundler.onLoad({ filter: /.*/, namespace: "nothing" }, () => ({ contents: "", loader: "js" }));
    bundler.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("node:") ? { path: args.path, external: true } : { path: import.meta.resolve(args.path), external: true },
    );
    // Declared on the file's first line, before its own text: its lines, and so its source map, stay as written.
    bundler.onLoad({ filter: /\.(ts|js|mjs)$/ }, async (args) => {
      const declared = `const ${FILE_URL} = ${JSON.stringify(pathToFileURL(args.path).href)}, ${FILE_DIR} = ${JSON.stringify(path.dirname(args.path))}; `;
      return { contents: declared + (await readFile(args.path, "utf8")), loader: args.path.endsWith(".ts") ? "ts" : "js" };
    });
  },
};
