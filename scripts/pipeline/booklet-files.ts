/**
 * Stage "booklet files": writes the finished booklet, its page map, the
 * extracts (each contribution's and session's pages as a PDF of their own,
 * beside its web page) and its imposition for printing (two pages a side,
 * made in a thread meanwhile). Returns what the website states of the PDFs.
 * The preflight's report is written once the preflight is done
 * (`writePreflightReport`).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Edition } from "../data/model.ts";
import { contributionInfo, sessionInfo } from "../pdf/document-info.ts";
import { extractPages } from "../pdf/extract.ts";
import type { EpubFacts } from "../epub/index.ts";
import type { PdfFile, PdfFiles, PdfFilesToCome } from "../pdf/files.ts";
import type { FinishedBooklet } from "../pdf/finish.ts";
import type { PageMap, PageSpan } from "../pdf/page-map.ts";
import type { PreflightReport } from "../pdf/preflight.ts";

export interface BookletFilesInput {
  edition: Edition;
  booklet: FinishedBooklet;
  pageMap: PageMap;
  folios: string[];
  date: Date;
  /** The imposition's bytes, on their way (made in a thread while the extracts are cut). */
  imposition: Promise<Uint8Array>;
}

/** The page map's file beside the booklet: a data file of the build, for anyone linking to the booklet's pages. */
export const pageMapFileName = (edition: Edition) => edition.pdf.fileName.replace(/\.pdf$/, ".pages.json");
/** The preflight's report beside the booklet: its warnings, page by page. */
export const preflightFileName = (edition: Edition) => edition.pdf.fileName.replace(/\.pdf$/, ".preflight.json");

/** Pages of the imposition: two booklet pages a side, two sides a sheet. */
const imposedPages = (pages: number) => Math.ceil(pages / 4) * 2;
const spanPages = (span: PageSpan) => span.last.physical - span.first.physical + 1;

/**
 * The files `writeBookletFiles` will write, as the website states them while
 * they are written: where each will be and its pages; its size to come.
 */
export function bookletFilesToCome(edition: Edition, pageMap: PageMap, epub: EpubFacts): PdfFilesToCome {
  const file = (url: string, pages: number) => ({ url, pages, bytes: { toCome: url } });
  return {
    booklet: file(edition.pdf.url, pageMap.pages),
    contributions: Object.fromEntries(edition.contributions.map((contribution) => [contribution.slug, file(contribution.pdf.url, spanPages(pageMap.contributions[contribution.slug]!))])),
    sessions: Object.fromEntries(edition.sessions.map((session) => [session.slug, file(session.pdf.url, spanPages(pageMap.sessions[session.slug]!))])),
    imposition: file(edition.pdf.imposition.url, imposedPages(pageMap.pages)),
    epub: { url: epub.url, bytes: epub.bytes },
  };
}

export async function writeBookletFiles(folder: string, input: BookletFilesInput): Promise<PdfFiles> {
  const { edition, booklet, pageMap } = input;
  const write = async (url: string, bytes: Uint8Array, pages: number): Promise<PdfFile> => {
    const file = path.join(folder, url);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    return { url, bytes: bytes.length, pages };
  };
  const extract = async (url: string, span: PageSpan, info: Parameters<typeof extractPages>[1]["info"]) => {
    const { bytes, pages } = await extractPages(booklet.document, { first: span.first.physical, last: span.last.physical, info, folios: input.folios });
    // The website stated its pages before it was cut (bookletFilesToCome).
    if (pages !== spanPages(span)) throw new Error(`${url} has ${pages} pages where the page map gives ${spanPages(span)}. This is a bug in Actes.`);
    return write(url, bytes, pages);
  };

  const written = await write(edition.pdf.url, booklet.bytes, pageMap.pages);
  await writeFile(path.join(folder, pageMapFileName(edition)), `${JSON.stringify(pageMap, null, 2)}\n`);
  const contributions: PdfFiles["contributions"] = {};
  const sessions: PdfFiles["sessions"] = {};
  for (const session of edition.sessions) {
    sessions[session.slug] = await extract(session.pdf.url, pageMap.sessions[session.slug]!, sessionInfo(edition, session, input.date));
    for (const contribution of session.contributions) {
      contributions[contribution.slug] = await extract(contribution.pdf.url, pageMap.contributions[contribution.slug]!, contributionInfo(edition, contribution, input.date));
    }
  }
  const imposition = await write(edition.pdf.imposition.url, await input.imposition, imposedPages(pageMap.pages));
  return { booklet: written, contributions, sessions, imposition };
}

/** The preflight's report beside the booklet, once the preflight is done. */
export async function writePreflightReport(folder: string, edition: Edition, report: PreflightReport): Promise<void> {
  await writeFile(path.join(folder, preflightFileName(edition)), `${JSON.stringify(report, null, 2)}\n`);
}
