// The worker thread's side of scripts/lib/thread.ts: TypeScript loaded as the
// main thread loads it (tsx, registered per thread), the module loaded at
// once, the function called on the first message, its value or error posted.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const post = (error) => {
  const { name = "Error", message = String(error), stack, code } = error instanceof Error ? error : {};
  parentPort.postMessage({ error: { name, message, stack, ...(code === undefined ? {} : { code }) } });
};
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
