import type { Edition } from "../data/model.ts";
import type { PdfInfo } from "../build/eleventy.ts";

export interface RenderBookletOptions {
  /** The built site (staging folder) holding the print page and its assets. */
  siteDir: string;
  basePath: string;
  edition: Edition;
  outputFile: string;
}

// Placeholder until the Paged.js renderer lands (issue 3).
export async function renderBooklet(_options: RenderBookletOptions): Promise<PdfInfo> {
  throw new Error("The PDF renderer is not written yet: run `npm run build:site`.");
}
