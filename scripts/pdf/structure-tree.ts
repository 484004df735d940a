/** Reading a PDF's structure tree (ISO 32000-1, 14.7): the kids of an element, the parent tree's entries. */
import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFContext, type PDFObject } from "../lib/pdf-lib.ts";

/** The kids of a structure element (or of the tree root): /K as a list. */
export function kidsOf(dict: PDFDict): PDFObject[] {
  const k = dict.get(PDFName.of("K"));
  if (k === undefined) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
}

/** Every key → value of a number tree (the parent tree), flat /Nums and /Kids alike. */
export function numberTreeEntries(context: PDFContext, root: PDFDict | undefined): Map<number, PDFObject> {
  const entries = new Map<number, PDFObject>();
  const visit = (node: PDFDict | undefined) => {
    if (!node) return;
    const nums = node.lookupMaybe(PDFName.of("Nums"), PDFArray);
    if (nums) {
      for (let i = 0; i + 1 < nums.size(); i += 2) {
        const key = nums.get(i);
        if (key instanceof PDFNumber) entries.set(key.asNumber(), nums.get(i + 1));
      }
    }
    node.lookupMaybe(PDFName.of("Kids"), PDFArray)?.asArray().forEach((kid) => visit(context.lookupMaybe(kid, PDFDict)));
  };
  visit(root);
  return entries;
}
