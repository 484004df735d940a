/**
 * Stage "extract": each contribution's and session's pages of the finished
 * booklet as a PDF of their own, written beside its web page, with the
 * booklet, its page map, its preflight report and its imposition for
 * printing. Returns what the website says of them.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Edition } from "../data/model.ts";
import { contributionInfo, sessionInfo } from "../pdf/document-info.ts";
import { extractPages } from "../pdf/extract.ts";
import { imposeBooklet, impositionOptions } from "../pdf/impose.ts";
import type { PdfFacts, PdfFile } from "../pdf/facts.ts";
import type { FinishedBooklet } from "../pdf/finish.ts";
import type { PageMap, PageSpan } from "../pdf/page-map.ts";
import type { PreflightReport } from "../pdf/preflight.ts";

export interface PdfsInput {
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

export async function writePdfs(folder: string, input: PdfsInput): Promise<PdfFacts> {
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
  const facts: PdfFacts = {
    booklet: await write(edition.pdf.url, booklet.bytes, pageMap.pages),
    contributions: {},
    sessions: {},
    // Two booklet pages a side, two sides a sheet.
    imposition: await write(edition.pdf.imposition.url, imposed, Math.ceil(pageMap.pages / 4) * 2),
  };
  await writeFile(path.join(folder, pageMapFileName(edition)), `${JSON.stringify(pageMap, null, 2)}\n`);
  await writeFile(path.join(folder, preflightFileName(edition)), `${JSON.stringify(input.preflight, null, 2)}\n`);
  for (const session of edition.sessions) {
    facts.sessions[session.slug] = await extract(session.pdf.url, pageMap.sessions[session.slug]!, sessionInfo(edition, session, input.date));
    for (const contribution of session.contributions) {
      facts.contributions[contribution.slug] = await extract(contribution.pdf.url, pageMap.contributions[contribution.slug]!, contributionInfo(edition, contribution, input.date));
    }
  }
  return facts;
}
