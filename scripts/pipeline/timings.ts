/**
 * The build's stages as `actes build --timings` and `npm run bench` print
 * them: one row per stage, in the order index.ts and booklet.ts run them,
 * with the seconds build() records (BuildResult.seconds). A stage that did
 * not run (the booklet's, with --site-only) has no row.
 */
import type { BuildTimings } from "./index.ts";

export interface Stage {
  key: keyof BuildTimings;
  label: string;
  /** 1: a part of the stage above it (the hosting's steps), or work done at once with others (in a thread, or while Chromium prints): not added up. */
  depth: 0 | 1;
  /** Work at once with this stage: when it did not run (a build without the booklet), the row is a stage of its own. */
  besides?: keyof BuildTimings;
  /** Its label then. */
  alone?: string;
}

/** The stage's depth in this build's table. */
export const depthOf = (stage: Stage, seconds: BuildTimings): 0 | 1 => (stage.besides && seconds[stage.besides] === undefined ? 0 : stage.depth);

export const STAGES: readonly Stage[] = [
  { key: "load", label: "load and validate the edition", depth: 0 },
  { key: "printPage", label: "print page (Eleventy; Chromium starting)", depth: 0 },
  { key: "launch", label: "launch (rest of Chromium's start, pages)", depth: 0 },
  { key: "paginate", label: "paginate (Paged.js)", depth: 0 },
  { key: "gather", label: "gather (parts, numbering, layout facts)", depth: 0 },
  { key: "check", label: "check (layout findings read from the pages)", depth: 0 },
  { key: "pageStarts", label: "page starts (for the EPUB and the web pages)", depth: 0 },
  { key: "pageMap", label: "page map", depth: 0 },
  { key: "print", label: "print (Chromium's page.pdf, tagged)", depth: 0 },
  { key: "finish", label: "finish (tags, metadata, outline, save)", depth: 0 },
  { key: "bookletFiles", label: "booklet files (booklet, extracts, imposition)", depth: 0 },
  { key: "imposition", label: "imposition (in a thread from 120 pages)", depth: 1 },
  { key: "epub", label: "EPUB, at once with the print", depth: 1 },
  { key: "site", label: "website (Eleventy; in a thread from 120 pages, at once with the print)", depth: 1, besides: "siteWait", alone: "website (Eleventy)" },
  { key: "hashAssets", label: "hashed asset names (part of the website's render)", depth: 1 },
  { key: "siteWait", label: "website: waiting for the rest of its render", depth: 0 },
  { key: "search", label: "search index (Pagefind), from the website's render on", depth: 1, besides: "searchWait", alone: "search index (Pagefind)" },
  { key: "searchWait", label: "search index: waiting for the rest of it", depth: 0 },
  { key: "fileSizes", label: "PDF sizes stated in the pages", depth: 0 },
  { key: "preflight", label: "preflight (in a thread from 120 pages)", depth: 1 },
  { key: "hosting", label: "hosting", depth: 0 },
  { key: "serverConfigs", label: "server configurations", depth: 1 },
  { key: "precompress", label: "precompressed copies (brotli, gzip), from here on, at once with:", depth: 1 },
  { key: "preflightWait", label: "the preflight's verdict (waiting for it), its report", depth: 1 },
  { key: "offlineCopy", label: "offline copy (zip)", depth: 1 },
];

export interface TimingsTotals {
  /** From the command's start to the last file written (the process's start-up not included). */
  total: number;
  /** Node's start and the command's modules loaded (scripts/lib/bundle.mjs), before it ran. */
  startup?: number;
  /** Peak resident memory in bytes, and what it counts. */
  peak?: { bytes: number; of: string };
}

/** The table's lines: milliseconds, share of the total, stage. */
export function timingsTable(seconds: BuildTimings, totals: TimingsTotals): string[] {
  const line = (value: number, label: string) =>
    `  ${`${Math.round(value * 1000)} ms`.padStart(9)} ${`${Math.round((value / totals.total) * 100)} %`.padStart(5)}  ${label}`;
  const lines = ["Timings, stage by stage (wall time):"];
  if (totals.startup !== undefined) lines.push(`  ${`${Math.round(totals.startup * 1000)} ms`.padStart(9)} ${"".padStart(5)}  (Node and the command's modules, before it ran)`);
  let staged = 0;
  for (const stage of STAGES) {
    const value = seconds[stage.key];
    if (value === undefined) continue;
    const depth = depthOf(stage, seconds);
    if (depth === 0) staged += value;
    lines.push(line(value, depth ? `  ${stage.label}` : (stage.besides && stage.alone) || stage.label));
  }
  // What no stage times: loading the stages' modules, the staging folder and the swap, the summary.
  lines.push(line(Math.max(0, totals.total - staged), "the rest (modules loaded, staging and swap)"));
  lines.push(line(totals.total, "= the build"));
  if (totals.peak) lines.push(`  peak memory: ${Math.round(totals.peak.bytes / 1024 / 1024)} MB (${totals.peak.of})`);
  return lines;
}
