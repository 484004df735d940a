/**
 * Turns validated data files into the edition model: references resolved,
 * reading order, URLs, sorted indexes. Cross-file mistakes (unknown ids,
 * duplicate slugs, workshops out of sequence) are reported here.
 * The model has no cycles (a contribution points to light references of its
 * speakers, not to their full pages), so templates and Eleventy can copy it freely.
 */
import { conformityStatus, type ConformityStatus } from "./conformity.ts";
import { DataError, DataErrors, closest, formatPath } from "./errors.ts";
import type {
  Colloquium,
  ContributionData,
  Labels,
  Organisation,
  OrganisationKind,
  Person,
  SessionData,
} from "./schema.ts";
import { OrganisationKindSchema } from "./schema.ts";

export interface OrganisationRef extends Organisation {
  kindLabel: string;
  /** Anchor on the organisations index. */
  url: string;
}
export interface PersonRef extends Omit<Person, "organisations"> {
  fullName: string;
  url: string;
  organisations: OrganisationRef[];
}
export interface LinkRef {
  heading: string;
  url: string;
}
/** A step of a breadcrumb trail, after the home page. */
export interface Crumb {
  label: string;
  url: string;
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
export interface ContributionView extends Omit<ContributionData, "speakers"> {
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
  speakers: PersonRef[];
  previous?: LinkRef;
  next?: LinkRef;
  breadcrumb: Crumb[];
}
export interface SessionView extends Omit<SessionData, "contributions">, SessionRef {
  contributions: ContributionView[];
  /** Its pages of the booklet as a PDF of their own, beside its web page. */
  pdf: { fileName: string; url: string };
  previous?: LinkRef;
  next?: LinkRef;
  breadcrumb: Crumb[];
}
export interface PersonView extends PersonRef {
  contributions: ContributionView[];
  breadcrumb: Crumb[];
  /** Initial used to group the speakers index, accents removed. */
  initial: string;
}
export interface OrganisationView extends OrganisationRef {
  people: PersonRef[];
  contributions: ContributionView[];
}
export interface Edition {
  colloquium: Colloquium;
  labels: Labels;
  coordinator: PersonRef;
  /** Editors of the proceedings (« dir. »): colloquium.editors, or the coordinator. */
  editors: PersonRef[];
  organisers: OrganisationRef[];
  partners: OrganisationRef[];
  sessions: SessionView[];
  workshops: SessionView[];
  contributions: ContributionView[];
  /** Everyone who spoke or coordinated, sorted by family name. */
  people: PersonView[];
  peopleByInitial: { initial: string; people: PersonView[] }[];
  organisations: OrganisationView[];
  organisationGroups: { kind: OrganisationKind; label: string; organisations: OrganisationView[] }[];
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
  const errors: DataError[] = [];
  const collator = new Intl.Collator(colloquium.language, { sensitivity: "base", numeric: true });
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

  const organisationsById = uniqueById(files.organisations, organisationsFile, "organisation", errors);
  const organisationRefs = new Map<string, OrganisationRef>();
  for (const organisation of organisationsById.values()) {
    organisationRefs.set(organisation.id, {
      ...organisation,
      kindLabel: labels.organisationKinds[organisation.kind],
      url: `${routes.organisations}#${organisation.id}`,
    });
  }
  const resolveOrganisation = (id: string, file: string, at: string): OrganisationRef | undefined => {
    const found = organisationRefs.get(id);
    if (!found) errors.push(unknownIdError(id, "organisation", organisationRefs.keys(), file, at, organisationsFile));
    return found;
  };

  const peopleById = uniqueById(files.people, peopleFile, "person", errors);
  const personRefs = new Map<string, PersonRef>();
  files.people.forEach((person, index) => {
    if (personRefs.has(person.id)) return;
    const organisations = person.organisations
      .map((id, j) => resolveOrganisation(id, peopleFile, `[${index}].organisations[${j}]`))
      .filter((org): org is OrganisationRef => org !== undefined);
    personRefs.set(person.id, {
      ...person,
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

  const coordinator = resolvePerson(colloquium.coordinator.person, colloquiumFile, "coordinator.person");
  const editors = colloquium.editors
    ? colloquium.editors.map((id, i) => resolvePerson(id, colloquiumFile, `editors[${i}]`)).filter((person): person is PersonRef => person !== undefined)
    : coordinator
      ? [coordinator]
      : [];
  const organisers = colloquium.organisers
    .map((id, i) => resolveOrganisation(id, colloquiumFile, `organisers[${i}]`))
    .filter((org): org is OrganisationRef => org !== undefined);
  const partners = (colloquium.partners ?? [])
    .map((id, i) => resolveOrganisation(id, colloquiumFile, `partners[${i}]`))
    .filter((org): org is OrganisationRef => org !== undefined);

  // Sessions: slugs unique and clear of the site's own routes; workshops numbered 1, 2, 3… in file order.
  // A file name that says what it is once downloaded: optima-2015-atelier-1.pdf.
  const pdfBeside = (pageUrl: string, slug: string) => ({ fileName: `${colloquium.slug}-${slug}.pdf`, url: `${pageUrl}${colloquium.slug}-${slug}.pdf` });
  const programmeCrumb: Crumb = { label: labels.programme, url: routes.programme };
  const reserved = new Map(Object.entries(labels.routes).map(([key, slug]) => [slug, key]));
  const sessionSlugs = new Map<string, string>();
  const contributionSlugs = new Map<string, string>();
  let expectedWorkshop = 1;
  const sessions: SessionView[] = [];
  const contributions: ContributionView[] = [];

  for (const { file, session } of files.sessions) {
    if (sessionSlugs.has(session.slug)) {
      errors.push(new DataError(file, "slug", `duplicate session slug "${session.slug}", already used by ${sessionSlugs.get(session.slug)}`, "give each session its own slug"));
    } else if (reserved.has(session.slug)) {
      errors.push(new DataError(file, "slug", `session slug "${session.slug}" is the site's route for ${reserved.get(session.slug)}`, `choose another slug, or change routes.${reserved.get(session.slug)} in ${labelsFile}`));
    }
    sessionSlugs.set(session.slug, file);
    if (session.kind === "workshop") {
      if (session.number !== expectedWorkshop) {
        errors.push(new DataError(file, "number", `workshop number ${session.number} is out of sequence: expected ${expectedWorkshop}`, "number workshops 1, 2, 3… in the order of their file names"));
      }
      expectedWorkshop = (session.number ?? expectedWorkshop) + 1;
    }
    const kindLabel = labels.sessionKinds[session.kind];
    const heading = session.kind === "workshop" ? `${kindLabel} ${session.number} : ${session.title}` : session.title;
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
    const views = session.contributions.map((contribution, index): ContributionView => {
      const at = `contributions[${index}]`;
      if (contributionSlugs.has(contribution.slug)) {
        errors.push(new DataError(file, `${at}.slug`, `duplicate contribution slug "${contribution.slug}", already used in ${contributionSlugs.get(contribution.slug)}`, "give each contribution a slug of its own across the edition"));
      }
      contributionSlugs.set(contribution.slug, file);
      const speakers = contribution.speakers
        .map((id, j) => resolvePerson(id, file, `${at}.speakers[${j}]`))
        .filter((person): person is PersonRef => person !== undefined);
      const contributionKind = labels.contributionKinds[contribution.kind];
      const heading = contribution.title ?? `${contributionKind} — ${speakers.map((s) => isolateRtl(s.fullName)).join(", ")}`;
      const url = `${ref.url}${contribution.slug}/`;
      return {
        ...contribution,
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
    sessions.push({ ...session, ...ref, contributions: views, pdf: pdfBeside(ref.url, session.slug), breadcrumb: [programmeCrumb, { label: ref.heading, url: ref.url }] });
  }

  if (errors.length > 0) throw new DataErrors(errors);

  linkInOrder(contributions);
  linkInOrder(sessions);

  const people: PersonView[] = [...personRefs.values()]
    .map((person) => ({
      ...person,
      contributions: contributions.filter((c) => c.speakers.some((s) => s.id === person.id)),
      initial: initialOf(person.familyName),
      breadcrumb: [
        { label: labels.speakers, url: routes.speakers },
        { label: person.fullName, url: person.url },
      ],
    }))
    .filter((person) => person.contributions.length > 0 || person.id === coordinator?.id || editors.some((e) => e.id === person.id))
    .sort((a, b) => collator.compare(a.familyName, b.familyName) || collator.compare(a.givenName, b.givenName));

  const peopleByInitial: Edition["peopleByInitial"] = [];
  for (const person of people) {
    const last = peopleByInitial.at(-1);
    if (last?.initial === person.initial) last.people.push(person);
    else peopleByInitial.push({ initial: person.initial, people: [person] });
  }

  const organisations: OrganisationView[] = [...organisationRefs.values()]
    .map((organisation) => {
      const members = people.filter((p) => p.organisations.some((o) => o.id === organisation.id));
      return {
        ...organisation,
        people: members.map(({ contributions: _c, initial: _i, breadcrumb: _b, ...ref }) => ref),
        contributions: contributions.filter((c) => c.speakers.some((s) => s.organisations.some((o) => o.id === organisation.id))),
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));

  const organisationGroups = OrganisationKindSchema.options
    .map((kind) => ({
      kind,
      label: labels.organisationKinds[kind],
      organisations: organisations.filter((o) => o.kind === kind),
    }))
    .filter((group) => group.organisations.length > 0);

  const fileName = `${colloquium.slug}.pdf`;
  const imposition = `${colloquium.slug}-imposition.pdf`;
  return {
    colloquium,
    labels,
    coordinator: coordinator!,
    editors,
    organisers,
    partners,
    sessions,
    workshops: sessions.filter((s) => s.kind === "workshop"),
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

function initialOf(name: string): string {
  return name.normalize("NFD").replace(/\p{Diacritic}/gu, "").charAt(0).toUpperCase();
}
