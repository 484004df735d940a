// The worker thread's side of scripts/lib/thread.ts: a module bundled as
// JavaScript (bundleForThreads), or TypeScript loaded as the main thread loads
// it (tsx, registered per thread); the module loaded at once, the function
// called on the first message, its value or error posted.
import { parentPort, workerData } from "node:worker_threads";

if (workerData.module.endsWith(".ts")) (await import("tsx/esm/api")).register();
// A bundle's errors point to the TypeScript they were built from (its source map).
else process.setSourceMapsEnabled(true);

/** The error and what it wraps (`cause`, Eleventy's `originalError`), each as name, message and code: classes do not cross threads. */
function chainOf(error) {
  const chain = [];
  for (let current = error; current != null && chain.length < 10; current = current.originalError ?? current.cause) {
    const { name = "Error", message = String(current), stack, code } = current instanceof Error ? current : {};
    chain.push({ name, message, stack, ...(code === undefined ? {} : { code }) });
    if (!(current instanceof Error)) break;
  }
  return chain;
}

const post = (error) => parentPort.postMessage({ error: chainOf(error) });
const loaded = import(workerData.module).then(
  (module) => module,
  (error) => {
    post(error);
    // Nothing more to wait for: the thread ends.
    parentPort.close();
  },
);
parentPort.once("message", async (input) => {
  const module = await loaded;
  if (!module) return;
  try {
    parentPort.postMessage({ value: await module[workerData.name](input) });
  } catch (error) {
    post(error);
  }
});
