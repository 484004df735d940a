/**
 * The edition's booklet checked alone (`npm run preflight`): the booklet's stages (booklet.ts) without the
 * website, in a scratch folder removed afterwards. The build runs the same
 * stages, preflight included (index.ts).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadEdition } from "../data/load.ts";
import type { PreflightReport } from "../pdf/preflight.ts";
import { publicationDate } from "../pdf/reproducible.ts";
import { makeBooklet } from "./booklet.ts";
import type { BookletSettings } from "./settings.ts";

export interface PreflightRun {
  /** The booklet's file name, e.g. optima-2015.pdf */
  name: string;
  report: PreflightReport;
}

export async function preflightEdition(dataDir: string, settings: BookletSettings, sourceDateEpoch?: number): Promise<PreflightRun> {
  const edition = await loadEdition(dataDir);
  const scratch = await mkdtemp(path.join(tmpdir(), "actes-preflight-"));
  try {
    const { preflight } = await makeBooklet(edition, settings, scratch, publicationDate(edition.colloquium.publication.date, sourceDateEpoch));
    return { name: edition.pdf.fileName, report: preflight };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
