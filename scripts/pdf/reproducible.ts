/**
 * Makes the booklet byte-for-byte reproducible. Chromium (Skia) stamps the
 * PDF with the clock (CreationDate, ModDate) and writes no document ID; links
 * that were resolved against the local render server carry its random port.
 * Here the dates come from the data (or SOURCE_DATE_EPOCH), loopback links
 * become the public URL (or are dropped), and the document ID is a hash of
 * the resulting file, so the same data always gives the same bytes.
 */
import { createHash } from "node:crypto";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, ParseSpeeds } from "pdf-lib";
import type { Edition } from "../data/model.ts";

/**
 * The date stamped in the PDF: SOURCE_DATE_EPOCH (seconds, the convention of
 * reproducible-builds.org) when set, else the edition's publication date at midnight UTC.
 */
export function reproducibleDate(edition: Edition, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch)) {
      throw new Error(`SOURCE_DATE_EPOCH is "${epoch}", not a number of seconds since 1970. Fix: set it to an integer such as $(git log -1 --format=%ct), or unset it to use colloquium.publication.date.`);
    }
    return new Date(Number(epoch) * 1000);
  }
  return new Date(`${edition.colloquium.publication.date}T00:00:00Z`);
}

// 16 bytes, as the PDF specification's MD5-sized identifiers; never the value of a real hash prefix in practice.
const ID_PLACEHOLDER = "0".repeat(32);
const LOOPBACK = /^https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):\d+(\/[^]*)?$/i;

export interface ReproducibleOptions {
  /** Base path the print page was served under, e.g. "/actes/"; stripped from loopback links. */
  basePath?: string;
  env?: NodeJS.ProcessEnv;
}

/** Returns the PDF with fixed dates, public (or inert) loopback links and an ID derived from its content. */
export async function makeReproducible(pdf: Uint8Array, edition: Edition, options: ReproducibleOptions = {}): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  prepareReproducible(document, edition, options);
  return stampContentId(await document.save(REPRODUCIBLE_SAVE_OPTIONS));
}

/** How a document prepared by prepareReproducible must be saved before stampContentId. */
// Classic cross-reference table: Chromium writes PDF 1.4, which has no object streams.
// pdf-lib yields to the event loop every 50 objects by default (a timer each): a tagged book has
// tens of thousands, and nothing else runs meanwhile, so it writes them in one go.
export const REPRODUCIBLE_SAVE_OPTIONS = { useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity } as const;

/**
 * On a loaded document, so that the renderer's single load and save serve here
 * too: dates from the data, loopback links made public or inert, and a
 * placeholder ID that stampContentId replaces once the bytes are final.
 */
export function prepareReproducible(document: PDFDocument, edition: Edition, options: ReproducibleOptions = {}): void {
  const date = reproducibleDate(edition, options.env);
  document.setCreationDate(date);
  document.setModificationDate(date);
  rewriteLoopbackLinks(document, edition, options.basePath ?? "/");
  setPlaceholderId(document);
}

/** The document ID stampContentId replaces once the bytes are final (save with REPRODUCIBLE_SAVE_OPTIONS). */
export function setPlaceholderId(document: PDFDocument): void {
  document.context.trailerInfo.ID = document.context.obj([PDFHexString.of(ID_PLACEHOLDER), PDFHexString.of(ID_PLACEHOLDER)]);
}

/** Replaces the placeholder ID of saved bytes with a hash of those bytes. */
export function stampContentId(bytes: Uint8Array): Uint8Array {
  const id = createHash("sha256").update(bytes).digest("hex").slice(0, 32).toUpperCase();
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const marker = `<${ID_PLACEHOLDER}>`;
  const first = text.indexOf(marker);
  const second = text.indexOf(marker, first + 1);
  if (first < 0 || second < 0 || text.indexOf(marker, second + 1) >= 0) {
    throw new Error("reproducible.ts: the document ID placeholder was not found exactly twice in the saved PDF. Fix: this is a bug in scripts/pdf/reproducible.ts (pdf-lib's trailer format changed?).");
  }
  // Same length, so no offset in the cross-reference table moves.
  return Buffer.from(text.slice(0, first) + `<${id}>` + text.slice(first + marker.length, second) + `<${id}>` + text.slice(second + marker.length), "latin1");
}

/**
 * Links resolved against the local server that rendered the print page: they
 * would differ at each build and lead nowhere for a reader. With a public URL
 * (colloquium.publication.url) they point there; without one they lose their
 * action (the annotation stays, so the tagged structure that refers to it holds).
 */
function rewriteLoopbackLinks(document: PDFDocument, edition: Edition, basePath: string): void {
  const publicBase = edition.colloquium.publication.url;
  for (const page of document.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    if (!annots) continue;
    for (let index = 0; index < annots.size(); index++) {
      const annotation = annots.lookupMaybe(index, PDFDict);
      const action = annotation?.lookupMaybe(PDFName.of("A"), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of("URI"), PDFString, PDFHexString)?.decodeText();
      const loopback = uri ? LOOPBACK.exec(uri) : null;
      if (!annotation || !action || !loopback) continue;
      if (publicBase) {
        const sitePath = (loopback[1] ?? "/").replace(basePath, "/").replace(/^\//, "");
        action.set(PDFName.of("URI"), PDFString.of(new URL(sitePath, publicBase.endsWith("/") ? publicBase : `${publicBase}/`).href));
      } else {
        annotation.delete(PDFName.of("A"));
      }
    }
  }
}
