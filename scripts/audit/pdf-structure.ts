/**
 * Reads a PDF's accessibility facts: the catalog and the structure tree from
 * `qpdf --json` (tags, /Lang, DisplayDocTitle, headings, lists, figures and
 * the page each element is on), the text of each structure element from
 * poppler's `pdfinfo -struct-text`, and the visual text of each page from
 * `pdftotext`. `checkPdfAccessibility` turns them into a list of problems.
 */
import { spawnSync } from "node:child_process";
import { drawingUnits, parseOperations, type Unit } from "../pdf/content-stream.ts";

/** A value of qpdf's JSON v2: names "/X", references "N G R", strings "u:…" or "b:hex". */
type QValue = string | number | boolean | null | QValue[] | { [key: string]: QValue };
type QDict = { [key: string]: QValue };

export interface StructElement {
  /** Structure type as written, e.g. "/H1". */
  type: string;
  /** Standard type after the role map, e.g. a "/Strong" mapped to "/Span". */
  role: string;
  depth: number;
  /** 0-based indexes of the pages holding the element's content, in order. */
  pages: number[];
  alt?: string;
  actualText?: string;
  kids: StructElement[];
}

export interface PdfStructure {
  /** /MarkInfo /Marked true and a structure tree. */
  tagged: boolean;
  lang?: string;
  displayDocTitle: boolean;
  title?: string;
  roleMap: Record<string, string>;
  pageCount: number;
  /** Elements in tree (reading) order, the root's kids first. */
  elements: StructElement[];
  /** Drawings outside any marked content (neither tagged nor artifact), by 0-based page. */
  unmarked: { page: number; kind: Unit["kind"] }[];
}

function run(command: string, args: string[], what: string): string {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.error) {
    throw new Error(`${what} needs \`${command}\`, which could not be run (${result.error.message}). Fix: install it (Debian: apt-get install -y qpdf poppler-utils).`);
  }
  // qpdf exits 3 for warnings with a usable result.
  if (result.status !== 0 && !(command === "qpdf" && result.status === 3)) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status}): ${result.stderr.slice(0, 2000)}`);
  }
  return result.stdout;
}

const decodeString = (value: QValue | undefined): string | undefined => {
  if (typeof value !== "string") return undefined;
  if (value.startsWith("u:")) return value.slice(2);
  if (value.startsWith("b:")) {
    const bytes = Buffer.from(value.slice(2), "hex");
    // UTF-16BE with a byte order mark, else PDFDocEncoding (close enough to Latin-1 for checks).
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString("utf16le");
    return bytes.toString("latin1");
  }
  return value;
};

export function readPdfStructure(file: string): PdfStructure {
  // Stream data decoded and inline: the page content streams are read for unmarked drawings.
  const json = JSON.parse(
    run("qpdf", ["--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", file], "Reading the PDF structure"),
  ) as {
    qpdf: [unknown, Record<string, { value?: QValue; stream?: { dict: QDict; data?: string } }>];
  };
  const objects = json.qpdf[1];
  const deref = (value: QValue | undefined): QValue | undefined => {
    if (typeof value === "string" && / \d+ R$/.test(value)) {
      const entry = objects[`obj:${value}`];
      return entry?.value ?? entry?.stream?.dict ?? null;
    }
    return value;
  };
  const dict = (value: QValue | undefined): QDict | undefined => {
    const resolved = deref(value);
    return resolved !== null && typeof resolved === "object" && !Array.isArray(resolved) ? resolved : undefined;
  };
  const array = (value: QValue | undefined): QValue[] => {
    const resolved = deref(value);
    if (resolved === undefined || resolved === null) return [];
    return Array.isArray(resolved) ? resolved : [value!];
  };

  const trailer = dict(objects.trailer?.value)!;
  const catalog = dict(trailer["/Root"]);
  if (!catalog) throw new Error(`${file}: no document catalog found by qpdf.`);
  const info = dict(trailer["/Info"]);

  // Page objects in order, from the page tree.
  const pageIndex = new Map<string, number>();
  const walkPages = (node: QValue | undefined) => {
    const d = dict(node);
    if (!d) return;
    if (d["/Type"] === "/Page") pageIndex.set(node as string, pageIndex.size);
    for (const kid of array(d["/Kids"])) walkPages(kid);
  };
  walkPages(catalog["/Pages"]);

  const treeRoot = dict(catalog["/StructTreeRoot"]);
  const roleMap: Record<string, string> = {};
  for (const [key, value] of Object.entries(dict(treeRoot?.["/RoleMap"]) ?? {})) roleMap[key] = String(value);
  const roleOf = (type: string) => {
    let role = type;
    for (let hops = 0; roleMap[role] && hops < 10; hops++) role = roleMap[role]!;
    return role;
  };

  const elements: StructElement[] = [];
  const visit = (node: QValue, depth: number, inheritedPage: string | undefined, out: StructElement[]): number[] => {
    const d = dict(node);
    if (typeof node === "number") return inheritedPage && pageIndex.has(inheritedPage) ? [pageIndex.get(inheritedPage)!] : [];
    if (!d) return [];
    const page = typeof d["/Pg"] === "string" ? (d["/Pg"] as string) : inheritedPage;
    if (d["/Type"] === "/MCR" || d["/Type"] === "/OBJR") return page && pageIndex.has(page) ? [pageIndex.get(page)!] : [];
    const type = String(d["/S"] ?? "");
    const alt = decodeString(d["/Alt"]);
    const actualText = decodeString(d["/ActualText"]);
    const element: StructElement = {
      type,
      role: roleOf(type),
      depth,
      pages: [],
      ...(alt === undefined ? {} : { alt }),
      ...(actualText === undefined ? {} : { actualText }),
      kids: [],
    };
    out.push(element);
    elements.push(element);
    const pages = array(d["/K"]).flatMap((kid) => visit(kid, depth + 1, page, element.kids));
    element.pages = [...new Set(pages)].sort((a, b) => a - b);
    return pages;
  };
  // Keep tree order in `elements`: visit pushes a parent before its kids.
  const roots: StructElement[] = [];
  for (const kid of array(treeRoot?.["/K"])) visit(kid, 0, undefined, roots);

  const unmarked: PdfStructure["unmarked"] = [];
  for (const [ref, page] of pageIndex) {
    const contents = dict(ref)?.["/Contents"];
    const refs = Array.isArray(contents) ? contents : contents === undefined ? [] : [contents];
    const source = refs
      .map((r) => {
        const data = objects[`obj:${String(r)}`]?.stream?.data;
        if (data === undefined) throw new Error(`${file}: qpdf could not decode the content stream ${String(r)} of page ${page + 1}.`);
        return Buffer.from(data, "base64").toString("latin1");
      })
      .join("\n");
    for (const unit of drawingUnits(parseOperations(source))) if (unit.depth === 0) unmarked.push({ page, kind: unit.kind });
  }

  const markInfo = dict(catalog["/MarkInfo"]);
  const lang = decodeString(catalog["/Lang"]);
  const title = decodeString(info?.["/Title"]);
  return {
    tagged: markInfo?.["/Marked"] === true && treeRoot !== undefined,
    ...(lang === undefined ? {} : { lang }),
    displayDocTitle: dict(catalog["/ViewerPreferences"])?.["/DisplayDocTitle"] === true,
    ...(title === undefined ? {} : { title }),
    roleMap,
    pageCount: pageIndex.size,
    elements,
    unmarked,
  };
}

export interface TextNode {
  type: string;
  text: string;
  kids: TextNode[];
}

/**
 * The structure tree with the text of each element, as poppler reads it
 * (`pdfinfo -struct-text`): lines indented two spaces a level, element types
 * bare, text in double quotes, attributes after a colon on lines of their own.
 */
export function readStructText(file: string): TextNode[] {
  const output = run("pdfinfo", ["-struct-text", file], "Reading the PDF's tagged text");
  const roots: TextNode[] = [];
  const stack: { indent: number; node: TextNode }[] = [];
  for (const line of output.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const indent = line.length - line.trimStart().length;
    while (stack.length > 0 && stack.at(-1)!.indent >= indent) stack.pop();
    const parent = stack.at(-1)?.node;
    if (trimmed.startsWith('"')) {
      if (parent) parent.kids.push({ type: "#text", text: trimmed.slice(1, -1), kids: [] });
      continue;
    }
    if (trimmed.startsWith("/")) continue;
    const node: TextNode = { type: trimmed.split(/[\s:]/)[0]!, text: "", kids: [] };
    (parent ? parent.kids : roots).push(node);
    stack.push({ indent, node });
  }
  return roots;
}

export function textOf(node: TextNode): string {
  return node.type === "#text" ? node.text : node.kids.map(textOf).join("");
}

/** The visual text of each page, in layout order (pdftotext separates pages with form feeds). */
export function readPageTexts(file: string): string[] {
  const text = run("pdftotext", ["-enc", "UTF-8", file, "-"], "Reading the PDF's visual text");
  return text.split("\f").slice(0, -1);
}

/** Letters and digits only, lower case: line breaks lose spaces and hyphens in either reading. */
export const squeeze = (text: string) => text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

export interface PdfHeading {
  level: number;
  text: string;
  pages: number[];
}

export interface PdfAccessibilityReport {
  structure: PdfStructure;
  headings: PdfHeading[];
  lists: number;
  listItems: number;
  figures: number;
  problems: string[];
}

const HEADING = /^\/H([1-6])$/;

/** Everything the issue asks of the PDF, as problems; an empty list means the PDF passes. */
export function checkPdfAccessibility(file: string, options: { language?: string; maxHeadingLevel?: number } = {}): PdfAccessibilityReport {
  const structure = readPdfStructure(file);
  const problems: string[] = [];
  if (!structure.tagged) problems.push("not tagged: /MarkInfo /Marked is not true, or there is no structure tree");
  const language = options.language ?? "fr";
  if (!structure.lang || structure.lang.toLowerCase().split("-")[0] !== language.toLowerCase()) {
    problems.push(`/Lang is ${JSON.stringify(structure.lang)}, expected ${language}`);
  }
  if (!structure.displayDocTitle) problems.push("/ViewerPreferences /DisplayDocTitle is not true: viewers show the file name, not the title");
  if (!structure.title?.trim()) problems.push("no /Title in the document information");

  // Content is either tagged or an artifact (PDF/UA-1, 7.1): running heads, folios, rules are artifacts.
  if (structure.unmarked.length > 0) {
    const pages = [...new Set(structure.unmarked.map((u) => u.page + 1))];
    const kinds = [...new Set(structure.unmarked.map((u) => u.kind))];
    problems.push(`${structure.unmarked.length} drawings (${kinds.join(", ")}) are neither tagged nor marked as artifacts, on pages ${pages.slice(0, 12).join(", ")}${pages.length > 12 ? "…" : ""}`);
  }

  // Types a PDF 1.7 reader knows; anything else needs a role map entry (PDF/UA-1, 7.1).
  const standard = new Set(
    "Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form"
      .split(" ")
      .map((t) => `/${t}`),
  );
  const unmapped = [...new Set(structure.elements.filter((e) => !standard.has(e.role)).map((e) => e.type))];
  if (unmapped.length > 0) problems.push(`structure types without a standard role (add them to /RoleMap): ${unmapped.join(", ")}`);

  // Headings: levels from H1, never skipping one, no deeper than asked.
  const maxLevel = options.maxHeadingLevel ?? 3;
  const headingElements = structure.elements.filter((e) => HEADING.test(e.role));
  const levels = headingElements.map((e) => Number(HEADING.exec(e.role)![1]));
  if (levels.length === 0) problems.push("no heading (H1–H6) in the structure tree");
  if (levels[0] !== undefined && levels[0] !== 1) problems.push(`the first heading is H${levels[0]}, not H1`);
  levels.forEach((level, i) => {
    const previous = levels[i - 1] ?? 1;
    if (level > previous + 1) problems.push(`heading ${i + 1} is H${level} right after H${previous}: a level is skipped`);
    if (level > maxLevel) problems.push(`heading ${i + 1} is H${level}: deeper than H${maxLevel}`);
  });

  // Lists: L holds LI (or a Caption), LI holds Lbl and LBody (ISO 32000-1 14.8.4.3.3).
  const lists = structure.elements.filter((e) => e.role === "/L");
  const items = structure.elements.filter((e) => e.role === "/LI");
  for (const list of lists) {
    const strays = list.kids.filter((k) => !["/LI", "/Caption", "/L"].includes(k.role)).map((k) => k.type);
    if (strays.length > 0) problems.push(`an L holds ${strays.join(", ")} besides LI`);
  }
  const badItems = items.filter((item) => item.kids.some((k) => k.role !== "/Lbl" && k.role !== "/LBody"));
  if (badItems.length > 0) {
    const sample = [...new Set(badItems.flatMap((item) => item.kids.map((k) => k.type)))].join(", ");
    problems.push(`${badItems.length} of ${items.length} LI hold other elements than Lbl and LBody (${sample})`);
  }
  if (items.some((item) => item.kids.length === 0)) problems.push("an LI is empty");

  // Figures: an alternative text each.
  const figures = structure.elements.filter((e) => e.role === "/Figure");
  const blind = figures.filter((f) => !(f.alt?.trim() || f.actualText?.trim()));
  if (blind.length > 0) problems.push(`${blind.length} of ${figures.length} Figure elements have no /Alt`);

  // Reading order: the headings' text, read from the tags, must appear on the pages the tags
  // place them on, in the same order on each page as pdftotext reads the page.
  const headings = headingTexts(file, headingElements, problems);
  problems.push(...checkReadingOrder(headings, readPageTexts(file)));

  return { structure, headings, lists: lists.length, listItems: items.length, figures: figures.length, problems };
}

function headingTexts(file: string, elements: StructElement[], problems: string[]): PdfHeading[] {
  const textHeadings: TextNode[] = [];
  const walk = (node: TextNode) => {
    if (/^H[1-6]$/.test(node.type)) textHeadings.push(node);
    node.kids.forEach(walk);
  };
  readStructText(file).forEach(walk);
  if (textHeadings.length !== elements.length) {
    problems.push(`poppler reads ${textHeadings.length} headings where qpdf finds ${elements.length}: the structure tree is not read the same way by both`);
  }
  return elements.map((element, i) => ({
    level: Number(HEADING.exec(element.role)![1]),
    text: textHeadings[i] ? textOf(textHeadings[i]!).replace(/\s+/g, " ").trim() : "",
    pages: element.pages,
  }));
}

export function checkReadingOrder(headings: PdfHeading[], pageTexts: string[]): string[] {
  const problems: string[] = [];
  const pages = pageTexts.map(squeeze);
  let lastPage = 0;
  let lastOffset = -1;
  headings.forEach((heading, i) => {
    const label = `heading ${i + 1} (H${heading.level} "${heading.text}")`;
    const wanted = squeeze(heading.text);
    if (wanted === "") return void problems.push(`${label} has no text in the tags`);
    if (heading.pages.length === 0) return void problems.push(`${label} is on no page`);
    const first = heading.pages[0]!;
    const last = heading.pages.at(-1)!;
    if (first < lastPage) problems.push(`${label} is on page ${first + 1}, before the previous heading's page ${lastPage + 1}`);
    // A heading split over pages is read across them.
    const text = pages.slice(first, last + 1).join("");
    const from = first === lastPage ? lastOffset + 1 : 0;
    const at = text.indexOf(wanted, from);
    if (at < 0) {
      const anywhere = text.indexOf(wanted);
      problems.push(
        anywhere >= 0
          ? `${label} comes before the previous heading on page ${first + 1} in the visual text, after it in the tags`
          : `${label} is not in the visual text of page ${first + 1}${last > first ? `–${last + 1}` : ""}`,
      );
    }
    lastPage = first;
    lastOffset = at >= 0 ? at : lastOffset;
  });
  return problems;
}
