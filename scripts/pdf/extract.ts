/**
 * Stage "extract": some pages of the finished booklet (a contribution's, a
 * session's) as a PDF of their own: the same pages with the same page
 * numbers, its own metadata and outline, and still tagged. The structure tree
 * keeps the elements that have content on those pages, and its parent tree is
 * rebuilt for them; bookmarks and internal links that lead off those pages
 * are left out.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFObjectCopier,
  PDFRef,
  PDFString,
  PDFHexString,
  type PDFObject,
} from "../lib/pdf-lib.ts";
import { PdfError } from "./errors.ts";
import { itemPage, pageIndexOf, setDocumentInfo, setPageLabels, setXmp, writeOutline, type DocumentInfo, type OutlineTree } from "./metadata.ts";
import { prepareReproducible, saveReproducible } from "./reproducible.ts";
import { kidsOf, numberTreeEntries } from "./structure-tree.ts";
import { oncePer } from "../lib/once-per.ts";

export interface ExtractInput {
  /** First and last physical page (from 1) of the booklet to keep. */
  first: number;
  last: number;
  /** The extract's metadata; `contents` is taken from the bookmarks it keeps. */
  info: Omit<DocumentInfo, "contents">;
  /** The folio of every page of the booklet (index 0 is page 1). */
  folios: string[];
}

const name = (value: string) => PDFName.of(value);

/**
 * What every extract of one booklet reads from its structure tree, read once
 * (a booklet gives hundreds of extracts; reading the whole tree for each made
 * their cost grow as the square of the pages): the parent tree's entries, and
 * each element by its reference (pdf-lib makes one PDFRef per object).
 */
interface StructureIndex {
  entries: Map<number, PDFObject>;
  elements: Map<PDFRef, ElementInfo>;
}

interface ElementInfo {
  dict: PDFDict;
  /** The pages its content is on, its descendants' included (page references as strings). */
  pages: Set<string>;
  /**
   * The first and last of those pages (numbers from 1; none: Infinity and -Infinity): each extract passes
   * over the thousands of elements off its pages (the kids of the booklet's one Document) by these alone.
   */
  first: number;
  last: number;
}
const indexes = new WeakMap<PDFDocument, StructureIndex>();

// Made once: PDFName.of decodes its argument at every call, and these are read for every element of every extract.
const MCID = name("MCID");
const OBJ = name("Obj");

/** A kid that is a structure element (not marked content, an MCR or an OBJR), as its dictionary. */
function elementOf(source: PDFDocument, kid: PDFObject): PDFDict | undefined {
  const target = kid instanceof PDFRef ? source.context.lookup(kid) : undefined;
  return target instanceof PDFDict && !target.has(MCID) && !target.has(OBJ) ? target : undefined;
}

function structureIndex(source: PDFDocument, root: PDFDict): StructureIndex {
  const known = indexes.get(source);
  if (known) return known;
  const pagesOf = new Map<PDFRef, Set<string>>();
  const elements = new Map<PDFRef, ElementInfo>();
  const visit = (ref: PDFRef): Set<string> => {
    const seen = pagesOf.get(ref);
    if (seen) return seen;
    const pages = new Set<string>();
    pagesOf.set(ref, pages);
    const dict = elementOf(source, ref);
    if (!dict) return pages;
    elements.set(ref, { dict, pages, first: Infinity, last: -Infinity });
    const elementPage = dict.get(name("Pg"));
    for (const kid of kidsOf(dict)) {
      if (elementOf(source, kid)) {
        for (const page of visit(kid as PDFRef)) pages.add(page);
      } else {
        // Content: a marked-content id on the element's page, or an MCR or OBJR on its own page or the element's.
        const content = kid instanceof PDFRef ? source.context.lookup(kid) : kid;
        const page = content instanceof PDFDict ? (content.get(name("Pg")) ?? elementPage) : elementPage;
        if (page instanceof PDFRef) pages.add(page.toString());
      }
    }
    return pages;
  };
  for (const kid of kidsOf(root)) if (kid instanceof PDFRef) visit(kid);
  const pageIndex = pageIndexOf(source);
  for (const info of elements.values()) {
    for (const page of info.pages) {
      const at = pageIndex.get(page);
      if (at === undefined) continue;
      info.first = Math.min(info.first, at);
      info.last = Math.max(info.last, at);
    }
  }
  const index = { entries: numberTreeEntries(source.context, root.lookupMaybe(name("ParentTree"), PDFDict)), elements };
  indexes.set(source, index);
  return index;
}

export async function extractPages(source: PDFDocument, input: ExtractInput): Promise<{ bytes: Uint8Array; pages: number }> {
  const { first, last } = input;
  if (!(Number.isInteger(first) && Number.isInteger(last) && first >= 1 && first <= last && last <= source.getPageCount())) {
    throw new PdfError(`Cannot extract pages ${first}–${last} of a ${source.getPageCount()}-page booklet. Fix: this is a bug in the page map (scripts/pdf/page-map.ts).`);
  }
  const document = await PDFDocument.create({ updateMetadata: false });
  const sourcePages = source.getPages().slice(first - 1, last);
  for (const page of sourcePages) checkAnnotations(source, page.node);
  const copied = await document.copyPages(source, sourcePages.map((_, i) => first - 1 + i));
  copied.forEach((page) => document.addPage(page));

  const pages = new Map(sourcePages.map((page, i) => [page.ref.toString(), copied[i]!.ref]));
  const annotations = new Map<string, PDFRef>();
  sourcePages.forEach((page, i) => {
    const before = page.node.lookupMaybe(name("Annots"), PDFArray)?.asArray() ?? [];
    const after = copied[i]!.node.lookupMaybe(name("Annots"), PDFArray)?.asArray() ?? [];
    before.forEach((ref, j) => {
      if (ref instanceof PDFRef && after[j] instanceof PDFRef) annotations.set(ref.toString(), after[j]);
    });
  });
  const copier = PDFObjectCopier.for(source.context, document.context);

  copyStructure(source, document, { pages, first, last, annotations, copier });
  keepInternalLinks(source, document, copied.map((page) => page.node), pages);
  const contents = copyOutline(source, document, pages, first, last);

  const info = { ...input.info, contents };
  setDocumentInfo(document, info);
  setPageLabels(document, input.folios.slice(first - 1, last));
  setXmp(document, info);
  document.catalog.set(name("MarkInfo"), document.context.obj({ Type: "MarkInfo", Marked: true }));
  prepareReproducible(document, { date: input.info.date });
  return { bytes: await saveReproducible(document), pages: copied.length };
}

/**
 * copyPages follows every reference of a page: an annotation that points to a
 * page (/P, or an explicit destination) would bring the whole booklet along.
 * Chromium writes neither (its links use named destinations): make sure.
 */
function checkAnnotations(source: PDFDocument, page: PDFDict): void {
  for (const ref of page.lookupMaybe(name("Annots"), PDFArray)?.asArray() ?? []) {
    const annotation = source.context.lookupMaybe(ref, PDFDict);
    const destination = annotation?.get(name("Dest")) ?? annotation?.lookupMaybe(name("A"), PDFDict)?.get(name("D"));
    if (annotation?.has(name("P")) || destination instanceof PDFArray || destination instanceof PDFRef) {
      throw new PdfError("A link annotation of the booklet points to a page by reference, which Chromium does not write. Fix: this is a bug in scripts/pdf/extract.ts, which must then map such references.");
    }
  }
}

interface Mapping {
  /** Booklet page ref → extract page ref, for the pages kept. */
  pages: Map<string, PDFRef>;
  /** The first and last page kept (physical pages of the booklet, from 1). */
  first: number;
  last: number;
  annotations: Map<string, PDFRef>;
  copier: PDFObjectCopier;
}

/**
 * The structure tree of the kept pages: an element stays when some of its
 * content (marked content, an annotation) is on them, directly or through its
 * kids; the parent tree maps each kept page's marked content and each kept
 * annotation to its element again.
 */
function copyStructure(source: PDFDocument, document: PDFDocument, mapping: Mapping): void {
  const sourceRoot = source.catalog.lookupMaybe(name("StructTreeRoot"), PDFDict);
  if (!sourceRoot) throw new PdfError("The booklet has no structure tree to extract from. Fix: print it tagged (page.pdf({ tagged: true })).");
  const elements = new Map<PDFRef, PDFRef>();
  const index = structureIndex(source, sourceRoot);
  const rootRef = document.context.nextRef();
  const pageOf = (ref: PDFObject | undefined) => (ref instanceof PDFRef ? mapping.pages.get(ref.toString()) : undefined);
  const element = (kid: PDFObject) => (kid instanceof PDFRef ? index.elements.get(kid)?.dict : undefined);
  // An extract keeps a few pages: they are the shorter list to look for in an element's pages.
  const keptPages = [...mapping.pages.keys()];

  // First which elements have content on the kept pages, so that only those are given object numbers.
  const kept = new Map<PDFRef, boolean>();
  const hasContent = (ref: PDFRef): boolean => {
    const known = kept.get(ref);
    if (known !== undefined) return known;
    kept.set(ref, false);
    // No content on a kept page, in it or below it: nothing to read further.
    const info = index.elements.get(ref);
    if (!info || info.last < mapping.first || info.first > mapping.last || !keptPages.some((page) => info.pages.has(page))) return false;
    const result = kidsOf(info.dict).some((kid) => (element(kid) ? hasContent(kid as PDFRef) : copyContent(kid, info.dict.get(name("Pg"))) !== undefined));
    kept.set(ref, result);
    return result;
  };
  // A kid that is content, not an element: a marked-content id on the element's page, or a reference to one (MCR) or to an annotation (OBJR).
  const copyContent = (kid: PDFObject, elementPage: PDFObject | undefined): PDFObject | undefined => {
    if (kid instanceof PDFNumber) return pageOf(elementPage) ? kid : undefined;
    const dict = kid instanceof PDFRef ? source.context.lookupMaybe(kid, PDFDict) : kid instanceof PDFDict ? kid : undefined;
    const page = dict ? pageOf(dict.get(name("Pg")) ?? elementPage) : undefined;
    if (!dict || !page) return undefined;
    const type = dict.lookupMaybe(name("Type"), PDFName)?.decodeText();
    if (type === "MCR") return document.context.obj({ Type: "MCR", Pg: page, MCID: dict.get(name("MCID"))! });
    if (type === "OBJR") {
      const object = dict.get(name("Obj"));
      const annotation = object instanceof PDFRef ? mapping.annotations.get(object.toString()) : undefined;
      return annotation ? document.context.obj({ Type: "OBJR", Pg: page, Obj: annotation }) : undefined;
    }
    return undefined;
  };
  // A document's first heading is an H1 (PDF/UA, Matterhorn 14-002): an extract that opens on a
  // contribution (an H2 of the booklet) has its heading levels raised by one.
  const headingLevel = (dict: PDFDict) => Number(/^H([1-6])$/.exec(dict.lookupMaybe(name("S"), PDFName)?.decodeText() ?? "")?.[1] ?? 0);
  const firstHeading = (refs: PDFObject[]): number => {
    for (const kid of refs) {
      const dict = element(kid);
      if (!dict || !hasContent(kid as PDFRef)) continue;
      const level = headingLevel(dict) || firstHeading(kidsOf(dict));
      if (level) return level;
    }
    return 0;
  };
  const raise = Math.max(0, firstHeading(kidsOf(sourceRoot)) - 1);

  const copyElement = (ref: PDFRef, parent: PDFRef): PDFRef | undefined => {
    if (!hasContent(ref)) return undefined;
    const dict = element(ref)!;
    const newRef = document.context.nextRef();
    const page = dict.get(name("Pg"));
    const kids = kidsOf(dict)
      .map((kid) => (element(kid) ? copyElement(kid as PDFRef, newRef) : copyContent(kid, page)))
      .filter((kid): kid is PDFObject => kid !== undefined);
    const copy = document.context.obj({});
    for (const [key, value] of dict.entries()) {
      if (key === name("P") || key === name("K") || key === name("Pg")) continue;
      copy.set(key, mapping.copier.copy(value));
    }
    const level = headingLevel(dict);
    if (level && raise) copy.set(name("S"), name(`H${Math.max(1, level - raise)}`));
    copy.set(name("P"), parent);
    copy.set(name("K"), kids.length === 1 ? kids[0]! : document.context.obj(kids));
    const newPage = pageOf(page);
    if (newPage) copy.set(name("Pg"), newPage);
    document.context.assign(newRef, copy);
    elements.set(ref, newRef);
    return newRef;
  };

  const top = kidsOf(sourceRoot)
    .map((kid) => (kid instanceof PDFRef ? copyElement(kid, rootRef) : undefined))
    .filter((kid): kid is PDFRef => kid !== undefined);

  // The parent tree: keys stay those of the booklet (unique there, so unique here).
  const sourceEntries = index.entries;
  const mapped = (value: PDFObject | undefined): PDFObject => (value instanceof PDFRef ? elements.get(value) ?? PDFNull : PDFNull);
  const nums: [number, PDFObject][] = [];
  for (const page of document.getPages()) {
    const key = page.node.get(name("StructParents"));
    if (key instanceof PDFNumber) {
      const entry = sourceEntries.get(key.asNumber());
      const list = entry instanceof PDFRef ? source.context.lookupMaybe(entry, PDFArray) : entry instanceof PDFArray ? entry : undefined;
      if (list) nums.push([key.asNumber(), document.context.register(document.context.obj(list.asArray().map(mapped)))]);
    }
    for (const ref of page.node.lookupMaybe(name("Annots"), PDFArray)?.asArray() ?? []) {
      const annotationKey = document.context.lookupMaybe(ref, PDFDict)?.get(name("StructParent"));
      if (annotationKey instanceof PDFNumber) nums.push([annotationKey.asNumber(), mapped(sourceEntries.get(annotationKey.asNumber()))]);
    }
  }
  nums.sort(([a], [b]) => a - b);
  const root = document.context.obj({
    Type: "StructTreeRoot",
    K: top,
    ParentTree: document.context.obj({ Nums: nums.flat() }),
    ParentTreeNextKey: (nums.at(-1)?.[0] ?? -1) + 1,
  });
  const roleMap = sourceRoot.get(name("RoleMap"));
  if (roleMap) root.set(name("RoleMap"), mapping.copier.copy(roleMap));
  document.context.assign(rootRef, root);
  document.catalog.set(name("StructTreeRoot"), rootRef);
}

/**
 * Links within the booklet use named destinations: those that lead to a kept
 * page keep their destination; the others lose it (the annotation stays, for
 * the structure tree that refers to it).
 */
function keepInternalLinks(source: PDFDocument, document: PDFDocument, pages: PDFDict[], mapping: Map<string, PDFRef>): void {
  const sourceDests = source.catalog.lookupMaybe(name("Dests"), PDFDict);
  const dests = document.context.obj({});
  for (const page of pages) {
    for (const ref of page.lookupMaybe(name("Annots"), PDFArray)?.asArray() ?? []) {
      const annotation = document.context.lookupMaybe(ref, PDFDict);
      const action = annotation?.lookupMaybe(name("A"), PDFDict);
      const holder = annotation?.has(name("Dest")) ? annotation : action?.has(name("D")) ? action : undefined;
      const key = holder?.has(name("Dest")) ? name("Dest") : name("D");
      const destination = holder?.get(key);
      if (!holder || !annotation) continue;
      const target = destinationOf(source, sourceDests, destination);
      const page = target?.get(0);
      const kept = page instanceof PDFRef ? mapping.get(page.toString()) : undefined;
      if (!target || !kept || !(destination instanceof PDFName || destination instanceof PDFString || destination instanceof PDFHexString)) {
        if (holder === annotation) annotation.delete(name("Dest"));
        else annotation.delete(name("A"));
        continue;
      }
      const entry = document.context.obj([kept, ...target.asArray().slice(1)]);
      dests.set(name(destination instanceof PDFName ? destination.decodeText() : destination.decodeText()), entry);
      if (!(destination instanceof PDFName)) holder.set(key, name(destination.decodeText()));
    }
  }
  if (dests.keys().length > 0) document.catalog.set(name("Dests"), document.context.register(dests));
}

function destinationOf(source: PDFDocument, dests: PDFDict | undefined, destination: PDFObject | undefined): PDFArray | undefined {
  if (!dests || destination === undefined) return undefined;
  const key = destination instanceof PDFName ? destination : destination instanceof PDFString || destination instanceof PDFHexString ? name(destination.decodeText()) : undefined;
  if (!key) return undefined;
  const value = dests.get(key);
  const resolved = value instanceof PDFRef ? source.context.lookup(value) : value;
  if (resolved instanceof PDFArray) return resolved;
  return resolved instanceof PDFDict ? resolved.lookupMaybe(name("D"), PDFArray) : undefined;
}

interface OutlineNode {
  item: PDFDict;
  page: number | undefined;
  children: OutlineNode[];
}

/** The booklet's bookmarks with their pages, read once for all its extracts (each reading them all cost as the square of the pages). */
const outlineOf = oncePer((source: PDFDocument): OutlineNode[] => {
  const pageIndex = pageIndexOf(source);
  const read = (firstItem: PDFDict | undefined): OutlineNode[] => {
    const nodes: OutlineNode[] = [];
    for (let item = firstItem; item; item = item.lookupMaybe(name("Next"), PDFDict)) {
      nodes.push({ item, page: itemPage(source, item, pageIndex), children: read(item.lookupMaybe(name("First"), PDFDict)) });
    }
    return nodes;
  };
  return read(source.catalog.lookupMaybe(name("Outlines"), PDFDict)?.lookupMaybe(name("First"), PDFDict));
});

/**
 * The bookmarks that open a kept page, in the booklet's hierarchy: a bookmark
 * whose parent is left out moves up to the nearest kept ancestor's level.
 * Returns their titles, in order.
 */
function copyOutline(source: PDFDocument, document: PDFDocument, pages: Map<string, PDFRef>, first: number, last: number): string[] {
  const keep = (nodes: OutlineNode[]): OutlineNode[] =>
    nodes.flatMap((node) => {
      const children = keep(node.children);
      return node.page !== undefined && node.page >= first && node.page <= last ? [{ ...node, children }] : children;
    });
  const kept = keep(outlineOf(source));
  if (kept.length === 0) return [];

  const titles: string[] = [];
  const rootRef = document.context.nextRef();
  // Refs numbered as before: the siblings of a level, then each one's bookmarks in turn.
  const copy = (nodes: OutlineNode[], parent: PDFRef): OutlineTree[] => {
    const refs = nodes.map(() => document.context.nextRef());
    return nodes.map((node, i) => {
      const title = node.item.lookup(name("Title"));
      titles.push(title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : "");
      const dest = node.item.lookup(name("Dest"), PDFArray);
      const page = dest.get(0);
      const dict = document.context.obj({
        Title: title,
        Parent: parent,
        Dest: document.context.obj([pages.get((page as PDFRef).toString())!, ...dest.asArray().slice(1)]),
      });
      return { ref: refs[i]!, dict, children: copy(node.children, refs[i]!) };
    });
  };
  writeOutline(document, rootRef, copy(kept, rootRef));
  return titles;
}
