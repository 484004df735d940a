/**
 * The EPUB's files around its content documents: the package document
 * (metadata, with the accessibility metadata and the source of its page
 * breaks; manifest; spine), the navigation document (contents to the
 * contributions, landmarks, page-list), the cover (an SVG made from the
 * title, in an XHTML page), the style sheet (styles/epub.css after the web
 * fonts' faces) and the fonts the text needs (styles/fonts.css's files whose
 * unicode-range it uses).
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Edition } from "../data/model.ts";
import { formatDateSpan } from "../lib/dates.ts";
import { fromDependency, fromRoot } from "../lib/package-root.ts";
import { contributionFile, esc, sessionFile, type ContentDocument } from "./documents.ts";
import type { EpubBreak } from "./index.ts";
import type { PageStart } from "./page-starts.ts";

const FONTS_CSS = fromRoot("styles/fonts.css");
const EPUB_CSS = fromRoot("styles/epub.css");
const FONTSOURCE = fromDependency("@fontsource");

/** A page break of the booklet in an EPUB content document: the printed folio as its label. */
export const pageBreakMarker = (start: PageStart) => `<span epub:type="pagebreak" role="doc-pagebreak" id="page-${start.page}" aria-label="${esc(start.folio)}"></span>`;

export interface PackageInput {
  edition: Edition;
  documents: ContentDocument[];
  /** Each content document's XHTML, by file, page breaks in. */
  xhtml: Map<string, string>;
  breaks: EpubBreak[];
  date: Date;
}

/** Every file of the EPUB but the mimetype, by path in the container, in a stable order. */
export async function packageFiles(input: PackageInput): Promise<Map<string, string | Buffer>> {
  const { edition, documents } = input;
  const c = edition.colloquium;
  const L = edition.labels;
  const lang = c.language;
  const files = new Map<string, string | Buffer>();
  files.set(
    "META-INF/container.xml",
    `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`,
  );

  const fonts = await fontFiles([...input.xhtml.values()].join(""));
  const css = `${fonts.css}\n${await readFile(EPUB_CSS, "utf8")}`;
  const cover = coverSvg(edition);
  const coverPage = xhtmlPage(lang, L.epub.cover, `<section epub:type="cover" class="cover"><img role="doc-cover" src="cover.svg" alt="${esc(coverText(edition))}"/></section>`);
  const nav = navigation(input);

  files.set("EPUB/package.opf", packageDocument(input, fonts.files.map((f) => f.name)));
  files.set("EPUB/nav.xhtml", nav);
  files.set("EPUB/cover.xhtml", coverPage);
  files.set("EPUB/cover.svg", cover);
  files.set("EPUB/css/epub.css", css);
  for (const document of documents) files.set(`EPUB/${document.file}`, input.xhtml.get(document.file)!);
  for (const font of fonts.files) files.set(`EPUB/fonts/${font.name}`, font.bytes);
  return files;
}

function xhtmlPage(lang: string, title: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">
<head>
<meta charset="UTF-8"/>
<title>${esc(title)}</title>
<link rel="stylesheet" type="text/css" href="css/epub.css"/>
</head>
<body>
${body}
</body>
</html>
`;
}

/** A stable identifier: a name-based UUID from the edition's slug and date (the same edition, the same book). */
function identifier(edition: Edition): string {
  const hex = createHash("sha1").update(`actes:${edition.colloquium.slug}:${edition.colloquium.publication.date}`).digest("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function packageDocument(input: PackageInput, fonts: string[]): string {
  const { edition, documents, date } = input;
  const c = edition.colloquium;
  const L = edition.labels;
  const modified = date.toISOString().replace(/\.\d+Z$/, "Z");
  const items = [
    `<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>`,
    `<item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>`,
    `<item id="cover-image" href="cover.svg" media-type="image/svg+xml" properties="cover-image"/>`,
    `<item id="css" href="css/epub.css" media-type="text/css"/>`,
    ...documents.map((d, i) => `<item id="d${i + 1}" href="${d.file}" media-type="application/xhtml+xml"/>`),
    ...fonts.map((name, i) => `<item id="f${i + 1}" href="fonts/${name}" media-type="font/woff2"/>`),
  ];
  const spine = [`<itemref idref="cover"/>`, ...documents.map((_, i) => `<itemref idref="d${i + 1}"/>`)];
  const booklet = `${c.publication.url ? new URL(edition.pdf.fileName, c.publication.url.endsWith("/") ? c.publication.url : `${c.publication.url}/`).href : edition.pdf.fileName}`;
  // Page navigation only with the booklet's page breaks in (always, from a full build).
  const pages = input.breaks.length > 0 ? ["pageNavigation", "printPageNumbers"] : [];
  const features = ["tableOfContents", "readingOrder", "structuralNavigation", ...pages, "alternativeText", "displayTransformability"];
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${c.language}" prefix="pbs: https://www.w3.org/publishing/a11y/page-source-id/#">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">${identifier(edition)}</dc:identifier>
<dc:title>${esc(c.subtitle ? `${c.title}. ${c.subtitle}` : c.title)}</dc:title>
<dc:language>${esc(c.language)}</dc:language>
${edition.editors.map((p) => `<dc:creator>${esc(p.fullName)}</dc:creator>`).join("\n")}
${c.publication.publisher ? `<dc:publisher>${esc(c.publication.publisher)}</dc:publisher>\n` : ""}<dc:date>${esc(c.publication.date)}</dc:date>
${c.licence ? `<dc:rights>${esc(c.licence.name)}</dc:rights>\n` : ""}
<!-- The booklet the page breaks come from: dc:source refined by source-of (EPUB 3.2, which EPUBCheck 4 knows), and
     pageBreakSource, the property planned after EPUB 3.3, in its draft's namespace until EPUBCheck knows it unprefixed. -->
<dc:source id="booklet">${esc(booklet)}</dc:source>
<meta refines="#booklet" property="source-of">pagination</meta>
<meta property="pbs:pageBreakSource">${esc(booklet)}</meta>
<meta property="dcterms:modified">${modified}</meta>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessMode">visual</meta>
<meta property="schema:accessModeSufficient">textual</meta>
${features.map((f) => `<meta property="schema:accessibilityFeature">${f}</meta>`).join("\n")}
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary">${esc(L.epub.accessibilitySummary)}</meta>
<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>
</metadata>
<manifest>
${items.join("\n")}
</manifest>
<spine>
${spine.join("\n")}
</spine>
</package>
`.replace("<package ", `<package `).replace(/\n\n+/g, "\n");
}

function navigation(input: PackageInput): string {
  const { edition, breaks } = input;
  const c = edition.colloquium;
  const L = edition.labels;
  const a = (href: string, text: string) => `<a href="${href}">${esc(text)}</a>`;
  const toc = `<ol>
<li>${a("titlepage.xhtml", c.title)}</li>
<li>${a("colophon.xhtml", L.colophon)}</li>
<li>${a("contents.xhtml", L.contents)}</li>
<li>${a("introduction.xhtml", L.theDay)}<ol><li>${a("introduction.xhtml#mission", c.mission.title)}</li></ol></li>
${edition.sessions.map((s) => `<li>${a(sessionFile(s.slug), s.heading)}${s.contributions.length ? `<ol>${s.contributions.map((k) => `<li>${a(contributionFile(k.slug), k.heading)}</li>`).join("")}</ol>` : ""}</li>`).join("\n")}
<li>${a("index-speakers.xhtml", L.indexOfSpeakers)}</li>
<li>${a("index-organisations.xhtml", L.indexOfOrganisations)}</li>
</ol>`;
  const landmarks = input.documents
    .filter((d) => d.landmark)
    .map((d) => `<li><a epub:type="${d.landmark}" href="${d.file}">${esc(d.title)}</a></li>`);
  const pageList = breaks.map((b) => `<li><a href="${b.file}#page-${b.page}">${esc(b.folio)}</a></li>`);
  const body = `<nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-title"><h1 id="toc-title">${esc(L.contents)}</h1>
${toc}
</nav>
<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-title" hidden="hidden"><h2 id="landmarks-title">${esc(L.epub.landmarks)}</h2>
<ol>
<li><a epub:type="cover" href="cover.xhtml">${esc(L.epub.cover)}</a></li>
<li><a epub:type="toc" href="contents.xhtml">${esc(L.contents)}</a></li>
${landmarks.join("\n")}
</ol>
</nav>
${
  pageList.length
    ? `<nav epub:type="page-list" role="doc-pagelist" id="page-list" aria-labelledby="page-list-title" hidden="hidden"><h2 id="page-list-title">${esc(L.epub.pageList)}</h2>
<ol>
${pageList.join("\n")}
</ol>
</nav>`
    : ""
}`;
  return xhtmlPage(c.language, L.contents, body);
}

/** The cover's words, said by its image's text alternative. */
function coverText(edition: Edition): string {
  const c = edition.colloquium;
  return [c.series.name, c.title, c.subtitle, formatDateSpan(edition.dates.start, edition.dates.end, c.language, "full"), `${c.venue.name}, ${c.venue.city}`].filter(Boolean).join(". ");
}

/** Lines of at most `width` characters, cut between words. */
function lines(text: string, width: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = out.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** The cover: the series, the title and the subtitle, the date and the place, on the booklet's colours. */
function coverSvg(edition: Edition): string {
  const c = edition.colloquium;
  const text = (x: number, y: number, size: number, weight: number, content: string[], family = "'Source Serif 4', serif") =>
    content.map((line, i) => `<text x="${x}" y="${y + i * size * 1.2}" font-size="${size}" font-weight="${weight}" font-family="${family}">${esc(line)}</text>`).join("\n");
  const title = lines(c.title, 22);
  const subtitle = c.subtitle ? lines(c.subtitle, 36) : [];
  const titleY = 300;
  const subtitleY = titleY + title.length * 48 * 1.2 + 20;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 1200 1800" width="1200" height="1800" role="img" aria-labelledby="cover-title">
<title id="cover-title">${esc(coverText(edition))}</title>
<rect width="1200" height="1800" fill="#fbfaf7"/>
<rect x="0" y="0" width="1200" height="24" fill="#1f4e79"/>
<g fill="#1a1a1a" transform="scale(2)">
${text(60, 110, 18, 600, [c.series.name, ...(edition.editionNumber ? [edition.editionNumber] : [])], "'Source Sans 3', sans-serif")}
${text(60, titleY, 48, 700, title)}
${text(60, subtitleY, 26, 400, subtitle)}
${text(60, 780, 20, 400, [formatDateSpan(edition.dates.start, edition.dates.end, c.language, "full"), `${c.venue.name}, ${c.venue.city}`], "'Source Sans 3', sans-serif")}
</g>
</svg>
`;
}

/** Code points of a unicode-range ("U+0000-00FF, U+0131"). */
function inRange(range: string, codePoint: number): boolean {
  return range.split(",").some((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    const low = parseInt(from!, 16);
    return codePoint >= low && codePoint <= (to ? parseInt(to, 16) : low);
  });
}

/**
 * The @font-face rules of styles/fonts.css whose unicode-range the text uses,
 * pointing into the EPUB, and their files from the @fontsource packages.
 */
async function fontFiles(text: string): Promise<{ css: string; files: { name: string; bytes: Buffer }[] }> {
  const source = await readFile(FONTS_CSS, "utf8");
  const used = new Set<number>();
  for (const char of text.replace(/<[^>]*>/g, "")) used.add(char.codePointAt(0)!);
  const packages = await readdir(FONTSOURCE);
  const faces: string[] = [];
  const files: { name: string; bytes: Buffer }[] = [];
  for (const face of source.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
    const url = /url\(\.\.\/fonts\/([^)]+)\)/.exec(face)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(face)?.[1];
    if (!url) throw new Error(`styles/fonts.css has an @font-face without url(../fonts/…): ${face.slice(0, 80)}. Fix: keep the shape the EPUB's fonts are read from (scripts/epub/package.ts).`);
    if (range && ![...used].some((codePoint) => inRange(range, codePoint))) continue;
    // The package whose name begins the file's: source-serif-4-latin-400-normal.woff2 is @fontsource/source-serif-4's.
    const pkg = packages.filter((name) => url.startsWith(`${name}-`)).sort((a, b) => b.length - a.length)[0];
    if (!pkg) throw new Error(`The font ${url} of styles/fonts.css is in no @fontsource package installed. Fix: npm install the package it comes from.`);
    const bytes = await readFile(path.join(FONTSOURCE, pkg, "files", url));
    files.push({ name: url, bytes });
    // The same path from css/ to fonts/ as on the website; no font-display, which reading systems ignore.
    faces.push(face.replace(/font-display:\s*swap;\s*/, ""));
  }
  return { css: faces.join("\n"), files };
}
