/**
 * The site as machines read it, on the suite's two shared builds: the default
 * edition (no public URL) and the variant (a public URL under /actes/). The
 * open data through the Frictionless validator, the calendar by its bytes and
 * through ical.js, the sitemap through an XML parser, canonical links, the web
 * manifest's PNG icons through a PNG reader, and every date of the pages in a
 * <time> whose datetime says the same day. Settings are checked in memory
 * (tests/settings.test.ts); the English two-day edition in tests/editions.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadEdition } from "../scripts/data/load.ts";
import { markEventDates } from "../scripts/eleventy/discovery-plugin.ts";
import { daysBetween } from "../scripts/lib/dates.ts";
import type { Edition } from "../scripts/data/model.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { calendarEvents, calendarLineProblems, frictionlessProblems, pageDateProblems, timesOf } from "./helpers/machine-readable.ts";
import { pageAt, readPages, resolveToFile, type BuiltPage } from "./helpers/site.ts";
import { VARIANT } from "./helpers/variant.ts";

interface Build {
  dir: string;
  edition: Edition;
  pages: BuiltPage[];
}
let plain: Build;
let published: Build;

beforeAll(async () => {
  const siteDir = inject("siteDir");
  const variant = inject("variant");
  plain = { dir: siteDir, edition: await loadEdition(path.join(PROJECT_ROOT, "_data")), pages: readPages(siteDir) };
  published = { dir: variant.siteDir, edition: await loadEdition(variant.dataDir), pages: readPages(variant.siteDir) };
});

const read = (build: Build, url: string) => readFileSync(path.join(build.dir, url.replace(/^\//, "")));
const metaContent = (page: BuiltPage, key: string) => page.dom.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`).map((m) => m.getAttribute("content"));

describe("the event's days in HTML written by others (a reference, an introduction)", () => {
  const span = (start: string, end: string) => ({ start, end, days: daysBetween(start, end) });
  it("marks one day, or each end of a span cut at its dash, in text only, never in an attribute", () => {
    const one = span("2015-05-21", "2015-05-21");
    expect(markEventDates('Pau, 21 mai 2015. <a href="https://x.org/21-mai-2015/">lien</a>, 2015, mai', one, "fr")).toBe(
      'Pau, <time datetime="2015-05-21">21 mai 2015</time>. <a href="https://x.org/21-mai-2015/">lien</a>, 2015, mai',
    );
    expect(markEventDates("Bristol, April 10–11, 2025. p. 10–11.", span("2025-04-10", "2025-04-11"), "en")).toBe(
      'Bristol, <time datetime="2025-04-10">April 10</time>–<time datetime="2025-04-11">11, 2025</time>. p. 10–11.',
    );
    expect(markEventDates("Pau, 30 juin – 2 juillet 2015.", span("2015-06-30", "2015-07-02"), "fr")).toBe(
      'Pau, <time datetime="2015-06-30">30 juin</time> – <time datetime="2015-07-02">2 juillet 2015</time>.',
    );
  });

  it("marks any one day of the event, as a talk's date is given, by its own date", () => {
    expect(markEventDates("Bristol, April 11, 2025. Cited.", span("2025-04-10", "2025-04-11"), "en")).toBe('Bristol, <time datetime="2025-04-11">April 11, 2025</time>. Cited.');
    expect(markEventDates("Pau, le 1er juillet 2015 ; le 12 juillet 2015.", span("2015-06-30", "2015-07-02"), "fr")).toBe(
      'Pau, le <time datetime="2015-07-01">1er juillet 2015</time> ; le 12 juillet 2015.',
    );
  });
});

describe("without a public URL", () => {
  it("gives no page a canonical link nor og:url, and writes no sitemap", () => {
    for (const page of plain.pages) {
      expect(page.dom.querySelector('link[rel="canonical"]'), page.file).toBeNull();
      expect(metaContent(page, "og:url"), page.file).toEqual([]);
    }
    expect(existsSync(path.join(plain.dir, "sitemap.xml"))).toBe(false);
    expect(read(plain, "robots.txt").toString()).not.toContain("Sitemap:");
  });

  it("publishes open data the Frictionless validator accepts: types cast, keys hold, each session on its day, addresses relative", async () => {
    const folder = path.join(plain.dir, plain.edition.routes.data);
    const descriptor = JSON.parse(readFileSync(path.join(folder, "datapackage.json"), "utf8")) as { profile: string; resources: { profile: string; schema?: { fields: { name: string; type: string }[] } }[] };
    // A JSON resource sits beside the tables: the plain profile.
    expect(descriptor.profile).toBe("data-package");
    expect(descriptor.resources.some((r) => r.profile === "data-resource")).toBe(true);
    const { problems, tables } = await frictionlessProblems(folder);
    expect(problems).toEqual([]);
    const contributions = tables.get("contributions")!;
    expect(contributions).toHaveLength(plain.edition.contributions.length);
    // Integers once cast, and the page map's pages.
    const pageMap = JSON.parse(read(plain, `${plain.edition.colloquium.slug}.pages.json`).toString()) as { contributions: Record<string, { first: { label: string }; last: { label: string } }> };
    for (const row of contributions) {
      const span = pageMap.contributions[row.slug as string]!;
      expect([row.first_page, row.last_page], String(row.slug)).toEqual([Number(span.first.label), Number(span.last.label)]);
      expect(row.url).toBe(plain.edition.contributions.find((c) => c.slug === row.slug)!.url);
    }
    // One row per speaker, each a key into people.csv (the OPTIMA speakers are all people).
    const speakers = tables.get("speakers")!;
    expect(speakers.map((row) => [row.contribution, row.person])).toEqual(plain.edition.contributions.flatMap((c) => c.speakers.map((s) => [c.slug, s.id])));
    const sessions = tables.get("sessions")!;
    expect(sessions.map((row) => [row.slug, (row.date as Date).toISOString().slice(0, 10)])).toEqual(plain.edition.sessions.map((s) => [s.slug, s.day]));
  });

  it("refuses, through the same validator, a package that breaks a foreign key (the check does look)", async () => {
    const { mkdtempSync, cpSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const folder = mkdtempSync(path.join(tmpdir(), "actes-datapackage-"));
    cpSync(path.join(plain.dir, plain.edition.routes.data), folder, { recursive: true });
    const csv = readFileSync(path.join(folder, "contributions.csv"), "utf8");
    writeFileSync(path.join(folder, "contributions.csv"), csv.replace(`,${plain.edition.sessions[0]!.slug},`, ",no-such-session,"));
    const { problems } = await frictionlessProblems(folder);
    expect(problems.join("\n")).toMatch(/^contributions: .*(foreign|relation)/im);
  });

  it("writes the calendar in content lines of at most 75 octets, never cut inside a character, read back by ical.js", () => {
    const bytes = read(plain, `${plain.edition.routes.programme}${plain.edition.colloquium.slug}.ics`);
    expect(calendarLineProblems(bytes)).toEqual([]);
    // The folding is exercised: accented lines longer than 75 octets were folded.
    expect(bytes.toString("utf8")).toMatch(/\r\n [^\r\n]*[^\x00-\x7f]/);
    const events = calendarEvents(bytes.toString("utf8"));
    expect(events.map((e) => e.summary)).toEqual(plain.edition.sessions.map((s) => s.heading.replace(/\s+/g, " ")));
    expect(events.map((e) => e.startDate.toString())).toEqual(plain.edition.sessions.map((s) => s.day));
    for (const event of events) expect(event.component.getFirstPropertyValue("url")).toBeNull();
  });

  it("gives the web manifest PNG icons of 192 and 512 pixels beside the SVG", () => {
    const manifest = JSON.parse(read(plain, "manifest.webmanifest").toString()) as { icons: { src: string; sizes: string; type: string }[] };
    const pngs = manifest.icons.filter((icon) => icon.type === "image/png");
    expect(pngs.map((icon) => icon.sizes).sort()).toEqual(["192x192", "512x512"]);
    for (const icon of pngs) {
      const png = PNG.sync.read(read(plain, icon.src));
      expect(`${png.width}x${png.height}`, icon.src).toBe(icon.sizes);
      // Drawn, not blank: the corner is transparent (rounded), the middle the icon's blue.
      expect(png.data[3]).toBe(0);
      const middle = ((png.height / 4) * png.width + png.width / 2) * 4;
      expect([...png.data.subarray(middle, middle + 4)]).toEqual([0x0a, 0x4f, 0x8a, 255]);
    }
    expect(manifest.icons.some((icon) => icon.type === "image/svg+xml" && existsSync(path.join(plain.dir, icon.src)))).toBe(true);
  });

  it("gives every date of the home, about, session and contribution pages in a <time> with a valid datetime", () => {
    const { edition, pages } = plain;
    const checked = [edition.routes.home, edition.routes.about, ...edition.sessions.map((s) => s.url), ...edition.contributions.map((c) => c.url)].map((url) => pageAt(pages, url));
    expect(checked.flatMap((page) => pageDateProblems(page, edition))).toEqual([]);
    expect(timesOf(pageAt(pages, edition.routes.home))).toContain(edition.dates.start);
    expect(timesOf(pageAt(pages, edition.routes.about), ".citation time")).toEqual([edition.dates.start]);
    for (const session of edition.sessions) expect(timesOf(pageAt(pages, session.url), ".session-when time"), session.url).toEqual([session.day]);
    for (const contribution of edition.contributions) {
      const session = edition.sessions.find((s) => s.slug === contribution.session.slug)!;
      expect(timesOf(pageAt(pages, contribution.url), ".session-when time"), contribution.url).toEqual([session.day]);
    }
  });
});

describe("with a public URL under a sub-path", () => {
  const PUBLIC = VARIANT.publicUrl;

  it("lists in sitemap.xml, named by robots.txt, absolute addresses under the public URL, each a page of the build", () => {
    const parsed = new XMLParser({ isArray: (name) => name === "url" }).parse(read(published, "sitemap.xml").toString()) as { urlset: { url: { loc: string; lastmod: string }[] } };
    const locations = parsed.urlset.url.map((entry) => entry.loc);
    expect(locations.length).toBe(published.pages.filter((p) => p.file !== "404.html").length);
    for (const location of locations) {
      expect(location.startsWith(PUBLIC), location).toBe(true);
      expect(new URL(location).href).toBe(location);
      expect(resolveToFile(published.dir, `/${location.slice(PUBLIC.length)}`), location).toMatch(/index\.html$/);
    }
    expect(read(published, "robots.txt").toString()).toContain(`Sitemap: ${PUBLIC}sitemap.xml`);
  });

  it("gives every page its canonical link and og:url under the public URL", () => {
    for (const page of published.pages.filter((p) => p.file !== "404.html")) {
      expect(page.dom.querySelector('link[rel="canonical"]')?.getAttribute("href"), page.file).toBe(new URL(page.url.slice(1), PUBLIC).href);
      expect(metaContent(page, "og:url"), page.file).toEqual([new URL(page.url.slice(1), PUBLIC).href]);
    }
  });

  it("gives absolute addresses in the open data, which still validates", async () => {
    const folder = path.join(published.dir, published.edition.routes.data);
    const { problems, tables } = await frictionlessProblems(folder);
    expect(problems).toEqual([]);
    for (const [name, rows] of tables) {
      for (const row of rows) if ("url" in row) expect(String(row.url), name).toMatch(new RegExp(`^${PUBLIC.replace(/[.]/g, "\\.")}`));
    }
    const descriptor = JSON.parse(readFileSync(path.join(folder, "datapackage.json"), "utf8")) as { homepage?: string };
    expect(descriptor.homepage).toBe(PUBLIC);
  });

  it("gives each calendar event its page's URL, in lines of at most 75 octets despite the hostile title", () => {
    const bytes = read(published, `${published.edition.routes.programme}${published.edition.colloquium.slug}.ics`);
    expect(calendarLineProblems(bytes)).toEqual([]);
    const events = calendarEvents(bytes.toString("utf8"));
    expect(events.map((e) => e.component.getFirstPropertyValue("url"))).toEqual(published.edition.sessions.map((s) => new URL(s.url.slice(1), PUBLIC).href));
    expect(events.find((e) => e.description.includes(VARIANT.hostileTitle.replace("\n", " ")))).toBeDefined();
  });
});
