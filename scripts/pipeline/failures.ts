/**
 * Turns whatever stopped a build into one message that names the cause and
 * the fix. Our own errors (data, Chromium, PDF) already say both and pass
 * through; errors from the system or from libraries are recognised here.
 */
import path from "node:path";

/** The error and everything it wraps: `cause` (standard) and `originalError` (Eleventy). */
function chainOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && !chain.includes(current)) {
    chain.push(current);
    const next = current as { cause?: unknown; originalError?: unknown };
    current = next.originalError ?? next.cause;
  }
  return chain;
}

/** The first line of a library's message, without its closing period or trailing blanks, to quote inside ours. */
const firstLine = (error: Error) => (error.message.split("\n")[0] ?? "").trim().replace(/\.+$/, "");
const named = (error: unknown, ...names: string[]) => error instanceof Error && names.includes(error.name);
const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** Errors of our own making: their message is written for authors and already says the fix. */
const OWN_ERRORS = ["DataErrors", "DataError", "SettingsError", "BasePathError", "PdfError", "PreflightError", "ChromiumMissingError", "ChromiumLaunchError"];

export function explainFailure(error: unknown, out: string): string {
  const chain = chainOf(error);
  const where = path.dirname(path.resolve(out));

  const own = chain.find((e) => named(e, ...OWN_ERRORS));
  if (own instanceof Error) return own.message;

  const disk = chain.find((e) => codeOf(e) === "ENOSPC" || codeOf(e) === "EDQUOT");
  if (disk) {
    return (
      `The disk is full: writing the new site beside ${out} failed (${codeOf(disk)}: no space left). ` +
      `Fix: free some space on the disk that holds ${where} (the build writes a complete second copy of the site there before swapping it in), ` +
      "or build on another disk with --out DIR."
    );
  }

  const denied = chain.find((e) => ["EACCES", "EPERM", "EROFS"].includes(String(codeOf(e))));
  if (denied) {
    return `Cannot write the site beside ${out} (${codeOf(denied)}: ${denied instanceof Error ? denied.message : String(denied)}). Fix: make ${where} writable for this user, or build elsewhere with --out DIR.`;
  }

  // Playwright's own timeout, when a wait was not given a message of ours.
  const timeout = chain.find((e) => named(e, "TimeoutError"));
  if (timeout instanceof Error) {
    return (
      `Rendering the PDF timed out while Chromium and Paged.js laid out the print page (${firstLine(timeout)}). ` +
      "Fix: look for a script or stylesheet error in the print page, or allow more time with --pdf-timeout MS (or ACTES_PDF_TIMEOUT_MS). " +
      "To build the website alone, run `npm run build:site`."
    );
  }

  const crashed = chain.find((e) => named(e, "TargetClosedError") || (e instanceof Error && /Target crashed|page crashed|Browser has been closed|browser has disconnected/i.test(e.message)));
  if (crashed instanceof Error) {
    return (
      `Chromium stopped while rendering the PDF (${firstLine(crashed)}). ` +
      "Fix: run the build again; if it stops again, check free memory and that Chromium runs on its own (`chromium --headless --version`), or set CHROME_PATH to another Chromium. " +
      "To build the website alone, run `npm run build:site`."
    );
  }

  // A message of ours that says its fix (e.g. from the PDF renderer) is shown as it is.
  const explained = chain.find((e) => e instanceof Error && /\bFix:/.test(e.message));
  if (explained instanceof Error) return explained.message;

  // Unforeseen: every wrapped message, then the innermost stack, so that the bug can be found.
  const messages = chain.map((e) => (e instanceof Error ? e.message : String(e)));
  const innermost = [...chain].reverse().find((e): e is Error => e instanceof Error);
  return (
    `Unexpected error: ${messages.join(" ← ")}. Fix: this is probably a bug in Actes rather than in your data; ` +
    `please report it with the trace below.\n${innermost?.stack ?? ""}`
  );
}
