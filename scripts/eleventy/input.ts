/**
 * What the website's Eleventy set-up (.eleventy.js) is given: which pages to
 * render, the edition, and the facts of the PDFs once they exist. The build
 * passes it (scripts/pipeline/); `npm start` makes a preview input that loads
 * the edition again on every rebuild, so data edits show at once.
 */
import path from "node:path";
import { loadEdition } from "../data/load.ts";
import type { Edition } from "../data/model.ts";
import type { PdfFilesToCome } from "../pdf/files.ts";
import type { PageStart } from "../epub/page-starts.ts";
import type { PageMap } from "../pdf/page-map.ts";

/**
 * - "site": the published website (no print page);
 * - "print": the print page alone, with its scripts, styles and fonts, for the PDF renderer;
 * - "preview": both, for `npm start` (the paginated booklet is previewed in the browser).
 */
export type SiteTarget = "site" | "print" | "preview";

export interface SiteInput {
  target: SiteTarget;
  /** The validated edition, or a loader run on every rebuild (preview). */
  edition: Edition | (() => Promise<Edition>);
  /** The PDFs the build writes (their sizes may be to come): absent for the print page, the preview and `--site-only`. */
  pdf?: PdfFilesToCome;
  /** Where each session and contribution stands in the booklet: absent with the PDFs. */
  pageMap?: PageMap;
  /** Where each page of the booklet begins in its text: the web pages' page marks (absent with the PDFs). */
  pageStarts?: PageStart[];
  /** The preview's data folder, watched for edits. */
  dataDir?: string;
}

/** The input of `npm start`: everything rendered, the edition loaded from `dataDir` on each rebuild. */
export function previewInput(dataDir: string): SiteInput {
  const folder = path.resolve(dataDir);
  return { target: "preview", edition: () => loadEdition(folder), dataDir: folder };
}
