/**
 * What Chromium cannot write into the PDF, added with pdf-lib: document
 * metadata (Info and XMP, with the edition's date rather than the clock), page
 * labels (roman front matter, arabic body) and outline titles with their
 * spaces. The build then makes the file reproducible (scripts/pdf/reproducible.ts).
 */
import { createHash } from "node:crypto";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";

export interface OutlineHeading {
  /** Text of the heading as laid out. */
  text: string;
  /** Title the bookmark should show (the table of contents' wording). */
  title: string;
}

export interface FinishOptions {
  title: string;
  subtitle?: string;
  author: string;
  language: string;
  keywords: string[];
  creator: string;
  /** Creation and modification date: the edition's date, never the clock. */
  date: Date;
  /** Number of pages before page 1 of the body (cover, colophon, contents…): labelled i, ii, iii… */
  frontMatterPages: number;
  /** Every heading in document order, as Chromium turns them into bookmarks. */
  headings: OutlineHeading[];
}

export class PdfFinishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdfFinishError";
  }
}

/**
 * The letters and digits of a title, sorted: Chromium's outline titles lose the
 * space where a heading wraps, and hold right-to-left words in visual order.
 */
const squeeze = (text: string) => [...text.normalize("NFC").replace(/[^\p{L}\p{N}]/gu, "")].sort().join("");
/** Bookmarks are plain text: no soft hyphens, ordinary single spaces. */
const tidy = (text: string) => text.replace(/\u00AD/g, "").replace(/\s+/g, " ").trim();

/** Applies the finishing to a loaded document (the renderer loads and saves once for every post-print pass). */
export function finishPdf(pdf: PDFDocument, options: FinishOptions): void {
  const catalog = pdf.catalog;

  pdf.setTitle(options.title, { showInWindowTitleBar: true });
  pdf.setAuthor(options.author);
  if (options.subtitle) pdf.setSubject(options.subtitle);
  pdf.setKeywords(options.keywords);
  pdf.setCreator(options.creator);
  pdf.setProducer(options.creator);
  pdf.setLanguage(options.language);
  pdf.setCreationDate(options.date);
  pdf.setModificationDate(options.date);

  // Page labels: the reader's page box shows the printed folio, not the sheet's rank.
  const pageCount = pdf.getPageCount();
  const front = Math.min(options.frontMatterPages, pageCount);
  const nums: (number | PDFDict)[] = [];
  if (front > 0) nums.push(0, pdf.context.obj({ S: PDFName.of("r") }));
  if (front < pageCount) nums.push(front, pdf.context.obj({ S: PDFName.of("D"), St: 1 }));
  catalog.set(PDFName.of("PageLabels"), pdf.context.obj({ Nums: nums }));

  retitleOutline(pdf, options.headings);
  replaceXmp(pdf, options);
}

/**
 * Chromium builds the outline from the tagged headings, in document order, but
 * drops the space where a heading wraps. Each bookmark is matched with its
 * heading (same letters and digits) and given the title the table of contents
 * uses; a mismatch means the outline is not what we think, so it fails.
 */
function retitleOutline(pdf: PDFDocument, headings: OutlineHeading[]): void {
  const outlines = pdf.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  if (!outlines) throw new PdfFinishError("Chromium wrote no outline (bookmarks) into the PDF. Fix: render with page.pdf({ tagged: true, outline: true }); the outline needs both.");
  const items: PDFDict[] = [];
  const visit = (first: PDFDict | undefined) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of("Next"), PDFDict)) {
      items.push(item);
      visit(item.lookupMaybe(PDFName.of("First"), PDFDict));
    }
  };
  visit(outlines.lookupMaybe(PDFName.of("First"), PDFDict));
  if (items.length !== headings.length) {
    throw new PdfFinishError(`The PDF outline has ${items.length} bookmarks for ${headings.length} headings in the booklet. Fix: check the heading levels of src/print.njk (h1 > h2 > h3, none hidden).`);
  }
  items.forEach((item, index) => {
    const heading = headings[index]!;
    const current = item.lookup(PDFName.of("Title"));
    const text = current instanceof PDFString || current instanceof PDFHexString ? current.decodeText() : "";
    if (squeeze(text) !== squeeze(heading.text)) {
      throw new PdfFinishError(`Bookmark ${index + 1} reads "${text}" where the booklet has the heading "${heading.text}". Fix: this is a bug in the outline matching of scripts/pdf/finish-pdf.ts.`);
    }
    item.set(PDFName.of("Title"), PDFHexString.fromText(tidy(heading.title)));
  });
}

const xmlEscape = (text: string) => text.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);

/** XMP metadata in agreement with the Info dictionary, without Chromium's random ids and clock time. */
function replaceXmp(pdf: PDFDocument, options: FinishOptions): void {
  const date = options.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const id = createHash("sha256").update(JSON.stringify([options.title, options.author, date, options.headings.map((h) => h.title)])).digest("hex");
  const uuid = `uuid:${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}`;
  const title = xmlEscape(options.title);
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xmlEscape(options.author)}</rdf:li></rdf:Seq></dc:creator>
   ${options.subtitle ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(options.subtitle)}</rdf:li></rdf:Alt></dc:description>` : ""}
   <dc:language><rdf:Bag><rdf:li>${xmlEscape(options.language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmp:CreatorTool>${xmlEscape(options.creator)}</xmp:CreatorTool>
   <pdf:Producer>${xmlEscape(options.creator)}</pdf:Producer>
   <pdf:Keywords>${xmlEscape(options.keywords.join(", "))}</pdf:Keywords>
   <xmpMM:DocumentID>${uuid}</xmpMM:DocumentID>
   <xmpMM:InstanceID>${uuid}</xmpMM:InstanceID>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const stream = pdf.context.stream(Buffer.from(xmp, "utf8"), { Type: "Metadata", Subtype: "XML" });
  pdf.catalog.set(PDFName.of("Metadata"), pdf.context.register(stream));
}
