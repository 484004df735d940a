/**
 * Reproducible builds: the same data gives the same bytes, PDF included, from
 * two folders, at two times, in two time zones, laid out in one piece or in
 * parts (the suite's shared build, and one more in 3 parts: a long book is
 * laid out in parts, one browser page each, then put together by
 * scripts/pdf/parts.ts, and must give the very same pages, sides, blank pages,
 * running heads, folios and page numbers). The PDF's dates come from the
 * data (or SOURCE_DATE_EPOCH) and its document ID is a hash of its content.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from "../scripts/lib/pdf-lib.ts";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { checkSettings } from "../scripts/pipeline/settings.ts";
import { prepareReproducible, publicationDate, saveReproducible, type ReproducibleOptions } from "../scripts/pdf/reproducible.ts";
import { PROJECT_ROOT, runBuild } from "./helpers/build.ts";
import { hashTree, removeTempFolders, tempFolder } from "./helpers/fixtures.ts";

afterAll(removeTempFolders);

let edition: Edition;
beforeAll(async () => {
  edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
});

/** The document ID in the trailer, as hex. */
function documentId(pdf: Buffer): string {
  const match = /\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/.exec(pdf.toString("latin1"));
  expect(match, "the PDF has a document /ID").not.toBeNull();
  expect(match![1]).toBe(match![2]);
  return match![1]!;
}

describe("two full builds of the same data, one in one piece and one in 3 parts", () => {
  let first: string;
  let second: string;
  beforeAll(() => {
    // The first is the shared build of the suite (tests/global-setup.ts), made earlier in the time zone of the run.
    first = inject("siteDir");
    second = path.join(tempFolder("reproducible-b"), "nested", "elsewhere");
    // Another folder, a later time, another time zone (UTC+14, a different day from most of the world), the
    // booklet cut in 3 parts where the shared build lays it out in one: none of them may reach the output.
    const b = runBuild(["--out", second, "--pdf-parts", "3"], { TZ: "Pacific/Kiritimati" });
    expect(b.status, b.stderr).toBe(0);
    // Every browser page had a part to lay out: the book was really cut, not laid out whole in the first.
    expect(b.stdout).toMatch(/, laid out in 3 parts, /);
  });

  it("are byte-identical, file by file, the PDF included", () => {
    const a = hashTree(first);
    const b = hashTree(second);
    expect(Object.keys(a)).toContain(edition.pdf.fileName);
    // Pagefind's index, written after Eleventy, is part of what must not change.
    expect(Object.keys(a)).toContain("pagefind/pagefind-entry.json");
    expect(Object.keys(a).length).toBeGreaterThan(40);
    expect(b).toEqual(a);
  });

  it("date the PDF from the data, not the clock", () => {
    const info = execFileSync("pdfinfo", ["-isodates", path.join(first, edition.pdf.fileName)], { encoding: "utf8" });
    const day = edition.colloquium.publication.date;
    expect(info).toMatch(new RegExp(`^CreationDate:\\s+${day}T00:00:00(?:Z|\\+00)`, "m"));
    expect(info).toMatch(new RegExp(`^ModDate:\\s+${day}T00:00:00(?:Z|\\+00)`, "m"));
  });

  it("give the PDF a document ID derived from its content", () => {
    const pdf = readFileSync(path.join(first, edition.pdf.fileName));
    const id = documentId(pdf);
    const placeholder = "0".repeat(id.length);
    const withoutId = Buffer.from(pdf.toString("latin1").split(`<${id}>`).join(`<${placeholder}>`), "latin1");
    expect(createHash("sha256").update(withoutId).digest("hex").slice(0, 32).toUpperCase()).toBe(id);
  });
});

/** A one-page PDF made by pdf-lib, which stamps it with the clock as Chromium does. */
async function samplePdf(now: Date, linkUri?: string): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setCreationDate(now);
  document.setModificationDate(now);
  const page = document.addPage([420, 595]);
  page.drawText("Actes", { x: 50, y: 500 });
  if (linkUri) {
    const annotation = document.context.obj({
      Type: "Annot",
      Subtype: "Link",
      Rect: [50, 490, 150, 510],
      A: { Type: "Action", S: "URI", URI: PDFString.of(linkUri) },
    });
    page.node.set(PDFName.of("Annots"), document.context.obj([document.context.register(annotation)]));
  }
  return document.save({ useObjectStreams: false });
}

async function linkUris(pdf: Uint8Array): Promise<(string | undefined)[]> {
  const document = await PDFDocument.load(pdf);
  const annots = document.getPages()[0]!.node.lookup(PDFName.of("Annots"), PDFArray);
  return Array.from({ length: annots.size() }, (_, index) =>
    annots.lookup(index, PDFDict).lookupMaybe(PDFName.of("A"), PDFDict)?.lookup(PDFName.of("URI"), PDFString).decodeText(),
  );
}

/** A PDF made reproducible as the build does it: loaded, prepared, saved. */
async function reproducible(pdf: Uint8Array, options: ReproducibleOptions): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  prepareReproducible(document, options);
  return saveReproducible(document);
}

describe("reproducible PDFs", () => {
  const editionDate = () => publicationDate(edition.colloquium.publication.date);

  it("gives the same bytes for PDFs rendered at different times", async () => {
    const morning = await samplePdf(new Date("2030-01-01T08:00:00Z"));
    const evening = await samplePdf(new Date("2031-06-30T21:17:03Z"));
    expect(Buffer.from(morning).equals(Buffer.from(evening))).toBe(false);
    const a = await reproducible(morning, { date: editionDate() });
    const b = await reproducible(evening, { date: editionDate() });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const document = await PDFDocument.load(a, { updateMetadata: false });
    expect(document.getCreationDate()?.toISOString()).toBe(`${edition.colloquium.publication.date}T00:00:00.000Z`);
  });

  it("takes SOURCE_DATE_EPOCH when it is set, and refuses one that is not a number before any work", async () => {
    const settings = checkSettings({ siteOnly: true, sourceDateEpoch: { value: "1432166400", setBy: "SOURCE_DATE_EPOCH" } });
    const fixed = await reproducible(await samplePdf(new Date()), { date: publicationDate(edition.colloquium.publication.date, settings.sourceDateEpoch) });
    const document = await PDFDocument.load(fixed, { updateMetadata: false });
    expect(document.getCreationDate()?.toISOString()).toBe("2015-05-21T00:00:00.000Z");
    expect(document.getModificationDate()?.toISOString()).toBe("2015-05-21T00:00:00.000Z");
    expect(() => checkSettings({ siteOnly: true, sourceDateEpoch: { value: "yesterday", setBy: "SOURCE_DATE_EPOCH" } })).toThrow(/SOURCE_DATE_EPOCH is "yesterday".*Fix:/);
  });

  it("changes the document ID when the content changes", async () => {
    const a = await reproducible(await samplePdf(new Date()), { date: editionDate() });
    const document = await PDFDocument.create();
    document.addPage([420, 595]).drawText("Other content", { x: 50, y: 500 });
    const b = await reproducible(await document.save(), { date: editionDate() });
    expect(documentId(Buffer.from(a))).not.toBe(documentId(Buffer.from(b)));
  });

  it("points links to the loopback render server at the public site, or makes them inert", async () => {
    const pdf = await samplePdf(new Date(), "http://127.0.0.1:43567/atelier-1/");
    expect(await linkUris(await reproducible(pdf, { date: editionDate(), publicUrl: "https://actes.example.org/actes/" }))).toEqual(["https://actes.example.org/actes/atelier-1/"]);
    expect(await linkUris(await reproducible(pdf, { date: editionDate() }))).toEqual([undefined]);
    const external = await samplePdf(new Date(), "https://hal.science/hal-02152519");
    expect(await linkUris(await reproducible(external, { date: editionDate() }))).toEqual(["https://hal.science/hal-02152519"]);
  });
});
