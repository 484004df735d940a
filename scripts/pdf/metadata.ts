/**
 * What Chromium cannot write into a PDF, added with pdf-lib: document
 * metadata (Info and XMP, with the edition's date rather than the clock, the
 * title shown in the window, the language), page labels (the printed folios)
 * and outline titles with their spaces.
 */
import { createHash } from "node:crypto";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from "../lib/pdf-lib.ts";
import type { OutlineHeading } from "./browser/actes.d.ts";
import { PdfError } from "./errors.ts";

export interface DocumentInfo {
  title: string;
  /** What the document is about: the booklet's subtitle, a contribution's session. */
  subject?: string;
  authors: string[];
  language: string;
  keywords: string[];
  creator: string;
  /** Creation and modification date: the edition's date, never the clock. */
  date: Date;
  /** The titles of the document's bookmarks: with the fields above, they make its XMP document id. */
  contents: string[];
}

/** Info dictionary, language and the title shown in the viewer's window; the XMP comes last (setXmp). */
export function setDocumentInfo(pdf: PDFDocument, info: DocumentInfo): void {
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.authors.length > 0) pdf.setAuthor(info.authors.join(", "));
  if (info.subject) pdf.setSubject(info.subject);
  pdf.setKeywords(info.keywords);
  pdf.setCreator(info.creator);
  pdf.setProducer(info.creator);
  pdf.setLanguage(info.language);
  pdf.setCreationDate(info.date);
  pdf.setModificationDate(info.date);
}

const ROMAN = /^[ivxlcdm]+$/;

/**
 * Page labels: the reader's page box shows the printed folio, not the sheet's
 * rank. A new range starts wherever the style changes or the numbers do not follow.
 */
export function setPageLabels(pdf: PDFDocument, folios: string[]): void {
  if (folios.length !== pdf.getPageCount()) throw new PdfError(`${folios.length} folios for ${pdf.getPageCount()} pages. Fix: this is a bug in the booklet's page numbering (scripts/pdf/browser/booklet/page-numbers.js).`);
  const nums: (number | PDFDict)[] = [];
  let previous: { style: string; value: number } | undefined;
  folios.forEach((folio, index) => {
    const style = ROMAN.test(folio) ? "r" : "D";
    const value = style === "r" ? fromRoman(folio) : Number(folio);
    if (!Number.isInteger(value) || value < 1) throw new PdfError(`Page ${index + 1} has the folio "${folio}", which is neither a roman nor an arabic page number.`);
    if (!previous || previous.style !== style || previous.value + 1 !== value) {
      nums.push(index, pdf.context.obj(style === "r" && value === 1 ? { S: PDFName.of(style) } : { S: PDFName.of(style), St: value }));
    }
    previous = { style, value };
  });
  pdf.catalog.set(PDFName.of("PageLabels"), pdf.context.obj({ Nums: nums }));
}

function fromRoman(text: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = values[text[i]!]!;
    const next = values[text[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * The letters and digits of a title, sorted: Chromium's outline titles lose the
 * space where a heading wraps, and hold right-to-left words in visual order.
 */
const squeeze = (text: string) => [...text.normalize("NFC").replace(/[^\p{L}\p{N}]/gu, "")].sort().join("");
/** Bookmarks are plain text: no soft hyphens, ordinary single spaces. */
const tidy = (text: string) => text.replace(/\u00AD/g, "").replace(/\s+/g, " ").trim();

/** Every outline item in document order (depth first). */
export function outlineItems(pdf: PDFDocument): PDFDict[] {
  if (!pdf.catalog.has(PDFName.of("Outlines"))) throw new PdfError("Chromium wrote no outline (bookmarks) into the PDF. Fix: print with page.pdf({ tagged: true, outline: true }); the outline needs both.");
  return outlineEntries(pdf).map((entry) => entry.dict);
}

/** Every outline item in document order (depth first), with its ref; none when there is no outline. */
export function outlineEntries(pdf: PDFDocument): { ref: PDFRef; dict: PDFDict }[] {
  const entries: { ref: PDFRef; dict: PDFDict }[] = [];
  const visit = (first: PDFObject | undefined) => {
    for (let at = first; at instanceof PDFRef; ) {
      const dict = pdf.context.lookup(at, PDFDict);
      entries.push({ ref: at, dict });
      visit(dict.get(PDFName.of("First")));
      at = dict.get(PDFName.of("Next"));
    }
  };
  visit(pdf.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict)?.get(PDFName.of("First")));
  return entries;
}

/** A bookmark to write: its object (at `ref`) and the bookmarks under it. */
export interface OutlineTree {
  ref: PDFRef;
  dict: PDFDict;
  children: OutlineTree[];
}

/**
 * Writes the document's outline from `items`, each at its ref, linked to its
 * parent and siblings, and open as Chromium writes them: a positive /Count of
 * the bookmarks under it. The root is written at `rootRef`.
 */
export function writeOutline(pdf: PDFDocument, rootRef: PDFRef, items: OutlineTree[]): void {
  const link = (nodes: OutlineTree[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    let count = 0;
    nodes.forEach((node, i) => {
      for (const key of ["Prev", "Next", "First", "Last", "Count"]) node.dict.delete(PDFName.of(key));
      node.dict.set(PDFName.of("Parent"), parent);
      if (i > 0) node.dict.set(PDFName.of("Prev"), nodes[i - 1]!.ref);
      if (i < nodes.length - 1) node.dict.set(PDFName.of("Next"), nodes[i + 1]!.ref);
      if (node.children.length > 0) {
        const children = link(node.children, node.ref);
        node.dict.set(PDFName.of("First"), children.first);
        node.dict.set(PDFName.of("Last"), children.last);
        node.dict.set(PDFName.of("Count"), PDFNumber.of(children.count));
        count += children.count;
      }
      count++;
      pdf.context.assign(node.ref, node.dict);
    });
    return { first: nodes[0]!.ref, last: nodes.at(-1)!.ref, count };
  };
  const top = link(items, rootRef);
  pdf.context.assign(rootRef, pdf.context.obj({ Type: "Outlines", First: top.first, Last: top.last, Count: top.count }));
  pdf.catalog.set(PDFName.of("Outlines"), rootRef);
}

/** The page (from 1) an outline item opens, when its destination is an explicit page. */
export function itemPage(pdf: PDFDocument, item: PDFDict, pageIndex = pageIndexOf(pdf)): number | undefined {
  const dest = item.lookupMaybe(PDFName.of("Dest"), PDFArray);
  const page = dest?.get(0);
  return page instanceof PDFRef ? pageIndex.get(page.toString()) : undefined;
}

/** Page reference → page number from 1. */
export function pageIndexOf(pdf: PDFDocument): Map<string, number> {
  return new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index + 1]));
}

/**
 * Chromium builds the outline from the tagged headings, in document order, but
 * drops the space where a heading wraps. Each bookmark is matched with its
 * heading (same letters and digits) and given the title the table of contents
 * uses; a mismatch means the outline is not what we think, so it fails.
 * Returns the page each heading's bookmark opens, in the headings' order.
 */
export function retitleOutline(pdf: PDFDocument, headings: OutlineHeading[]): (number | undefined)[] {
  const items = outlineItems(pdf);
  if (items.length !== headings.length) {
    throw new PdfError(`The PDF outline has ${items.length} bookmarks for ${headings.length} headings in the booklet. Fix: check the heading levels of the print templates (h1 > h2 > h3, none hidden).`);
  }
  const pageIndex = pageIndexOf(pdf);
  return items.map((item, index) => {
    const heading = headings[index]!;
    const current = item.lookup(PDFName.of("Title"));
    const text = current instanceof PDFString || current instanceof PDFHexString ? current.decodeText() : "";
    if (squeeze(text) !== squeeze(heading.text)) {
      throw new PdfError(`Bookmark ${index + 1} reads "${text}" where the booklet has the heading "${heading.text}". Fix: this is a bug in the outline matching of scripts/pdf/metadata.ts.`);
    }
    item.set(PDFName.of("Title"), PDFHexString.fromText(tidy(heading.title)));
    return itemPage(pdf, item, pageIndex);
  });
}

const xmlEscape = (text: string) => text.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);

/** XMP metadata in agreement with the Info dictionary, without Chromium's random ids and clock time. */
export function setXmp(pdf: PDFDocument, info: DocumentInfo): void {
  const date = info.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const id = createHash("sha256").update(JSON.stringify([info.title, info.authors.join(", "), date, info.contents])).digest("hex");
  const uuid = `uuid:${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}`;
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(info.title)}</rdf:li></rdf:Alt></dc:title>
   ${info.authors.length > 0 ? `<dc:creator><rdf:Seq>${info.authors.map((author) => `<rdf:li>${xmlEscape(author)}</rdf:li>`).join("")}</rdf:Seq></dc:creator>` : ""}
   ${info.subject ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(info.subject)}</rdf:li></rdf:Alt></dc:description>` : ""}
   <dc:language><rdf:Bag><rdf:li>${xmlEscape(info.language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmp:CreatorTool>${xmlEscape(info.creator)}</xmp:CreatorTool>
   <pdf:Producer>${xmlEscape(info.creator)}</pdf:Producer>
   <pdf:Keywords>${xmlEscape(info.keywords.join(", "))}</pdf:Keywords>
   <xmpMM:DocumentID>${uuid}</xmpMM:DocumentID>
   <xmpMM:InstanceID>${uuid}</xmpMM:InstanceID>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const stream = pdf.context.stream(Buffer.from(xmp, "utf8"), { Type: "Metadata", Subtype: "XML" });
  pdf.catalog.set(PDFName.of("Metadata"), pdf.context.register(stream));
}
