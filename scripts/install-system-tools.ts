/**
 * npm run setup [-- build|test]
 * The explicit install step: the system programs the build ("build", the
 * default: Chromium) or the tests ("test": Chromium, poppler, qpdf, Java,
 * Apache, nginx, unzip) need, installed with apt-get when missing, as root on
 * Debian (scripts/lib/system-tools.ts has the one list). Elsewhere it names
 * the command to run. `npm test` and .ci/run call it before the tests.
 */
import { BUILD_TOOLS, ensureTools, TEST_TOOLS } from "./lib/system-tools.ts";

const lists = { build: BUILD_TOOLS, test: TEST_TOOLS };
const which = process.argv[2] ?? "build";
if (!(which in lists)) {
  console.error(`Unknown list "${which}". Fix: run \`npm run setup -- build\` or \`npm run setup -- test\`.`);
  process.exitCode = 1;
} else {
  try {
    ensureTools(lists[which as keyof typeof lists]);
  } catch (error) {
    // The command line's boundary: the message names what is missing and the command that installs it.
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
