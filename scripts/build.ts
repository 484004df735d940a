/**
 * actes build [--site-only] [--out DIR] [--base /path/] [--url https://host/path/] [--data DIR]
 *             [--pdf-parts N] [--pdf-timeout MS] [--browser PATH] [--timings]
 * (`npm run build`, `npm run build:site`.) Builds the website and the PDFs
 * into DIR (default _site). Options and variables: pipeline/options.ts.
 */
import path from "node:path";
import { installMissing, BUILD_TOOLS } from "./lib/system-tools.ts";
import { explainFailure } from "./pipeline/failures.ts";
import { readCommandLine } from "./pipeline/options.ts";
import { checkSettings } from "./pipeline/settings.ts";
import { timingsTable } from "./pipeline/timings.ts";

/** Runs the build command with its arguments; returns the exit code. */
export async function buildCommand(args: string[], env: Record<string, string | undefined>, cwd: string): Promise<number> {
  const started = performance.now();
  let out = path.resolve(cwd, env.ACTES_OUT ?? "_site");
  try {
    const raw = readCommandLine("build", args, env);
    out = path.resolve(cwd, raw.out ?? "_site");
    // The install step, explicit: on a fresh Debian machine (as root) the booklet's browser is installed first.
    // A browser given by --browser or CHROME_PATH is used as is; ACTES_NO_INSTALL=1 turns the step off.
    if (!raw.siteOnly && !raw.browser?.path && env.ACTES_NO_INSTALL !== "1") installMissing(BUILD_TOOLS);
    const settings = checkSettings(raw, cwd);
    out = settings.out;
    // The stages load once the settings are checked: a wrong setting fails before Eleventy, Playwright or pdf-lib load.
    const [{ build }, { findingLine, summaryLine }] = await Promise.all([import("./pipeline/index.ts"), import("./pdf/preflight.ts")]);
    const result = await build(settings);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const shown = (file: string) => path.relative(cwd, file) || ".";
    const files = result.pdfFiles;
    const pdf = files
      ? `; PDF ${shown(path.join(out, files.booklet.url))}: ${files.booklet.pages} pages, ${files.booklet.bytes} bytes${(result.parts ?? 1) > 1 ? `, laid out in ${result.parts} parts` : ""}, and ${Object.keys(files.contributions).length + Object.keys(files.sessions).length} extracts`
      : " (website only: no PDF, no EPUB)";
    // The preflight's warnings: the build goes on, the author sees them (errors have failed it).
    if (result.preflight) {
      for (const finding of result.preflight.findings) console.warn(findingLine(finding));
      console.log(`Preflight of the booklet: ${summaryLine(result.preflight)}.`);
    }
    if (!result.publicUrl) {
      console.log("No public URL: with --url https://host/path/ (or ACTES_URL, or publication.url in colloquium.ts) pages would get canonical links, a sitemap, and absolute addresses in citations, calendar and open data.");
    }
    console.log(`Built ${shown(result.out)} in ${seconds} s${pdf}.`);
    if (raw.timings) {
      // Node's own peak only: Chromium's processes have ended by now, and sampling the process tree costs processor time (npm run bench samples it).
      const peak = { bytes: process.resourceUsage().maxRSS * 1024, of: "the Node process only, its maxRSS; Chromium's processes not counted" };
      for (const line of timingsTable(result.seconds, { total: (performance.now() - started) / 1000, startup: started / 1000, peak })) console.log(line);
    }
    return 0;
  } catch (error) {
    // The command line's boundary: the message already names the cause and the fix; the exit code fails the build.
    console.error(`\nBuild failed; the previous output, if any, is untouched.\n${explainFailure(error, out)}`);
    return 1;
  }
}
