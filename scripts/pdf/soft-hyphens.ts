/**
 * A text layer without soft hyphens. The booklet is hyphenated at build time
 * with soft hyphens (U+00AD, scripts/lib/hyphenate.ts), and Chromium writes
 * every one into the PDF: a glyph that draws nothing (the space, at no
 * advance) in a marked-content sequence whose ActualText is U+00AD, where a
 * line breaks at it as where none does (at a break, the hyphen it draws is a
 * glyph of its own, read as U+002D). Text extraction and a viewer's search
 * then meet « col­lec­ti­vité », not « collectivité ». Each such sequence is
 * dropped, its text-positioning operators kept, and a soft hyphen inside
 * another ActualText (a ligature « f­f ») is taken out of it. Only the text
 * mapping changes: every glyph stays where Chromium laid it out.
 */
import { parseOperations } from "./content-stream.ts";
import type { ContentEdit } from "./page-content.ts";

const ACTUAL_TEXT = /\/ActualText\s*<([0-9a-fA-F\s]*)>/;
/** Operators that only show glyphs; ' and " also move to the next line, so a sequence holding them is left alone. */
const SHOWS = new Set(["Tj", "TJ"]);
const MOVES_AND_SHOWS = new Set(["'", '"']);

/** UTF-16BE code units of an ActualText hex string (its byte order mark apart), 4 hex digits each. */
function codeUnits(hex: string): { mark: string; units: string[] } {
  const digits = hex.replace(/\s+/g, "").toLowerCase();
  const mark = digits.startsWith("feff") ? "feff" : "";
  return { mark, units: digits.slice(mark.length).match(/.{4}/g) ?? [] };
}

/** A content stream with its soft hyphens dropped; `dropped` counts them. */
export function dropSoftHyphens(source: string): { text: string; dropped: number } {
  const operations = parseOperations(source);
  const out: string[] = [];
  let dropped = 0;
  for (let i = 0; i < operations.length; i++) {
    const operation = operations[i]!;
    const actual = operation.operator === "BDC" ? ACTUAL_TEXT.exec(operation.text) : null;
    if (!actual) {
      out.push(operation.text);
      continue;
    }
    const { mark, units } = codeUnits(actual[1]!);
    if (!units.includes("00ad")) {
      out.push(operation.text);
      continue;
    }
    if (units.every((unit) => unit === "00ad")) {
      // The sequence up to its EMC: what it shows goes, what it positions stays.
      const kept: string[] = [];
      let depth = 1;
      let j = i + 1;
      let safe = true;
      for (; j < operations.length; j++) {
        const inner = operations[j]!;
        if (inner.operator === "BDC" || inner.operator === "BMC") depth++;
        else if (inner.operator === "EMC" && --depth === 0) break;
        if (MOVES_AND_SHOWS.has(inner.operator)) safe = false;
        if (!SHOWS.has(inner.operator)) kept.push(inner.text);
      }
      if (safe && j < operations.length) {
        out.push(...kept);
        dropped++;
        i = j;
        continue;
      }
      out.push(operation.text);
      continue;
    }
    const rest = units.filter((unit) => unit !== "00ad").join("");
    out.push(operation.text.replace(actual[0], `/ActualText <${mark}${rest}>`));
    dropped += units.length - rest.length / 4;
  }
  return { text: `${out.join("\n")}\n`, dropped };
}

/** The soft hyphens of a page's content dropped (an edit for editPageContents). */
export const softHyphenEdit: ContentEdit = (source) => {
  // Most pages of a book have some; a page without any is left as it is.
  if (!/ActualText\s*<[^>]*00[aA][dD]/.test(source)) return undefined;
  const { text, dropped } = dropSoftHyphens(source);
  return dropped === 0 ? undefined : text;
};
