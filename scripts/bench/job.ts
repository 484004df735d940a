/**
 * One measured job of the benchmark, in a process of its own, so that its
 * time starts from a cold start as `npm run build` does and its memory is its
 * own (scripts/bench/index.ts samples the process tree from outside):
 *
 *   node --import tsx scripts/bench/job.ts build '{"out":…,"data":…,"imposition":true}'
 *   node --import tsx scripts/bench/job.ts floor '{"folder":…,"pagePath":…,"output":…}'
 *
 * Prints one line of JSON with the job's seconds.
 */
import { stopwatch } from "../lib/stopwatch.ts";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadEdition } from "../data/load.ts";
import { findChromium } from "../lib/chromium.ts";
import { serveInChromium } from "../lib/served-browser.ts";
import { imposeBooklet, impositionOptions } from "../pdf/impose.ts";
import { publicationDate } from "../pdf/reproducible.ts";
import { build, type BuildTimings } from "../pipeline/index.ts";
import { checkSettings } from "../pipeline/settings.ts";

export interface BuildJob {
  out: string;
  data: string;
  /** Paged.js' time limit (--pdf-timeout). */
  timeoutMs?: number;
  /** Also time the imposition alone on the built booklet (after the build, outside its time). */
  imposition?: boolean;
}

export interface BuildJobResult {
  /** build() from call to return. */
  seconds: number;
  stages: BuildTimings;
  /** The imposition alone, when asked. */
  imposition?: number;
  pages: number;
  parts: number;
  bookletBytes: number;
  extracts: number;
}

export interface FloorJob {
  /** The folder of the print page without Paged.js, served at its root. */
  folder: string;
  pagePath: string;
  output: string;
}

export interface FloorJobResult {
  seconds: number;
  steps: { launch: number; load: number; print: number };
}

async function buildJob(job: BuildJob): Promise<BuildJobResult> {
  const settings = checkSettings({ out: job.out, data: job.data, ...(job.timeoutMs ? { pdfTimeout: { value: String(job.timeoutMs), setBy: "the benchmark" } } : {}) });
  const started = performance.now();
  const result = await build(settings);
  const seconds = (performance.now() - started) / 1000;
  const pdf = result.pdfFiles!;
  const measured: BuildJobResult = {
    seconds,
    stages: result.seconds,
    pages: pdf.booklet.pages,
    parts: result.parts ?? 1,
    bookletBytes: pdf.booklet.bytes,
    extracts: Object.keys(pdf.contributions).length + Object.keys(pdf.sessions).length,
  };
  if (job.imposition) {
    // The build times the imposition together with the extracts (stage "bookletFiles"): timed again alone, as the build calls it.
    const edition = await loadEdition(settings.dataDir);
    const bytes = await readFile(path.join(settings.out, pdf.booklet.url));
    const date = publicationDate(edition.colloquium.publication.date);
    const imposing = performance.now();
    await imposeBooklet(bytes, impositionOptions(edition, date));
    measured.imposition = (performance.now() - imposing) / 1000;
  }
  return measured;
}

/**
 * Chromium's own print of the print page without Paged.js (the floor): the
 * same content, styles and fonts, printed tagged with an outline as our
 * print stage prints, from a cold browser as our paginate stage starts.
 */
async function floorJob(job: FloorJob): Promise<FloorJobResult> {
  const started = performance.now();
  const step = stopwatch();
  const site = await serveInChromium(job.folder, "/", findChromium());
  let raw: Uint8Array;
  const steps = { launch: 0, load: 0, print: 0 };
  try {
    const page = await site.browser.newPage();
    steps.launch = step();
    await page.emulateMedia({ media: "print" });
    await page.goto(site.url(job.pagePath), { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    steps.load = step();
    raw = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  } finally {
    // Closed within the time, as our print stage closes the browser.
    await site.close();
  }
  steps.print = step();
  await writeFile(job.output, raw);
  return { seconds: (performance.now() - started) / 1000, steps };
}

const [kind, input] = process.argv.slice(2);
if (!input) throw new Error("usage: job.ts build|floor '<json>'");
const result = kind === "build" ? await buildJob(JSON.parse(input) as BuildJob) : kind === "floor" ? await floorJob(JSON.parse(input) as FloorJob) : undefined;
if (!result) throw new Error(`job.ts: unknown job "${kind}" (build or floor).`);
process.stdout.write(`${JSON.stringify(result)}\n`);
