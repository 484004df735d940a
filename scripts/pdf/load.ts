/**
 * A PDF loaded with pdf-lib as every stage reads one: parsed in one go (by
 * default pdf-lib yields to the event loop every 100 objects, and nothing
 * else runs meanwhile), its metadata left as it is.
 */
import { PDFDocument, ParseSpeeds } from "../lib/pdf-lib.ts";

export const loadPdf = (bytes: Uint8Array): Promise<PDFDocument> => PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
