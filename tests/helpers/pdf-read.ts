/**
 * Reading a built PDF with the tools a reader's machine has: poppler
 * (pdfinfo, pdftotext, pdffonts) and qpdf. Nothing here trusts our own code:
 * page numbers are checked against the text Chromium actually printed. The
 * tests and the benchmark (scripts/bench) judge the PDFs with these alike;
 * the application never reads a PDF this way.
 */
import { execFileSync } from "node:child_process";
import { romanize } from "romans";

// Standard error is kept with a failure, not printed: pdftotext -bbox says "no word list" for each blank page.
export const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });

/**
 * Text as a reader searches it: no soft hyphens, no bidirectional marks or
 * isolates (invisible; pdftotext adds or drops them around right-to-left
 * words), one ordinary space for any run of (no-break) spaces.
 */
export function normalise(text: string): string {
  return text.normalize("NFC").replace(/[\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "").replace(/[\s\u00A0\u202F]+/g, " ").trim();
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern for a title as pdftotext prints it, in text passed through
 * normalise: it may wrap at any space, and a line may end at a hyphen that
 * pdftotext keeps or drops ("Pau-Pyrénées", "Pau- Pyrénées", "PauPyrénées").
 */
export function titlePattern(title: string): string {
  return normalise(title)
    .split(" ")
    .map((word) => word.split("-").map(escapeRegExp).join("-?\\s*"))
    .join("\\s+");
}

/**
 * The page numbers printed after `title` in `text` (passed through normalise):
 * "Ville de Pau 5, 13" gives ["5", "13"]; undefined when the title is not there.
 */
export function numbersAfter(text: string, title: string): string[] | undefined {
  return new RegExp(`${titlePattern(title)}[\\s.]*?(\\d+(?:\\s*,\\s*\\d+)*)`, "u").exec(text)?.[1]?.split(/\s*,\s*/);
}

export interface PdfInfo {
  pages: number;
  /** Page size in points, as pdfinfo reports it for the first page. */
  width: number;
  height: number;
  title: string;
  tagged: boolean;
}

export function pdfInfo(file: string): PdfInfo {
  const out = run("pdfinfo", [file]);
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "m").exec(out)?.[1]?.trim() ?? "";
  const size = /^Page size:\s*([\d.]+) x ([\d.]+) pts/m.exec(out);
  return {
    pages: Number(field("Pages")),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    title: field("Title"),
    tagged: field("Tagged") === "yes",
  };
}

/** The text of every page (index 0 is page 1), in pdftotext's reading order or, with `layout`, line by line as printed. */
export function pageTexts(file: string, layout = false): string[] {
  const pages = run("pdftotext", [...(layout ? ["-layout"] : []), "-enc", "UTF-8", file, "-"]).split("\f");
  // pdftotext ends every page with a form feed: the last piece is empty.
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages;
}

/**
 * The text inside one rectangle of every page (index 0 is page 1): x, y, width
 * and height in points from the top left corner, as pdftotext crops at 72 dpi.
 */
export function pageTextsIn(file: string, box: { x: number; y: number; width: number; height: number }): string[] {
  const crop = [box.x, box.y, box.width, box.height].map((value) => String(Math.round(value)));
  const pages = run("pdftotext", ["-r", "72", "-x", crop[0]!, "-y", crop[1]!, "-W", crop[2]!, "-H", crop[3]!, "-enc", "UTF-8", file, "-"]).split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages;
}

/** A word as drawn on a page (pdftotext -bbox), in points from the page's top left corner. */
export interface DrawnWord {
  /** 1-based. */
  page: number;
  /** As pdftotext gives it: the characters of a right-to-left word come in drawing order, right to left. */
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** Every word of every page, with where it is drawn. */
export function drawnWords(file: string): DrawnWord[] {
  const xhtml = run("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"]);
  const words: DrawnWord[] = [];
  const decode = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  for (const [index, page] of xhtml.split(/<page\b/).slice(1).entries()) {
    for (const match of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      words.push({ page: index + 1, text: decode(match[4]!), xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]) });
    }
  }
  return words;
}

export interface FontRow {
  name: string;
  embedded: boolean;
}

export function fonts(file: string): FontRow[] {
  return run("pdffonts", [file])
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name … emb sub uni object ID: "emb" is the fifth column from the end.
      return { name: columns[0]!, embedded: columns.at(-5) === "yes" };
    });
}

type QpdfObject = Record<string, unknown>;
interface QpdfJson {
  qpdf: [Record<string, unknown>, Record<string, { value?: unknown }>];
  /** Each page's object reference ("n 0 R"), in order. */
  pages: { object: string }[];
  outlines?: OutlineItem[];
}
export interface OutlineItem {
  title: string;
  destpageposfrom1?: number;
  kids: OutlineItem[];
}

export function qpdfJson(file: string): QpdfJson {
  return JSON.parse(run("qpdf", ["--json", file])) as QpdfJson;
}

/** The document catalog as qpdf --json shows it (strings as "u:…", names as "/…", references as "n 0 R"). */
export function catalog(json: QpdfJson): QpdfObject {
  const objects = json.qpdf[1];
  const trailer = objects.trailer?.value as QpdfObject;
  const root = String(trailer["/Root"]);
  return objects[`obj:${root}`]?.value as QpdfObject;
}

/** Every bookmark in order, with its depth and the page it opens. */
export function flatOutline(json: QpdfJson): { title: string; page: number | undefined; depth: number }[] {
  const flat: { title: string; page: number | undefined; depth: number }[] = [];
  const visit = (items: OutlineItem[], depth: number) => {
    for (const item of items) {
      flat.push({ title: item.title, page: item.destpageposfrom1, depth });
      visit(item.kids ?? [], depth + 1);
    }
  };
  visit(json.outlines ?? [], 0);
  return flat;
}

/**
 * The page label of every page (index 0 is page 1) from the catalog's
 * /PageLabels, for the two styles the booklet uses (/r roman, /D decimal).
 */
export function pageLabels(json: QpdfJson, pageCount: number): string[] {
  const labels = catalog(json)["/PageLabels"] as { "/Nums": (number | Record<string, unknown>)[] } | undefined;
  if (!labels) throw new Error("The PDF has no /PageLabels");
  const ranges: { start: number; style: string; first: number }[] = [];
  const nums = labels["/Nums"];
  for (let i = 0; i < nums.length; i += 2) {
    const dict = nums[i + 1] as Record<string, unknown>;
    ranges.push({ start: nums[i] as number, style: String(dict["/S"]), first: Number(dict["/St"] ?? 1) });
  }
  return Array.from({ length: pageCount }, (_, index) => {
    const range = [...ranges].reverse().find((r) => r.start <= index)!;
    const n = range.first + index - range.start;
    // Lower-case roman from a library, not from the booklet's own numbering (page-numbers.js): an independent reading.
    return range.style === "/r" ? romanize(n).toLowerCase() : String(n);
  });
}
