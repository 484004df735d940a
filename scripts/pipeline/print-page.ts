/**
 * Stage "print page": the booklet's HTML, with Paged.js, its handlers, styles
 * and fonts, rendered by Eleventy into a private folder for the PDF stages
 * (it is not published: the website has the PDF instead).
 */
import type { Edition } from "../data/model.ts";
import { runEleventy } from "./eleventy.ts";

export interface PrintPage {
  folder: string;
  /** URL path of the print page in that folder, e.g. /livret/ */
  pagePath: string;
}

export async function renderPrintPage(edition: Edition, folder: string): Promise<PrintPage> {
  await runEleventy({ target: "print", edition }, folder);
  return { folder, pagePath: edition.routes.print };
}
