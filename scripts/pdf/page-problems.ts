/**
 * What the print page reports while Paged.js lays it out: script errors,
 * console errors, failed requests and fonts that do not load. Any of them
 * stops the build: a PDF with a fallback font or an unfilled page number must
 * never ship.
 */
import type { Page } from "playwright-core";
import { PdfError } from "./errors.ts";

export interface ProblemWatch {
  /** Rejects with every problem reported so far as soon as there is one. */
  failed: Promise<never>;
  /** Throws if a problem was reported. */
  check(): void;
  problems: readonly string[];
}

export function watchProblems(page: Page, url: string): ProblemWatch {
  const problems: string[] = [];
  let reject: ((error: Error) => void) | undefined;
  const failed = new Promise<never>((_, rejectWith) => {
    reject = rejectWith;
  });
  // Nothing may be left unhandled if no problem ever comes or nobody waits on it.
  failed.catch(() => undefined);
  const problem = (text: string) => {
    problems.push(text);
    reject?.(new PdfError(problemMessage(url, problems)));
  };
  page.on("pageerror", (error) => problem(`script error: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    // "Failed to load resource" is reported with its URL by the response and requestfailed listeners.
    if (/^Failed to load resource/.test(text)) return;
    // Paged.js only warns when a font fails to load: for print that is an error (the PDF would embed a fallback).
    if (message.type() === "error" || (message.type() === "warning" && /Failed to preload font|Unable to layout item/i.test(text))) {
      problem(`console ${message.type()}: ${text}`);
    }
  });
  page.on("requestfailed", (request) => problem(`request failed: ${request.url()} (${request.failure()?.errorText ?? "unknown error"})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problem(`HTTP ${response.status()} for ${response.url()}`);
  });
  return {
    failed,
    problems,
    check() {
      if (problems.length > 0) throw new PdfError(problemMessage(url, problems));
    },
  };
}

function problemMessage(url: string, problems: string[]): string {
  return (
    `Paged.js could not paginate the print page ${url}:\n  - ${problems.join("\n  - ")}\n` +
    "Fix: correct the error above (its script, stylesheet or font); open the print page with `npm start` to see it in the browser console."
  );
}
