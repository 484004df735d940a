/**
 * npm run bench [-- --workshops 12 --talks 14 --runs 3 --keep]
 *
 * Builds a book-length synthetic edition (scripts/bench/synthetic-edition.ts)
 * with our real templates and CSS, then prints its booklet from the same built
 * print page with our renderer (scripts/pdf/render-booklet.ts) and with
 * pagedjs-cli, the reference Paged.js command line, given the same HTML, CSS,
 * fonts and booklet handler (widows, folios, page numbers). Each is timed
 * `--runs` times (the median counts), then run once more to measure its peak
 * memory: sampling memory costs processor time, so it is never done in a timed
 * run. It prints the times, their ratios and the peak memory of each process
 * tree, and checks every page number of our PDF.
 * Never part of `npm test`: timings depend on the machine.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadEdition } from "../data/load.ts";
import type { Edition } from "../data/model.ts";
import { findChromium } from "../lib/chromium.ts";
import { serveStatic } from "../lib/static-server.ts";
import { build } from "../pipeline/index.ts";
import { renderPrintPage } from "../pipeline/print-page.ts";
import { checkSettings } from "../pipeline/settings.ts";
import { checkBookletNumbers } from "./check-numbers.ts";
import { writeSyntheticEdition } from "./synthetic-edition.ts";

const { values } = parseArgs({
  options: {
    workshops: { type: "string", default: "12" },
    talks: { type: "string", default: "14" },
    runs: { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
  },
});

/**
 * Memory of a process and all its descendants, in bytes, from /proc: the sum
 * of their proportional set sizes (Pss), so that pages Chromium's processes
 * share are counted once.
 */
function treeMemory(root: number): number {
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

/** Runs `task` while sampling the memory of the process tree under `root()` every 100 ms (peak Pss). */
async function measureMemory<T>(root: () => number | undefined, task: () => Promise<T>): Promise<{ result: T; seconds: number; peakBytes: number }> {
  let peakBytes = 0;
  const sample = () => {
    const pid = root();
    if (pid !== undefined) peakBytes = Math.max(peakBytes, treeMemory(pid));
  };
  const timer = setInterval(sample, 100);
  const started = performance.now();
  try {
    const result = await task();
    const seconds = (performance.now() - started) / 1000;
    sample();
    return { result, seconds, peakBytes };
  } finally {
    clearInterval(timer);
  }
}

/** The booklet's own Paged.js handlers, as the print page loads them. */
const BOOKLET_SCRIPTS = ["widows-orphans.js", "page-numbers.js"].map((file) => path.resolve("scripts/pdf/browser/booklet", file));

/** pagedjs-cli injects its own Paged.js: its copy of the print page loads our handlers through --additional-script instead of the polyfill. */
function pageForPagedjsCli(siteDir: string, edition: Edition): string {
  const printDir = path.join(siteDir, edition.routes.print.replace(/^\/|\/$/g, ""));
  const html = readFileSync(path.join(printDir, "index.html"), "utf8")
    // Our renderer bypasses the page's Content-Security-Policy; pagedjs-cli injects inline scripts, which it forbids.
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, "")
    .replace(/<script[^>]*paged\.polyfill\.js[^>]*><\/script>/, "")
    .replace(/<script[^>]*assets\/js\/booklet\/[^>]*><\/script>/g, "");
  const cliDir = `${printDir}-pagedjs-cli`;
  mkdirSync(cliDir, { recursive: true });
  writeFileSync(path.join(cliDir, "index.html"), html);
  return path.relative(siteDir, cliDir);
}

/**
 * Page numbers the usual Paged.js way, for the second pagedjs-cli run: CSS
 * target-counter() on the links of the contents and indexes (our placeholders hidden).
 */
const TARGET_COUNTER_CSS = `
.page-ref { display: none; }
.toc__entry::after, .page-refs__ref::after { content: target-counter(attr(href url), page); font-variant-numeric: lining-nums tabular-nums; }
`;

async function runPagedjsCli(url: string, output: string, style?: string): Promise<{ code: number | null; stderr: string; pid: () => number | undefined; done: Promise<void> }> {
  const bin = path.resolve("node_modules/.bin/pagedjs-cli");
  const child = spawn(bin, [url, "-o", output, ...BOOKLET_SCRIPTS.flatMap((script) => ["--additional-script", script]), ...(style ? ["--style", style] : []), "--outline-tags", "h1,h2", "--browserArgs", "--no-sandbox,--disable-gpu,--disable-quic,--no-first-run,--disable-background-networking,--disable-component-update,--disable-sync"], {
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: findChromium(), PUPPETEER_SKIP_DOWNLOAD: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const result = { code: null as number | null, stderr: "", pid: () => child.pid, done: Promise.resolve() };
  result.done = new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      result.code = code;
      result.stderr = stderr;
      resolve();
    });
  });
  return result;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const timesText = (values: number[]) => `${median(values).toFixed(1)} s (median of ${values.length}: ${values.map((value) => value.toFixed(1)).join(", ")})`;

/** `runs` timed runs of `task`, then one with memory sampling; the result is the last timed run's. */
async function bench<T>(runs: number, root: () => number | undefined, task: () => Promise<T>): Promise<{ result: T; times: number[]; peakBytes: number }> {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await task();
    times.push((performance.now() - started) / 1000);
  }
  const memory = await measureMemory(root, task);
  return { result: result ?? memory.result, times, peakBytes: memory.peakBytes };
}
const pdfPages = (file: string) => Number(/^Pages:\s*(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);

async function main(): Promise<void> {
  const workshops = Number(values.workshops);
  const talks = Number(values.talks);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${values.runs}: give a whole number of timed runs, e.g. --runs 3.`);
  const cliBin = path.resolve("node_modules/.bin/pagedjs-cli");
  if (!existsSync(cliBin)) {
    console.error(
      "pagedjs-cli is not installed, so there is nothing to compare with: no ratio is given.\n" +
        "Fix: PUPPETEER_SKIP_DOWNLOAD=1 npm install --save-dev pagedjs-cli (it then uses this machine's Chromium).",
    );
    process.exitCode = 1;
    return;
  }

  mkdirSync(".tmp", { recursive: true });
  const work = mkdtempSync(path.resolve(".tmp", "bench-"));
  try {
    const dataDir = path.join(work, "data");
    const generated = writeSyntheticEdition(dataDir, { workshops, talksPerWorkshop: talks });
    const edition = await loadEdition(dataDir);
    const siteDir = path.join(work, "print");
    await renderPrintPage(edition, siteDir);
    console.log(`Synthetic edition: ${workshops} workshops × ${talks} talks, ${generated.contributions} contributions, ${generated.people} people, ${generated.organisations} organisations (${work}).`);

    // Ours: the whole build (print page, PDF, page map, a PDF per contribution and session, website).
    const out = path.join(work, "site");
    const settings = checkSettings({ out, data: dataDir });
    const ours = await bench(runs, () => process.pid, () => build(settings));
    const oursFile = path.join(out, edition.pdf.fileName);
    const booklet = ours.result.pdf!.booklet;
    console.log(`${"Actes build:".padEnd(30)} ${timesText(ours.times)}, ${booklet.pages} pages, peak memory ${mb(ours.peakBytes)} (Node and Chromium)`);
    const steps = Object.entries(ours.result.seconds).map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`);
    console.log(`${"".padEnd(30)} laid out in ${ours.result.parts} part${ours.result.parts! > 1 ? "s" : ""} at once; last timed run: ${steps.join(", ")}`);

    // pagedjs-cli, twice, on the same print page: first with our handler (the very same book, page numbers
    // filled after layout), then with the page numbers written the usual Paged.js way, CSS target-counter().
    const cliPage = pageForPagedjsCli(siteDir, edition);
    const styleFile = path.join(work, "target-counter.css");
    writeFileSync(styleFile, TARGET_COUNTER_CSS);
    const server = await serveStatic(siteDir, "/");
    const references: { label: string; seconds: number; peakBytes: number; pages: number }[] = [];
    try {
      for (const variant of [
        { label: "pagedjs-cli, same handler", file: "pagedjs-cli-handler.pdf", style: undefined },
        { label: "pagedjs-cli, target-counter", file: "pagedjs-cli-target-counter.pdf", style: styleFile },
      ]) {
        const output = path.join(work, variant.file);
        let run: Awaited<ReturnType<typeof runPagedjsCli>> | undefined;
        const measured = await bench(
          runs,
          () => run?.pid(),
          async () => {
            run = await runPagedjsCli(`${server.url}${cliPage}/`, output, variant.style);
            await run.done;
            if (run.code !== 0 || !existsSync(output)) throw new Error(`${variant.label} failed (exit ${run.code}), so no ratio is given:\n${run.stderr}`);
            return run;
          },
        );
        const pages = pdfPages(output);
        references.push({ label: variant.label, seconds: median(measured.times), peakBytes: measured.peakBytes, pages });
        console.log(`${`${variant.label}:`.padEnd(30)} ${timesText(measured.times)}, ${pages} pages, peak memory ${mb(measured.peakBytes)} (Node and Chromium)`);
      }
    } finally {
      await server.close();
    }

    const oursSeconds = median(ours.times);
    for (const run of references) {
      const ratio = run.seconds / oursSeconds;
      console.log(`Ratio against ${run.label}: ours is ${ratio.toFixed(2)}× faster.`);
      if (run.pages !== booklet.pages) console.log(`  (it laid out ${run.pages} pages, ours ${booklet.pages})`);
    }
    const reference = references.at(-1)!;
    console.log(`Target (≥ 3× faster than pagedjs-cli with CSS page numbers, the usual way), on medians: ${reference.seconds / oursSeconds >= 3 ? "met" : "NOT met"}.`);

    const check = checkBookletNumbers(oursFile, edition);
    console.log(
      `Page numbers in our PDF: ${check.checked} checked (table of contents and both indexes), ${check.errors.length} wrong.` +
        (check.errors.length > 0 ? `\n  - ${check.errors.slice(0, 20).join("\n  - ")}` : ""),
    );
    if (check.errors.length > 0) process.exitCode = 1;
    console.log(`PDF size: ours ${mb(statSync(oursFile).size)}.`);
  } finally {
    if (values.keep) console.log(`Kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
