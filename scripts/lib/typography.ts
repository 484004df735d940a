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
