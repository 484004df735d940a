/**
 * One exported function of one of our modules, run in a worker thread, so
 * that the build keeps both processors busy: the booklet's preflight and its
 * imposition read the finished PDF there while the main thread cuts the
 * extracts, and the website renders there while Chromium prints (this
 * thread then only relays the PDF's bytes). The thread starts, and loads its
 * module, as soon as it is asked for; `run` gives it its input. Input and
 * output cross by structured clone; an error comes back with its chain of
 * causes, each with its name, message and code, so that the build explains it
 * as it would on the main thread (pipeline/failures.ts).
 * A thread costs its start (its modules, a cold JIT): for short work,
 * `startHere` runs the same function on this thread behind the same interface.
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { cachedBundles } from "./bundle.mjs";

const ENTRY = new URL("./thread-entry.mjs", import.meta.url);

export interface Thread<I, O> {
  /** Gives the function its input (once); its value, or its error. */
  run(input: I): Promise<O>;
  /** Ends the thread unused (the build failed before it was needed). */
  stop(): Promise<void>;
}

interface ErrorLink {
  name: string;
  message: string;
  stack?: string;
  code?: unknown;
}

interface Answer<O> {
  value?: O;
  /** The error, then what it wraps. */
  error?: ErrorLink[];
}

/** The error chain rebuilt, each link the `cause` of the one before. */
function rebuilt(chain: ErrorLink[]): Error {
  return chain.reduceRight<Error | undefined>((cause, link) => Object.assign(new Error(link.message, cause ? { cause } : {}), link), undefined) ?? new Error("A thread failed without an error.");
}

/**
 * Starts a thread for `name` of `module` (a file URL, e.g. new URL("../pdf/impose.ts", import.meta.url)).
 * `heapMegabytes` caps its old generation: below 2 GB, V8 lets a heap grow to
 * less than four times what it keeps between collections (its growing factor
 * falls from 4 towards 1.3), so a thread leaves less garbage uncollected; past
 * the cap it fails (ERR_WORKER_OUT_OF_MEMORY).
 */
export function startThread<I, O>(module: URL, name: string, heapMegabytes?: number): Thread<I, O> {
  const worker = new Worker(ENTRY, { workerData: { module: module.href, name }, ...(heapMegabytes ? { resourceLimits: { maxOldGenerationSizeMb: heapMegabytes } } : {}) });
  const answer = new Promise<O>((resolve, reject) => {
    let settled = false;
    worker.once("message", (message: Answer<O>) => {
      settled = true;
      // One answer, then the thread ends: its memory goes now, not when the build ends (the website's thread held
      // hundreds of megabytes through the rest of the print at 1,834 pages).
      void worker.terminate();
      if (!message.error) return resolve(message.value as O);
      reject(rebuilt(message.error));
    });
    // A crash of the thread itself (out of memory, an error thrown outside the function): nothing was posted.
    worker.once("error", (error) => {
      settled = true;
      if (!heapMegabytes || (error as { code?: unknown }).code !== "ERR_WORKER_OUT_OF_MEMORY") return reject(error);
      reject(new Error(`The thread running ${name} of ${module.pathname} went past its heap of ${heapMegabytes} MB. This is a bug in Actes: the cap is too low for this edition (threadHeapMegabytes in scripts/pipeline/index.ts).`, { cause: error }));
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`The thread running ${name} of ${module.pathname} stopped (exit code ${code}) before it answered. This is a bug in Actes.`));
    });
  });
  // Handled here, awaited by run: a thread stopped unused must not fail the process.
  answer.catch(() => undefined);
  return {
    run(input) {
      worker.postMessage(input);
      return answer;
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/**
 * Each of `modules` (TypeScript, file URLs) with what it imports from this
 * package, bundled as JavaScript (bundle.mjs), for `startThread`: kept in
 * `cache` (by default beside the installed packages) and made again when one
 * of its files changed. A thread given TypeScript registers tsx, whose
 * loader runs on a thread of its own that every import crosses; a bundle
 * needs none (measured at 465 pages: the Node process held 30 to 80 MB less
 * at the print's peak, and the build took as long). Returns the bundles'
 * URLs, in the order of `modules`; where the cache cannot be written, the
 * modules themselves.
 */
export async function bundleForThreads(modules: URL[], cache?: string): Promise<URL[]> {
  const bundles = await cachedBundles(modules.map((module) => fileURLToPath(module)), cache);
  return modules.map((module, index) => (bundles[index] ? new URL(bundles[index]) : module));
}

/**
 * The same function run on this thread, when it is too short to pay for a
 * thread's start. `load` imports its module with a literal path, e.g.
 * () => import("../pdf/impose.ts"), so that the command's bundle holds it
 * (bin/actes.js) and it is not loaded a second time as TypeScript.
 */
export function startHere<I, O>(load: () => Promise<object>, name: string): Thread<I, O> {
  return {
    async run(input) {
      const loaded = (await load()) as Record<string, (input: I) => O | Promise<O>>;
      return loaded[name]!(input);
    },
    async stop() {},
  };
}
