import { qrCodeSvg } from "../lib/qr-code.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Print to web: a page's absolute address (the `publicUrl` filter of the
 * discovery plugin) as a reader types it, and its QR code as inline SVG
 * (scripts/lib/qr-code.ts), made at build time.
 */
export default function qrCodePlugin(eleventyConfig: EleventyConfig): void {
  /** The address without "https://": shorter in print, and browsers add it back. */
  eleventyConfig.addFilter("webAddress", (url: string) => String(url).replace(/^https:\/\//, ""));
  eleventyConfig.addShortcode("qrCode", (text: string) => qrCodeSvg(text));
}
