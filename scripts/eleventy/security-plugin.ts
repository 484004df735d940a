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
  /** Paged.js writes <style> elements while it paginates: only the print page needs this. */
  inlineStyles: boolean;
  /** frame-ancestors is ignored in <meta> (browsers warn), so it is given in HTTP headers only. */
  forHeader: boolean;
}

export function contentSecurityPolicy(options: PolicyOptions): string {
  const scriptSrc = options.hasScripts ? ["'self'", ...options.scriptHashes.map((hash) => `'${hash}'`)] : ["'none'"];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(" ")}`,
    `style-src 'self'${options.inlineStyles ? " 'unsafe-inline'" : ""}`,
    // data: only for the empty favicon (<link rel="icon" href="data:,">) that stops a request for /favicon.ico.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(options.forHeader ? ["frame-ancestors 'none'"] : []),
  ].join("; ");
}

/** Contents of the inline <script> elements (those without src) of a page. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes ?? ""))
    .map(([, , body]) => body ?? "");
}

export const sha256Source = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

const loadsPagedJs = (html: string) => /<script\b[^>]*\bsrc\s*=\s*["'][^"']*paged[^"'/]*\.js["']/i.test(html);

/** Adds the CSP and referrer <meta> tags right after <meta charset>, before anything is fetched. */
export function secureHtml(html: string): { html: string; scriptHashes: string[] } {
  const hasScripts = /<script\b/i.test(html);
  const scriptHashes = hasScripts ? inlineScripts(html).map(sha256Source) : [];
  const policy = contentSecurityPolicy({
    scriptHashes,
    hasScripts,
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
  return { html: `${html.slice(0, at)}\n  ${tags}${html.slice(at)}`, scriptHashes };
}

export default function securityPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("security-policy", function (content) {
    if (!this.page.outputPath || !this.page.outputPath.endsWith(".html")) return content;
    return secureHtml(content).html;
  });
}
