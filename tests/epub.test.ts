/**
 * The EPUB written beside the booklet (scripts/epub/), read by the tools its
 * readers use: EPUBCheck (Debian's jar), unzip, MuPDF (a second reading
 * system, npm `mupdf`), and poppler for the booklet it takes its pages from;
 * and the page marks of the web text, checked against the same booklet.
 * Ace by DAISY runs in `npm run check:a11y` (about 25 s: too slow for the suite).
 * Reuses the shared builds: the default edition and the hostile variant.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as mupdf from "mupdf";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { aceViolations } from "../scripts/audit/ace.ts";
import { epubFileName } from "../scripts/epub/index.ts";
import { placePageBreaks } from "../scripts/epub/page-breaks.ts";
import type { PageStart } from "../scripts/epub/page-starts.ts";
import { findChromium } from "../scripts/lib/chromium.ts";
import { formatFileSize } from "../scripts/eleventy/filters.ts";
import { pageLabels, pageTexts, pdfInfo, qpdfJson } from "./helpers/pdf-read.ts";
import type { PageMap } from "../scripts/pdf/page-map.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { pageAt, readPages, siteHref, type BuiltPage } from "./helpers/site.ts";
import { checkBreaks, entries, entry, epubcheck, letters } from "./helpers/epub.ts";
import { HOSTILE, VARIANT } from "./helpers/variant.ts";


let edition: Edition;
let siteDir: string;
let epub: string;
let pdf: string;
let pdfPages: string[];
let checks: Promise<[string, string]>;
let ace: Promise<string[]>;

beforeAll(async () => {
  siteDir = inject("siteDir");
  edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
  epub = path.join(siteDir, epubFileName(edition));
  pdf = path.join(siteDir, edition.pdf.fileName);
  pdfPages = pageTexts(pdf);
  // Both books checked at once, one per core, while the other tests run.
  checks = Promise.all([epubcheck(epub), epubcheck(path.join(inject("variant").siteDir, epubFileName(edition)))]);
  ace = aceViolations(epub, findChromium());
  // Nothing left unhandled if a test before the one that awaits it fails.
  ace.catch(() => undefined);
});

describe("the EPUB of the default edition", () => {
  it("passes EPUBCheck with nothing reported, as does the hostile variant's", async () => {
    const [plain, hostile] = await checks;
    for (const output of [plain, hostile]) {
      expect(output).toContain("Messages: 0 fatals / 0 errors / 0 warnings / 0 infos");
      expect(output).toContain("No errors or warnings detected.");
    }
  }, 120_000);

  it("passes Ace by DAISY with no violation: package metadata, and axe in each content document", async () => {
    expect(await ace).toEqual([]);
  }, 120_000);

  it("opens with the mimetype, stored, as a reader expects at byte 30", () => {
    const bytes = readFileSync(epub);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0); // stored
    expect(bytes.readUInt16LE(28)).toBe(0); // no extra field
    expect(bytes.subarray(30, 38).toString("ascii")).toBe("mimetype");
    expect(bytes.subarray(38, 58).toString("ascii")).toBe("application/epub+zip");
  });

  it("has a page-list with one entry per page of the booklet, labelled with the folio printed on it", () => {
    const nav = entry(epub, "EPUB/nav.xhtml");
    const list = parse(nav).querySelector('nav[epub\\:type="page-list"]')!;
    const links = list.querySelectorAll("a");
    const pages = pdfInfo(pdf).pages;
    expect(links).toHaveLength(pages);
    expect(links.map((a) => a.textContent)).toEqual(pageLabels(qpdfJson(pdf), pages));
    links.forEach((a, i) => {
      const [file, id] = a.getAttribute("href")!.split("#");
      expect(id).toBe(`page-${i + 1}`);
      expect(entry(epub, `EPUB/${file}`)).toContain(`id="${id}" aria-label="${a.textContent}"`);
    });
  });

  it("puts each page break before the first words of its page in the booklet (pdftotext, page by page)", () => {
    expect(checkBreaks(epub, pdfPages)).toBe(pdfPages.filter((text) => letters(text) !== "").length);
  });

  it("gives every document the edition's language, and contents to each contribution, and landmarks", () => {
    const lang = edition.colloquium.language;
    for (const name of entries(epub).filter((n) => n.endsWith(".xhtml"))) {
      expect(entry(epub, name), name).toMatch(new RegExp(`<html [^>]*lang="${lang}" xml:lang="${lang}"`));
    }
    const nav = parse(entry(epub, "EPUB/nav.xhtml"));
    const toc = nav.querySelector('nav[epub\\:type="toc"]')!.querySelectorAll("a").map((a) => a.textContent);
    for (const contribution of edition.contributions) expect(toc).toContain(contribution.heading);
    const landmarks = nav.querySelectorAll('nav[epub\\:type="landmarks"] a').map((a) => a.getAttribute("epub:type"));
    expect(landmarks).toEqual(expect.arrayContaining(["cover", "toc", "bodymatter", "index", "colophon"]));
    // Each contribution its own document.
    expect(entries(epub).filter((n) => /^EPUB\/c-.*\.xhtml$/.test(n))).toHaveLength(edition.contributions.length);
  });

  it("states its accessibility and the booklet its pages come from", () => {
    const opf = entry(epub, "EPUB/package.opf");
    for (const property of ["accessMode", "accessModeSufficient", "accessibilityFeature", "accessibilityHazard"]) expect(opf).toContain(`property="schema:${property}"`);
    for (const feature of ["tableOfContents", "readingOrder", "structuralNavigation", "pageNavigation", "printPageNumbers"]) expect(opf).toContain(`>${feature}<`);
    expect(opf).toContain(`<meta property="schema:accessibilitySummary">${edition.labels.epub.accessibilitySummary.replace(/'/g, "&#39;")}</meta>`);
    expect(opf).toContain("EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
    expect(opf).toContain(`<dc:source id="booklet">${edition.pdf.fileName}</dc:source>`);
    expect(opf).toContain(`<meta refines="#booklet" property="source-of">pagination</meta>`);
    expect(opf).toMatch(/property="pbs:pageBreakSource">optima-2015\.pdf</);
  });

  it("reads in MuPDF, a second reading system, with every contribution's title and speakers in reading order", () => {
    const book = mupdf.Document.openDocument(readFileSync(epub), "application/epub+zip");
    book.layout(420, 595, 11);
    // Its outline is the navigation document's contents; the text is read from the day's introduction on (the contents page lists the titles too).
    const outline = book.loadOutline() ?? [];
    type Item = NonNullable<ReturnType<typeof book.loadOutline>>[number];
    const flatten = (items: Item[]): Item[] => items.flatMap((item) => [item, ...flatten(item.down ?? [])]);
    const titles = flatten(outline).map((item) => item.title);
    for (const contribution of edition.contributions) expect(titles).toContain(contribution.heading);
    const introduction = outline.find((item) => item.title === edition.labels.theDay)!;
    let text = "";
    for (let i = book.resolveLink(introduction.uri!); i < book.countPages(); i++) text += `${book.loadPage(i).toStructuredText("preserve-whitespace").asText()}\n`;
    const flat = letters(text);
    let at = 0;
    for (const contribution of edition.contributions) {
      for (const words of [contribution.heading, ...contribution.speakers.map((s) => s.fullName)]) {
        const found = flat.indexOf(letters(words), at);
        expect(found, `« ${words} » after position ${at}`).toBeGreaterThan(-1);
        at = found;
      }
    }
  });
});

describe("the booklet's pages in the web text", () => {
  let pages: BuiltPage[];
  let pageMap: PageMap;
  beforeAll(() => {
    pages = readPages(siteDir);
    pageMap = JSON.parse(readFileSync(path.join(siteDir, edition.pdf.fileName.replace(/\.pdf$/, ".pages.json")), "utf8")) as PageMap;
  });

  it("marks where each page begins on session and contribution pages, as in the EPUB, linking to that page of the PDF", () => {
    const units = [
      ...edition.sessions.map((s) => ({ url: s.url, span: pageMap.sessions[s.slug]! })),
      ...edition.contributions.map((c) => ({ url: c.url, span: pageMap.contributions[c.slug]! })),
    ];
    const labels = pageLabels(qpdfJson(pdf), pdfPages.length);
    const marked: number[] = [];
    for (const { url, span } of units) {
      const page = pageAt(pages, url);
      for (const mark of page.dom.querySelectorAll(".page-mark")) {
        const pagebreak = mark.querySelector('[role="doc-pagebreak"]')!;
        const n = Number(pagebreak.getAttribute("id")!.replace("page-", ""));
        marked.push(n);
        expect(n, url).toBeGreaterThanOrEqual(span.first.physical);
        expect(n, url).toBeLessThanOrEqual(span.last.physical);
        expect(pagebreak.getAttribute("title")).toBe(labels[n - 1]);
        expect(siteHref(page, mark.querySelector("a")!.getAttribute("href")!)).toBe(`${edition.pdf.url}#page=${n}`);
        // The mark ends with its link: what follows is the text the page begins with. A page that begins
        // the session or contribution is marked at the top of the text, before the page's own header: its heading is on that page.
        const root = page.dom.querySelector("[data-pagefind-body]")!;
        const atTop = root.childNodes.find((node) => node.textContent.trim() !== "") === mark;
        const after = page.html.slice(page.html.indexOf(`id="page-${n}"`)).split("</span></a></span>")[1] ?? "";
        const following = letters(atTop ? root.querySelector("h1")!.textContent : parse(after).textContent).slice(0, 24);
        // Enough letters to be found on one page only; a heading (a page that begins the text) is taken whole, however short.
        expect(following.length, `${url}, page ${n}`).toBeGreaterThan(atTop ? 0 : 8);
        expect(letters(pdfPages[n - 1]!), `${url}, page ${n} should hold « ${following} »`).toContain(following);
      }
    }
    // The same pages as the EPUB's breaks in its session and contribution documents (blank pages aside).
    const nav = parse(entry(epub, "EPUB/nav.xhtml"));
    const inEpub = nav
      .querySelectorAll('nav[epub\\:type="page-list"] a')
      .map((a) => a.getAttribute("href")!)
      .filter((href) => /^[cs]-/.test(href))
      .map((href) => Number(href.split("#page-")[1]))
      .filter((n) => letters(pdfPages[n - 1] ?? "") !== "");
    expect([...marked].sort((a, b) => a - b)).toEqual(inEpub);
  });

  it("puts the marks at the same places when the page is read from its text's start tag on (in memory)", () => {
    const unit = { kind: "contribution", id: "c" } as const;
    const start = (page: number, words: string, more: Partial<PageStart> = {}): PageStart => ({ page, folio: String(page), unit, atUnitStart: false, midWord: false, words, ...more });
    const page = `<!doctype html><html lang="fr"><head><title>T</title><script type="application/ld+json">{"a":"b"}</script></head>
<body><nav><a href="/">Accueil</a> Premiers mots</nav><main data-pagefind-body><h1>Titre</h1>
<p>Premiers mots du texte, puis l’économie d’&eacute;chelle et une <a href="/x/">coopé\u00adration</a> étendue.</p>
<p>Une suite de la com\u00admunication, et la fin.</p></main><footer>Fin</footer></body></html>`;
    const starts = [start(3, "Titre", { atUnitStart: true }), start(4, "économied’échelle"), start(5, "coopération"), start(6, "munication,etla", { midWord: true }), start(7, "absent de la page")];
    const isRoot = (element: { attrs: { name: string }[] }) => element.attrs.some((a) => a.name === "data-pagefind-body");
    const marker = (s: PageStart) => `<span id="page-${s.page}"></span>`;
    const whole = placePageBreaks(page, isRoot, starts, marker);
    const from = page.indexOf("<main");
    expect(placePageBreaks(page, isRoot, starts, marker, from)).toEqual(whole);
    // The marks where the words are: before "économie", before the link, after the hyphenated word, the missing one after the last found.
    expect(whole.html).toContain('<span id="page-4"></span>économie');
    expect(whole.html).toContain('<span id="page-5"></span><a href="/x/">');
    expect(whole.html).toContain('com\u00admunication, <span id="page-6"></span><span id="page-7"></span>et la fin');
    expect(whole.placed.map((p) => p.exact)).toEqual([true, true, true, true, false]);
  });

  it("hides the marks in the page's print style", () => {
    const css = readFileSync(path.join(PROJECT_ROOT, "styles/print-page.css"), "utf8");
    expect(css).toMatch(/\.page-mark[^{]*\{\s*display:\s*none/);
  });

  it("offers the EPUB with its size wherever the booklet is offered", () => {
    const bytes = readFileSync(epub).length;
    for (const url of ["/", `/${edition.labels.routes.about}/`]) {
      const page = pageAt(pages, url);
      const link = page.dom.querySelectorAll("a").find((a) => a.getAttribute("href")?.endsWith(epubFileName(edition)));
      expect(link, url).toBeDefined();
      expect(link!.getAttribute("type")).toBe("application/epub+zip");
      expect(link!.parentNode.textContent).toContain(formatFileSize(bytes, edition.colloquium.language));
    }
  });
});

describe("the hostile variant's EPUB", () => {
  it("keeps markup, entities and emoji of the data as text, with a font for the emoji", async () => {
    const variant = inject("variant");
    const file = path.join(variant.siteDir, epubFileName(edition));
    const contribution = entries(file).find((n) => n.endsWith(`c-${HOSTILE.contributionUrl.split("/").at(-2)}.xhtml`))!;
    const xhtml = entry(file, contribution);
    expect(xhtml).toContain("&lt;script&gt;alert(&quot;titre&quot;)&lt;/script&gt;");
    expect(xhtml).not.toContain("<script");
    expect(xhtml).toContain("🚀");
    expect(entries(file).some((n) => /^EPUB\/fonts\/noto-emoji-/.test(n))).toBe(true);
    // Its page breaks too stand where its (A4) booklet's pages begin, with a title that runs over lines and names in other scripts.
    const pages = pageTexts(path.join(variant.siteDir, edition.pdf.fileName));
    expect(checkBreaks(file, pages)).toBe(pages.filter((text) => letters(text) !== "").length);
    // The variant's booklet is on the public URL: the EPUB names it there as its page source.
    expect(entry(file, "EPUB/package.opf")).toContain(`<dc:source id="booklet">${VARIANT.publicUrl}${edition.pdf.fileName}</dc:source>`);
    await checks;
  });
});
