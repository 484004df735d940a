/**
 * What Chromium's PDF tagger leaves short of PDF/UA, mended after printing:
 * - Chromium draws untagged what is not in the accessibility tree: the running
 *   heads and folios (CSS generated content of Paged.js' margin boxes), rules,
 *   backgrounds, the dot leaders of the contents. Untagged is not enough: each
 *   such drawing is marked as an artifact in the content streams;
 * - PDF 2.0 structure types (Strong, Em, Aside) get a role map to PDF 1.7 types;
 * - list items get an LBody around their content, as ISO 32000-1 asks (Chromium
 *   puts the content right under LI).
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject, type PDFPage } from "../lib/pdf-lib.ts";
import { markUnmarkedAsArtifacts } from "./content-stream.ts";
import { editPageContents, type ContentEdit } from "./page-content.ts";
import { kidsOf } from "./structure-tree.ts";

/** PDF 2.0 standard types Chromium writes, and the PDF 1.7 type each stands for. */
const ROLE_MAP: Record<string, string> = { Strong: "Span", Em: "Span", Sub: "Span", Aside: "Div", Title: "P", FENote: "Note", DocumentFragment: "Div" };

export interface TagFixes {
  /** Drawing units wrapped as artifacts. */
  artifacts: number;
  /** LI elements given an LBody. */
  listBodies: number;
  /** Role map entries added. */
  roles: string[];
}

/**
 * Applies the fixes to a loaded document (the renderer's single load and save
 * serve every pass after printing). `moreEdits` change the page contents in the
 * same pass as the artifacts, each page's content read and written once.
 */
export function mendTags(pdf: PDFDocument, moreEdits: ContentEdit[] = []): TagFixes {
  const treeRoot = pdf.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  if (!treeRoot) throw new Error("The printed PDF has no structure tree: Chromium was asked for a tagged PDF (page.pdf({ tagged: true })) and did not write one.");
  const fixes: TagFixes = { artifacts: 0, listBodies: 0, roles: [] };
  const elements = structElements(pdf, treeRoot);
  fixes.roles = addRoleMap(pdf, treeRoot, elements);
  fixes.listBodies = addListBodies(pdf, treeRoot, elements);
  editPageContents(pdf, [artifactEdit(pdf, fixes), ...moreEdits]);
  return fixes;
}

interface Element {
  ref: PDFRef;
  dict: PDFDict;
  type: string;
}

function structElements(pdf: PDFDocument, treeRoot: PDFDict): Element[] {
  const found: Element[] = [];
  const seen = new Set<string>();
  const visit = (kid: PDFObject | undefined) => {
    if (!(kid instanceof PDFRef) || seen.has(kid.toString())) return;
    seen.add(kid.toString());
    const dict = pdf.context.lookup(kid);
    if (!(dict instanceof PDFDict)) return;
    const type = dict.get(PDFName.of("S"));
    if (!(type instanceof PDFName)) return;
    found.push({ ref: kid, dict, type: type.decodeText() });
    kidsOf(dict).forEach(visit);
  };
  kidsOf(treeRoot).forEach(visit);
  return found;
}

function addRoleMap(pdf: PDFDocument, treeRoot: PDFDict, elements: Element[]): string[] {
  const present = [...new Set(elements.map((e) => e.type))].filter((type) => ROLE_MAP[type] !== undefined);
  if (present.length === 0) return [];
  const roleMap = treeRoot.lookupMaybe(PDFName.of("RoleMap"), PDFDict) ?? pdf.context.obj({});
  const added: string[] = [];
  for (const type of present) {
    if (roleMap.has(PDFName.of(type))) continue;
    roleMap.set(PDFName.of(type), PDFName.of(ROLE_MAP[type]!));
    added.push(`${type}→${ROLE_MAP[type]}`);
  }
  treeRoot.set(PDFName.of("RoleMap"), roleMap);
  return added;
}

function addListBodies(pdf: PDFDocument, treeRoot: PDFDict, elements: Element[]): number {
  const typeOf = (kid: PDFObject): string | undefined => {
    if (!(kid instanceof PDFRef)) return undefined;
    const type = pdf.context.lookupMaybe(kid, PDFDict)?.get(PDFName.of("S"));
    return type instanceof PDFName ? type.decodeText() : undefined;
  };
  // Items whose own content (not a kid element) moves into the new LBody: the parent tree must follow.
  const moved = new Map<string, PDFRef>();
  let count = 0;
  for (const item of elements.filter((e) => e.type === "LI")) {
    const kids = kidsOf(item.dict);
    if (kids.length === 0 || kids.every((kid) => ["Lbl", "LBody"].includes(typeOf(kid) ?? ""))) continue;
    const labels = kids.filter((kid) => typeOf(kid) === "Lbl");
    const content = kids.filter((kid) => typeOf(kid) !== "Lbl");
    const body = pdf.context.obj({ Type: "StructElem", S: "LBody", P: item.ref, K: content });
    const page = item.dict.get(PDFName.of("Pg"));
    if (page) body.set(PDFName.of("Pg"), page);
    const bodyRef = pdf.context.register(body);
    for (const kid of content) {
      if (kid instanceof PDFRef && typeOf(kid)) pdf.context.lookup(kid, PDFDict).set(PDFName.of("P"), bodyRef);
      else moved.set(item.ref.toString(), bodyRef);
    }
    item.dict.set(PDFName.of("K"), pdf.context.obj([...labels, bodyRef]));
    count++;
  }
  if (moved.size > 0) repointParentTree(pdf, treeRoot, moved);
  return count;
}

/** The parent tree maps marked content and annotations to their element: entries of moved content point to the LBody. */
function repointParentTree(pdf: PDFDocument, treeRoot: PDFDict, moved: Map<string, PDFRef>): void {
  const swap = (value: PDFObject): PDFObject => (value instanceof PDFRef && moved.get(value.toString())) || value;
  const visit = (node: PDFDict | undefined) => {
    if (!node) return;
    const nums = node.lookupMaybe(PDFName.of("Nums"), PDFArray);
    if (nums) {
      for (let i = 1; i < nums.size(); i += 2) {
        const value = nums.get(i);
        const array = value instanceof PDFRef ? pdf.context.lookupMaybe(value, PDFArray) : value instanceof PDFArray ? value : undefined;
        if (array) array.asArray().forEach((entry, j) => array.set(j, swap(entry)));
        else nums.set(i, swap(value));
      }
    }
    node.lookupMaybe(PDFName.of("Kids"), PDFArray)?.asArray().forEach((kid) => visit(pdf.context.lookupMaybe(kid, PDFDict)));
  };
  visit(treeRoot.lookupMaybe(PDFName.of("ParentTree"), PDFDict));
}

/** Unmarked drawing wrapped as artifacts (an edit for editPageContents), counted in `fixes`. */
function artifactEdit(pdf: PDFDocument, fixes: TagFixes): ContentEdit {
  return (source: string, page: PDFPage) => {
    const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of("XObject"), PDFDict);
    // A form XObject with its own tagged content must not be hidden inside an artifact.
    const carriesTags = (name: string | undefined) => {
      if (!name || !xobjects) return false;
      const xobject = xobjects.get(PDFName.of(name.slice(1)));
      const dict = xobject instanceof PDFRef ? pdf.context.lookup(xobject) : xobject;
      const streamDict = dict instanceof PDFRawStream ? dict.dict : dict instanceof PDFDict ? dict : undefined;
      return streamDict?.has(PDFName.of("StructParents")) === true || streamDict?.has(PDFName.of("StructParent")) === true;
    };
    const { text, wrapped } = markUnmarkedAsArtifacts(source, (unit) => unit.kind === "xobject" && carriesTags(unit.name));
    fixes.artifacts += wrapped;
    return wrapped === 0 ? undefined : text;
  };
}
