/**
 * Makes a PDF byte-for-byte reproducible. Chromium (Skia) stamps the PDF with
 * the clock (CreationDate, ModDate) and writes no document ID; links that
 * were resolved against the local render server carry its random port. Here
 * the dates come from the edition, loopback links become the public URL (or
 * are dropped), and the document ID is a hash of the resulting file, so the
 * same data always gives the same bytes.
 */
import { createHash } from "node:crypto";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "../lib/pdf-lib.ts";

/**
 * The date stamped in the PDFs: `sourceDateEpoch` (seconds, the convention of
 * reproducible-builds.org, read from SOURCE_DATE_EPOCH by the command line) when
 * given, else the edition's publication date at midnight UTC.
 */
export function publicationDate(isoDate: string, sourceDateEpoch?: number): Date {
  return sourceDateEpoch === undefined ? new Date(`${isoDate}T00:00:00Z`) : new Date(sourceDateEpoch * 1000);
}

// 16 bytes, as the PDF specification's MD5-sized identifiers; never the value of a real hash prefix in practice.
const ID_PLACEHOLDER = "0".repeat(32);
const LOOPBACK = /^https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):\d+(\/[^]*)?$/i;

// Classic cross-reference table: Chromium writes PDF 1.4, which has no object streams.
// pdf-lib yields to the event loop every 50 objects by default (a timer each): a tagged book has
// tens of thousands, and nothing else runs meanwhile, so it writes them in one go.
const SAVE_OPTIONS = { useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity } as const;

export interface ReproducibleOptions {
  date: Date;
  /** The site's public URL: links to the local render server are made to point there (else they lose their action). */
  publicUrl?: string | undefined;
}

/** Dates from the edition, loopback links made public or inert, and a placeholder ID that saveReproducible replaces. */
export function prepareReproducible(document: PDFDocument, options: ReproducibleOptions): void {
  document.setCreationDate(options.date);
  document.setModificationDate(options.date);
  rewriteLoopbackLinks(document, options.publicUrl);
  document.context.trailerInfo.ID = document.context.obj([PDFHexString.of(ID_PLACEHOLDER), PDFHexString.of(ID_PLACEHOLDER)]);
}

/** Saves a document prepared by prepareReproducible, its ID a hash of the saved bytes. */
export async function saveReproducible(document: PDFDocument): Promise<Uint8Array> {
  return stampContentId(await document.save(SAVE_OPTIONS));
}

function stampContentId(bytes: Uint8Array): Uint8Array {
  const id = createHash("sha256").update(bytes).digest("hex").slice(0, 32).toUpperCase();
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const marker = `<${ID_PLACEHOLDER}>`;
  const first = text.indexOf(marker);
  const second = text.indexOf(marker, first + 1);
  if (first < 0 || second < 0 || text.indexOf(marker, second + 1) >= 0) {
    throw new Error("reproducible.ts: the document ID placeholder was not found exactly twice in the saved PDF. Fix: prepare the document with prepareReproducible before saving it; otherwise this is a bug in scripts/pdf/reproducible.ts (pdf-lib's trailer format changed?).");
  }
  // Same length, so no offset in the cross-reference table moves.
  return Buffer.from(text.slice(0, first) + `<${id}>` + text.slice(first + marker.length, second) + `<${id}>` + text.slice(second + marker.length), "latin1");
}

/**
 * Links resolved against the local server that rendered the print page (served
 * at its root): they would differ at each build and lead nowhere for a reader.
 * With a public URL they point there; without one they lose their action (the
 * annotation stays, so the tagged structure that refers to it holds).
 */
function rewriteLoopbackLinks(document: PDFDocument, publicUrl: string | undefined): void {
  for (const page of document.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    if (!annots) continue;
    for (let index = 0; index < annots.size(); index++) {
      const annotation = annots.lookupMaybe(index, PDFDict);
      const action = annotation?.lookupMaybe(PDFName.of("A"), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of("URI"), PDFString, PDFHexString)?.decodeText();
      const loopback = uri ? LOOPBACK.exec(uri) : null;
      if (!annotation || !action || !loopback) continue;
      if (publicUrl) {
        const sitePath = (loopback[1] ?? "/").replace(/^\//, "");
        action.set(PDFName.of("URI"), PDFString.of(new URL(sitePath, publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`).href));
      } else {
        annotation.delete(PDFName.of("A"));
      }
    }
  }
}
