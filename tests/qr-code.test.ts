/**
 * Print to web: with colloquium.publication.url set, each contribution's first
 * page in the booklet shows the address of its web page and a QR code that an
 * independent decoder (jsQR, on poppler's rendering) reads as that address; the
 * code is drawn as an artifact of the tagged PDF (qpdf). Without a public URL,
 * as in the default edition, the booklet shows neither.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { publicUrl } from "../scripts/formats/citation.ts";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { qrCodeSvg } from "../scripts/lib/qr-code.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { VARIANT } from "./helpers/variant.ts";
import { removeTempFolders, tempFolder } from "./helpers/fixtures.ts";
import { flatOutline, normalise, pageTexts, qpdfJson } from "./helpers/pdf-read.ts";

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("the QR code's SVG", () => {
  it("is hidden from assistive technologies, has no background and is sized by its viewBox", () => {
    const svg = qrCodeSvg("https://example.org/actes/atelier-1/x/");
    expect(svg).toMatch(/^<svg class="qr-code" aria-hidden="true" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(svg).not.toMatch(/\swidth=|fill=/);
    expect(svg.match(/<path /g)).toHaveLength(1);
  });

  it("stops the build with the text when it cannot be encoded", () => {
    expect(() => qrCodeSvg("x".repeat(5000))).toThrow(/No QR code could be made for "x{10}/);
  });
});

describe("the default edition (no public URL)", () => {
  it("prints no web address in the booklet", async () => {
    const edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
    expect(edition.colloquium.publication.url).toBeUndefined();
    const text = pageTexts(path.join(inject("siteDir"), edition.pdf.fileName)).join("\n");
    expect(normalise(text)).not.toContain(`${edition.labels.onlineAt} :`);
  });
});

describe("an edition with a public URL", () => {
  let edition: Edition;
  let pdf: string;
  /** Each contribution with its web address and the physical page its bookmark opens. */
  let starts: { heading: string; url: string; page: number }[];

  beforeAll(async () => {
    // The suite's variant edition: the default data with a public URL (tests/helpers/variant.ts).
    const variant = inject("variant");
    edition = await loadEdition(variant.dataDir);
    pdf = path.join(variant.siteDir, edition.pdf.fileName);
    const outline = flatOutline(qpdfJson(pdf)).filter((item) => item.depth === 1);
    starts = edition.contributions.map((contribution) => {
      const bookmark = outline.find((item) => normalise(item.title) === normalise(contribution.heading));
      expect(bookmark?.page, `bookmark of "${contribution.heading}"`).toBeDefined();
      return { heading: contribution.heading, url: publicUrl(edition.colloquium, contribution.url)!, page: bookmark!.page! };
    });
  });
  afterAll(() => removeTempFolders());

  it("prints each contribution's web address on its first page, once in the booklet", () => {
    expect(edition.colloquium.publication.url).toBe(VARIANT.publicUrl);
    // Line by line as printed: an address that wraps keeps its hyphens (pdftotext's reading order joins hyphenated lines).
    const pages = pageTexts(pdf, true).map(squeeze);
    for (const { heading, url, page } of starts) {
      const address = url.replace(/^https:\/\//, "");
      expect(pages[page - 1], `"${heading}" on page ${page}`).toContain(squeeze(`${edition.labels.onlineAt} : ${address}`));
      expect(pages.filter((text) => text.includes(address)), address).toHaveLength(1);
    }
  });

  it("draws on that page a QR code that reads as the address", () => {
    const folder = tempFolder("qr-png");
    const scale = 300 / 72;
    // The first and last contributions, and the longest address (the densest code); the text test covers every page.
    const longest = starts.reduce((a, b) => (b.url.length > a.url.length ? b : a));
    for (const { url, page } of new Set([starts[0]!, longest, starts.at(-1)!])) {
      // Rendered at 300 dpi around the printed address: the code stands in the right half of the page, bottom-aligned with it.
      const words = run("pdftotext", ["-f", String(page), "-l", String(page), "-bbox", pdf, "-"]);
      const width = Number(/<page width="([\d.]+)"/.exec(words)?.[1]);
      const word = [...words.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].find((m) => m[3]!.startsWith("example.org/"));
      expect(word, `address on page ${page}`).toBeDefined();
      const top = Math.max(0, Math.round((Number(word![1]) - 80) * scale));
      const crop = { x: Math.round((width / 2) * scale), y: top, W: Math.round((width / 2) * scale), H: Math.round((Number(word![2]) + 40) * scale) - top };
      const file = path.join(folder, `page-${page}`);
      run("pdftoppm", ["-r", "300", "-png", "-f", String(page), "-l", String(page), ...Object.entries(crop).flatMap(([key, value]) => [`-${key}`, String(value)]), "-singlefile", pdf, file]);
      const png = PNG.sync.read(readFileSync(`${file}.png`));
      // jsqr is CommonJS: Node gives its module object as the default import, the function is its `default`.
      const code = jsQR.default(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height, { inversionAttempts: "dontInvert" });
      expect(code?.data, `QR code on page ${page}`).toBe(url);
    }
  });

  it("tags the QR code as an artifact (or a figure with alternative text) in the PDF's content", () => {
    // qpdf's QDF form: streams uncompressed, each page's content streams announced by a comment.
    const qdf = path.join(tempFolder("qr-qdf"), "booklet.pdf");
    run("qpdf", ["--qdf", "--object-streams=disable", pdf, qdf]);
    const file = readFileSync(qdf, "latin1");
    const contents = new Map<number, string>();
    for (const [, page, stream] of file.matchAll(/^%% Contents for page (\d+)\n(?:%%.*\n)*\d+ 0 obj\n<<[^]*?>>\nstream\n([^]*?)endstream/gm)) {
      contents.set(Number(page), `${contents.get(Number(page)) ?? ""}\n${stream}`);
    }
    for (const { page } of starts) {
      const codes = qrDrawings(contents.get(page) ?? "");
      expect(codes, `one QR code drawn on page ${page}`).toHaveLength(1);
      const { tag, properties } = codes[0]!;
      if (tag === "/Figure") expect(properties).toMatch(/\/Alt\s*[(<]/);
      else expect(tag, `page ${page}`).toBe("/Artifact");
    }
  });
});

/**
 * The QR codes drawn in a content stream: stroked paths of more than a hundred
 * segments (one per run of dark modules; nothing else in the booklet draws so
 * many), with the marked-content tag they are drawn in.
 */
function qrDrawings(content: string): { tag: string | undefined; properties: string }[] {
  const tokens = content.match(/<<|>>|\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|\[|\]|\/[^\s/[\]()<>{}%]+|[^\s/[\]()<>{}%]+/g) ?? [];
  const open: { tag: string; properties: string }[] = [];
  const found: { tag: string | undefined; properties: string }[] = [];
  let operands: string[] = [];
  let depth = 0;
  let segments = 0;
  let pathStart: { tag: string; properties: string } | undefined | null = null;
  for (const token of tokens) {
    if (token === "<<" || token === "[") depth++;
    else if (token === ">>" || token === "]") depth--;
    const isOperator = depth === 0 && /^[A-Za-z'"*]+$/.test(token) && !["true", "false", "null"].includes(token);
    if (!isOperator) {
      operands.push(token);
      continue;
    }
    if (token === "BMC" || token === "BDC") open.push({ tag: operands[0] ?? "", properties: operands.slice(1).join(" ") });
    else if (token === "EMC") open.pop();
    else if (token === "m" || token === "l") {
      if (pathStart === null) pathStart = open.at(-1);
      segments++;
    } else if (token === "S" && pathStart !== null) {
      if (segments > 100) found.push({ tag: pathStart?.tag, properties: pathStart?.properties ?? "" });
      pathStart = null;
      segments = 0;
    } else if (pathStart !== null && !["h", "c", "v", "y", "re"].includes(token)) {
      pathStart = null;
      segments = 0;
    }
    operands = [];
  }
  return found;
}
