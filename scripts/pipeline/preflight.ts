/**
 * The booklet's stages up to its preflight, without the website: load →
 * print page → paginate → print → finish → preflight, in a scratch folder
 * removed afterwards (`npm run preflight`). The build runs the same
 * preflight as one of its stages (index.ts).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadEdition } from "../data/load.ts";
import { copyRules } from "../data/names.ts";
import { bookletInfo } from "../pdf/document-info.ts";
import { finishBooklet } from "../pdf/finish.ts";
import { paginate } from "../pdf/paginate.ts";
import { preflightBooklet, type PreflightReport } from "../pdf/preflight.ts";
import { printBook } from "../pdf/print.ts";
import { publicationDate } from "../pdf/reproducible.ts";
import { renderPrintPage } from "./print-page.ts";
import type { PdfSettings } from "./settings.ts";

export interface PreflightRun {
  /** The booklet's file name, e.g. optima-2015.pdf */
  name: string;
  report: PreflightReport;
}

export async function preflightEdition(dataDir: string, pdf: PdfSettings, sourceDateEpoch?: number): Promise<PreflightRun> {
  const edition = await loadEdition(dataDir);
  const c = edition.colloquium;
  const scratch = await mkdtemp(path.join(tmpdir(), "actes-preflight-"));
  try {
    const printPage = await renderPrintPage(edition, scratch);
    const book = await paginate({ ...printPage, ...pdf });
    const { raw } = await printBook(book);
    const booklet = await finishBooklet({ raw, facts: book.facts, info: bookletInfo(edition, publicationDate(c.publication.date, sourceDateEpoch)), publicUrl: c.publication.url });
    return { name: edition.pdf.fileName, report: preflightBooklet({ document: booklet.document, facts: book.facts, copy: copyRules(edition) }) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
