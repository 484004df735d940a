/**
 * Hostile and unusual content, through a real build (website and PDF) of a
 * fixture edition: markup in titles and summaries shows as text and runs
 * nothing; long titles and names, apostrophes, accents, no-break spaces, emoji
 * and right-to-left names come out as written, in the pages and in the PDF.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import { renderPrintPage } from "../scripts/pipeline/print-page.ts";
import { runBuild } from "./helpers/build.ts";
import { copyData, editData, removeTempFolders } from "./helpers/fixtures.ts";
import { pageAt, readPages, siteHref, text, type BuiltPage } from "./helpers/site.ts";
import { serveInChromium, type ServedSite } from "../scripts/lib/served-browser.ts";

afterAll(removeTempFolders);

const NBSP = "\u00A0";
const TITLE =
  `<script>alert("titre")</script> L'innovation & l’« effet de ciseau » : ` +
  `quand l’Hôtel de Ville d’Île-de-Brébeuf-sur-Œuvre réinvente, le 21${NBSP}mai, ` +
  "ses politiques publiques ☀ 🚀 — une démonstration délibérément très longue pour vérifier que les titres " +
  "interminables se replient sans déborder de la page ni de l’écran, même à trois cent vingt pixels de large";
const SUMMARY_SCRIPT = '<script>alert("résumé")</script>';
const SUMMARY_IMG = "<img src=x onerror=alert(1)>";
const PEOPLE = {
  arabic: { id: "nour-el-houda", givenName: "نور", familyName: "الهدى" },
  hebrew: { id: "shalom-cohen", givenName: "שלום", familyName: "כהן" },
  long: {
    id: "marie-benedicte-laval",
    givenName: "Marie-Bénédicte-Éléonore",
    familyName: "d’Aubigné-Castelnau de La Tour-d’Auvergne-Saint-Exupéry-Montmorency-Laval",
  },
} as const;
const LONG_ROLE = "responsable de l'innovation (apostrophe droite) et de l’Œuvre — mission « Façonner l’avenir »";

let data: string;
let siteDir: string;
let pages: BuiltPage[];

beforeAll(() => {
  data = copyData("hostile");
  const people = Object.values(PEOPLE)
    .map((p) => `  { id: "${p.id}", givenName: "${p.givenName}", familyName: "${p.familyName}", role: ${JSON.stringify(p.id === PEOPLE.long.id ? LONG_ROLE : "chercheuse invitée")}, organisations: ["uppa"] },\n`)
    .join("");
  editData(data, "people.ts", /\n\]\);\s*$/, `\n${people}]);\n`);
  // One contribution with the hostile title and summary, spoken by all three.
  editData(data, "sessions/02-atelier-1.ts", 'speakers: ["laurent-chavillon"],', `speakers: ["${PEOPLE.arabic.id}", "${PEOPLE.hebrew.id}", "${PEOPLE.long.id}"],`);
  editData(
    data,
    "sessions/02-atelier-1.ts",
    'title: "La mise en œuvre d’un projet d’établissement pour mieux décider",',
    `title: ${JSON.stringify(TITLE)},`,
  );
  editData(data, "sessions/02-atelier-1.ts", "summary: `Piloter", `summary: \`${SUMMARY_SCRIPT} ${SUMMARY_IMG} [la source](https://hal.science/hal-02152519)\n\nPiloter`);
  // Two right-to-left speakers of a talk without a title: the heading is made of their names.
  editData(data, "sessions/02-atelier-1.ts", 'speakers: ["christophe-favoreu"],', `speakers: ["${PEOPLE.arabic.id}", "${PEOPLE.hebrew.id}"],`);

  siteDir = path.join(path.dirname(data), "site");
  const result = runBuild(["--data", data, "--out", siteDir]);
  expect(result.status, result.stderr).toBe(0);
  pages = readPages(siteDir);
});

/**
 * Where each name is drawn, in every element matching `selector` that holds
 * them all: in a left-to-right page, the name written first must be drawn left
 * of the other. Sent to the page as a string: `(names, selector) => boxes`.
 */
const positions = `((names, selector) => Array.from(document.querySelectorAll(selector))
        .filter((element) => names.every((name) => element.textContent.includes(name)))
        .map((element) => {
          const where = (name) => {
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.textContent.indexOf(name);
              if (at >= 0) { const range = document.createRange(); range.setStart(node, at); range.setEnd(node, at + name.length); return range.getBoundingClientRect().left; }
            }
            return NaN;
          };
          // In reading order (as written), whichever name comes first.
          const [a, b] = [...names].sort((x, y) => element.textContent.indexOf(x) - element.textContent.indexOf(y));
          return { first: where(a), second: where(b) };
        }))`;

const contributionUrl = "/atelier-1/projet-d-etablissement-sdis-78/";
const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;
/** Text as a reader gets it: white space folded, French spacing (no-break spaces) undone. */
const folded = (s: string) => s.replace(/[\s\u00A0\u202F]+/g, " ").trim();

describe("markup in the data shows as text and runs nothing", () => {
  it("in the contribution's heading, page title and breadcrumb", () => {
    const page = pageAt(pages, contributionUrl);
    expect(text(page.dom.querySelector("h1"))).toBe(folded(TITLE));
    expect(text(page.dom.querySelector("title")).startsWith(folded(TITLE))).toBe(true);
    expect(text(page.dom.querySelector(".breadcrumb [aria-current=page]"))).toBe(folded(TITLE));
  });

  it("in the summary, where only the Markdown link becomes a link, with rel", () => {
    const page = pageAt(pages, contributionUrl);
    const prose = page.dom.querySelector(".prose")!;
    expect(text(prose)).toContain("<script>alert(");
    expect(text(prose)).toContain(SUMMARY_IMG);
    expect(prose.querySelectorAll("img")).toHaveLength(0);
    const link = prose.querySelector('a[href="https://hal.science/hal-02152519"]');
    expect(link?.getAttribute("rel")?.split(" ")).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
  });

  it("anywhere in the site: no script but the site's own files and inert JSON-LD, no event handler", () => {
    const titled = pages.filter((page) => page.html.includes("alert("));
    // The title reaches the contribution, its session, the programme, the speakers' pages, the home page…
    expect(titled.length).toBeGreaterThan(5);
    for (const page of pages) {
      for (const script of page.dom.querySelectorAll("script")) {
        if (script.getAttribute("type") === "application/ld+json") {
          // A data block: never run, and written with < escaped, so no value can close it.
          expect(script.innerHTML, page.file).not.toContain("<");
        } else {
          // Relative to the page, and named after a hash of their content.
          expect(siteHref(page, script.getAttribute("src") ?? ""), page.file).toMatch(/^\/assets\/js\/(?:site|search)\.[0-9a-f]{10}\.js$/);
          expect(script.innerHTML, page.file).toBe("");
        }
      }
      for (const element of page.dom.querySelectorAll("*")) {
        expect(Object.keys(element.attributes).filter((name) => name.toLowerCase().startsWith("on")), page.file).toEqual([]);
      }
    }
  });

  it("in the JSON-LD and the open data, as written once parsed back", () => {
    const block = pageAt(pages, contributionUrl).dom.querySelector('script[type="application/ld+json"]')!;
    const graph = JSON.parse(block.innerHTML) as { "@graph": { "@type": string; name: string }[] };
    expect(graph["@graph"].find((node) => node["@type"] === "Chapter")?.name).toBe(TITLE);
    const data = JSON.parse(readFileSync(path.join(siteDir, "donnees", "optima-2015.json"), "utf8")) as { contributions: { url: string; title: string; summary: string }[] };
    const entry = data.contributions.find((c) => c.url === contributionUrl);
    expect(entry?.title).toBe(TITLE);
    expect(entry?.summary).toContain(SUMMARY_SCRIPT);
  });
});

describe("unusual text renders as written", () => {
  it("names with accents, apostrophes and right-to-left scripts on the contribution, the speakers' pages and the index", () => {
    const contribution = text(pageAt(pages, contributionUrl).dom.querySelector(".people--speakers"));
    for (const person of Object.values(PEOPLE)) {
      expect(contribution).toContain(fullName(person));
      expect(text(pageAt(pages, `/intervenants/${person.id}/`).dom.querySelector("h1"))).toBe(fullName(person));
    }
    expect(contribution).toContain(folded(LONG_ROLE));
    const index = text(pageAt(pages, "/intervenants/").dom.querySelector("main"));
    for (const person of Object.values(PEOPLE)) expect(index).toContain(person.familyName);
  });

  describe("in Chromium", () => {
    let site: ServedSite;
    beforeAll(async () => {
      site = await serveInChromium(siteDir);
    });
    afterAll(async () => {
      await site?.close();
    });

    it("long titles and names wrap inside a 320 px wide screen", async () => {
      const tab = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
      for (const url of [contributionUrl, `/intervenants/${PEOPLE.long.id}/`, "/intervenants/", "/atelier-1/", "/programme/"]) {
        await tab.goto(new URL(url.slice(1), site.server.url).href, { waitUntil: "load" });
        await tab.evaluate("document.fonts.ready.then(() => true)");
        const widths = await tab.evaluate<{ scroll: number; client: number }>("({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })");
        expect(widths.scroll, url).toBeLessThanOrEqual(widths.client);
      }
      await tab.close();
    });

    it("two right-to-left names in a list or a heading keep their order on screen", async () => {
      const tab = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
      const names = [fullName(PEOPLE.arabic), fullName(PEOPLE.hebrew)];

      const places = [
        { url: "atelier-1/", selector: ".contribution-list__meta" },
        { url: "programme/", selector: "h3" },
        { url: "organisations/", selector: ".index-list__people" },
        { url: "atelier-1/regard-academique-innovation-strategique/", selector: "h1" },
      ];
      for (const { url, selector } of places) {
        await tab.goto(new URL(url, site.server.url).href, { waitUntil: "load" });
        const boxes = await tab.evaluate<{ first: number; second: number }[]>(`${positions}(${JSON.stringify(names)}, ${JSON.stringify(selector)})`);
        expect(boxes.length, `${url} ${selector}`).toBeGreaterThan(0);
        for (const { first, second } of boxes) expect(first, `${url} ${selector}`).toBeLessThan(second);
      }
      await tab.close();
    });
  });

  it("two right-to-left names keep their order in the paginated booklet's contents and speakers index", async () => {
    // The print page as the renderer lays it out (the published site has only the PDF).
    const printPage = await renderPrintPage(await loadEdition(data), path.join(path.dirname(data), "print-site"));
    const site = await serveInChromium(printPage.folder);
    try {
      // The print page's Content-Security-Policy forbids the evaluated scripts of this check, not the booklet's own.
      const tab = await site.browser.newPage({ bypassCSP: true });
      await tab.emulateMedia({ media: "print" });
      await tab.goto(site.url(printPage.pagePath));
      await tab.waitForFunction(() => window.actes?.numbering !== undefined, undefined, { timeout: 60_000 });
      const speakers = [fullName(PEOPLE.arabic), fullName(PEOPLE.hebrew)];
      const inContents = await tab.evaluate<{ first: number; second: number }[]>(`${positions}(${JSON.stringify(speakers)}, ".pagedjs_pages .toc__speakers")`);
      expect(inContents.length).toBeGreaterThan(0);
      for (const { first, second } of inContents) expect(first).toBeLessThan(second);
      // "Family name, given name": two right-to-left words apart in the index.
      for (const person of [PEOPLE.arabic, PEOPLE.hebrew]) {
        const inIndex = await tab.evaluate<{ first: number; second: number }[]>(`${positions}(${JSON.stringify([person.familyName, person.givenName])}, ".pagedjs_pages .back-index__name")`);
        expect(inIndex.length, person.id).toBe(1);
        expect(inIndex[0]!.first, person.id).toBeLessThan(inIndex[0]!.second);
      }
    } finally {
      await site.close();
    }
  });

  it("in the PDF, where pdftotext finds every name, the title and the summary's markup as text", () => {
    const pdfText = execFileSync("pdftotext", ["-enc", "UTF-8", path.join(siteDir, "optima-2015.pdf"), "-"], { encoding: "utf8" });
    // pdftotext joins words hyphenated at line ends (dropping the hyphen) and marks right-to-left runs with
    // embedding controls; the booklet has soft hyphens: compare without spaces, hyphens or those controls.
    const squash = (s: string) => s.normalize("NFKC").replace(/[\s\u00A0\u202F\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069-]/g, "");
    const pdf = squash(pdfText);
    for (const person of Object.values(PEOPLE)) expect(pdf, fullName(person)).toContain(squash(fullName(person)));
    expect(pdf).toContain(squash(LONG_ROLE));
    // The title up to its emoji; ☀ is drawn with a system font. (🚀, outside the BMP, has no font on this machine.)
    expect(pdf).toContain(squash(TITLE.slice(0, TITLE.indexOf("☀") + 1)));
    expect(pdf).toContain(squash('<script>alert(« résumé »)</script>'));
    expect(pdf).toContain(squash(SUMMARY_IMG));
  });
});
