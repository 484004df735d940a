/**
 * Turns validated data files into the edition model: references resolved,
 * reading order, URLs, sorted indexes. Cross-file mistakes (unknown ids,
 * duplicate slugs, workshops out of sequence) are reported here.
 * The model has no cycles (a contribution points to light references of its
 * speakers, not to their full pages), so templates and Eleventy can copy it freely.
 */
import { daysBetween, formatDate, isoDateTime } from "../lib/dates.ts";
import { countOf, ordinal, quote, type PluralForms } from "../lib/typography.ts";
import { conformityStatus, type ConformityStatus } from "./conformity.ts";
import { DataError, DataErrors, closest, formatPath } from "./errors.ts";
import type { Attendance, Authorship, Colloquium, ContributionData, Labels, Organisation, Person, SessionData, Source } from "./schema.ts";
import { OrganisationKindSchema } from "./schema.ts";

/** The imposed booklet's file name: the edition's slug, then this (sheets for a print shop, not a reading document). */
export const IMPOSITION_SUFFIX = "-imposition.pdf";

export interface OrganisationRef extends Organisation {
  kindLabel: string;
  /** Anchor on the organisations index. */
  url: string;
}
export interface PersonRef extends Omit<Person, "organisations"> {
  type: "person";
  fullName: string;
  url: string;
  organisations: OrganisationRef[];
}
/** An organisation speaking as such; `fullName` is its name, as a speaker's name is shown. */
export interface OrganisationSpeaker extends OrganisationRef {
  type: "organisation";
  fullName: string;
}
/** Who gave a contribution: a person or an organisation (`type` tells which). */
export type SpeakerRef = PersonRef | OrganisationSpeaker;
export interface LinkRef {
  heading: string;
  url: string;
}
/** A step of a breadcrumb trail, after the home page. */
export interface Crumb {
  label: string;
  url: string;
}
/** When a session took place, as far as the data says. */
export interface Schedule {
  /** ISO date; the colloquium's date when it lasts one day and the session gives none. */
  day?: string;
  /** HH:MM on the venue's clock. */
  start?: string;
  end?: string;
  /** ISO date-times of start and end, with the UTC offset when colloquium.timeZone is given (for calendars). */
  startsAt?: string;
  endsAt?: string;
}
export interface SessionRef extends LinkRef {
  slug: string;
  /** Id of its heading in the booklet (contents, page map). */
  anchor: string;
  kind: SessionData["kind"];
  kindLabel: string;
  number?: number;
  title: string;
}
/**
 * Who wrote a contribution's text, resolved (colloquium.authorship, or the contribution's own).
 * Citations name `authors`; a synthesis names its speakers only as the speakers of the talk it reports.
 */
export interface AuthorshipView {
  kind: Authorship["kind"];
  /** The text's authors: the speakers of an abstract, the named writers of a synthesis, no one for a synthesis by the edition's unnamed editorial team. */
  authors: SpeakerRef[];
  /** A synthesis written by the edition's editorial team, which the data names no one for. */
  byEdition: boolean;
  /** The published work a synthesis is drawn from. */
  drawnFrom?: Source;
  /** A synthesis in one sentence: whose talk, on what day, who wrote it, from what (plain text, no final full stop). */
  statement?: string;
}
export interface ContributionView extends Omit<ContributionData, "speakers" | "authorship"> {
  /** Who wrote the text and from what. */
  authorship: AuthorshipView;
  /** The day of the talk (its session's day, or the colloquium's first). */
  day: string;
  /** The talk's title, or a heading made of its kind and speakers when it had none. */
  heading: string;
  /** Id of its heading in the booklet (contents, indexes, page map). */
  anchor: string;
  /** Its pages of the booklet as a PDF of their own, beside its web page. */
  pdf: { fileName: string; url: string };
  kindLabel: string;
  url: string;
  /** 1-based position in reading order. */
  position: number;
  session: SessionRef;
  speakers: SpeakerRef[];
  previous?: LinkRef;
  next?: LinkRef;
  breadcrumb: Crumb[];
}
/** What every entry of the programme has, whether it has a page or not. */
interface SessionFields extends Omit<SessionData, "contributions" | "chairs">, Schedule {
  kindLabel: string;
  /** "Atelier 1 : title" for a numbered session, else the title. */
  heading: string;
  /** Kind (and number) to print over the title, unless the title already names the kind. */
  kicker?: string;
  chairs: PersonRef[];
  /** The word before the chairs: chaired, or moderated for a panel, round table or discussion. */
  chairsLabel: string;
}
export interface SessionView extends SessionFields, SessionRef {
  contributions: ContributionView[];
  /** Its pages of the booklet as a PDF of their own, beside its web page. */
  pdf: { fileName: string; url: string };
  previous?: LinkRef;
  next?: LinkRef;
  breadcrumb: Crumb[];
}
/** A break without contributions: listed in the programme, with no page of its own. */
export interface BreakView extends SessionFields {
  url?: undefined;
  contributions: [];
}
export type ProgrammeEntry = SessionView | BreakView;
/** Consecutive entries of the programme on one day (`day` undefined for entries that give none). */
export interface ProgrammeDay {
  day?: string;
  entries: ProgrammeEntry[];
}
export interface PersonView extends PersonRef {
  contributions: ContributionView[];
  /** Sessions this person chaired or moderated (a break has no url). */
  chaired: { heading: string; url?: string }[];
  breadcrumb: Crumb[];
  /** Initial used to group the speakers index, accents removed. */
  initial: string;
}
export interface OrganisationView extends OrganisationRef {
  people: PersonRef[];
  /** Contributions given by the organisation itself or by its members. */
  contributions: ContributionView[];
}
export interface Edition {
  colloquium: Colloquium;
  labels: Labels;
  /** First and last day (the same for one day), and every day between, as ISO dates. */
  dates: { start: string; end: string; days: string[] };
  /** "2e édition", when the series gives the edition's rank. */
  editionNumber?: string;
  /** "près de 250 participants (plus de 200 agents et élus, 50 universitaires et étudiants)", when known. */
  attendance?: string;
  coordinator: PersonRef;
  /** Editors of the proceedings (« dir. »): colloquium.editors, none when the data names none. */
  editors: PersonRef[];
  organisers: OrganisationRef[];
  partners: OrganisationRef[];
  /** Sessions with contributions, in file order: each has a page and a chapter of the booklet. */
  sessions: SessionView[];
  workshops: SessionView[];
  /** Every session, breaks included, in file order, in runs of one day. */
  programme: ProgrammeDay[];
  contributions: ContributionView[];
  /** Everyone who spoke, chaired or coordinated, sorted by family name. */
  people: PersonView[];
  peopleByInitial: { initial: string; people: PersonView[] }[];
  organisations: OrganisationView[];
  organisationGroups: { kind: string; label: string; organisations: OrganisationView[] }[];
  routes: Record<keyof Labels["routes"], string> & { home: string };
  /** RGAA conformity status for the accessibility statement, derived from the audit in the data. */
  conformity: ConformityStatus;
  /** The booklet, and its pages imposed two-up for saddle-stitched printing. */
  pdf: { fileName: string; url: string; imposition: { fileName: string; url: string } };
  /** The zip of the whole site for reading offline (scripts/hosting/offline-copy.ts). */
  offlineCopy: { fileName: string; url: string };
}

export interface ValidatedFiles {
  colloquium: Colloquium;
  people: Person[];
  organisations: Organisation[];
  labels: Labels;
  sessions: { file: string; session: SessionData }[];
}

export function buildEdition(files: ValidatedFiles, display: (file: string) => string): Edition {
  const { colloquium, labels } = files;
  const language = colloquium.language;
  const errors: DataError[] = [];
  // Indexes in the language's order, punctuation and spaces ignored: « Ville de Cannes » before « Ville d’Issy ».
  const collator = new Intl.Collator(language, { sensitivity: "base", numeric: true, ignorePunctuation: true });
  const peopleFile = display("people.ts");
  const organisationsFile = display("organisations.ts");
  const colloquiumFile = display("colloquium.ts");
  const labelsFile = display("labels.ts");

  const routes = {
    home: "/",
    ...(Object.fromEntries(Object.entries(labels.routes).map(([key, slug]) => [key, `/${slug}/`])) as Record<
      keyof Labels["routes"],
      string
    >),
  };

  // Organisation kinds: the built-in ones, and any other that labels.ts names under organisationKinds.
  const kindLabels: Record<string, string> = labels.organisationKinds;
  const usedKinds = new Set(files.organisations.map((o) => o.kind));
  files.organisations.forEach((organisation, index) => {
    if (kindLabels[organisation.kind] !== undefined) return;
    const hint = closest(organisation.kind, Object.keys(kindLabels), 1).map((k) => `use "${k}", or `)[0] ?? "";
    errors.push(
      new DataError(organisationsFile, `[${index}].kind`, `unknown organisation kind "${organisation.kind}"`,
        `${hint}name this kind in ${labelsFile} with its heading: organisationKinds: { "${organisation.kind}": "…" }`),
    );
  });
  for (const kind of Object.keys(kindLabels)) {
    if ((OrganisationKindSchema.options as readonly string[]).includes(kind) || usedKinds.has(kind)) continue;
    const near = closest(kind, [...OrganisationKindSchema.options, ...usedKinds], 1)[0];
    errors.push(
      new DataError(labelsFile, `organisationKinds.${kind}`, `names a kind that no organisation has`,
        near ? `did you mean "${near}"? Rename the key, or give an organisation kind "${kind}" in ${organisationsFile}` : `remove it, or give an organisation kind "${kind}" in ${organisationsFile}`),
    );
  }

  const organisationsById = uniqueById(files.organisations, organisationsFile, "organisation", errors);
  const organisationRefs = new Map<string, OrganisationRef>();
  for (const organisation of organisationsById.values()) {
    organisationRefs.set(organisation.id, {
      ...organisation,
      kindLabel: kindLabels[organisation.kind] ?? organisation.kind,
      url: `${routes.organisations}#${organisation.id}`,
    });
  }
  const resolveOrganisation = (id: string, file: string, at: string): OrganisationRef | undefined => {
    const found = organisationRefs.get(id);
    if (!found) errors.push(unknownIdError(id, "organisation", organisationRefs.keys(), file, at, organisationsFile));
    return found;
  };

  uniqueById(files.people, peopleFile, "person", errors);
  const personRefs = new Map<string, PersonRef>();
  files.people.forEach((person, index) => {
    if (personRefs.has(person.id)) return;
    // A speaker id names a person or an organisation: it must not be both.
    if (organisationRefs.has(person.id)) {
      errors.push(new DataError(peopleFile, `[${index}].id`, `"${person.id}" is also the id of an organisation in ${organisationsFile}`, "give the person or the organisation another id, so that a speaker id says which one it is"));
    }
    const organisations = person.organisations
      .map((id, j) => resolveOrganisation(id, peopleFile, `[${index}].organisations[${j}]`))
      .filter((org): org is OrganisationRef => org !== undefined);
    personRefs.set(person.id, {
      ...person,
      type: "person",
      fullName: [person.givenName, person.familyName].join(" "),
      url: `${routes.speakers}${person.id}/`,
      organisations,
    });
  });
  const resolvePerson = (id: string, file: string, at: string): PersonRef | undefined => {
    const found = personRefs.get(id);
    if (!found) errors.push(unknownIdError(id, "person", personRefs.keys(), file, at, peopleFile));
    return found;
  };
  const resolveSpeaker = (id: string, file: string, at: string): SpeakerRef | undefined => {
    const person = personRefs.get(id);
    if (person) return person;
    const organisation = organisationRefs.get(id);
    if (organisation) return { ...organisation, type: "organisation", fullName: organisation.name };
    // Most speakers are people: the message says so, and the fix names the organisations too.
    const suggestions = closest(id, [...personRefs.keys(), ...organisationRefs.keys()]);
    const hint = suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}? ` : "";
    errors.push(new DataError(file, at, `unknown person id "${id}"`, `${hint}Use an id defined in ${peopleFile} (or in ${organisationsFile} for an organisation speaking as such), or add the person there.`));
    return undefined;
  };

  const coordinator = resolvePerson(colloquium.coordinator.person, colloquiumFile, "coordinator.person");
  // Editors only when the data names them: the coordinator of the day did not necessarily edit the proceedings.
  const editors = (colloquium.editors ?? [])
    .map((id, i) => resolvePerson(id, colloquiumFile, `editors[${i}]`))
    .filter((person): person is PersonRef => person !== undefined);
  const listFormat = new Intl.ListFormat(language, { type: "conjunction" });
  /** Who wrote a text: its authors, whose talk it reports, on what day, from what. */
  const resolveAuthorship = (authorship: Authorship, speakers: SpeakerRef[], day: string, file: string, at: string): AuthorshipView => {
    if (authorship.kind === "speakers") return { kind: "speakers", authors: speakers, byEdition: false };
    const byEdition = authorship.writers === "edition";
    const writers = Array.isArray(authorship.writers)
      ? authorship.writers.map((id, j) => resolveSpeaker(id, file, `${at}.writers[${j}]`)).filter((writer): writer is SpeakerRef => writer !== undefined)
      : [];
    const drawnFrom = authorship.drawnFrom === "source" ? colloquium.source : authorship.drawnFrom;
    const date = formatDate(day, language);
    const talk = speakers.length > 0
      ? fillIn(labels.cite.synthesisOf, { speakers: listFormat.format(speakers.map((s) => s.fullName)), date })
      : fillIn(labels.cite.synthesisOfUnnamed, { date });
    const by = byEdition ? labels.cite.writtenForEdition : fillIn(labels.cite.writtenBy, { writers: listFormat.format(writers.map((w) => w.fullName)) });
    const from = drawnFrom ? ` ${fillIn(labels.cite.drawnFrom, { source: sourceReference(drawnFrom, language) })}` : "";
    return { kind: "synthesis", authors: writers, byEdition, ...(drawnFrom ? { drawnFrom } : {}), statement: `${talk}, ${by}${from}` };
  };
  const organisers = colloquium.organisers
    .map((id, i) => resolveOrganisation(id, colloquiumFile, `organisers[${i}]`))
    .filter((org): org is OrganisationRef => org !== undefined);
  const partners = (colloquium.partners ?? [])
    .map((id, i) => resolveOrganisation(id, colloquiumFile, `partners[${i}]`))
    .filter((org): org is OrganisationRef => org !== undefined);

  const dates = { start: colloquium.date, end: colloquium.endDate ?? colloquium.date, days: daysBetween(colloquium.date, colloquium.endDate ?? colloquium.date) };

  // A file name that says what it is once downloaded: optima-2015-atelier-1.pdf.
  const pdfBeside = (pageUrl: string, slug: string) => ({ fileName: `${colloquium.slug}-${slug}.pdf`, url: `${pageUrl}${colloquium.slug}-${slug}.pdf` });

  // Sessions: slugs unique and clear of the site's own routes; numbered ones 1, 2, 3… per kind in file order.
  const programmeCrumb: Crumb = { label: labels.programme, url: routes.programme };
  const reserved = new Map(Object.entries(labels.routes).map(([key, slug]) => [slug, key]));
  const sessionSlugs = new Map<string, string>();
  const contributionSlugs = new Map<string, string>();
  const expectedNumber = new Map<string, number>();
  const entries: { file: string; entry: ProgrammeEntry }[] = [];
  const sessions: SessionView[] = [];
  const contributions: ContributionView[] = [];

  for (const { file, session } of files.sessions) {
    if (sessionSlugs.has(session.slug)) {
      errors.push(new DataError(file, "slug", `duplicate session slug "${session.slug}", already used by ${sessionSlugs.get(session.slug)}`, "give each session its own slug"));
    } else if (reserved.has(session.slug)) {
      errors.push(new DataError(file, "slug", `session slug "${session.slug}" is the site's route for ${reserved.get(session.slug)}`, `choose another slug, or change routes.${reserved.get(session.slug)} in ${labelsFile}`));
    }
    sessionSlugs.set(session.slug, file);
    if (session.number !== undefined) {
      const expected = expectedNumber.get(session.kind) ?? 1;
      if (session.number !== expected) {
        errors.push(new DataError(file, "number", `${session.kind} number ${session.number} is out of sequence: expected ${expected}`, `number ${session.kind}s 1, 2, 3… in the order of their file names`));
      }
      expectedNumber.set(session.kind, session.number + 1);
    }
    if (session.day !== undefined && (session.day < dates.start || session.day > dates.end)) {
      errors.push(new DataError(file, "day", `${session.day} is not a day of the colloquium (${dates.start}${dates.end === dates.start ? "" : ` to ${dates.end}`})`, `give a day from ${dates.start} to ${dates.end}, or correct date and endDate in ${colloquiumFile}`));
    }
    const day = session.day ?? (dates.days.length === 1 ? dates.start : undefined);
    if (session.start !== undefined && day === undefined) {
      errors.push(new DataError(file, "day", "is missing: the session has a start time and the colloquium lasts several days", `give the day it took place, from ${dates.start} to ${dates.end}`));
    }
    const schedule: Schedule = {
      ...(day === undefined ? {} : { day }),
      ...(session.start === undefined ? {} : { start: session.start }),
      ...(session.end === undefined ? {} : { end: session.end }),
      ...(day !== undefined && session.start !== undefined ? { startsAt: isoDateTime(day, session.start, colloquium.timeZone) } : {}),
      ...(day !== undefined && session.end !== undefined ? { endsAt: isoDateTime(day, session.end, colloquium.timeZone) } : {}),
    };

    const kindLabel = labels.sessionKinds[session.kind];
    const heading =
      session.number === undefined ? session.title : fillIn(labels.sessionHeading, { kind: kindLabel, n: String(session.number), title: session.title });
    const namesKind = session.title.toLocaleLowerCase(language).includes(kindLabel.toLocaleLowerCase(language));
    const kicker = session.number !== undefined ? `${kindLabel} ${session.number}` : namesKind ? undefined : kindLabel;
    const chairs = session.chairs
      .map((id, j) => resolvePerson(id, file, `chairs[${j}]`))
      .filter((person): person is PersonRef => person !== undefined);
    const { contributions: contributionData, chairs: _chairIds, ...fields } = session;
    const common: SessionFields = {
      ...fields,
      ...schedule,
      kindLabel,
      heading,
      ...(kicker === undefined ? {} : { kicker }),
      chairs,
      chairsLabel: ["panel", "roundtable", "discussion"].includes(session.kind) ? labels.moderatedBy : labels.chairedBy,
    };

    if (contributionData.length === 0) {
      entries.push({ file, entry: { ...common, contributions: [] } });
      continue;
    }
    const ref: SessionRef = {
      slug: session.slug,
      kind: session.kind,
      kindLabel,
      ...(session.number === undefined ? {} : { number: session.number }),
      title: session.title,
      heading,
      url: `/${session.slug}/`,
      anchor: `s-${session.slug}`,
    };
    const views = contributionData.map((contribution, index): ContributionView => {
      const at = `contributions[${index}]`;
      if (contributionSlugs.has(contribution.slug)) {
        errors.push(new DataError(file, `${at}.slug`, `duplicate contribution slug "${contribution.slug}", already used in ${contributionSlugs.get(contribution.slug)}`, "give each contribution a slug of its own across the edition"));
      }
      contributionSlugs.set(contribution.slug, file);
      const speakers = contribution.speakers
        .map((id, j) => resolveSpeaker(id, file, `${at}.speakers[${j}]`))
        .filter((speaker): speaker is SpeakerRef => speaker !== undefined);
      const contributionKind = labels.contributionKinds[contribution.kind];
      const heading =
        contribution.title ?? (speakers.length > 0 ? `${contributionKind} — ${speakers.map((s) => isolateRtl(s.fullName)).join(", ")}` : contributionKind);
      const url = `${ref.url}${contribution.slug}/`;
      const day = session.day ?? dates.start;
      const authorship = contribution.authorship
        ? resolveAuthorship(contribution.authorship, speakers, day, file, `${at}.authorship`)
        : resolveAuthorship(colloquium.authorship, speakers, day, colloquiumFile, "authorship");
      return {
        ...contribution,
        authorship,
        day,
        breadcrumb: [programmeCrumb, { label: ref.heading, url: ref.url }, { label: heading, url }],
        heading,
        anchor: `c-${contribution.slug}`,
        pdf: pdfBeside(url, contribution.slug),
        kindLabel: contributionKind,
        url,
        position: contributions.length + index + 1,
        session: ref,
        speakers,
      };
    });
    contributions.push(...views);
    const view: SessionView = { ...common, ...ref, contributions: views, pdf: pdfBeside(ref.url, session.slug), breadcrumb: [programmeCrumb, { label: ref.heading, url: ref.url }] };
    sessions.push(view);
    entries.push({ file, entry: view });
  }
  checkTimes(entries, errors);

  if (errors.length > 0) throw new DataErrors(errors);

  linkInOrder(contributions);
  linkInOrder(sessions);

  const programme: ProgrammeDay[] = [];
  for (const { entry } of entries) {
    const last = programme.at(-1);
    if (last && last.day === entry.day) last.entries.push(entry);
    else programme.push({ ...(entry.day === undefined ? {} : { day: entry.day }), entries: [entry] });
  }

  const people: PersonView[] = [...personRefs.values()]
    .map((person) => ({
      ...person,
      contributions: contributions.filter((c) => c.speakers.some((s) => s.type === "person" && s.id === person.id)),
      chaired: entries
        .filter(({ entry }) => entry.chairs.some((chair) => chair.id === person.id))
        .map(({ entry }) => ({ heading: entry.heading, ...(entry.url === undefined ? {} : { url: entry.url }) })),
      initial: initialOf(person.familyName),
      breadcrumb: [
        { label: labels.speakers, url: routes.speakers },
        { label: person.fullName, url: person.url },
      ],
    }))
    .filter((person) => person.contributions.length > 0 || person.chaired.length > 0 || person.id === coordinator?.id || editors.some((e) => e.id === person.id))
    .sort((a, b) => collator.compare(a.familyName, b.familyName) || collator.compare(a.givenName, b.givenName));

  const peopleByInitial: Edition["peopleByInitial"] = byInitial(people, (person) => person.familyName).map(({ initial, items }) => ({ initial, people: items }));

  const organisations: OrganisationView[] = [...organisationRefs.values()]
    .map((organisation) => {
      const members = people.filter((p) => p.organisations.some((o) => o.id === organisation.id));
      const speaksFor = (s: SpeakerRef) => (s.type === "organisation" ? s.id === organisation.id : s.organisations.some((o) => o.id === organisation.id));
      return {
        ...organisation,
        people: members.map(({ contributions: _c, chaired: _s, initial: _i, breadcrumb: _b, ...ref }) => ref),
        contributions: contributions.filter((c) => c.speakers.some(speaksFor)),
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));

  const organisationGroups = Object.entries(kindLabels)
    .map(([kind, label]) => ({ kind, label, organisations: organisations.filter((o) => o.kind === kind) }))
    .filter((group) => group.organisations.length > 0);

  const fileName = `${colloquium.slug}.pdf`;
  const imposition = `${colloquium.slug}${IMPOSITION_SUFFIX}`;
  return {
    colloquium,
    labels,
    dates,
    ...(colloquium.series.edition === undefined
      ? {}
      : { editionNumber: fillIn(labels.editionNumber, { ordinal: ordinal(colloquium.series.edition, language, labels.ordinalSuffixes) }) }),
    ...(colloquium.attendance === undefined ? {} : { attendance: attendanceText(colloquium.attendance, labels, language) }),
    coordinator: coordinator!,
    editors,
    organisers,
    partners,
    sessions,
    workshops: sessions.filter((s) => s.kind === "workshop"),
    programme,
    contributions,
    people,
    peopleByInitial,
    organisations,
    organisationGroups,
    routes,
    conformity: conformityStatus(colloquium.publication.accessibility),
    pdf: { fileName, url: `/${fileName}`, imposition: { fileName: imposition, url: `/${imposition}` } },
    offlineCopy: { fileName: `${colloquium.slug}-site.zip`, url: `/${colloquium.slug}-site.zip` },
  };

  function uniqueById<T extends { id: string }>(items: T[], file: string, what: string, errs: DataError[]): Map<string, T> {
    const byId = new Map<string, T>();
    items.forEach((item, index) => {
      if (byId.has(item.id)) {
        errs.push(new DataError(file, formatPath([index, "id"]), `duplicate ${what} id "${item.id}"`, `give each ${what} its own id`));
      } else byId.set(item.id, item);
    });
    return byId;
  }
}

/**
 * Times within a day: no two sessions overlap, and the files follow the
 * programme's order (the site and the booklet keep file order).
 */
function checkTimes(entries: { file: string; entry: ProgrammeEntry }[], errors: DataError[]): void {
  const span = (e: Schedule) => `${e.start}${e.end ? `–${e.end}` : ""}`;
  const timed = entries.filter(({ entry }) => entry.day !== undefined && entry.start !== undefined);
  const byDay = new Map<string, typeof timed>();
  for (const item of timed) byDay.set(item.entry.day!, [...(byDay.get(item.entry.day!) ?? []), item]);
  for (const [day, items] of byDay) {
    const sorted = [...items].sort((a, b) => a.entry.start!.localeCompare(b.entry.start!));
    sorted.forEach((later, index) => {
      const earlier = sorted[index - 1];
      if (!earlier) return;
      const earlierEnds = earlier.entry.end ?? earlier.entry.start!;
      if (later.entry.start! < earlierEnds || later.entry.start === earlier.entry.start) {
        errors.push(
          new DataError(later.file, "start", `${span(later.entry)} on ${day} overlaps ${earlier.file} (${span(earlier.entry)})`,
            "correct the times or the day: two sessions of one day cannot overlap"),
        );
      }
    });
  }
  let previous: { file: string; entry: ProgrammeEntry } | undefined;
  for (const item of entries) {
    if (item.entry.day === undefined) continue;
    const { day, start } = item.entry;
    if (previous && (day < previous.entry.day! || (day === previous.entry.day && start && previous.entry.start && start < previous.entry.start))) {
      errors.push(
        new DataError(item.file, start && day === previous.entry.day ? "start" : "day", `comes before ${previous.file} in the programme (${day}${start ? ` ${start}` : ""}) but after it in file order`,
          "rename the session files so that they sort in the order of the programme (01-…, 02-…)"),
      );
    }
    previous = item;
  }
}

/** "près de 250 participants (plus de 200 agents et élus, 50 universitaires et étudiants)" */
/** A head count as the source states it: « près de 250 participants », « 50 universitaires ». */
export function headcount(count: number, qualifier: Attendance["qualifier"], label: string | PluralForms, labels: Labels, language: string): string {
  // A label of the interface agrees with the count; a label from the data is printed as the source gives it.
  const counted = typeof label === "string" ? `${new Intl.NumberFormat(language).format(count)} ${label}` : countOf(count, label, language);
  return qualifier === "exact" ? counted : `${labels.attendanceQualifiers[qualifier]} ${counted}`;
}

function attendanceText(attendance: Attendance, labels: Labels, language: string): string {
  const total = headcount(attendance.total, attendance.qualifier, labels.participants, labels, language);
  return attendance.byKind.length === 0 ? total : `${total} (${attendance.byKind.map((k) => headcount(k.count, k.qualifier, k.label, labels, language)).join(", ")})`;
}

/** A label with its {placeholders} filled in. */
/** A published work as one line: « David Carassus, « Title – Subtitle », Publisher, 2015, HAL hal-… ». */
export function sourceReference(source: Source, language: string): string {
  const title = source.subtitle ? `${source.title} – ${source.subtitle}` : source.title;
  return [source.author, quote(title, language), source.publisher, String(source.year), source.halId ? `HAL ${source.halId}` : undefined]
    .filter((part): part is string => part !== undefined)
    .join(", ");
}

function fillIn(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function unknownIdError(id: string, what: string, known: Iterable<string>, file: string, at: string, definedIn: string): DataError {
  const suggestions = closest(id, known);
  const hint = suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}? ` : "";
  return new DataError(file, at, `unknown ${what} id "${id}"`, `${hint}Use an id defined in ${definedIn}, or add the ${what} there.`);
}

function linkInOrder<T extends { heading: string; url: string; previous?: LinkRef; next?: LinkRef }>(items: T[]): void {
  items.forEach((item, index) => {
    const previous = items[index - 1];
    const next = items[index + 1];
    if (previous) item.previous = { heading: previous.heading, url: previous.url };
    if (next) item.next = { heading: next.heading, url: next.url };
  });
}

/**
 * Two right-to-left names side by side ("نور الهدى, שלום כהן") would be drawn in
 * reverse order by the Unicode bidi algorithm; isolates (FSI…PDI) keep each name
 * in place wherever the text goes (page, <title>, PDF). Left-to-right names are left as they are.
 */
function isolateRtl(name: string): string {
  return /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u.test(name) ? `\u2068${name}\u2069` : name;
}

/** The letter a name is filed under in an index: its first, accents removed, upper-cased. */
export function initialOf(name: string): string {
  return name.normalize("NFD").replace(/\p{Diacritic}/gu, "").charAt(0).toUpperCase();
}

/** A sorted list in groups by the initial of each item's name: [{ initial, items }], for the indexes of the site and the booklet. */
export function byInitial<T>(items: readonly T[], nameOf: (item: T) => string): { initial: string; items: T[] }[] {
  const groups: { initial: string; items: T[] }[] = [];
  for (const item of items) {
    const initial = initialOf(nameOf(item));
    const last = groups.at(-1);
    if (last?.initial === initial) last.items.push(item);
    else groups.push({ initial, items: [item] });
  }
  return groups;
}
