/**
 * The text a PDF page draws, read from its content streams (ISO 32000-1,
 * 9.4): each text object with its font, its glyphs (code, glyph id for CID
 * fonts, where it starts and ends on the page) and the text it stands for
 * (ToUnicode, or the ActualText of its marked content). Form XObjects are
 * read too, in their own coordinates. Enough to preflight what Chromium
 * writes (CID fonts, Identity-H; Type 3 and simple fonts by their widths).
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFDocument, type PDFObject, type PDFPage } from "../lib/pdf-lib.ts";
import { hexBytes, literalBytes, operandsOf, parseOperations } from "./content-stream.ts";
import { pageContent, streamText } from "./page-content.ts";

export interface FontFacts {
  /** The font's /BaseFont (or its resource name). */
  name: string;
  /** Its program is in the file (FontFile, FontFile2 or FontFile3; a Type 3 font is its own program). */
  embedded: boolean;
  /** CID fonts are read two bytes a code; their glyph ids come from /CIDToGIDMap. */
  cid: boolean;
  /** Glyph id of a code, for a CID font. */
  glyphId(code: number): number | undefined;
  /** Advance of a code, in text space units (1 = the font size). */
  advance(code: number): number;
  unicode(code: number): string;
}

export interface DrawnGlyph {
  code: number;
  /** Glyph id, for a CID font. */
  glyphId?: number;
  /** Start and end of its advance on the baseline, in the page's default user space (points). */
  x0: number;
  x1: number;
  y: number;
}

export interface DrawnRun {
  font: FontFacts;
  glyphs: DrawnGlyph[];
  /** The text of the whole text object (BT…ET) the run is in. */
  text: string;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** m × n: first m, then n. */
const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** [1 0 0 1 tx ty] × m, written out: it runs at every line and every kerning of the book, and makes one array where times() took two. */
const translated = (m: Matrix, tx: number, ty: number): Matrix => [m[0], m[1], m[2], m[3], tx * m[0] + ty * m[2] + m[4], tx * m[1] + ty * m[3] + m[5]];

/** The text a UTF-16BE string with its byte order mark stands for (ActualText, ToUnicode). */
function utf16(bytes: Uint8Array): string {
  const start = bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0;
  let text = "";
  for (let i = start; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
  return text;
}

/** A ToUnicode CMap's bfchar and bfrange entries. */
function parseToUnicode(source: string): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (value: string) => hexBytes(value);
  const code = (value: string) => hex(value).reduce((n, byte) => n * 256 + byte, 0);
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, to] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(code(from!), utf16(hex(to!)));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, target] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/g)) {
      const first = code(low!);
      const last = code(high!);
      if (target!.startsWith("[")) {
        [...target!.matchAll(/<([0-9a-fA-F]*)>/g)].forEach(([, value], k) => map.set(first + k, utf16(hex(value!))));
      } else {
        const start = hex(target!.slice(1, -1));
        for (let c = first; c <= last && c - first < 65536; c++) {
          const bytes = Uint8Array.from(start);
          bytes[bytes.length - 1] = bytes[bytes.length - 1]! + (c - first);
          map.set(c, utf16(bytes));
        }
      }
    }
  }
  return map;
}

const numberOf = (object: PDFObject | undefined) => (object instanceof PDFNumber ? object.asNumber() : undefined);

function readFont(pdf: PDFDocument, font: PDFDict, resourceName: string): FontFacts {
  const name = (dict: PDFDict, key: string) => dict.lookupMaybe(PDFName.of(key), PDFName)?.decodeText();
  const subtype = name(font, "Subtype");
  const toUnicodeStream = font.lookup(PDFName.of("ToUnicode"));
  const toUnicode = toUnicodeStream instanceof PDFRawStream ? parseToUnicode(streamText(toUnicodeStream)) : new Map<number, string>();
  const hasProgram = (descriptor: PDFDict | undefined) => ["FontFile", "FontFile2", "FontFile3"].some((key) => descriptor?.has(PDFName.of(key)));
  const baseName = name(font, "BaseFont") ?? resourceName;
  const unicode = (code: number) => toUnicode.get(code) ?? "";

  if (subtype === "Type0") {
    const descendant = font.lookupMaybe(PDFName.of("DescendantFonts"), PDFArray)?.lookupMaybe(0, PDFDict);
    const widths = new Map<number, number>();
    const w = descendant?.lookupMaybe(PDFName.of("W"), PDFArray);
    for (let i = 0; w && i < w.size(); ) {
      const first = numberOf(w.lookup(i)) ?? 0;
      const next = w.lookup(i + 1);
      if (next instanceof PDFArray) {
        next.asArray().forEach((value, k) => widths.set(first + k, numberOf(pdf.context.lookup(value)) ?? 0));
        i += 2;
      } else {
        const last = numberOf(next) ?? first;
        const width = numberOf(w.lookup(i + 2)) ?? 0;
        for (let c = first; c <= last; c++) widths.set(c, width);
        i += 3;
      }
    }
    const defaultWidth = numberOf(descendant?.lookup(PDFName.of("DW"))) ?? 1000;
    const map = descendant?.lookup(PDFName.of("CIDToGIDMap"));
    const gids = map instanceof PDFRawStream ? Buffer.from(streamText(map), "latin1") : undefined;
    return {
      name: baseName,
      embedded: hasProgram(descendant?.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict)),
      cid: true,
      // Identity (the default for TrueType-based CID fonts) unless a map is given.
      glyphId: (code) => (gids ? (2 * code + 1 < gids.length ? gids.readUInt16BE(2 * code) : undefined) : code),
      advance: (code) => (widths.get(code) ?? defaultWidth) / 1000,
      unicode,
    };
  }

  const firstChar = numberOf(font.lookup(PDFName.of("FirstChar"))) ?? 0;
  const widths = font.lookupMaybe(PDFName.of("Widths"), PDFArray)?.asArray().map((value) => numberOf(pdf.context.lookup(value)) ?? 0) ?? [];
  // Type 3 widths are in glyph space, scaled by the font matrix; other simple fonts' in thousandths.
  const scale = subtype === "Type3" ? (numberOf(font.lookupMaybe(PDFName.of("FontMatrix"), PDFArray)?.lookup(0)) ?? 0.001) : 0.001;
  return {
    name: baseName,
    embedded: subtype === "Type3" || hasProgram(font.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict)),
    cid: false,
    glyphId: () => undefined,
    advance: (code) => (widths[code - firstChar] ?? 0) * scale,
    unicode,
  };
}

/** Every font a page or form uses, by object (a font shared by many pages is read once). */
export class FontReader {
  private readonly fonts = new Map<PDFObject, FontFacts>();
  constructor(private readonly pdf: PDFDocument) {}

  read(resources: PDFDict | undefined, resourceName: string): FontFacts | undefined {
    const ref = resources?.lookupMaybe(PDFName.of("Font"), PDFDict)?.get(PDFName.of(resourceName));
    if (!ref) return undefined;
    let facts = this.fonts.get(ref);
    if (!facts) {
      const dict = this.pdf.context.lookup(ref);
      if (!(dict instanceof PDFDict)) return undefined;
      facts = readFont(this.pdf, dict, resourceName);
      this.fonts.set(ref, facts);
    }
    return facts;
  }
}

/** The text runs a page draws, in its default user space. */
export function drawnText(pdf: PDFDocument, page: PDFPage, fonts = new FontReader(pdf)): DrawnRun[] {
  const runs: DrawnRun[] = [];
  const { source } = pageContent(pdf, page.node.get(PDFName.of("Contents")));
  readStream(pdf, source, page.node.Resources(), IDENTITY, fonts, runs, 0);
  return runs;
}

/**
 * Each page's text runs in turn, for checks that read every page: one page's
 * runs at a time (those of a 1,800-page book together held about a gigabyte,
 * and the collector's time grew with them).
 */
export function forEachDrawnPage(pdf: PDFDocument, visit: (runs: DrawnRun[], page: PDFPage, index: number) => void): void {
  const fonts = new FontReader(pdf);
  pdf.getPages().forEach((page, index) => visit(drawnText(pdf, page, fonts), page, index));
}

function readStream(pdf: PDFDocument, source: string, resources: PDFDict | undefined, base: Matrix, fonts: FontReader, runs: DrawnRun[], depth: number): void {
  let ctm = base;
  const saved: Matrix[] = [];
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let font: FontFacts | undefined;
  let size = 0;
  let charSpacing = 0;
  let wordSpacing = 0;
  let scaling = 1;
  let leading = 0;
  let rise = 0;
  /** ActualText of the marked content the operations are in (null: none). */
  const actual: (string | null)[] = [];
  let objectRuns: DrawnRun[] = [];
  let objectText = "";

  const show = (bytes: Uint8Array) => {
    if (!font) return;
    const run: DrawnRun = { font, glyphs: [], text: "" };
    const width = font.cid ? 2 : 1;
    const quiet = actual.some((text) => text !== null);
    // Tm × CTM written out with numbers, not matrices: this runs for every glyph of the book.
    const ca = ctm[0], cb = ctm[1], cc = ctm[2], cd = ctm[3], ce = ctm[4], cf = ctm[5];
    const ta = tm[0], tb = tm[1], tc = tm[2], td = tm[3];
    let te = tm[4], tf = tm[5];
    const a = ta * ca + tb * cc;
    const c = tc * ca + td * cc;
    const d = tc * cb + td * cd;
    for (let i = 0; i + width <= bytes.length; i += width) {
      const code = width === 2 ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]!;
      const advance = (font.advance(code) * size + charSpacing + (width === 1 && code === 32 ? wordSpacing : 0)) * scaling;
      // The glyph's origin (0, rise) and end (advance, rise) on the page.
      const e = te * ca + tf * cc + ce;
      const f = te * cb + tf * cd + cf;
      const x0 = rise * c + e;
      const y = rise * d + f;
      const x1 = a * advance + x0;
      const glyphId = font.glyphId(code);
      const left = Math.min(x0, x1);
      const right = Math.max(x0, x1);
      run.glyphs.push(glyphId !== undefined ? { code, glyphId, x0: left, x1: right, y } : { code, x0: left, x1: right, y });
      if (!quiet) objectText += font.unicode(code);
      te = advance * ta + te;
      tf = advance * tb + tf;
    }
    tm = [ta, tb, tc, td, te, tf];
    objectRuns.push(run);
  };

  for (const operation of parseOperations(source)) {
    const { operator } = operation;
    switch (operator) {
      case "q":
        saved.push(ctm);
        break;
      case "Q":
        ctm = saved.pop() ?? base;
        break;
      case "cm": {
        const m = operandsOf(operation.text) as number[];
        if (m.length >= 6) ctm = times(m.slice(0, 6) as Matrix, ctm);
        break;
      }
      case "BT":
        tm = tlm = IDENTITY;
        objectRuns = [];
        objectText = "";
        break;
      case "ET":
        for (const run of objectRuns) run.text = objectText;
        runs.push(...objectRuns);
        objectRuns = [];
        break;
      case "Tf": {
        const [name, fontSize] = operandsOf(operation.text);
        if (typeof name === "string") font = fonts.read(resources, name.slice(1));
        size = typeof fontSize === "number" ? fontSize : size;
        break;
      }
      case "Tc":
        charSpacing = (operandsOf(operation.text)[0] as number) ?? 0;
        break;
      case "Tw":
        wordSpacing = (operandsOf(operation.text)[0] as number) ?? 0;
        break;
      case "Tz":
        scaling = ((operandsOf(operation.text)[0] as number) ?? 100) / 100;
        break;
      case "TL":
        leading = (operandsOf(operation.text)[0] as number) ?? 0;
        break;
      case "Ts":
        rise = (operandsOf(operation.text)[0] as number) ?? 0;
        break;
      case "Tm": {
        const m = operandsOf(operation.text) as number[];
        if (m.length >= 6) tm = tlm = m.slice(0, 6) as Matrix;
        break;
      }
      case "Td":
      case "TD": {
        const [tx = 0, ty = 0] = operandsOf(operation.text) as number[];
        if (operator === "TD") leading = -ty;
        tm = tlm = translated(tlm, tx, ty);
        break;
      }
      case "T*":
        tm = tlm = translated(tlm, 0, -leading);
        break;
      case "Tj":
      case "'":
      case '"': {
        const operands = operandsOf(operation.text);
        if (operator !== "Tj") tm = tlm = translated(tlm, 0, -leading);
        if (operator === '"') {
          wordSpacing = operands[0] as number;
          charSpacing = operands[1] as number;
        }
        const bytes = operands.at(-1);
        if (bytes instanceof Uint8Array) show(bytes);
        break;
      }
      case "TJ": {
        const [array] = operandsOf(operation.text);
        if (!Array.isArray(array)) break;
        // A number moves the text matrix: moved in place, on a copy of its own (show gives it a new one too).
        tm = [...tm];
        for (const item of array) {
          if (item instanceof Uint8Array) show(item);
          else if (typeof item === "number") {
            const tx = (-item / 1000) * size * scaling;
            tm[4] = tx * tm[0] + tm[4];
            tm[5] = tx * tm[1] + tm[5];
          }
        }
        break;
      }
      case "BDC":
      case "BMC": {
        const operands = operandsOf(operation.text);
        const properties = operands.find((operand): operand is { dict: string } => typeof operand === "object" && "dict" in operand);
        const match = properties ? /\/ActualText\s*(<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\))/.exec(properties.dict) : null;
        const text = match ? utf16(match[1]!.startsWith("<") ? hexBytes(match[1]!.slice(1, -1)) : literalBytes(match[1]!.slice(1, -1))) : null;
        if (text !== null && actual.every((outer) => outer === null)) objectText += text;
        actual.push(text);
        break;
      }
      case "EMC":
        actual.pop();
        break;
      case "Do": {
        if (depth > 8) break;
        const [name] = operandsOf(operation.text);
        const xobject = typeof name === "string" ? resources?.lookupMaybe(PDFName.of("XObject"), PDFDict)?.get(PDFName.of(name.slice(1))) : undefined;
        const stream = xobject instanceof PDFRef ? pdf.context.lookup(xobject) : xobject;
        if (!(stream instanceof PDFRawStream) || stream.dict.lookupMaybe(PDFName.of("Subtype"), PDFName)?.decodeText() !== "Form") break;
        const matrix = stream.dict.lookupMaybe(PDFName.of("Matrix"), PDFArray)?.asArray().map((value) => numberOf(value) ?? 0);
        const formResources = stream.dict.lookupMaybe(PDFName.of("Resources"), PDFDict) ?? resources;
        readStream(pdf, streamText(stream), formResources, times((matrix?.length === 6 ? matrix : IDENTITY) as Matrix, ctm), fonts, runs, depth + 1);
        break;
      }
    }
  }
}
