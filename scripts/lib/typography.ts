/**
 * French typography for text written with ordinary spaces: a narrow no-break
 * space before ; ! ? and a no-break space before : and inside « », so that
 * punctuation never starts a line. Only existing spaces are converted (or a
 * space is added inside guillemets), so URLs such as https://… stay intact.
 */
const NNBSP = "\u202F";
const NBSP = "\u00A0";

export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00A0\u202F]+([;!?])/g, `${NNBSP}$1`)
    .replace(/[ \u00A0\u202F]+:/g, `${NBSP}:`)
    .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NBSP}»`);
}

/** "Title. Subtitle", without a full stop after a title that already ends with ! ? … or a full stop. */
export function thenSentence(first: string, second: string): string {
  return `${first}${/[.!?…]$/.test(first.trim()) ? "" : "."} ${second}`;
}

/** One line of text: runs of white space with line breaks become one space; no-break spaces stay. */
export function oneLine(text: string): string {
  return text.replace(/[^\S\u00A0\u2007\u202F]+/g, " ").trim();
}
