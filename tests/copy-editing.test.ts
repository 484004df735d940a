/**
 * The copy editor's check (scripts/lib/copy-editing.ts): first in memory, on
 * the faults a proof of the first edition showed, then on every HTML page and
 * every PDF page of the default edition (the shared build). The English
 * fixture is read by the same check in tests/editions.test.ts, on its own build.
 * And what the edition states: only what the report says (no publisher, no licence, no commitment).
 */
import { afterAll, describe, expect, inject, it } from "vitest";
import { DataErrors } from "../scripts/data/errors.ts";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { copyRules } from "../scripts/data/names.ts";
import { checkCountLabels, checkLines, checkOrder, checkText, type CopyRules } from "../scripts/lib/copy-editing.ts";
import { hyphenateText } from "../scripts/lib/hyphenate.ts";
import { countOf, missingPluralForms, typeset } from "../scripts/lib/typography.ts";
import { copyEditSite } from "./helpers/copy-editing.ts";
import { copyData, editData, removeTempFolders } from "./helpers/fixtures.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { pageAt, readPages, text } from "./helpers/site.ts";
import path from "node:path";

afterAll(removeTempFolders);

const fr: CopyRules = {
  language: "fr",
  names: ["Conseil départemental de Seine-et-Marne", "Issy-les-Moulineaux", "Agnès Benassy-Quéré"],
  counts: { pages: { one: "{count} page", other: "{count} pages" } },
};

describe("the copy editor's check, in memory", () => {
  it("marks in a page's text the faults of the first proof, and passes the same text once typeset", () => {
    const proof = "Un budget de 140 M€, 85 % de personnel, 86 euros par habitant ; M. Alain, p. 5 : −2 % visé, -2 % écrit, (69,2 ko, 1 pages).";
    const rules = new Set(checkText(proof, fr).map((fault) => fault.rule));
    expect([...rules].sort()).toEqual(["breakable-space", "count-agreement", "hyphen-minus"]);
    const typeset_ = typeset(proof.replace("1 pages", "1 page"), "fr");
    expect(checkText(typeset_, fr)).toEqual([]);
  });

  it("marks a soft hyphen inside a name, and the hyphenation leaves names whole", () => {
    const text = "Le Conseil dé\u00ADpar\u00ADte\u00ADmen\u00ADtal de Seine-et-Marne";
    expect(checkText(text, fr).map((fault) => fault.rule)).toEqual(["name-hyphenated"]);
    const hyphenated = hyphenateText("le Conseil départemental de Seine-et-Marne et la collectivité, d’après Osbornes", "fr", fr.names);
    expect(checkText(hyphenated, fr)).toEqual([]);
    expect(hyphenated).toContain("Conseil départemental de Seine-et-Marne");
    // Words outside a name are still hyphenated.
    expect(hyphenated).toContain("col\u00ADlec\u00ADti\u00ADvité");
  });

  it("marks in PDF lines a break between a figure and what it counts, and a name broken at a hyphen", () => {
    const lines = [
      "il représente 86",
      "euros par habitant, à Agnès Benassy-",
      "Quéré et la ville d’Issy-les-",
      "Moulineaux ; le Conseil dé-",
      "partemental de Seine-et-Marne suit d’Os-",
      "bornes et Brown.",
    ];
    const faults = checkLines(lines, fr);
    expect(faults.map((fault) => fault.rule)).toEqual(["breakable-space", "name-hyphenated", "name-hyphenated", "name-hyphenated", "name-hyphenated"]);
    // A table of contents: a page number at a line end, then a title with a capital.
    expect(checkLines(["La journée      1", "   La chaire OPTIMA      2", "en 2015", "les ateliers"], fr)).toEqual([]);
  });

  it("renders each count label with 0, 1 and 2 in both languages, and marks a label that does not agree", () => {
    for (const language of ["fr", "en"]) {
      const rules: CopyRules = { ...fr, language, counts: { pages: { one: "{count} page", other: "{count} pages" } } };
      expect(checkCountLabels(rules)).toEqual([]);
    }
    const forms = { one: "{count} page", other: "{count} pages" };
    expect([0, 1, 2].map((n) => countOf(n, forms, "fr"))).toEqual(["0 page", "1 page", "2 pages"]);
    expect([0, 1, 2].map((n) => countOf(n, forms, "en"))).toEqual(["0 pages", "1 page", "2 pages"]);
    expect(checkCountLabels({ ...fr, counts: { pages: { other: "{count} pages" } } }).map((fault) => fault.where)).toEqual([
      'the label pages has no "one" form for 0',
      'the label pages has no "one" form for 1',
      "the label pages reads the same for 0 (\"one\") and 2 (\"other\")",
      "the label pages reads the same for 1 (\"one\") and 2 (\"other\")",
    ]);
  });

  it("orders index entries by the collator, punctuation ignored", () => {
    expect(checkOrder(["Ville de Cannes", "Ville d’Issy-les-Moulineaux"], "fr")).toEqual([]);
    expect(checkOrder(["Ville d’Issy-les-Moulineaux", "Ville de Cannes"], "fr").map((fault) => fault.rule)).toEqual(["index-order"]);
    expect(checkOrder(["Peres, Jean-Louis", "Pernot, Nicolas"], "fr")).toEqual([]);
  });
});

describe("a count label without the plural forms its language needs", () => {
  it("stops the build, naming labels.ts and the key, when a count is given one word for every number", async () => {
    const data = copyData("plural");
    editData(data, "labels.ts", "export default defineLabels({", 'export default defineLabels({\n  pages: "pages",');
    const error: unknown = await loadEdition(data).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DataErrors);
    const message = (error as DataErrors).message;
    expect(message).toMatch(/labels\.ts at pages: must give the forms of a count, e\.g\. \{ one: "\{count\} page", other: "\{count\} pages" \}/);
    expect(message).toMatch(/Fix: \S/);
  });

  it("knows which forms each language needs: the categories its counts fall in", () => {
    expect(missingPluralForms({ other: "{count} pages" }, "fr")).toEqual(["one"]);
    expect(missingPluralForms({ one: "{count} page", other: "{count} pages" }, "en")).toEqual([]);
    expect(missingPluralForms({ one: "{count} strona", other: "{count} strony" }, "pl").sort()).toEqual(["few", "many"]);
    expect(missingPluralForms({ one: "st", other: "th" }, "en", "ordinal").sort()).toEqual(["few", "two"]);
  });
});

describe("the default edition, read by a copy editor", () => {
  const siteDir = inject("siteDir");
  let edition: Edition;

  it("has no fault on any HTML page or PDF page, in its count labels or its indexes", async () => {
    edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
    const { faults, read } = copyEditSite(siteDir, edition);
    expect(faults).toEqual([]);
    // It read every page and both indexes: the booklet's lists everyone with a contribution, the site's everyone.
    expect(read.bookletIndex).toBe(edition.people.filter((person) => person.contributions.length > 0).length);
    expect(read.siteIndex).toBe(edition.people.length);
    expect(read.countLabels).toBe(Object.keys(copyRules(edition).counts).length);
    expect(read.pdfPages).toBeGreaterThan(edition.sessions.length);
  });

  it("states no publisher, licence or commitment the report does not give", async () => {
    edition ??= await loadEdition(path.join(PROJECT_ROOT, "_data"));
    expect(edition.colloquium.publication.publisher).toBeUndefined();
    expect(edition.colloquium.licence).toBeUndefined();
    const pages = readPages(siteDir);
    for (const page of pages) {
      const footer = text(page.dom.querySelector(".site-footer"));
      expect(footer, page.url).not.toMatch(/CC BY|Creative Commons|Université de Pau/);
    }
    const statement = text(pageAt(pages, edition.routes.accessibility).dom.querySelector("main"));
    expect(statement).not.toContain("s’engage");
    expect(statement).toContain(edition.labels.accessibilityStatement.noPublisher.split(" :")[0]!);
    const about = pageAt(pages, edition.routes.about);
    expect(about.dom.querySelector("#licence")).toBeNull();
  });
});

describe("the copy editor's check in the booklet's preflight (shared build)", () => {
  const siteDir = inject("siteDir");

  it("reads the lines the booklet draws as pdftotext reads them, finds no fault, and makes a name broken at a line end an error", async () => {
    const { PDFDocument } = await import("../scripts/lib/pdf-lib.ts");
    const { readFileSync } = await import("node:fs");
    const { pageLines } = await import("../scripts/pdf/copy-preflight.ts");
    const { preflightBooklet } = await import("../scripts/pdf/preflight.ts");
    const { normalise, pageTexts } = await import("./helpers/pdf-read.ts");
    const edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
    const file = path.join(siteDir, edition.pdf.fileName);
    const document = await PDFDocument.load(readFileSync(file));
    const facts = { pages: document.getPageCount(), folios: [], findings: [] } as never;
    // The lines end where poppler's end: the same last word on each line of running text, page by page
    // (poppler may order pieces on nearly the same baseline differently, in indexes and running heads).
    const poppler = pageTexts(file, true);
    const ends = (lines: string[]) => lines.map((line) => normalise(line).split(" ").at(-1)).filter((word) => word && word.length > 3);
    let compared = 0;
    for (let page = 0; page < document.getPageCount(); page++) {
      const drawn = new Set(ends(pageLines(document, page)));
      const read = ends(poppler[page]!.split("\n"));
      const missing = read.filter((word) => !drawn.has(word!));
      expect(missing.length, `page ${page + 1}: ${missing.join(", ")}`).toBeLessThanOrEqual(Math.ceil(read.length / 20));
      compared += read.length;
    }
    expect(compared).toBeGreaterThan(document.getPageCount() * 10);
    const rules = copyRules(edition);
    expect(preflightBooklet({ document, facts, copy: rules }).findings).toEqual([]);
    // Were « recettes » a name, its line-end hyphen on the introduction's first page would be an error.
    const lines = pageLines(document, poppler.findIndex((text) => /re-\s*\n\s*cettes/.test(text)));
    expect(lines.some((line) => line.endsWith("re-"))).toBe(true);
    const report = preflightBooklet({ document, facts, copy: { ...rules, names: [...rules.names, "recettes"] } });
    expect(report.findings.map((finding) => [finding.rule, finding.severity])).toEqual([["name-hyphenated", "error"]]);
    expect(report.errors).toBe(1);
  });
});
