/**
 * Accessibility of the booklet PDF (issue 4): the structure tree read with
 * qpdf --json, the tagged text with poppler's pdfinfo -struct-text and the
 * visual text with pdftotext. The checker is first shown to catch each fault
 * on small PDFs printed by the same Chromium.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument, PDFName } from "../scripts/lib/pdf-lib.ts";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  checkPdfAccessibility,
  readPageTexts,
  readStructText,
  squeeze,
  textOf,
  type PdfAccessibilityReport,
} from "../scripts/audit/pdf-structure.ts";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { sharedBrowser } from "./helpers/browser.ts";
import { mendTags } from "../scripts/pdf/mend-tags.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { tempFolder } from "./helpers/fixtures.ts";

let edition: Edition;
let pdfFile: string;
let report: PdfAccessibilityReport;

beforeAll(async () => {
  edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
  pdfFile = path.join(inject("siteDir"), edition.pdf.fileName);
  report = checkPdfAccessibility(pdfFile, { language: edition.colloquium.language });
});

describe("the PDF checks catch the faults they look for", () => {
  /** One page prints every fixture, one after the other (a page costs more than what it prints here). */
  let page: Page;
  let folder: string;
  /** Prints `body` to a PDF with Chromium, tagged or not, as the booklet is printed. */
  const print = async (name: string, body: string, options: { tagged?: boolean; lang?: string } = {}) => {
    await page.setContent(`<!DOCTYPE html><html lang="${options.lang ?? "fr"}"><head><meta charset="utf-8"><title>${name}</title></head><body>${body}</body></html>`);
    const file = path.join(folder, `${name}.pdf`);
    writeFileSync(file, await page.pdf({ format: "A5", tagged: options.tagged ?? true, outline: true }));
    return file;
  };

  beforeAll(async () => {
    page = await (await sharedBrowser()).newPage();
    folder = tempFolder("pdf-a11y");
  });
  afterAll(async () => {
    await page?.context().close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("reports an untagged PDF, a wrong language and a missing title display", async () => {
    const untagged = await print("untagged", "<h1>Titre</h1><p>Texte.</p>", { tagged: false, lang: "en" });
    const problems = checkPdfAccessibility(untagged).problems.join("\n");
    expect(problems).toContain("not tagged");
    expect(problems).toContain("/Lang");
    // Chromium asks viewers to show the title; without that preference the check must object.
    const pdf = await PDFDocument.load(readFileSync(untagged));
    pdf.catalog.delete(PDFName.of("ViewerPreferences"));
    const noTitle = path.join(folder, "no-title.pdf");
    writeFileSync(noTitle, await pdf.save());
    expect(checkPdfAccessibility(noTitle).problems.join("\n")).toContain("DisplayDocTitle");
  });

  it("reports a skipped heading level and a heading deeper than H3", async () => {
    const problems = checkPdfAccessibility(await print("levels", "<h1>Un</h1><h3>Trois</h3><h4>Quatre</h4>")).problems.join("\n");
    expect(problems).toContain("H3 right after H1: a level is skipped");
    expect(problems).toContain("deeper than H3");
  });

  it("reports headings whose tag order differs from the visual order", async () => {
    const file = await print("order", `<div style="display:flex;flex-direction:column-reverse"><h1>Second visuellement</h1><h1>Premier visuellement</h1></div>`);
    expect(checkPdfAccessibility(file).problems.join("\n")).toContain("comes before the previous heading");
  });

  it("reports an image without alternative text", async () => {
    const image = `<img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'%3E%3Crect width='40' height='40'/%3E%3C/svg%3E">`;
    expect(checkPdfAccessibility(await print("figure", `<h1>Image</h1>${image}`)).problems.join("\n")).toContain("have no /Alt");
    const described = checkPdfAccessibility(await print("figure-alt", `<h1>Image</h1>${image.replace("<img", '<img alt="Un carré noir"')}`));
    expect(described.figures).toBe(1);
    expect(described.problems.join("\n")).not.toContain("/Alt");
  });

  it("reports what Chromium leaves out, and mendTags repairs it: artifacts, role map, list bodies", async () => {
    const file = await print(
      "mend",
      `<h1>Listes</h1><div style="border-top:2px solid black" aria-hidden="true">En-tête courant</div><ul><li>Un <strong>fort</strong></li><li>Deux <em>appuyé</em></li></ul>`,
    );
    const before = checkPdfAccessibility(file).problems.join("\n");
    expect(before).toContain("neither tagged nor marked as artifacts");
    expect(before).toContain("without a standard role");
    expect(before).toContain("hold other elements than Lbl and LBody");
    const pdf = await PDFDocument.load(readFileSync(file));
    const fixes = mendTags(pdf);
    const mended = path.join(folder, "mended.pdf");
    writeFileSync(mended, await pdf.save({ useObjectStreams: false }));
    expect(fixes.listBodies).toBe(2);
    expect(fixes.roles).toEqual(expect.arrayContaining(["Strong→Span", "Em→Span"]));
    expect(checkPdfAccessibility(mended).problems).toEqual([]);
    // The running head is still drawn, but no longer read as text.
    expect(readPageTexts(mended).join("")).toContain("En-tête courant");
    expect(readStructText(mended).map(textOf).join("")).not.toContain("En-tête courant");
  });
});

describe("the booklet PDF", () => {
  it("is tagged, in the edition's language, and shows its title in the window", () => {
    expect(report.structure.tagged).toBe(true);
    expect(report.structure.lang).toBe(edition.colloquium.language);
    expect(report.structure.displayDocTitle).toBe(true);
    expect(report.structure.title).toBe(edition.colloquium.title);
  });

  it("has headings from H1 to H3 in order, without a skipped level: each session an H1, each contribution an H2", () => {
    const levels = report.headings.map((h) => h.level);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      expect(level).toBeLessThanOrEqual(3);
      expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
    });
    const h1 = report.headings.filter((h) => h.level === 1).map((h) => squeeze(h.text));
    for (const session of edition.sessions) expect(h1).toContain(squeeze(session.title));
    // Contributions in reading order, each an H2; the booklet may set a long title's part after the colon apart.
    const h2 = report.headings.filter((h) => h.level === 2).map((h) => squeeze(h.text));
    let at = -1;
    for (const contribution of edition.contributions) {
      const heading = squeeze(contribution.heading);
      const found = h2.findIndex((text, i) => i > at && text.length >= 5 && heading.startsWith(text));
      expect(found, `H2 for "${contribution.heading}" after H2 #${at + 1}`).toBeGreaterThan(at);
      at = found;
    }
  });

  it("reads its headings in the order they are printed, each on the page the tags say", () => {
    expect(report.headings.length).toBeGreaterThanOrEqual(edition.sessions.length + edition.contributions.length);
    expect(report.problems.filter((p) => p.startsWith("heading"))).toEqual([]);
  });

  it("tags its lists as L, LI, Lbl and LBody", () => {
    expect(report.lists).toBeGreaterThan(0);
    expect(report.listItems).toBeGreaterThanOrEqual(edition.contributions.length);
    expect(report.problems.filter((p) => /\bLI\b|\bL holds\b/.test(p))).toEqual([]);
  });

  it("gives every figure an alternative text, and maps every structure type to a standard one", () => {
    const figures = report.structure.elements.filter((e) => e.role === "/Figure");
    expect(figures.filter((f) => !(f.alt?.trim() || f.actualText?.trim()))).toEqual([]);
    expect(report.problems.filter((p) => p.includes("standard role"))).toEqual([]);
  });

  it("marks running heads, folios and rules as artifacts: nothing is drawn untagged, and the running heads are not read", () => {
    expect(report.structure.unmarked).toEqual([]);
    // The short title heads left-hand pages: printed there, absent from the tagged text.
    const head = squeeze(edition.colloquium.shortTitle);
    const pages = readPageTexts(pdfFile);
    const headed = pages.filter((page) => squeeze(page.split("\n").find((line) => line.trim() !== "") ?? "") === head).length;
    expect(headed).toBeGreaterThan(5);
    const count = (text: string) => text.split(head).length - 1;
    // At most: poppler's tagged text is incomplete (it skips some marked content), never larger.
    const tagged = count(squeeze(readStructText(pdfFile).map(textOf).join("")));
    expect(tagged).toBeLessThanOrEqual(count(squeeze(pages.join(""))) - headed);
  });

  it("passes every check of the checker", () => {
    expect(report.problems).toEqual([]);
  });
});
