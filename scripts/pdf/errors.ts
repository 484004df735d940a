/** A PDF step could not be done as asked; the message says why and the fix. */
export class PdfError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PdfError";
  }
}
