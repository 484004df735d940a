/**
 * The build writes into a staging folder beside the output, then swaps it in
 * place of the output folder. Until that last rename the previous output is
 * untouched, so a failed build never leaves half a site.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";

export interface Staging {
  /** Becomes the output folder once the build succeeds. */
  site: string;
  /** Private work files (the print page), removed with the staging folder. */
  scratch: string;
}

/** Runs `work` with a fresh staging folder, swaps its site in on success, removes it either way. */
export async function withStaging<T>(out: string, work: (staging: Staging) => Promise<T>): Promise<T> {
  await mkdir(path.dirname(out), { recursive: true });
  await removeAbandonedStaging(out);
  // Beside the output, on the same file system, so the final rename is atomic. Named after this
  // process, so that a later build can tell it was abandoned if this one is killed outright.
  const root = await mkdtemp(path.join(path.dirname(out), `${stagingPrefix(out)}${process.pid}-`));
  const staging = { site: path.join(root, "site"), scratch: path.join(root, "scratch") };
  try {
    // Readable by web servers once swapped in (mkdtemp makes its folder private).
    await mkdir(staging.site);
    await chmod(staging.site, 0o755);
    await mkdir(staging.scratch);
    const result = await work(staging);
    await swapIn(staging.site, out, path.join(root, "previous"));
    return result;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
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

/** Replaces `out` with `staging`: two renames, the old copy (moved to `previous`) removed only once the new one is in place. */
async function swapIn(staging: string, out: string, previous: string): Promise<void> {
  if (existsSync(out)) await rename(out, previous);
  try {
    await rename(staging, out);
  } catch (error) {
    if (existsSync(previous)) await rename(previous, out);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}
