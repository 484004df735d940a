/**
 * The whole build: validate the data, build the site into a staging folder,
 * render the booklet from it, describe the PDF on the pages, then swap the
 * staging folder in place of the output folder. Until that last rename the
 * previous output is untouched, so a failed build never leaves half a site.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { dataDirectory, loadEdition } from "../data/load.ts";
import { removePrintSources, renderBooklet } from "../pdf/render-booklet.ts";
import { parseBasePath } from "../hosting/base-path.ts";
import { hashAssets } from "../hosting/hash-assets.ts";
import { writeOfflineCopy } from "../hosting/offline-copy.ts";
import { precompress } from "../hosting/precompress.ts";
import { writeServerConfigs } from "../hosting/server-config.ts";
import { runEleventy, type PdfInfo } from "./eleventy.ts";

export interface BuildOptions {
  /** Output folder, e.g. _site. */
  out: string;
  /** Folder of the colloquium's data files. */
  dataDir?: string;
  /** Base path the site is served from, "/" or e.g. "/actes/". */
  basePath?: string;
  /** Build the website without the PDF (no browser needed). */
  siteOnly?: boolean;
}

export interface BuildResult {
  out: string;
  pdf?: PdfInfo & { file: string };
}

export function normaliseBasePath(basePath = "/"): string {
  return parseBasePath(basePath);
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const out = path.resolve(options.out);
  const basePath = normaliseBasePath(options.basePath);
  // The Eleventy plugins read these, as they do under `npm start`.
  process.env.ACTES_DATA_DIR = path.resolve(options.dataDir ?? dataDirectory());
  process.env.ACTES_BASE_PATH = basePath;

  // Data mistakes stop the build before anything is written.
  const edition = await loadEdition(process.env.ACTES_DATA_DIR);

  await mkdir(path.dirname(out), { recursive: true });
  await removeAbandonedStaging(out);
  // Beside the output, on the same file system, so the final rename is atomic. Named after this
  // process, so that a later build can tell it was abandoned if this one is killed outright.
  const staging = await mkdtemp(path.join(path.dirname(out), `${stagingPrefix(out)}${process.pid}-`));
  // mkdtemp makes it private (0700); once swapped in it is the published folder, which web servers must read.
  await chmod(staging, 0o755);
  const rejections = watchUnhandledRejections();
  try {
    await runEleventy({ output: staging, pathPrefix: basePath });
    let pdf: BuildResult["pdf"];
    if (!options.siteOnly) {
      const file = path.join(staging, edition.pdf.fileName);
      const { bytes, pages } = await renderBooklet({ siteDir: staging, basePath, edition, outputFile: file });
      const info = { bytes, pages };
      await runEleventy({ output: staging, pathPrefix: basePath, pdfInfo: info });
      pdf = { ...info, file: path.join(out, edition.pdf.fileName) };
    }
    // The booklet's HTML source is for `npm start` previews; the published site has the PDF.
    await removePrintSources(staging, edition);
    await hashAssets(staging, { basePath });
    await writeOfflineCopy(staging, edition);
    await writeServerConfigs(staging, { basePath });
    await precompress(staging);
    rejections.check();
    await swapIn(staging, out);
    return { out, ...(pdf ? { pdf } : {}) };
  } finally {
    rejections.stop();
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Eleventy can leave a failed passthrough copy (e.g. disk full) unawaited for a
 * while: unwatched, Node would kill the process on the spot, before the staging
 * folder is removed. Watched, the failure surfaces through Eleventy's own
 * promise; one never handled at all fails the build before the swap.
 */
function watchUnhandledRejections(): { check(): void; stop(): void } {
  const pending = new Map<Promise<unknown>, unknown>();
  const onUnhandled = (reason: unknown, promise: Promise<unknown>) => pending.set(promise, reason);
  const onHandled = (promise: Promise<unknown>) => pending.delete(promise);
  process.on("unhandledRejection", onUnhandled);
  process.on("rejectionHandled", onHandled);
  return {
    check() {
      for (const reason of pending.values()) throw reason;
    },
    stop() {
      process.off("unhandledRejection", onUnhandled);
      process.off("rejectionHandled", onHandled);
    },
  };
}

const stagingPrefix = (out: string) => `.${path.basename(out)}.staging-`;

/**
 * A build killed outright (SIGKILL, power loss) cannot remove its staging
 * folder: the next build into the same output removes those whose build
 * process no longer runs. Those of a build still running are left alone.
 */
async function removeAbandonedStaging(out: string): Promise<void> {
  const prefix = stagingPrefix(out);
  for (const name of await readdir(path.dirname(out))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || isRunning(pid)) continue;
    await rm(path.join(path.dirname(out), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Replaces `out` with `staging`: two renames, the old copy removed only once the new one is in place. */
async function swapIn(staging: string, out: string): Promise<void> {
  const previous = `${staging}.previous`;
  if (existsSync(out)) await rename(out, previous);
  try {
    await rename(staging, out);
  } catch (error) {
    if (existsSync(previous)) await rename(previous, out);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}
