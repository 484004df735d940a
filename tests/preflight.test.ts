/**
 * The preflight's PDF checks and report, in memory on small PDFs written
 * with pdf-lib (fonts embedded, glyphs drawn as .notdef, text outside the
 * page box), the soft hyphens dropped from a content stream without moving a
 * glyph, and the report the shared build wrote for the default edition.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument, PDFName, StandardFonts, type PDFPage, type PDFRef } from "../scripts/lib/pdf-lib.ts";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { pdfInfo } from "./helpers/pdf-read.ts";
import type { LayoutFacts } from "../scripts/pdf/browser/actes.d.ts";
import { drawnText } from "../scripts/pdf/drawn-text.ts";
import { checkPdf, findingLine, preflightBooklet, RULES, summaryLine, type PreflightReport } from "../scripts/pdf/preflight.ts";
import { dropSoftHyphens } from "../scripts/pdf/soft-hyphens.ts";
import { preflightFileName } from "../scripts/pipeline/booklet-files.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

/** A CID font as Chromium writes one (Type 0, Identity-H), its program a stand-in: the checks never read it. */
function cidFont(pdf: PDFDocument, name: string, embedded: boolean): PDFRef {
  const { context } = pdf;
  const toUnicode = context.register(context.stream("/CIDInit /ProcSet findresource begin\nbegincmap\n2 beginbfchar\n<0041> <0041>\n<0042> <0042>\nendbfchar\nendcmap\n"));
  const descriptor = context.register(
    context.obj({ Type: "FontDescriptor", FontName: name, Flags: 32, FontBBox: [0, 0, 1000, 1000], ItalicAngle: 0, Ascent: 800, Descent: -200, CapHeight: 700, StemV: 80, ...(embedded ? { FontFile2: context.register(context.stream(new Uint8Array([0]))) } : {}) }),
  );
  const descendant = context.register(
    context.obj({ Type: "Font", Subtype: "CIDFontType2", BaseFont: name, CIDSystemInfo: { Registry: "Adobe", Ordering: "Identity", Supplement: 0 }, FontDescriptor: descriptor, DW: 1000, W: [0x41, [500, 600]], CIDToGIDMap: "Identity" }),
  );
  return context.register(context.obj({ Type: "Font", Subtype: "Type0", BaseFont: name, Encoding: "Identity-H", DescendantFonts: [descendant], ToUnicode: toUnicode }));
}

function draw(pdf: PDFDocument, page: PDFPage, content: string): void {
  page.node.set(PDFName.of("Contents"), pdf.context.register(pdf.context.stream(content)));
}

/** Saved and read again, as the preflight reads the finished booklet. */
async function reread(pdf: PDFDocument): Promise<PDFDocument> {
  return PDFDocument.load(await pdf.save({ useObjectStreams: false }));
}

describe("the PDF checks", () => {
  let pdf: PDFDocument;

  beforeAll(async () => {
    const doc = await PDFDocument.create();
    const helvetica = doc.embedStandardFont(StandardFonts.Helvetica);
    // Page 1: clean text, in an embedded CID font.
    const clean = doc.addPage([200, 200]);
    clean.node.setFontDictionary(PDFName.of("F1"), cidFont(doc, "AAAAAA+Sample", true));
    draw(doc, clean, "BT /F1 10 Tf 20 100 Td <00410042> Tj ET");
    // Page 2: a glyph 0 (.notdef) after an A.
    const notdef = doc.addPage([200, 200]);
    notdef.node.setFontDictionary(PDFName.of("F1"), cidFont(doc, "AAAAAA+Sample", true));
    draw(doc, notdef, "BT /F1 10 Tf 20 100 Td <00410000> Tj ET");
    // Page 3: two glyphs from x = 190 (advances 5 and 6 at 10 pt): the second ends at 201, past the 200 pt box.
    const outside = doc.addPage([200, 200]);
    outside.node.setFontDictionary(PDFName.of("F1"), cidFont(doc, "AAAAAA+Sample", true));
    draw(doc, outside, "q 1 0 0 1 100 0 cm BT /F1 10 Tf 90 50 Td <0041> Tj [-500] TJ <0042> Tj ET Q");
    // Page 4: a font whose program is not in the file, and a standard font (never embedded).
    const missing = doc.addPage([200, 200]);
    missing.node.setFontDictionary(PDFName.of("F1"), cidFont(doc, "BBBBBB+Loose", false));
    missing.node.setFontDictionary(PDFName.of("F2"), helvetica.ref);
    draw(doc, missing, "BT /F1 10 Tf 20 100 Td <0041> Tj ET BT /F2 10 Tf 20 80 Td (Hi) Tj ET");
    pdf = await reread(doc);
  });

  it("reads where each glyph is drawn, through the graphics and text matrices", () => {
    const runs = drawnText(pdf, pdf.getPage(2));
    // 100 (cm) + 90 (Td); A advances 5; TJ -500 moves 5 more; B starts at 200 and advances 6.
    expect(runs.flatMap((r) => r.glyphs).map((g) => [g.x0, g.x1, g.y])).toEqual([[190, 195, 50], [200, 206, 50]]);
    // Each run carries the text of its whole text object, for messages.
    expect(runs.map((r) => r.text)).toEqual(["AB", "AB"]);
  });

  it("finds nothing wrong with clean text in an embedded font", () => {
    expect(checkPdf(pdf).filter((finding) => finding.page === 1)).toEqual([]);
  });

  it("finds a glyph drawn as .notdef (glyph 0 of a CID font), with the text around it", () => {
    expect(checkPdf(pdf).filter((finding) => finding.page === 2)).toEqual([{ page: 2, rule: "notdef", text: "« A »", where: "drawn as .notdef (glyph 0) of AAAAAA+Sample" }]);
  });

  it("finds text drawn past the page box", () => {
    expect(checkPdf(pdf).filter((finding) => finding.page === 3)).toEqual([{ page: 3, rule: "text-outside-page", text: "« AB »", where: "drawn beyond the page box of the PDF" }]);
  });

  it("finds every font whose program is not in the file, once", () => {
    expect(checkPdf(pdf).filter((finding) => finding.page === 4).map((finding) => [finding.rule, finding.text])).toEqual([
      ["font-not-embedded", "BBBBBB+Loose"],
      ["font-not-embedded", "Helvetica"],
    ]);
  });
});

describe("the soft hyphens of the text layer", () => {
  // As Chromium writes them: a zero-advance glyph (the space) in a span whose ActualText is U+00AD,
  // and a ligature « f­f » whose ActualText holds one.
  const source = [
    "BT",
    "/F1 10 Tf",
    "1 0 0 1 20 100 Tm",
    "<0041> Tj",
    "/Span<</ActualText <feff00ad> >> BDC",
    "5 0 Td",
    "<0001> Tj",
    "EMC",
    "0 0 Td",
    "<0042> Tj",
    "/Span<</ActualText <FEFF006600AD0066> >> BDC",
    "6 0 Td",
    "<0041> Tj",
    "EMC",
    "ET",
  ].join("\n");

  it("drops each soft hyphen: its glyph goes, its positioning stays, a ligature's ActualText loses it", () => {
    const { text, dropped } = dropSoftHyphens(source);
    expect(dropped).toBe(2);
    expect(text).not.toMatch(/00ad/i);
    expect(text).not.toContain("<0001> Tj");
    expect(text).toContain("5 0 Td");
    expect(text).toContain("/ActualText <feff00660066>");
  });

  it("leaves every other glyph where it was", async () => {
    const positions = async (content: string) => {
      const doc = await PDFDocument.create();
      const page = doc.addPage([200, 200]);
      page.node.setFontDictionary(PDFName.of("F1"), cidFont(doc, "AAAAAA+Sample", true));
      draw(doc, page, content);
      const read = await reread(doc);
      return drawnText(read, read.getPage(0)).flatMap((run) => run.glyphs.filter((g) => g.code !== 1).map((g) => [g.code, g.x0, g.y]));
    };
    const before = await positions(source);
    expect(before).toHaveLength(3);
    expect(await positions(dropSoftHyphens(source).text)).toEqual(before);
  });

  it("leaves a stream without soft hyphens as it was, operation for operation", () => {
    const plain = "BT\n/F1 10 Tf\n20 100 Td\n<0041> Tj\nET";
    expect(dropSoftHyphens(plain)).toEqual({ text: `${plain}\n`, dropped: 0 });
  });
});

describe("the report", () => {
  const facts = (findings: LayoutFacts["findings"]): LayoutFacts => ({
    pages: 4,
    frontMatterPages: 2,
    folios: ["i", "ii", "1", "2"],
    headings: [],
    marks: { sessions: {}, contributions: {} },
    findings,
  });

  it("gives each finding its folio and severity, page by page, errors with their fix", async () => {
    const doc = await reread(await PDFDocument.create().then((d) => (d.addPage([100, 100]), d)));
    const report = preflightBooklet({
      document: doc,
      facts: facts([
        { page: 4, rule: "stub", text: "« … »", where: "its last line is « blique. »" },
        { page: 3, rule: "widow", text: "« fin. »", where: "1 line at the top of the page" },
        { page: 3, rule: "keep-with-next", text: "heading « Titre »", where: "at the foot of the page" },
      ]),
    });
    expect(report.findings.map((f) => [f.page, f.folio, f.rule, f.severity])).toEqual([
      [3, "1", "keep-with-next", "error"],
      [3, "1", "widow", "error"],
      [4, "2", "stub", "warning"],
    ]);
    expect(report).toMatchObject({ pages: 4, errors: 2, warnings: 1, counts: { "keep-with-next": 1, widow: 1, stub: 1 } });
    expect(findingLine(report.findings[0]!)).toBe(`page 3 (folio 1): error keep-with-next: heading « Titre », at the foot of the page. Fix: ${RULES["keep-with-next"].fix}`);
    expect(findingLine(report.findings[2]!)).toBe("page 4 (folio 2): warning stub: « … », its last line is « blique. ».");
    expect(summaryLine(report)).toBe("2 errors, 1 warning (keep-with-next 1, widow 1, stub 1) on 4 pages");
  });

  it("says which rules are errors and which are warnings", () => {
    const errors = Object.entries(RULES).filter(([, rule]) => rule.severity === "error").map(([name]) => name);
    expect(errors.sort()).toEqual([
      "blank-page",
      "breakable-space",
      "count-agreement",
      "font-not-embedded",
      "hyphen-minus",
      "keep-with-next",
      "keep-with-previous",
      "name-hyphenated",
      "notdef",
      "text-outside-page",
      "widow",
    ]);
  });
});

describe("the default edition's preflight (shared build)", () => {
  let edition: Edition;
  let report: PreflightReport;
  let pages: number;

  beforeAll(async () => {
    edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
    const siteDir = inject("siteDir");
    report = JSON.parse(readFileSync(path.join(siteDir, preflightFileName(edition)), "utf8")) as PreflightReport;
    pages = pdfInfo(path.join(siteDir, edition.pdf.fileName)).pages;
  });

  it("is written beside the booklet, for its pages", () => {
    expect(report.pages).toBe(pages);
  });

  it("has no error (the build would have failed), and its warnings say why", () => {
    expect(report.errors).toBe(0);
    expect(report.findings.every((finding) => finding.severity === "warning")).toBe(true);
    expect(report.warnings).toBe(report.findings.length);
    for (const finding of report.findings) expect(finding.where.length, findingLine(finding)).toBeGreaterThan(0);
  });

  it("finds none of the faults the layout rules mend: stranded lines, widows, stubs, blank pages", () => {
    const mended = ["keep-with-next", "keep-with-previous", "widow", "orphan", "stub", "blank-page", "text-in-margin"];
    expect(report.findings.filter((finding) => mended.includes(finding.rule)).map(findingLine)).toEqual([]);
  });
});

/** The A4 variant (tests/helpers/variant.ts): pages taller than the renderer's window, other line breaks. */
describe("the A4 variant's preflight (shared build)", () => {
  it("has no error and none of the faults the layout rules mend, on pages taller than the browser's window", async () => {
    const variant = inject("variant");
    const edition = await loadEdition(variant.dataDir);
    expect(edition.colloquium.print.pageSize).toBe("A4");
    const report = JSON.parse(readFileSync(path.join(variant.siteDir, preflightFileName(edition)), "utf8")) as PreflightReport;
    expect(report.pages).toBe(pdfInfo(path.join(variant.siteDir, edition.pdf.fileName)).pages);
    expect(report.findings.filter((finding) => finding.severity === "error" || ["widow", "orphan", "stub"].includes(finding.rule)).map(findingLine)).toEqual([]);
  });
});
