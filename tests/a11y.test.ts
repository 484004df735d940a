/**
 * Accessibility of the built website (issue 4), with the checker of
 * scripts/audit on the shared full build (tests/global-setup.ts): axe-core in
 * both themes at 320 and 1280 px, reflow and zoom, and reduced motion on one
 * page of each kind (a page's template decides what these checks find; the
 * same checks run on every page with `npm run check:a11y`), the Nu Html
 * Checker on every page, keyboard, and the accessibility statement. The
 * checks are first shown to catch the faults they look for.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ALL_VIEWS, checkSite, formatProblems, VIEWS, type SiteTarget, type View, type ViewCheck } from "../scripts/audit/check-site.ts";
import { checkKeyboard, keyboardWindow } from "../scripts/audit/keyboard.ts";
import { formatNuMessages, runNuChecker, type NuReport } from "../scripts/audit/nu-checker.ts";
import { AXE_TAGS, AXE_VERSION, measureMotion } from "../scripts/audit/page-checks.ts";
import { listHtmlPages } from "../scripts/audit/site-pages.ts";
import { conformityStatus } from "../scripts/data/conformity.ts";
import { loadEdition } from "../scripts/data/load.ts";
import type { Edition } from "../scripts/data/model.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import type { ServedSite } from "../scripts/lib/served-browser.ts";
import { serveToBrowser } from "./helpers/browser.ts";
import { tempFolder } from "./helpers/fixtures.ts";
import { VARIANT } from "./helpers/variant.ts";
import { listFiles, pageAt, pageKinds, readPages, siteHref, text } from "./helpers/site.ts";

const require = createRequire(import.meta.url);
const versionOf = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

let edition: Edition;
let siteDir: string;
let pages: string[];
let site: ServedSite;
/** One page of each kind (see pageKinds), as paths below the site's root like `pages`. */
let samples: string[];
const target = (): SiteTarget => ({ browser: site.browser, baseUrl: site.server.url, pages: samples });

let fixture: ServedSite;
let fixtureDir: string;
/** The Nu Html Checker's reports on the fixture and on the site, from one run started before the other checks. */
let nuReports: Promise<[fixture: NuReport, site: NuReport]>;

beforeAll(async () => {
  edition = await loadEdition(path.join(PROJECT_ROOT, "_data"));
  siteDir = inject("siteDir");
  pages = listHtmlPages(siteDir);
  samples = pageKinds(edition).map((url) => url.replace(/^\//, ""));
  fixtureDir = tempFolder("a11y-fixture");
  // A strict policy like the site's: axe must still get in (bypassCSP), or nothing would be checked.
  const head = (title: string) =>
    `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'unsafe-inline'">`;
  // The spinning glyph is small and inline: a rotating block would sweep over the pale text and
  // make axe's contrast result "needs review" at some moments of the animation.
  writeFileSync(
    path.join(fixtureDir, "faults.html"),
    `${head("Fautes")}<style>
      .faint { color: #bbb; background: #fff; }
      .wide { width: 2000px; }
      .spin { display: inline-block; animation: spin 2s infinite; }
      @keyframes spin { to { transform: rotate(360deg); } }
      html { scroll-behavior: smooth; }
      a:focus { outline: none; }
    </style></head><body><main><h1>Fautes</h1>
    <p class="faint">Texte trop pâle.</p>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
    <div class="wide">Trop large.</div>
    <p><span class="spin">↻</span></p>
    <p><a href="#un">Un</a> <a href="#deux" tabindex="2">Deux</a></p>
    </main></body></html>`,
  );
  // A script that sends Tab from the last link back to the first: a keyboard trap.
  writeFileSync(
    path.join(fixtureDir, "trap.html"),
    `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Piège</title></head><body>
    <a class="skip" href="#main">Aller au contenu</a><main id="main" tabindex="-1"><h1>Piège</h1><a href="#a">A</a> <a id="last" href="#b">B</a></main>
    <script>document.getElementById("last").addEventListener("keydown", (e) => { if (e.key === "Tab" && !e.shiftKey) { e.preventDefault(); document.querySelector("a").focus(); } });</script>
    </body></html>`,
  );
  writeFileSync(path.join(fixtureDir, "invalid.html"), `<!DOCTYPE html><html lang="fr"><title>x</title><p><div>bloc</p>`);
  writeFileSync(path.join(fixtureDir, "invalid.css"), `a { colr: red; }\n`);
  nuReports = runNuChecker([{ folder: fixtureDir }, { folder: siteDir }]) as Promise<[NuReport, NuReport]>;
  nuReports.catch(() => undefined); // awaited by its tests; not an unhandled rejection meanwhile
  [site, fixture] = await Promise.all([serveToBrowser(siteDir), serveToBrowser(fixtureDir)]);
});
afterAll(async () => {
  await Promise.all([site?.close(), fixture?.close(), nuReports?.catch(() => undefined)]);
  if (fixtureDir) rmSync(fixtureDir, { recursive: true, force: true });
});

describe("the checks catch the faults they look for", () => {
  const fixtureTarget = (page: string): SiteTarget => ({ browser: fixture.browser, baseUrl: fixture.server.url, pages: [page] });

  /** The views that run `check`, running it alone. */
  const only = (check: ViewCheck): View[] => ALL_VIEWS.filter((view) => view.checks.includes(check)).map((view) => ({ ...view, checks: [check] }));

  it("axe-core reports a missing alternative and low contrast through a strict CSP", async () => {
    const result = await checkSite(fixtureTarget("faults.html"), [{ ...VIEWS.light320, checks: ["axe"] }]);
    expect(result.axeRuns).toBe(1);
    const rules = result.problems.map((p) => p.rule);
    expect(rules).toContain("image-alt");
    expect(rules).toContain("color-contrast");
  });

  it("reflow reports a page wider than the viewport, naming the element, in each of its views", async () => {
    const { problems } = await checkSite(fixtureTarget("faults.html"), only("overflow"));
    const scroll = problems.filter((p) => p.rule === "horizontal-scroll");
    expect(scroll.map((p) => p.view)).toEqual(only("overflow").map((view) => view.label));
    expect(scroll).toHaveLength(3);
    expect(scroll[0]!.details.join(" ")).toContain("div.wide");
  });

  it("reduced motion reports an animation and smooth scrolling", async () => {
    const rules = (await checkSite(fixtureTarget("faults.html"), only("motion"))).problems.map((p) => p.rule);
    expect(rules).toEqual(expect.arrayContaining(["smooth-scroll", "animation"]));
  });

  it("the keyboard check reports no skip link, a positive tabindex, an invisible focus and a trap", async () => {
    const window = await keyboardWindow(fixture.browser);
    try {
      const faults = (await checkKeyboard(window, fixture.url("faults.html"))).problems.join("\n");
      expect(faults).toContain("the first Tab stop is not the page's first link");
      expect(faults).toContain("Tab order differs from DOM order");
      expect(faults).toContain("no visible focus");
      const trap = await checkKeyboard(window, fixture.url("trap.html"));
      expect(trap.leftPage).toBe(false);
      expect(trap.problems.join("\n")).toContain("keyboard trap");
    } finally {
      await window.close();
    }
  });

  it("the Nu Html Checker reports invalid HTML and CSS", async () => {
    const [report] = await nuReports;
    const errors = formatNuMessages(report.errors);
    expect(errors).toContain("invalid.html");
    expect(errors).toContain("invalid.css");
    expect(errors).toContain("colr");
  });
});

describe("the pages of the built site", () => {
  it("are all found by walking the folder (every page of the model, the statement, the 404 page), one of each kind among them", () => {
    const urls = pages.map((page) => `/${page}`);
    const expected = [
      ...edition.sessions.map((s) => s.url),
      ...edition.contributions.map((c) => c.url),
      ...edition.people.map((p) => p.url),
      ...Object.entries(edition.routes).filter(([key]) => key !== "print").map(([, url]) => url),
      "/404.html",
    ];
    expect(expected.filter((url) => !urls.includes(url))).toEqual([]);
    expect(pages.length).toBe(listFiles(siteDir, ".html").length);
    expect(samples.filter((sample) => !pages.includes(sample))).toEqual([]);
    expect(new Set(samples).size).toBe(samples.length);
  });

  // Each theme and each width once for axe (light at 320 px, dark at 1280 px), every zoom, reduced motion;
  // all views on every page: npm run check:a11y.
  const views: View[] = [VIEWS.light320, VIEWS.dark1280, VIEWS.pageZoom, VIEWS.textZoom];
  let checked: Awaited<ReturnType<typeof checkSite>>;
  const problemsOf = (check: ViewCheck) => formatProblems(checked.problems.filter((problem) => problem.check === check || problem.check === "load"));
  beforeAll(async () => {
    checked = await checkSite(target(), views);
  });

  it(`have no axe-core ${AXE_VERSION} violation (${AXE_TAGS.join(", ")}) in ${views.filter((view) => view.checks.includes("axe")).map((view) => view.label).join("; ")}, one page of each kind`, () => {
    expect(checked.axeRuns).toBe(samples.length * 2);
    expect(problemsOf("axe")).toBe("");
  });

  it("do not scroll sideways at 320 px, at 200 % page zoom, or with text zoomed to 200 %, one page of each kind", () => {
    expect(views.filter((view) => view.checks.includes("overflow"))).toHaveLength(3);
    expect(problemsOf("overflow")).toBe("");
  });

  it("honour prefers-reduced-motion: no animation, no transition, no smooth scrolling, one page of each kind", async () => {
    expect(views.filter((view) => view.checks.includes("motion"))).toHaveLength(1);
    expect(problemsOf("motion")).toBe("");
    // The check can tell: without the preference the site does scroll smoothly.
    const context = await site.browser.newContext({ reducedMotion: "no-preference" });
    try {
      const page = await context.newPage();
      await page.goto(site.url(""));
      expect((await measureMotion(page)).scrollBehavior).toBe("smooth");
    } finally {
      await context.close();
    }
  });

  it(`pass the Nu Html Checker ${versionOf("vnu-jar")}, every page and stylesheet, without an error`, async () => {
    const [, report] = await nuReports;
    expect(report.files).toBe(listFiles(siteDir, ".html").length + listFiles(siteDir, ".css").length);
    // Warnings do not fail the build, but they are shown.
    if (report.warnings.length > 0) console.warn(`Nu Html Checker warnings:\n${formatNuMessages(report.warnings)}`);
    expect(formatNuMessages(report.errors)).toBe("");
  });
});

describe("keyboard", () => {
  const samples = () => [
    { name: "home page", url: "" },
    { name: "a contribution page", url: edition.contributions[0]!.url },
    { name: "the speakers index", url: edition.routes.speakers },
  ];

  // The contribution page, whose header, content and footer hold every kind of control, in the dark theme;
  // the home page and the speakers index, with the same header and footer, in the light one.
  for (const colorScheme of ["light", "dark"] as const) {
    const pagesFor = () => samples().filter((sample) => (sample.name === "a contribution page") === (colorScheme === "dark"));
    it(`reaches every interactive element in DOM order with a visible focus, skip link first, no trap (${colorScheme})`, async () => {
      // One after the other, each in a page of its own in one window.
      const window = await keyboardWindow(site.browser, colorScheme);
      const reports = [];
      try {
        for (const sample of pagesFor()) reports.push(await checkKeyboard(window, site.url(sample.url)));
      } finally {
        await window.close();
      }
      for (const [i, sample] of pagesFor().entries()) {
        const report = reports[i]!;
        expect(report.expected.length, sample.name).toBeGreaterThan(5);
        expect(report.stops.map((s) => s.index), sample.name).toEqual(report.expected.map((_, i) => i));
        expect(report.skipLink, sample.name).toMatchObject({ first: true, targetReached: true, nextTabInsideTarget: true });
        expect(report.problems.join("\n"), sample.name).toBe("");
      }
    });
  }
});

describe("accessibility statement", () => {
  const S = () => edition.labels.accessibilityStatement;
  const statement = () => pageAt(readPages(siteDir), edition.routes.accessibility);

  it("derives the RGAA status from the audit: non conforme without one", () => {
    expect(conformityStatus({})).toBe("none");
    expect(conformityStatus({ audit: { date: "2026-01-01", auditor: "X", rate: 49.9 } })).toBe("none");
    expect(conformityStatus({ audit: { date: "2026-01-01", auditor: "X", rate: 50 } })).toBe("partial");
    expect(conformityStatus({ audit: { date: "2026-01-01", auditor: "X", rate: 99 } })).toBe("partial");
    expect(conformityStatus({ audit: { date: "2026-01-01", auditor: "X", rate: 100 } })).toBe("full");
    expect(edition.colloquium.publication.accessibility.audit).toBeUndefined();
    expect(edition.conformity).toBe("none");
  });

  it("states the status, why, the date of the edition, and is linked with its status from every page", () => {
    const page = statement();
    expect(text(page.dom.querySelector("h1"))).toBe(fold(S().title));
    const main = text(page.dom.querySelector("main"));
    expect(main).toContain(S().statuses.none);
    expect(main).not.toContain(S().statuses.partial);
    expect(main).not.toContain(S().statuses.full);
    expect(main).toContain(fold(S().noAudit.split(".")[0]!));
    // The booklet's known defects are listed, not hidden behind "none known".
    expect(S().knownLimits.length).toBeGreaterThan(0);
    for (const limit of S().knownLimits) expect(main).toContain(fold(limit));
    const date = new Intl.DateTimeFormat(edition.colloquium.language, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${edition.colloquium.publication.date}T00:00:00Z`),
    );
    expect(main).toContain(fold(S().establishedOn.replace("{date}", date)));
    const footerLink = fold(S().footerLink.replace("{status}", S().statuses.none));
    for (const built of readPages(siteDir)) {
      const link = built.dom.querySelectorAll(".site-footer a").find((a) => siteHref(built, a.getAttribute("href")!) === edition.routes.accessibility);
      expect(text(link), built.file).toBe(footerLink);
    }
  });

  it("names the checks and the versions of the tools that ran them", () => {
    const main = text(statement().dom.querySelector("main"));
    for (const name of ["axe-core", "vnu-jar", "html-validate", "playwright-core"]) expect(main).toContain(versionOf(name));
    expect(main).toContain(AXE_VERSION);
    for (const line of Object.values(S().tests)) expect(main).toContain(fold(line.split("{version}")[0]!));
  });

  it("gives the publisher (only one the data names), the organisers and the recourse to the Défenseur des droits, and no address the data does not give", () => {
    const page = statement();
    const main = text(page.dom.querySelector("main"));
    const publisher = edition.colloquium.publication.publisher;
    if (publisher) expect(main).toContain(fold(publisher));
    else {
      // No publisher named: nobody is committed to anything, and no « Éditeur » line is printed.
      expect(main).not.toContain(fold(S().commitment.split("{publisher}")[1]!.trim().slice(0, 20)));
      expect(page.dom.querySelectorAll("main dt").map((dt) => text(dt))).not.toContain(fold(S().publisherTitle));
    }
    for (const organiser of edition.organisers) expect(main).toContain(fold(organiser.name));
    const hrefs = page.dom.querySelectorAll("main a").map((a) => a.getAttribute("href"));
    // The report gives no contact address: none is published.
    expect(edition.colloquium.publication.contact).toBeUndefined();
    expect(hrefs.filter((href) => href?.startsWith("mailto:"))).toEqual([]);
    expect(hrefs).toContain(S().recourseForm.url);
    expect(hrefs).toContain(S().recourseDelegate.url);
    for (const line of S().recourseAddress) expect(main).toContain(line);
  });

  it("says what an audit found once the data records one (the suite's variant edition)", async () => {
    const variant = inject("variant");
    const recorded = await loadEdition(variant.dataDir);
    expect(recorded.conformity).toBe("partial");
    const page = pageAt(readPages(variant.siteDir), recorded.routes.accessibility);
    const main = text(page.dom.querySelector("main"));
    expect(main).toContain(S().statuses.partial);
    expect(main).toContain(VARIANT.audit.auditor);
    expect(main).toContain(String(VARIANT.audit.rate));
    expect(main).not.toContain(fold(S().noneKnown));
    expect(page.dom.querySelector("main strong")?.textContent).toBe("signets");
    expect(page.dom.querySelectorAll("main a").map((a) => a.getAttribute("href"))).toContain(`mailto:${VARIANT.contact}`);
    expect(readFileSync(path.join(variant.siteDir, "index.html"), "utf8")).toContain(S().statuses.partial);
  });
});

/** A label as `text` reads the page: typography turns some spaces into no-break spaces, both fold them. */
function fold(value: string): string {
  return value.replace(/[\s\u00A0\u202F]+/g, " ").trim();
}
