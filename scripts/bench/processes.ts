/**
 * Child processes for the benchmark: each measured job runs in a process of
 * its own, timed from outside (or by itself, for our jobs), and in a separate
 * run its process tree's memory is sampled.
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

/**
 * Memory of a process and all its descendants, in bytes, from /proc: the sum
 * of their proportional set sizes (Pss), so that pages Chromium's processes
 * share are counted once.
 */
export function treeMemory(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The fields after the command name (which may hold spaces): state, ppid…
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended between the listing and the read: it holds no memory any more.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1];
      total += Number(pss ?? 0) * 1024;
    } catch {
      // Ended meanwhile, as above.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface Finished {
  code: number | null;
  /** The signal that ended it (SIGKILL: the kernel's out-of-memory killer, or our time limit). */
  signal: NodeJS.Signals | null;
  /** Ended by `timeoutMs`. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** Wall-clock time from spawn to exit. */
  seconds: number;
  /** Peak memory of the process tree, when sampled. */
  peakBytes?: number;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Sample the process tree's memory every 100 ms (never in a timed run: sampling costs processor time). */
  sampleMemory?: boolean;
  timeoutMs?: number;
}

/** Runs a command to its end; never throws for a non-zero exit (the caller says what failed). */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Its own process group, so that a timeout ends it with the browsers it started.
    const child = spawn(command, args, { env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    let peakBytes = 0;
    const sample = () => {
      if (child.pid !== undefined && child.exitCode === null) peakBytes = Math.max(peakBytes, treeMemory(child.pid));
    };
    const sampler = options.sampleMemory ? setInterval(sample, 100) : undefined;
    // A job that hangs must not hang the benchmark: its process group is ended.
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        }, options.timeoutMs)
      : undefined;
    child.on("error", (error) => {
      clearInterval(sampler);
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stdout, stderr, seconds: (performance.now() - started) / 1000, ...(options.sampleMemory ? { peakBytes } : {}) });
    });
  });
}
