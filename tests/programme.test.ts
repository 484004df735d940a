/**
 * Programmes of any shape, languages and optional facts, in memory through
 * validateEdition (no build): the model of a two-day English conference, the
 * attendance and edition rank of the default edition, the built-in words and
 * their overrides, the starters of `actes init`, and every kind of bad input
 * named with its file, field and fix.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataError, DataErrors } from "../scripts/data/errors.ts";
import { BUILT_IN_LABELS } from "../scripts/data/labels/index.ts";
import { readRawEdition } from "../scripts/data/load.ts";
import { contributionRecord, proceedingsRecord, referenceText } from "../scripts/formats/citation.ts";
import type { Edition } from "../scripts/data/model.ts";
import { LabelsSchema } from "../scripts/data/schema.ts";
import { validateEdition, type RawEdition } from "../scripts/data/validate.ts";
import { writeStarter } from "../scripts/init/starter.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { removeTempFolders, tempFolder } from "./helpers/fixtures.ts";

afterAll(removeTempFolders);

const display = (file: string) => `data/${file}`;
const FIXTURE = path.join(PROJECT_ROOT, "tests/fixtures/conference-en");

let conference: RawEdition;
let optima: RawEdition;
beforeAll(async () => {
  conference = await readRawEdition(FIXTURE);
  optima = await readRawEdition(path.join(PROJECT_ROOT, "_data"));
});

/** The fixture with one change made to a copy of its data. */
function changed(edit: (raw: RawEdition & { colloquium: Record<string, unknown>; labels: Record<string, unknown> }) => void, from = () => conference): RawEdition {
  const raw = structuredClone(from()) as RawEdition & { colloquium: Record<string, unknown>; labels: Record<string, unknown> };
  edit(raw);
  return raw;
}
const session = (raw: RawEdition, file: string) => raw.sessions.find((s) => s.file.endsWith(file))!.value as Record<string, unknown>;

/** The errors of a data set that must fail; each names a file, a field and a fix. */
function errorsOf(raw: RawEdition): DataError[] {
  try {
    validateEdition(raw, display);
  } catch (error) {
    if (!(error instanceof DataErrors)) throw error;
    for (const e of error.errors) expect(e.message).toMatch(/\n {2}Fix: \S/);
    return error.errors;
  }
  throw new Error("the data was expected to fail validation, and passed");
}
function errorAt(raw: RawEdition, file: string, fieldPath: string): DataError {
  const errors = errorsOf(raw);
  // Session files are named as the loader shows them (relative to the working directory); the others through `display`.
  const found = errors.find((e) => (e.file === display(file) || e.file.endsWith(`/${file}`)) && e.fieldPath === fieldPath);
  expect(found, `no error at ${file} ${fieldPath} among:\n${errors.map((e) => e.message).join("\n")}`).toBeDefined();
  return found!;
}

describe("a two-day conference in English", () => {
  let edition: Edition;
  beforeAll(() => {
    edition = validateEdition(conference, display);
  });

  it("spans its days, and groups the programme by day in file order", () => {
    expect(edition.dates).toEqual({ start: "2025-04-10", end: "2025-04-11", days: ["2025-04-10", "2025-04-11"] });
    expect(edition.programme.map((d) => [d.day, d.entries.map((e) => e.slug)])).toEqual([
      ["2025-04-10", ["opening", "keynote", "coffee-break", "maps-and-budgets"]],
      ["2025-04-11", ["who-uses-open-data", "closing"]],
    ]);
  });

  it("gives every timed session ISO date-times with the venue's UTC offset, for calendars", () => {
    const keynote = edition.sessions.find((s) => s.slug === "keynote")!;
    expect(keynote).toMatchObject({ day: "2025-04-10", start: "09:30", end: "10:30", startsAt: "2025-04-10T09:30:00+01:00", endsAt: "2025-04-10T10:30:00+01:00" });
  });

  it("lists a break in the programme without a page, a chapter or a contribution", () => {
    const coffee = edition.programme[0]!.entries.find((e) => e.slug === "coffee-break")!;
    expect(coffee.url).toBeUndefined();
    expect(coffee.contributions).toEqual([]);
    expect(edition.sessions.map((s) => s.slug)).not.toContain("coffee-break");
  });

  it("names chairs and moderators, numbers a workshop and leaves other kinds unnumbered", () => {
    const bySlug = new Map(edition.sessions.map((s) => [s.slug, s]));
    expect(bySlug.get("who-uses-open-data")).toMatchObject({ chairsLabel: "Moderator", chairs: [{ id: "eve-larsen" }], heading: "Who uses open data?", kicker: "Panel" });
    expect(bySlug.get("keynote")).toMatchObject({ chairsLabel: "Chair", chairs: [{ id: "ada-brooks" }], kicker: "Keynote" });
    expect(bySlug.get("maps-and-budgets")).toMatchObject({ heading: "Workshop 1: Maps and budgets", kicker: "Workshop 1" });
    // "Opening of the conference" already says its kind.
    expect(bySlug.get("opening")!.kicker).toBeUndefined();
    expect(edition.people.find((p) => p.id === "eve-larsen")!.chaired).toEqual([{ heading: "Who uses open data?", url: "/who-uses-open-data/" }]);
  });

  it("has talks by an organisation, by two people, and a discussion with no one named", () => {
    const byslug = new Map(edition.contributions.map((c) => [c.slug, c]));
    expect(byslug.get("maps-for-everyone")!.speakers).toMatchObject([{ type: "organisation", id: "open-maps", fullName: "Open Maps Ltd", url: "/organisations/#open-maps" }]);
    expect(byslug.get("reading-a-budget")!.speakers.map((s) => s.id)).toEqual(["carla-mendes", "dan-whitfield"]);
    // Cited with their authors: people by name, an organisation by its name, no one when no one was named.
    const reference = (slug: string) => referenceText(contributionRecord(edition, byslug.get(slug)!)).replace(/\s+/g, " ");
    expect(reference("reading-a-budget")).toMatch(/^MENDES, Carla and WHITFIELD, Dan, 2025\. Reading a budget together\. In: BROOKS, Ada \(ed\.\), Open Data in Local Government/);
    expect(reference("maps-for-everyone")).toMatch(/^OPEN MAPS LTD, 2025\. Maps for everyone\. In: /);
    expect(byslug.get("questions-from-the-floor")!.speakers).toEqual([]);
    // No one named: cited by its title (then its year, as ISO 690 cites an anonymous work), never by the volume's editors.
    expect(reference("questions-from-the-floor")).toMatch(/^Questions from the floor, 2025\. In: BROOKS, Ada \(ed\.\)/);
    const openMaps = edition.organisations.find((o) => o.id === "open-maps")!;
    expect(openMaps.contributions.map((c) => c.slug)).toEqual(["maps-for-everyone"]);
  });

  it("words everything in English, with the edition's own organisation kind", () => {
    expect(edition.editionNumber).toBe("3rd edition");
    expect(edition.attendance).toBe("more than 1,200 participants (about 900 council officers, 300 researchers)");
    expect(edition.labels.programme).toBe("Programme");
    expect(edition.labels.routes.speakers).toBe("speakers");
    expect(edition.organisationGroups.map((g) => g.label)).toEqual(["Municipalities", "Research bodies", "Networks", "Companies", "Foundations"]);
    // What the reference says, not how the style lays it out: the editor first, then the year, the
    // title, the series and its rank, the place, both days of the event, the publisher; English punctuation.
    const record = proceedingsRecord(edition);
    const reference = referenceText(record).replace(/\s+/g, " ");
    expect(reference.startsWith("BROOKS, Ada (ed.)")).toBe(true);
    const parts = ["2025", record.title!, "3rd edition", "Bristol", "April 10–11, 2025", "Civic Data Network"];
    const positions = parts.map((part) => reference.indexOf(part));
    expect(positions.every((at) => at > 0), `${reference} holds ${parts.join(" | ")}`).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(reference).not.toMatch(/ [:;!?]/);
  });
});

describe("the default edition's facts", () => {
  it("states attendance with its qualifiers, as the report does", () => {
    const edition = validateEdition(optima, display);
    expect(edition.attendance).toBe("près de 250 participants (plus de 200 agents et élus, 50 universitaires et étudiants)");
    expect(edition.editionNumber).toBe("2e édition");
  });

  it("leaves attendance and the edition rank out when the data has none", () => {
    const edition = validateEdition(
      changed((raw) => {
        delete raw.colloquium.attendance;
        raw.colloquium.series = { name: "Colloques de la chaire OPTIMA" };
      }, () => optima),
      display,
    );
    expect(edition.attendance).toBeUndefined();
    expect(edition.editionNumber).toBeUndefined();
  });

  it("writes 1re for a first edition", () => {
    const edition = validateEdition(changed((raw) => void (raw.colloquium.series = { name: "Série", edition: 1 }), () => optima), display);
    expect(edition.editionNumber).toBe("1re édition");
  });
});

describe("interface words", () => {
  it("has a complete built-in set per language", () => {
    for (const [language, labels] of Object.entries(BUILT_IN_LABELS)) expect(LabelsSchema.safeParse(labels).success, language).toBe(true);
  });

  it("takes only the words a data folder changes, the others from the language's set", () => {
    const edition = validateEdition(optima, display);
    expect(edition.labels.theDay).toBe("La journée");
    expect(edition.labels.organisationKinds.association).toBe("Associations et réseaux");
    expect(edition.labels.programme).toBe(BUILT_IN_LABELS.fr.programme);
    expect(edition.labels.accessibilityStatement).toEqual(BUILT_IN_LABELS.fr.accessibilityStatement);
    // No labels.ts at all: the built-in set.
    expect(validateEdition(changed((raw) => void delete (raw as RawEdition).labels, () => optima), display).labels).toEqual(BUILT_IN_LABELS.fr);
  });
});

describe("the starters of actes init", () => {
  it.each(["fr", "en"] as const)("in %s, validate as they are", async (language) => {
    const folder = path.join(tempFolder(`starter-${language}`), "data");
    writeStarter(folder, language);
    const edition = validateEdition(await readRawEdition(folder), display);
    expect(edition.colloquium.language).toBe(language);
    expect(edition.programme[0]!.entries.map((e) => e.kind)).toEqual(["opening", "break", "roundtable"]);
  });
});

describe("bad input is named with its file, field and fix", () => {
  it("an end date before the start", () => {
    const error = errorAt(changed((raw) => void (raw.colloquium.endDate = "2025-04-09")), "colloquium.ts", "endDate");
    expect(error.problem).toContain("ends before the colloquium starts (date is 2025-04-10)");
    expect(error.fix).toContain("on or after 2025-04-10");
  });

  it("a session outside the colloquium's days", () => {
    const error = errorAt(changed((raw) => void (session(raw, "06-closing.ts").day = "2025-04-12")), "sessions/06-closing.ts", "day");
    expect(error.problem).toBe("2025-04-12 is not a day of the colloquium (2025-04-10 to 2025-04-11)");
    expect(error.fix).toContain("from 2025-04-10 to 2025-04-11");
  });

  it("overlapping times within a day", () => {
    const error = errorAt(changed((raw) => void (session(raw, "02-keynote.ts").start = "09:15")), "sessions/02-keynote.ts", "start");
    expect(error.problem).toMatch(/^09:15–10:30 on 2025-04-10 overlaps \S*sessions\/01-opening\.ts \(09:00–09:30\)$/);
  });

  it("an end time before the start time", () => {
    const error = errorAt(changed((raw) => Object.assign(session(raw, "02-keynote.ts"), { start: "10:30", end: "09:30" })), "sessions/02-keynote.ts", "end");
    expect(error.problem).toBe("09:30 is not after the start (10:30)");
  });

  it("an end time without a start, a time not on a 24-hour clock", () => {
    expect(errorAt(changed((raw) => void delete session(raw, "02-keynote.ts").start), "sessions/02-keynote.ts", "end").problem).toBe("is given without a start time");
    expect(errorAt(changed((raw) => void (session(raw, "02-keynote.ts").start = "9h30")), "sessions/02-keynote.ts", "start").problem).toContain("HH:MM");
  });

  it("a time with no day in a colloquium of several days", () => {
    const error = errorAt(changed((raw) => void delete session(raw, "05-panel.ts").day), "sessions/05-panel.ts", "day");
    expect(error.problem).toContain("the session has a start time and the colloquium lasts several days");
  });

  it("session files out of the programme's order", () => {
    const error = errorAt(changed((raw) => Object.assign(session(raw, "06-closing.ts"), { day: "2025-04-10", start: "12:30", end: "13:00" })), "sessions/06-closing.ts", "day");
    expect(error.problem).toMatch(/^comes before \S*sessions\/05-panel\.ts in the programme \(2025-04-10 12:30\) but after it in file order$/);
    expect(error.fix).toContain("rename the session files");
  });

  it("a chair who is not a person, with the closest ids", () => {
    const typo = errorAt(changed((raw) => void (session(raw, "05-panel.ts").chairs = ["eve-larson"])), "sessions/05-panel.ts", "chairs[0]");
    expect(typo.problem).toBe('unknown person id "eve-larson"');
    expect(typo.fix).toContain('did you mean "eve-larsen"');
    // An organisation cannot chair.
    const organisation = errorAt(changed((raw) => void (session(raw, "05-panel.ts").chairs = ["open-maps"])), "sessions/05-panel.ts", "chairs[0]");
    expect(organisation.problem).toBe('unknown person id "open-maps"');
  });

  it("an unknown speaker, with the closest people and organisations", () => {
    const raw = changed((r) => void ((session(r, "04-workshop.ts").contributions as { speakers: string[] }[])[0]!.speakers = ["open-map"]));
    const error = errorAt(raw, "sessions/04-workshop.ts", "contributions[0].speakers[0]");
    expect(error.fix).toContain('did you mean "open-maps"');
    expect(error.fix).toContain("organisations.ts");
  });

  it("an unknown label key, with the closest known one", () => {
    const top = errorAt(changed((raw) => void (raw.labels = { siteNmae: "Proceedings" })), "labels.ts", "(default export)");
    expect(top.problem).toContain('"siteNmae"');
    expect(top.fix).toContain('rename "siteNmae" to "siteName"');
    const nested = errorAt(changed((raw) => void (raw.labels = { accessibilityStatement: { titel: "Statement" } })), "labels.ts", "accessibilityStatement");
    expect(nested.fix).toContain('rename "titel" to "title"');
  });

  it("a label of the wrong type", () => {
    expect(errorAt(changed((raw) => void (raw.labels = { programme: 3 })), "labels.ts", "programme").fix).toBe("give a value of type string");
  });

  it("an unsupported language", () => {
    const error = errorAt(changed((raw) => void (raw.colloquium.language = "de")), "colloquium.ts", "language");
    expect(error.problem).toContain('is not a language Actes has interface words for ("fr", "en")');
    expect(error.fix).toContain('write "fr" or "en"');
  });

  it("an organisation kind that is neither built in nor named in labels.ts, and a named kind no one has", () => {
    const unknown = errorAt(changed((raw) => void (raw.labels = {})), "organisations.ts", "[4].kind");
    expect(unknown.problem).toBe('unknown organisation kind "foundation"');
    expect(unknown.fix).toContain('organisationKinds: { "foundation": "…" }');
    const unused = errorAt(changed((raw) => void (raw.labels = { organisationKinds: { foundation: "Foundations", universty: "Unis" } })), "labels.ts", "organisationKinds.universty");
    expect(unused.fix).toContain('did you mean "university"');
  });

  it("a session with no contribution that is not a break", () => {
    const error = errorAt(changed((raw) => void (session(raw, "06-closing.ts").contributions = [])), "sessions/06-closing.ts", "contributions");
    expect(error.problem).toBe("a session needs at least one contribution");
  });

  it("numbered sessions out of sequence within their kind", () => {
    const error = errorAt(changed((raw) => void (session(raw, "04-workshop.ts").number = 2)), "sessions/04-workshop.ts", "number");
    expect(error.problem).toBe("workshop number 2 is out of sequence: expected 1");
  });

  it("an id shared by a person and an organisation", () => {
    const raw = changed((r) => void (r.organisations as { id: string }[]).push({ id: "eve-larsen", name: "Eve Larsen Ltd", kind: "company" } as never));
    expect(errorAt(raw, "people.ts", "[4].id").problem).toContain("is also the id of an organisation");
  });
});
