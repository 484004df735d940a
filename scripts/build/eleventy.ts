import Eleventy from "@11ty/eleventy";

export interface PdfInfo {
  /** File size in bytes. */
  bytes: number;
  pages: number;
}

/** Runs Eleventy in this process with our config; `pdfInfo` lets pages describe the booklet. */
export async function runEleventy(options: { output: string; pathPrefix: string; pdfInfo?: PdfInfo }): Promise<void> {
  const eleventy = new Eleventy("src", options.output, {
    configPath: ".eleventy.js",
    pathPrefix: options.pathPrefix,
    quietMode: true,
    config(eleventyConfig: { addGlobalData(name: string, value: unknown): void }) {
      if (options.pdfInfo) eleventyConfig.addGlobalData("pdfInfo", options.pdfInfo);
    },
  });
  // Eleventy prints every error before rethrowing it; the build explains it once (failures.ts), so only that print is dropped.
  eleventy.logger.overrideLogger({ ...console, error: () => {} });
  await eleventy.write();
}
