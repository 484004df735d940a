/**
 * Stage "booklet files": writes the finished booklet, its page map, its
 * preflight report, its imposition for printing (two pages a side) and the
 * extracts (each contribution's and session's pages as a PDF of their own,
 * beside its web page). Returns what the website states of the PDFs.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Edition } from "../data/model.ts";
import { contributionInfo, sessionInfo } from "../pdf/document-info.ts";
import { extractPages } from "../pdf/extract.ts";
import { imposeBooklet, impositionOptions } from "../pdf/impose.ts";
import type { PdfFile, PdfFiles } from "../pdf/files.ts";
import type { FinishedBooklet } from "../pdf/finish.ts";
import type { PageMap, PageSpan } from "../pdf/page-map.ts";
import type { PreflightReport } from "../pdf/preflight.ts";

export interface BookletFilesInput {
  edition: Edition;
  booklet: FinishedBooklet;
  pageMap: PageMap;
  preflight: PreflightReport;
  folios: string[];
  date: Date;
}

/** The page map's file beside the booklet: a data file of the build, for anyone linking to the booklet's pages. */
export const pageMapFileName = (edition: Edition) => edition.pdf.fileName.replace(/\.pdf$/, ".pages.json");
/** The preflight's report beside the booklet: its warnings, page by page. */
export const preflightFileName = (edition: Edition) => edition.pdf.fileName.replace(/\.pdf$/, ".preflight.json");

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
    return write(url, bytes, pages);
  };

  const imposed = await imposeBooklet(booklet.bytes, impositionOptions(edition, input.date));
  const files: PdfFiles = {
    booklet: await write(edition.pdf.url, booklet.bytes, pageMap.pages),
    contributions: {},
    sessions: {},
    // Two booklet pages a side, two sides a sheet.
    imposition: await write(edition.pdf.imposition.url, imposed, Math.ceil(pageMap.pages / 4) * 2),
  };
  await writeFile(path.join(folder, pageMapFileName(edition)), `${JSON.stringify(pageMap, null, 2)}\n`);
  await writeFile(path.join(folder, preflightFileName(edition)), `${JSON.stringify(input.preflight, null, 2)}\n`);
  for (const session of edition.sessions) {
    files.sessions[session.slug] = await extract(session.pdf.url, pageMap.sessions[session.slug]!, sessionInfo(edition, session, input.date));
    for (const contribution of session.contributions) {
      files.contributions[contribution.slug] = await extract(contribution.pdf.url, pageMap.contributions[contribution.slug]!, contributionInfo(edition, contribution, input.date));
    }
  }
  return files;
}
