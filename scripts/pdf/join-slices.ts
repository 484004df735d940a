/**
 * The slices of a long book, printed apart (print.ts), joined into one
 * document as Chromium prints a book whole: the pages in order, one
 * structure tree under one Document element, one parent tree (the later
 * slices' keys moved past the earlier ones'), the named destinations of all
 * slices together (each slice holds those of the targets it displays: see
 * browser/renderer/print-slices.js), one outline nested by heading level as
 * Chromium nests it.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFPageLeaf, PDFRef, PDFStream } from "../lib/pdf-lib.ts";
import { PdfError } from "./errors.ts";
import { loadPdf } from "./load.ts";
import { outlineEntries, writeOutline, type OutlineTree } from "./metadata.ts";
import { kidsOf, numberTreeEntries } from "./structure-tree.ts";

const STRUCT_PARENTS = [PDFName.of("StructParents"), PDFName.of("StructParent")];
const K = PDFName.of("K");
const P = PDFName.of("P");
const S = PDFName.of("S");

/** The printed book as one loaded document: a single slice as Chromium wrote it, several joined. */
export async function loadPrinted(slices: Uint8Array[]): Promise<PDFDocument> {
  const documents: PDFDocument[] = [];
  for (const slice of slices) documents.push(await loadPdf(slice));
  const [first, ...later] = documents;
  if (!first) throw new PdfError("Chromium printed no page of the booklet. Fix: this is a bug in scripts/pdf/print.ts.");
  if (later.length === 0) return first;

  const tree = structureOf(first, 1);
  const parentTreeRoot = tree.root.lookupMaybe(PDFName.of("ParentTree"), PDFDict);
  if (!parentTreeRoot) throw new PdfError("The first printed slice of the booklet has no parent tree. Fix: print with page.pdf({ tagged: true }).");
  const parentTree = numberTreeEntries(first.context, parentTreeRoot);
  // Added to in place (set on the catalog only when the first slice has none: a second copy would be saved too).
  const dests = first.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict) ?? first.context.obj({});
  if (!first.catalog.has(PDFName.of("Dests"))) first.catalog.set(PDFName.of("Dests"), dests);
  const outline: Heading[] = headingsOf(first, 1);

  later.forEach((source, index) => {
    const slice = index + 2;
    const offset = tree.nextKey;
    const sourceTree = structureOf(source, slice);
    moveParentKeys(source, offset);
    // Each top element's parent becomes the first slice's Document element (set after the copy,
    // so that the copy does not carry the later slice's own Document and tree root along).
    const tops = kidsOf(sourceTree.document.dict);
    if (!tops.every((kid) => kid instanceof PDFRef)) throw new PdfError(`Slice ${slice} of the printed booklet has content right under its Document element. Fix: this is a bug in scripts/pdf/join-slices.ts (Chromium's tagging changed?).`);
    for (const top of tops) source.context.lookup(top, PDFDict).delete(P);

    const copier = PDFObjectCopier.for(source.context, first.context);
    for (const page of source.getPages()) {
      const ref = copier.copy(page.ref);
      first.addPage(PDFPage.of(first.context.lookup(ref) as PDFPageLeaf, ref, first));
    }
    const documentKids = tree.document.dict.lookupMaybe(K, PDFArray) ?? first.context.obj(kidsOf(tree.document.dict));
    for (const top of tops) {
      const copied = copier.copy(top);
      first.context.lookup(copied, PDFDict).set(P, tree.document.ref);
      documentKids.push(copied);
    }
    tree.document.dict.set(K, documentKids);
    for (const [key, value] of numberTreeEntries(source.context, sourceTree.root.lookupMaybe(PDFName.of("ParentTree"), PDFDict))) {
      parentTree.set(key + offset, copier.copy(value));
    }
    tree.nextKey = offset + sourceTree.nextKey;

    for (const [name, value] of source.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict)?.entries() ?? []) dests.set(name, copier.copy(value));
    for (const heading of headingsOf(source, slice)) {
      // Title, destination and heading element only: the item's links to others are made anew.
      const own = source.context.obj({});
      for (const key of ["Title", "Dest", "SE"]) {
        const value = heading.dict.get(PDFName.of(key));
        if (value !== undefined) own.set(PDFName.of(key), value);
      }
      const dict = copier.copy(own);
      outline.push({ level: heading.level, ref: first.context.register(dict), dict });
    }
  });

  checkLinks(first, dests);
  // One flat /Nums, in key order (a number tree's leaf may hold any number of entries).
  const nums = [...parentTree.entries()].sort(([a], [b]) => a - b).flatMap(([key, value]) => [PDFNumber.of(key), value]);
  parentTreeRoot.delete(PDFName.of("Kids"));
  parentTreeRoot.set(PDFName.of("Nums"), first.context.obj(nums));
  tree.root.set(PDFName.of("ParentTreeNextKey"), PDFNumber.of(tree.nextKey));
  nestOutline(first, outline);
  return first;
}

/** Every link to a named destination finds it in the joined document. */
function checkLinks(pdf: PDFDocument, dests: PDFDict): void {
  pdf.getPages().forEach((page, index) => {
    const annotations = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    for (let i = 0; i < (annotations?.size() ?? 0); i++) {
      const dest = annotations!.lookupMaybe(i, PDFDict)?.get(PDFName.of("Dest"));
      if (dest instanceof PDFName && !dests.has(dest)) {
        throw new PdfError(`A link on page ${index + 1} of the booklet leads to "#${dest.decodeText()}", which no printed slice displays. Fix: this is a bug in scripts/pdf/browser/renderer/print-slices.js.`);
      }
    }
  });
}

interface Structure {
  root: PDFDict;
  document: { ref: PDFRef; dict: PDFDict };
  nextKey: number;
}

/** The tree root and its one Document element, as Chromium writes them. */
function structureOf(pdf: PDFDocument, slice: number): Structure {
  const root = pdf.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  const [top, ...others] = root ? kidsOf(root) : [];
  const dict = top instanceof PDFRef ? pdf.context.lookupMaybe(top, PDFDict) : undefined;
  if (!root || !(top instanceof PDFRef) || !dict || others.length > 0 || dict.get(S)?.toString() !== "/Document") {
    throw new PdfError(`Slice ${slice} of the printed booklet has no structure tree with one Document element at its top. Fix: print with page.pdf({ tagged: true }); otherwise Chromium's tagging changed, see scripts/pdf/join-slices.ts.`);
  }
  // Chromium writes ParentTreeNextKey; without it, the key after the highest.
  const next = root.lookupMaybe(PDFName.of("ParentTreeNextKey"), PDFNumber)?.asNumber() ?? Math.max(-1, ...numberTreeEntries(pdf.context, root.lookupMaybe(PDFName.of("ParentTree"), PDFDict)).keys()) + 1;
  return { root, document: { ref: top, dict }, nextKey: next };
}

/** The parent tree keys of a later slice's pages, annotations and forms, moved past those of the slices before it. */
function moveParentKeys(pdf: PDFDocument, offset: number): void {
  const move = (dict: PDFDict) => {
    for (const key of STRUCT_PARENTS) {
      const value = dict.get(key);
      if (value instanceof PDFNumber) dict.set(key, PDFNumber.of(value.asNumber() + offset));
    }
  };
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict) move(object);
    else if (object instanceof PDFStream) move(object.dict);
  }
  // Annotations written inside a page's /Annots rather than as objects of their own.
  for (const page of pdf.getPages()) {
    page.node.lookupMaybe(PDFName.of("Annots"), PDFArray)?.asArray().forEach((annotation) => annotation instanceof PDFDict && move(annotation));
  }
}

interface Heading {
  /** 1 for H1. */
  level: number;
  ref: PDFRef;
  dict: PDFDict;
}

/** The outline items of one slice in document order, each with the level of the heading it was made from (its /SE element). */
function headingsOf(pdf: PDFDocument, slice: number): Heading[] {
  return outlineEntries(pdf).map(({ ref, dict }) => {
    const type = dict.lookupMaybe(PDFName.of("SE"), PDFDict)?.get(S)?.toString();
    const level = /^\/H([1-6])$/.exec(type ?? "")?.[1];
    if (!level) throw new PdfError(`A bookmark of slice ${slice} of the printed booklet comes from no heading element (its /SE is ${type ?? "missing"}). Fix: this is a bug in scripts/pdf/join-slices.ts (Chromium's outline changed?).`);
    return { level: Number(level), ref, dict };
  });
}

/**
 * The outline nested as Chromium nests it: each heading under the nearest
 * heading before it of a lower level.
 */
function nestOutline(pdf: PDFDocument, headings: Heading[]): void {
  if (headings.length === 0) return;
  const top: OutlineTree[] = [];
  const stack: { level: number; children: OutlineTree[] }[] = [{ level: 0, children: top }];
  for (const { level, ref, dict } of headings) {
    while (stack.at(-1)!.level >= level) stack.pop();
    const node: OutlineTree = { ref, dict, children: [] };
    stack.at(-1)!.children.push(node);
    stack.push({ level, children: node.children });
  }
  const existing = pdf.catalog.get(PDFName.of("Outlines"));
  writeOutline(pdf, existing instanceof PDFRef ? existing : pdf.context.nextRef(), top);
}
