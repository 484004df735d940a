/** The booklet's PDF stages run on a print page, as the build runs them (scripts/pipeline/index.ts), for tests that vary one setting. */
import type { Edition } from "../../scripts/data/model.ts";
import { findChromium } from "../../scripts/lib/chromium.ts";
import { bookletInfo } from "../../scripts/pdf/document-info.ts";
import { finishBooklet, type FinishedBooklet } from "../../scripts/pdf/finish.ts";
import { paginate } from "../../scripts/pdf/paginate.ts";
import { printBook } from "../../scripts/pdf/print.ts";
import { publicationDate } from "../../scripts/pdf/reproducible.ts";
import type { PrintPage } from "../../scripts/pipeline/print-page.ts";
import { DEFAULT_PDF_TIMEOUT_MS } from "../../scripts/pipeline/settings.ts";

export async function renderBooklet(printPage: PrintPage, edition: Edition, parts: number): Promise<FinishedBooklet & { parts: number }> {
  const book = await paginate({ ...printPage, browserPath: findChromium(), timeoutMs: DEFAULT_PDF_TIMEOUT_MS, parts });
  const { raw } = await printBook(book);
  const c = edition.colloquium;
  const finished = await finishBooklet({ raw, facts: book.facts, info: bookletInfo(edition, publicationDate(c.publication.date)), publicUrl: c.publication.url });
  return { ...finished, parts: book.parts };
}
