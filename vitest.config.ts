import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Two files at a time: while one waits (on a build it spawned, on Chromium's frames) the other
    // runs. Since the browser checks share their pages, one at a time measured about as fast here
    // (229 s against 234 s, 2 cores): the processor is the limit. Generous limits for a loaded machine.
    fileParallelism: true,
    maxWorkers: 2,
    // A worker's files share its modules: each file would otherwise load Eleventy, Playwright and
    // pdf-lib again. No test mocks a module or keeps state between files.
    isolate: false,
    testTimeout: 300_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: {
          name: "suite",
          include: ["tests/*.test.ts"],
          // One shared build of the default edition for the read-only checks (see tests/global-setup.ts).
          globalSetup: ["tests/global-setup.ts"],
        },
      },
      // Failures that only root can cause (a mount namespace, a tmpfs): `npm run test:system`.
      { extends: true, test: { name: "system", include: ["tests/system/*.test.ts"] } },
    ],
  },
});
