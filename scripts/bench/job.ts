/**
 * One measured job of the benchmark, in a process of its own, so that its
 * time starts from a cold start as `npm run build` does and its memory is its
 * own (scripts/bench/index.ts samples the process tree from outside):
 *
 *   node --import tsx scripts/bench/job.ts build '{"out":…,"data":…}'
 *   node --import tsx scripts/bench/job.ts pdf '{"data":…,"output":…}'
 *   node --import tsx scripts/bench/job.ts floor '{"folder":…,"pagePath":…,"output":…}'
 *   node --import tsx scripts/bench/job.ts preview '{"data":…,"out":…,"port":…,"edits":3}'
 *
 * Prints one line of JSON with the job's seconds.
 */
import { stopwatch } from "../lib/stopwatch.ts";
import { appendFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { findChromium } from "../lib/chromium.ts";
import { serveInChromium } from "../lib/served-browser.ts";
import { build, type BuildMarks, type BuildTimings } from "../pipeline/index.ts";
import { checkSettings } from "../pipeline/settings.ts";
import { layOutBooklet, printBooklet, type BookletTimings } from "../pipeline/booklet.ts";
import { loadEdition } from "../data/load.ts";
import { publicationDate } from "../pdf/reproducible.ts";
import { startPreview } from "../preview.ts";

export interface BuildJob {
  out: string;
  data: string;
  /** Paged.js' time limit (--pdf-timeout). */
  timeoutMs?: number;
}

export interface BuildJobResult {
  /** build() from call to return. */
  seconds: number;
  stages: BuildTimings;
  /** Moments of the build (the booklet's PDF finished), in seconds from its start. */
  marks: BuildMarks;
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
    marks: result.marks,
    pages: pdf.booklet.pages,
    parts: result.parts ?? 1,
    bookletBytes: pdf.booklet.bytes,
    extracts: Object.keys(pdf.contributions).length + Object.keys(pdf.sessions).length,
  };
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

export interface PdfJob {
  data: string;
  /** Where the booklet is written. */
  output: string;
  timeoutMs?: number;
}

export interface PdfJobResult {
  /** From the print page rendered to the PDF finished, as the whole build's "booklet PDF" is counted. */
  seconds: number;
  stages: Partial<BookletTimings>;
  pages: number;
}

/**
 * The booklet's PDF alone, as the other engines make only a PDF: print page,
 * layout, print and finish (booklet.ts), no website, no threads beside it.
 */
async function pdfJob(job: PdfJob): Promise<PdfJobResult> {
  const settings = checkSettings({ out: path.join(path.dirname(job.output), "unused-site"), data: job.data, ...(job.timeoutMs ? { pdfTimeout: { value: String(job.timeoutMs), setBy: "the benchmark" } } : {}) });
  const edition = await loadEdition(settings.dataDir);
  const scratch = await mkdtemp(path.join(tmpdir(), "actes-bench-pdf-"));
  try {
    const started = performance.now();
    const layout = await layOutBooklet(edition, settings.booklet!, scratch);
    const printed = await printBooklet(edition, layout, publicationDate(edition.colloquium.publication.date));
    const seconds = (performance.now() - started) / 1000 - layout.seconds.printPage;
    await writeFile(job.output, printed.booklet.bytes);
    return { seconds, stages: { ...layout.seconds, ...printed.seconds }, pages: layout.book.facts.pages };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export interface PreviewJob {
  /** A copy of a data folder: its colloquium.ts is edited. */
  data: string;
  out: string;
  port: number;
  edits: number;
}

export interface PreviewJobResult {
  /** From each save of a data file to the rebuilt site written. */
  rebuilds: number[];
}

/**
 * `npm start`'s rebuild after a data edit: the preview started on a copy of
 * the data, then colloquium.ts saved `edits` times (a comment added, which
 * Eleventy's watcher sees as any edit); each time, from the save to the
 * written site.
 */
async function previewJob(job: PreviewJob): Promise<PreviewJobResult> {
  let written: () => void = () => undefined;
  const preview = await startPreview({ dataDir: job.data, port: job.port, out: job.out, report: () => undefined, onWritten: () => written() });
  const rebuilds: number[] = [];
  try {
    const file = path.join(job.data, "colloquium.ts");
    for (let edit = 1; edit <= job.edits; edit++) {
      // The watcher settles between edits, as between an author's saves.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const done = new Promise<void>((resolve) => (written = resolve));
      const saved = performance.now();
      await appendFile(file, `\n// edit ${edit}\n`);
      await done;
      rebuilds.push((performance.now() - saved) / 1000);
    }
  } finally {
    await preview.stop();
  }
  return { rebuilds };
}

const [kind, input] = process.argv.slice(2);
if (!input) throw new Error("usage: job.ts build|pdf|floor|preview '<json>'");
const jobs = { build: buildJob, pdf: pdfJob, floor: floorJob, preview: previewJob } as Record<string, (input: never) => Promise<unknown>>;
const result = kind && jobs[kind] ? await jobs[kind](JSON.parse(input) as never) : undefined;
if (!result) throw new Error(`job.ts: unknown job "${kind}" (build, pdf, floor or preview).`);
process.stdout.write(`${JSON.stringify(result)}\n`);
