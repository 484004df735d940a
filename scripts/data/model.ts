/**
 * Turns validated data files into the edition model: references resolved,
 * reading order, URLs, sorted indexes. It reports nothing: every mistake,
 * within a file or between files, was found by the validation (validate.ts).
 * The model has no cycles (a contribution points to light references of its
 * speakers, not to their full pages), so templates and Eleventy can copy it freely.
 */
import { daysBetween, formatDate, isoDateTime } from "../lib/dates.ts";
import { countOf, ordinal, quote, type PluralForms } from "../lib/typography.ts";
import { conformityStatus, type ConformityStatus } from "./conformity.ts";
import type { Attendance, Authorship, Colloquium, ContributionData, Labels, Organisation, Person, SessionData, Source } from "./schema.ts";

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

export function buildEdition(files: ValidatedFiles): Edition {
  const { colloquium, labels } = files;
  const language = colloquium.language;
  // Indexes in the language's order, punctuation and spaces ignored: « Ville de Cannes » before « Ville d’Issy ».
  const collator = new Intl.Collator(language, { sensitivity: "base", numeric: true, ignorePunctuation: true });

  const routes = {
    home: "/",
    ...(Object.fromEntries(Object.entries(labels.routes).map(([key, slug]) => [key, `/${slug}/`])) as Record<
      keyof Labels["routes"],
      string
    >),
  };

  // Every id, kind, slug and day was checked by the validation (validate.ts): references resolve.
  const kindLabels: Record<string, string> = labels.organisationKinds;
  const organisationRefs = new Map<string, OrganisationRef>();
  for (const organisation of files.organisations) {
    if (organisationRefs.has(organisation.id)) continue;
    organisationRefs.set(organisation.id, {
      ...organisation,
      kindLabel: kindLabels[organisation.kind] ?? organisation.kind,
      url: `${routes.organisations}#${organisation.id}`,
    });
  }
  const resolveOrganisation = (id: string): OrganisationRef | undefined => organisationRefs.get(id);

  const personRefs = new Map<string, PersonRef>();
  files.people.forEach((person) => {
    if (personRefs.has(person.id)) return;
    const organisations = person.organisations.map(resolveOrganisation).filter((org): org is OrganisationRef => org !== undefined);
    personRefs.set(person.id, {
      ...person,
      type: "person",
      fullName: [person.givenName, person.familyName].join(" "),
      url: `${routes.speakers}${person.id}/`,
      organisations,
    });
  });
  const resolvePerson = (id: string): PersonRef | undefined => personRefs.get(id);
  const resolveSpeaker = (id: string): SpeakerRef | undefined => {
    const person = personRefs.get(id);
    if (person) return person;
    const organisation = organisationRefs.get(id);
    return organisation ? { ...organisation, type: "organisation", fullName: organisation.name } : undefined;
  };

  const coordinator = resolvePerson(colloquium.coordinator.person);
  // Editors only when the data names them: the coordinator of the day did not necessarily edit the proceedings.
  const editors = (colloquium.editors ?? []).map(resolvePerson).filter((person): person is PersonRef => person !== undefined);
  const listFormat = new Intl.ListFormat(language, { type: "conjunction" });
  /** Who wrote a text: its authors, whose talk it reports, on what day, from what. */
  const resolveAuthorship = (authorship: Authorship, speakers: SpeakerRef[], day: string): AuthorshipView => {
    if (authorship.kind === "speakers") return { kind: "speakers", authors: speakers, byEdition: false };
    const byEdition = authorship.writers === "edition";
    const writers = Array.isArray(authorship.writers) ? authorship.writers.map(resolveSpeaker).filter((writer): writer is SpeakerRef => writer !== undefined) : [];
    const drawnFrom = authorship.drawnFrom === "source" ? colloquium.source : authorship.drawnFrom;
    const date = formatDate(day, language);
    const talk = speakers.length > 0
      ? fillIn(labels.cite.synthesisOf, { speakers: listFormat.format(speakers.map((s) => s.fullName)), date })
      : fillIn(labels.cite.synthesisOfUnnamed, { date });
    const by = byEdition ? labels.cite.writtenForEdition : fillIn(labels.cite.writtenBy, { writers: listFormat.format(writers.map((w) => w.fullName)) });
    const from = drawnFrom ? ` ${fillIn(labels.cite.drawnFrom, { source: sourceReference(drawnFrom, language) })}` : "";
    return { kind: "synthesis", authors: writers, byEdition, ...(drawnFrom ? { drawnFrom } : {}), statement: `${talk}, ${by}${from}` };
  };
  const organisers = colloquium.organisers.map(resolveOrganisation).filter((org): org is OrganisationRef => org !== undefined);
  const partners = (colloquium.partners ?? []).map(resolveOrganisation).filter((org): org is OrganisationRef => org !== undefined);

  const dates = { start: colloquium.date, end: colloquium.endDate ?? colloquium.date, days: daysBetween(colloquium.date, colloquium.endDate ?? colloquium.date) };

  // A file name that says what it is once downloaded: optima-2015-atelier-1.pdf.
  const pdfBeside = (pageUrl: string, slug: string) => ({ fileName: `${colloquium.slug}-${slug}.pdf`, url: `${pageUrl}${colloquium.slug}-${slug}.pdf` });

  const programmeCrumb: Crumb = { label: labels.programme, url: routes.programme };
  const entries: { file: string; entry: ProgrammeEntry }[] = [];
  const sessions: SessionView[] = [];
  const contributions: ContributionView[] = [];

  for (const { file, session } of files.sessions) {
    const day = session.day ?? (dates.days.length === 1 ? dates.start : undefined);
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
    const chairs = session.chairs.map(resolvePerson).filter((person): person is PersonRef => person !== undefined);
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
      const speakers = contribution.speakers.map(resolveSpeaker).filter((speaker): speaker is SpeakerRef => speaker !== undefined);
      const contributionKind = labels.contributionKinds[contribution.kind];
      const heading =
        contribution.title ?? (speakers.length > 0 ? `${contributionKind} — ${speakers.map((s) => isolateRtl(s.fullName)).join(", ")}` : contributionKind);
      const url = `${ref.url}${contribution.slug}/`;
      const day = session.day ?? dates.start;
      const authorship = resolveAuthorship(contribution.authorship ?? colloquium.authorship, speakers, day);
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
}

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
