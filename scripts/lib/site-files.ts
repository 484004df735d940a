/** The files of a built site folder. */
import { readdirSync } from "node:fs";
import path from "node:path";

/** Every file (not folder) under `siteDir`, as sorted paths with forward slashes: "assets/css/screen.css". */
export function listSiteFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** The extension of a file name, lower-case and without the dot ("" if none): "screen.css" → "css". */
export const extensionOf = (file: string): string => /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? "";
