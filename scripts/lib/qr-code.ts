/**
 * QR codes as SVG, from the `qrcode` package, for the booklet to lead printed
 * copies back to the web. The SVG is hidden from assistive technologies: the
 * address printed beside it says the same, and in the tagged PDF the drawing
 * becomes an artifact (scripts/pdf/mend-tags.ts).
 */
import QRCode from "qrcode";

export interface QrCodeOptions {
  /** L, M, Q or H: the share of the symbol that may be damaged and still read (7, 15, 25, 30 %). */
  errorCorrectionLevel?: "L" | "M" | "Q" | "H";
  /** Quiet zone in modules, part of the drawing; 4 is what ISO/IEC 18004 asks. */
  margin?: number;
}

/**
 * The SVG of a QR code for `text`, dark modules only (the quiet zone is the paper),
 * sized by CSS through its viewBox. Synchronous, because Nunjucks 3 drops the
 * output of an async shortcode called in a `for` loop, where the booklet's
 * contributions are: qrcode's SVG renderer calls back at once, and a renderer
 * that stops doing so is reported here rather than printing an empty box.
 */
export function qrCodeSvg(text: string, options: QrCodeOptions = {}): string {
  let result: { svg: string } | { error: Error } | undefined;
  void QRCode.toString(
    text,
    { type: "svg", errorCorrectionLevel: options.errorCorrectionLevel ?? "M", margin: options.margin ?? 4, color: { dark: "#000000", light: "#0000" } },
    (error, svg) => {
      result = error ? { error } : { svg };
    },
  );
  if (result === undefined) {
    throw new Error("qrcode's SVG renderer no longer answers synchronously. Fix: pin qrcode to 1.5 in package.json, or generate the QR codes before the templates render.");
  }
  if ("error" in result) throw new Error(`No QR code could be made for "${text}": ${result.error.message}`, { cause: result.error });
  // Decorative for assistive technologies: the printed address carries the information.
  return result.svg.trim().replace(/^<svg /, '<svg class="qr-code" aria-hidden="true" ');
}
