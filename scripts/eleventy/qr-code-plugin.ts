import { publicUrl } from "../data/citation.ts";
import type { Colloquium } from "../data/schema.ts";
import { qrCodeSvg } from "../lib/qr-code.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Print to web: the absolute address of a page when the publication's URL is
 * known (colloquium.publication.url), that address as a reader types it, and
 * its QR code as inline SVG (scripts/lib/qr-code.ts), made at build time.
 */
export default function qrCodePlugin(eleventyConfig: EleventyConfig): void {
  /** `/atelier-1/x/` → "https://example.org/actes/atelier-1/x/", or undefined without a public URL. */
  eleventyConfig.addFilter("publicUrl", (url: string, colloquium: Colloquium) => publicUrl(colloquium, url));
  /** The address without "https://": shorter in print, and browsers add it back. */
  eleventyConfig.addFilter("webAddress", (url: string) => String(url).replace(/^https:\/\//, ""));
  eleventyConfig.addShortcode("qrCode", (text: string) => qrCodeSvg(text));
}
