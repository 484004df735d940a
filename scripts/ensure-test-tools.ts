/** Run before the tests: Chromium, poppler, qpdf, Java, Apache, nginx and unzip, installed when missing as root on Debian. */
import { findChromium } from "./lib/chromium.ts";
import { ensureTools, TEST_TOOLS } from "./lib/system-tools.ts";

ensureTools(TEST_TOOLS);
findChromium();
