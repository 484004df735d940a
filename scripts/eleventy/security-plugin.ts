/**
 * Safe to host: every page carries a strict Content-Security-Policy and a
 * referrer policy in <meta> tags; the server configurations written after the
 * build (scripts/hosting/) send the same policy with the headers that only
 * HTTP can carry. Inline scripts are allowed by their SHA-256 hash only.
 */
import { createHash } from "node:crypto";
import type { EleventyConfig } from "./types.ts";

export const REFERRER_POLICY = "no-referrer";

export interface PolicyOptions {
  /** 'sha256-…' sources of the inline scripts allowed. */
  scriptHashes: readonly string[];
  /** The page runs scripts at all (external or inline). */
  hasScripts: boolean;
  /** The page compiles WebAssembly (the search page: Pagefind's index reader). */
  wasm: boolean;
  /** Paged.js writes <style> elements while it paginates: only the print page needs this. */
  inlineStyles: boolean;
  /** frame-ancestors is ignored in <meta> (browsers warn), so it is given in HTTP headers only. */
  forHeader: boolean;
}

export function contentSecurityPolicy(options: PolicyOptions): string {
  const scriptSrc = options.hasScripts
    ? ["'self'", ...(options.wasm ? ["'wasm-unsafe-eval'"] : []), ...options.scriptHashes.map((hash) => `'${hash}'`)]
    : ["'none'"];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(" ")}`,
    `style-src 'self'${options.inlineStyles ? " 'unsafe-inline'" : ""}`,
    // data: only for the favicon, written into each page as an SVG data URL so that loading it makes no request.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(options.forHeader ? ["frame-ancestors 'none'"] : []),
  ].join("; ");
}

/**
 * A <script> the browser runs: classic or module. Data blocks such as JSON-LD
 * (type="application/ld+json") are never run, so the policy need not allow them.
 */
function runs(attributes: string): boolean {
  const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === "" || type === "module" || /^(?:text|application)\/(?:java|ecma)script$/.test(type);
}

const scriptElements = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => runs(attributes ?? ""));

/** Contents of the inline <script> elements (those without src) that the browser runs. */
export function inlineScripts(html: string): string[] {
  return scriptElements(html)
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes ?? ""))
    .map(([, , body]) => body ?? "");
}

/** The page runs WebAssembly (Pagefind's search): its script is marked data-needs-wasm. */
export const needsWasm = (html: string) => scriptElements(html).some(([, attributes]) => /\bdata-needs-wasm\b/i.test(attributes ?? ""));

export const sha256Source = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

const loadsPagedJs = (html: string) => /<script\b[^>]*\bsrc\s*=\s*["'][^"']*paged[^"'/]*\.js["']/i.test(html);

/** Adds the CSP and referrer <meta> tags right after <meta charset>, before anything is fetched. */
export function secureHtml(html: string): { html: string; scriptHashes: string[]; wasm: boolean } {
  const hasScripts = scriptElements(html).length > 0;
  const scriptHashes = hasScripts ? inlineScripts(html).map(sha256Source) : [];
  const policy = contentSecurityPolicy({
    scriptHashes,
    hasScripts,
    wasm: needsWasm(html),
    inlineStyles: loadsPagedJs(html),
    forHeader: false,
  });
  const tags =
    `<meta http-equiv="Content-Security-Policy" content="${policy}">\n` +
    `  <meta name="referrer" content="${REFERRER_POLICY}">`;
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(html);
  const head = /<head\b[^>]*>/i.exec(html);
  const anchor = charset ?? head;
  if (!anchor) throw new Error("security-plugin: a page has no <head>; the Content-Security-Policy cannot be added. Fix: give the layout a <head>.");
  const at = anchor.index + anchor[0].length;
  return { html: `${html.slice(0, at)}\n  ${tags}${html.slice(at)}`, scriptHashes, wasm: needsWasm(html) };
}

export default function securityPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("security-policy", function (content) {
    if (!this.page.outputPath || !this.page.outputPath.endsWith(".html")) return content;
    return secureHtml(content).html;
  });
}
