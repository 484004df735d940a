import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Two files at a time: a test file mostly waits (on a build it spawned, on Chromium's frames),
    // and one at a time left half of a 2-core machine idle. Generous limits for a loaded machine.
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
