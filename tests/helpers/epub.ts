/** Reading an EPUB in the tests: EPUBCheck (Debian's jar), its entries (unzip), its words compared with the booklet's. */
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { parse } from "node-html-parser";
import { expect } from "vitest";

const run = promisify(execFile);

/** EPUBCheck with the JVM's quick start (client compiler only): 6 s instead of 19 s here, the same verdict. */
export async function epubcheck(file: string): Promise<string> {
  const jar = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", "/usr/share/java/epubcheck.jar", file];
  try {
    const { stdout, stderr } = await run("java", jar, { maxBuffer: 1 << 24 });
    return `${stdout}${stderr}`;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ""}${failed.stderr ?? ""}`;
  }
}

export const entries = (epub: string) => execFileSync("unzip", ["-Z1", epub], { encoding: "utf8" }).trim().split("\n");
export const entry = (epub: string, name: string) => execFileSync("unzip", ["-p", epub, name], { encoding: "utf8", maxBuffer: 1 << 24 });
/**
 * Letters only: the booklet and the EPUB set the same words with their own spaces, hyphens and ligatures,
 * and the booklet's contents and indexes have page numbers between them.
 */
export const letters = (text: string) => text.normalize("NFKC").replace(/[^\p{L}]+/gu, "").toLowerCase();

/** The text that follows an element's start tag in a document (markup, entities and spaces resolved). */
const textAfter = (html: string, marker: string) => parse(html.slice(html.indexOf(marker) + marker.length).replace(/^[^<]*?>/, "")).textContent;

/**
 * Each page break of `epub` stands before the first words of its page of the booklet (`pdfPages`, pdftotext, page by page),
 * and what precedes it in its document is on the page before. Returns how many breaks were checked (blank pages have no words).
 */
export function checkBreaks(epub: string, pdfPages: string[]): number {
  const files = new Map<string, string>();
  const nav = parse(entry(epub, "EPUB/nav.xhtml"));
  let checked = 0;
  for (const [i, a] of nav.querySelectorAll('nav[epub\\:type="page-list"] a').entries()) {
    const onPage = letters(pdfPages[i] ?? "");
    // A blank page has no words: its break stands with the next page's.
    if (onPage === "") continue;
    const [file, id] = a.getAttribute("href")!.split("#") as [string, string];
    if (!files.has(file)) files.set(file, entry(epub, `EPUB/${file}`));
    // A break that opens a document stands before its heading, which is on the page (what follows may differ: the booklet's indexes have a note on their page numbers).
    const xhtml = files.get(file)!;
    const opening = new RegExp(`<body>\\s*(?:<span [^>]*></span>)*<span [^>]*id="${id}"`).test(xhtml);
    const following = letters(opening ? parse(xhtml).querySelector("h1")!.textContent : textAfter(xhtml, `id="${id}"`)).slice(0, 24);
    expect(following.length, `page ${i + 1}`).toBeGreaterThan(3);
    expect(onPage, `page ${i + 1} (${file}#${id}) should hold « ${following} »`).toContain(following);
    // And what precedes it in its document ends the page before: the break is where the page begins, not further on.
    const before = letters(parse(xhtml.slice(0, xhtml.indexOf(`id="${id}"`)).replace(/<[^>]*$/, "")).querySelector("body")?.textContent ?? "").slice(-16);
    if (before.length > 0 && i > 0) expect(letters(pdfPages[i - 1]!), `page ${i} should end with « ${before} »`).toContain(before);
    checked++;
  }
  return checked;
}
