/**
 * The data contract of a colloquium: one zod schema per data file.
 * The TypeScript types authors see (through the define… helpers) are inferred
 * from these schemas, so types and build-time validation cannot drift apart.
 */
import { z } from "zod";

/** A stable identifier used in URLs and cross-references: lowercase ASCII words joined by hyphens. */
const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase ASCII words joined by hyphens, e.g. \"jean-dupont\"");

/** A calendar date written as ISO 8601 (YYYY-MM-DD) that exists. */
const IsoDate = z
  .string()
  // abort: a date not written YYYY-MM-DD gets one message, not a second one about the calendar.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be an ISO date written YYYY-MM-DD, e.g. \"2015-05-21\"", abort: true })
  .refine(
    (value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    },
    { message: "is not a real calendar date", params: { fix: "check the day and the month: this day does not exist" } },
  );

/** A web address: http or https only, with a host name (never javascript:, data: or a bare word). */
const WebUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: "must be a full web address starting with https://, e.g. \"https://example.org/actes/\"",
});

/**
 * A DOI written alone, as registries print it: "10.1234/abc-def". Not a URL
 * (the templates make https://doi.org/… themselves), no spaces.
 */
const Doi = z
  .string()
  .trim()
  .refine((value) => !/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i.test(value), {
    message: "is written as a link or with a \"doi:\" prefix",
    params: { fix: "write the DOI alone, e.g. \"10.1234/actes.2015\" (without https://doi.org/ or doi:)" },
    abort: true,
  })
  .refine((value) => /^10\.\d{4,9}\/\S+$/.test(value), {
    message: "is not a DOI",
    params: { fix: "a DOI starts with 10., four to nine digits, a slash and a suffix without spaces, e.g. \"10.1234/actes.2015\"" },
  });

/** Markdown text that must say something. */
const Markdown = z.string().trim().min(1, "must not be empty");
const Text = z.string().trim().min(1, "must not be empty");

/** An absolute CSS length: it is written into the booklet's generated stylesheet, so nothing else is let through. */
const CssLength = z
  .string()
  .trim()
  .regex(/^(?:0|\d+(?:\.\d+)?(?:mm|cm|in|pt|pc|px|Q))$/, "must be a CSS length such as \"18mm\", \"1.5cm\" or \"0.75in\"");

export const PageSizeSchema = z.enum(["A4", "A5", "B5"]);

/**
 * What is known of the site's accessibility. The RGAA conformity status is
 * derived from the audit (scripts/data/conformity.ts), never declared, so
 * the statement cannot claim more than an audit found.
 */
export const AccessibilitySchema = z.strictObject({
  /** The RGAA audit, when one was done; without one the status can only be "non conforme". */
  audit: z
    .strictObject({
      date: IsoDate,
      /** Who audited: an organisation or an internal team. */
      auditor: Text,
      /** Share of the applicable RGAA criteria met, in percent. */
      rate: z.number().min(0).max(100),
    })
    .optional(),
  /** The publisher's multi-year accessibility plan (schéma pluriannuel), if published. */
  planUrl: WebUrl.optional(),
  /** Known defects (RGAA "non-conformités"), in Markdown. */
  nonCompliances: z.array(Markdown).default([]),
  /** Derogations for disproportionate burden, each with its reason, in Markdown. */
  derogations: z.array(Markdown).default([]),
  /** Content outside the obligation (e.g. third-party documents), in Markdown. */
  exemptions: z.array(Markdown).default([]),
  /** Postal address for accessibility requests, one line per item. */
  postalAddress: z.array(Text).optional(),
});

export const ColloquiumSchema = z.strictObject({
  /** Slug of this edition, used for the PDF file name, e.g. "optima-2015". */
  slug: Id,
  title: Text,
  subtitle: Text.optional(),
  /** Short title printed in the running heads of left-hand pages. */
  shortTitle: Text,
  series: z.strictObject({ name: Text, edition: z.number().int().positive() }),
  /** Day of the colloquium. */
  date: IsoDate,
  venue: z.strictObject({ name: Text, city: Text, country: Text.optional() }),
  /** Organisation ids (see organisations.ts). */
  organisers: z.array(Id).min(1, "needs at least one organiser id"),
  /** Organisation ids of partners, if any. */
  partners: z.array(Id).optional(),
  coordinator: z.strictObject({ person: Id, role: Text }),
  /** Person ids of the proceedings' editors (« dir. » in citations); the coordinator when not given. */
  editors: z.array(Id).min(1, "needs at least one person id, or leave the field out to name the coordinator").optional(),
  /** BCP 47 language tag of the content, e.g. "fr". */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, "must be a BCP 47 language tag such as \"fr\""),
  attendance: z.strictObject({
    total: z.number().int().positive(),
    /** True when the report gives an order of magnitude ("près de 250"). */
    approximate: z.boolean().default(false),
    byKind: z
      .array(z.strictObject({ label: Text, count: z.number().int().nonnegative(), approximate: z.boolean().default(false) }))
      .default([]),
  }),
  /** Markdown introduction to the day, shown on the home page and in the booklet. */
  introduction: Markdown,
  /** Who organises, in Markdown, followed by the mission items. */
  mission: z.strictObject({
    title: Text,
    introduction: Markdown,
    items: z.array(z.strictObject({ keyword: Text, text: Text })).min(1),
  }),
  source: z.strictObject({
    author: Text,
    title: Text,
    subtitle: Text.optional(),
    publisher: Text.optional(),
    year: z.number().int().min(1000).max(9999),
    halId: z.string().regex(/^hal-\d+$/, "must look like \"hal-02152519\"").optional(),
    url: WebUrl,
  }),
  /** The licence of the texts and of the open data published with them. */
  licence: z.strictObject({ name: Text, url: WebUrl.optional() }),
  /** Publisher of this digital edition, its contact for readers (only if the publisher gives one), and the date of this edition (never the clock). */
  publication: z.strictObject({
    publisher: Text,
    contact: z.email().optional(),
    date: IsoDate,
    /** Public URL of the site, used in citations, canonical links and the sitemap; the site itself works under any base path. */
    url: WebUrl.optional(),
    /** DOI of the proceedings as a whole, if one was registered, e.g. "10.1234/actes.2015". */
    doi: Doi.optional(),
    /** Facts for the accessibility statement; none given means no audit and no known defect. */
    accessibility: AccessibilitySchema.default({ nonCompliances: [], derogations: [], exemptions: [] }),
  }),
  print: z
    .strictObject({
      pageSize: PageSizeSchema.default("A5"),
      /** A contribution longer than this in the booklet stops the build (its summary is too long for proceedings). */
      maxContributionPages: z.number().int().positive().default(24),
      /** CSS lengths for the page margins, e.g. "18mm". */
      margins: z
        .strictObject({ top: CssLength, bottom: CssLength, inside: CssLength, outside: CssLength })
        .default({ top: "18mm", bottom: "20mm", inside: "20mm", outside: "15mm" }),
    })
    .default({ pageSize: "A5", maxContributionPages: 24, margins: { top: "18mm", bottom: "20mm", inside: "20mm", outside: "15mm" } }),
});

export const PersonSchema = z.strictObject({
  id: Id,
  honorific: Text.optional(),
  givenName: Text,
  familyName: Text,
  /** Role or job title as it stood on the day. */
  role: Text,
  /** Organisation ids, the main one first. */
  organisations: z.array(Id).min(1, "needs at least one organisation id"),
});
export const PeopleSchema = z.array(PersonSchema);

export const OrganisationKindSchema = z.enum([
  "commune",
  "intercommunalite",
  "departement",
  "region",
  "sdis",
  "etat",
  "universite",
  "ecole",
  "entreprise",
  "association",
  "autre",
]);

export const OrganisationSchema = z.strictObject({
  id: Id,
  name: Text,
  shortName: Text.optional(),
  kind: OrganisationKindSchema,
  place: Text.optional(),
});
export const OrganisationsSchema = z.array(OrganisationSchema);

export const ContributionKindSchema = z.enum(["address", "practitioner", "academic", "enterprise", "closing"]);

export const KeyFigureSchema = z.strictObject({
  label: Text,
  value: z.union([z.number(), Text]),
  unit: Text.optional(),
});

export const ContributionSchema = z.strictObject({
  /** Unique across the whole edition; it becomes the contribution's URL. */
  slug: Id,
  kind: ContributionKindSchema,
  /** Person ids, in the order they spoke. */
  speakers: z.array(Id).min(1, "needs at least one speaker id"),
  /** Title of the talk, when it had one, exactly as the source gives it. */
  title: Text.optional(),
  /** A shorter form of a long title, for running heads; the title itself is printed everywhere else. */
  shortTitle: Text.optional(),
  summary: Markdown,
  keyFigures: z.array(KeyFigureSchema).optional(),
  keywords: z.array(Text).optional(),
  /** DOI of this contribution, if one was registered. */
  doi: Doi.optional(),
  /**
   * False when the source records that the talk was given but not what was said:
   * the page then says so and offers no citation, download or scholarly metadata.
   */
  reported: z.boolean().default(true),
});

export const SessionKindSchema = z.enum(["opening", "workshop", "closing"]);

export const SessionSchema = z
  .strictObject({
    slug: Id,
    kind: SessionKindSchema,
    /** Workshops only: 1, 2, 3… in the order of the files. */
    number: z.number().int().positive().optional(),
    title: Text,
    /** Workshops only: the research axis the workshop belongs to. */
    axis: Text.optional(),
    introduction: Markdown.optional(),
    contributions: z.array(ContributionSchema).min(1, "a session needs at least one contribution"),
  })
  .superRefine((session, ctx) => {
    if (session.kind !== "workshop") return;
    for (const field of ["number", "axis", "introduction"] as const) {
      if (session[field] === undefined) {
        ctx.addIssue({ code: "custom", path: [field], message: `is required for a workshop` });
      }
    }
  });

/**
 * The accessibility statement page, in the form of the RGAA model
 * ("déclaration d'accessibilité"). Placeholders in braces are filled in by
 * the template: {publisher}, {site}, {status}, {date}, {auditor}, {rate}, {version}.
 */
export const StatementLabelsSchema = z.strictObject({
  title: Text,
  /** The footer link to the statement on every page, with the status as the RGAA asks; {status}. */
  footerLink: Text,
  /** The publisher's commitment and its legal basis; {publisher}. */
  commitment: Text,
  /** Link text to the multi-year plan, when the data gives one. */
  plan: Text,
  /** What the statement covers; {site}. */
  scope: Text,
  conformityTitle: Text,
  /** {status} is one of `statuses`. */
  conformity: Text,
  statuses: z.strictObject({ full: Text, partial: Text, none: Text }),
  /** Why the status is "none" when no audit was done. */
  noAudit: Markdown,
  /** {date}, {auditor}, {rate}. */
  audit: Text,
  testsTitle: Text,
  testsIntro: Text,
  /** One line per automated check; {version} is the tool's installed version. */
  tests: z.strictObject({ axe: Text, nu: Text, htmlValidate: Text, keyboard: Text, reflow: Text, motion: Text, pdf: Text }),
  inaccessibleTitle: Text,
  nonCompliancesTitle: Text,
  derogationsTitle: Text,
  exemptionsTitle: Text,
  /** Shown when no defect is known. */
  noneKnown: Text,
  /** Before the list of known defects. */
  knownIntro: Text,
  /** Defects of every Actes booklet, due to Chromium's PDF tagger; listed before the edition's own. */
  knownLimits: z.array(Text).default([]),
  /** Shown for an empty list of derogations or exemptions. */
  noItems: Text,
  establishmentTitle: Text,
  /** {date}: the publication date from colloquium.ts. */
  establishedOn: Text,
  technologiesTitle: Text,
  technologies: z.array(Text).min(1),
  environmentTitle: Text,
  environment: Markdown,
  toolsTitle: Text,
  /** One line per tool; {version} is the installed version. */
  tools: z.strictObject({ axe: Text, nu: Text, htmlValidate: Text, browser: Text, pdf: Text }),
  pagesTitle: Text,
  pages: Text,
  feedbackTitle: Text,
  /** {publisher}. */
  feedback: Text,
  email: Text,
  post: Text,
  publisherTitle: Text,
  recourseTitle: Text,
  recourse: Text,
  recourseForm: z.strictObject({ label: Text, url: WebUrl }),
  recourseDelegate: z.strictObject({ label: Text, url: WebUrl }),
  recoursePost: Text,
  recourseAddress: z.array(Text).min(1),
});

/** Full-text search: the header box and the search page. {query} and {count} are filled in by the browser. */
export const SearchLabelsSchema = z.strictObject({
  title: Text,
  /** Label of the search field, in the header and on the search page. */
  field: Text,
  submit: Text,
  /** Shown where JavaScript does not run, followed by links to the programme and the speakers: the search needs it, the rest of the site does not. */
  needsScript: Text,
  searching: Text,
  /** When the index cannot be loaded, e.g. under `npm start`, which does not write it. */
  unavailable: Text,
  noResult: Text,
  oneResult: Text,
  results: Text,
  /** Before a result's speakers. */
  speakers: Text,
});
const FRENCH_SEARCH_LABELS = {
  title: "Rechercher dans les actes",
  field: "Rechercher",
  submit: "Rechercher",
  needsScript:
    "La recherche dans le texte des actes fonctionne avec JavaScript, qui n’est pas actif ici. Toutes les interventions restent accessibles par le programme et par l’index des intervenants :",
  searching: "Recherche en cours…",
  unavailable: "La recherche n’est pas disponible : son index n’a pas pu être chargé.",
  noResult: "Aucun résultat pour « {query} ».",
  oneResult: "1 résultat pour « {query} ».",
  results: "{count} résultats pour « {query} ».",
  speakers: "Par",
};

/** Citation block and downloads of the proceedings and of each contribution. */
export const CiteLabelsSchema = z.strictObject({
  /** Heading on a contribution's page. */
  contribution: Text,
  /** Before the links to the BibTeX, RIS and CSL-JSON files. */
  downloads: Text,
  copy: Text,
  copied: Text,
  /** On a contribution the source gives no content for, in place of the citation. */
  notReported: Text,
});
const FRENCH_CITE_LABELS = {
  contribution: "Citer cette intervention",
  downloads: "Télécharger la référence :",
  copy: "Copier la référence",
  copied: "Référence copiée.",
  notReported: "Le compte rendu ne rapporte pas le contenu de cette intervention : elle n’a pas de référence propre.",
};

/** The open data section of the about page, the calendar link and the files' descriptions. */
export const OpenDataLabelsSchema = z.strictObject({
  title: Text,
  intro: Text,
  /** {licence} is the licence's name. */
  licence: Text,
  json: Text,
  contributions: Text,
  sessions: Text,
  people: Text,
  organisations: Text,
  datapackage: Text,
  calendar: Text,
});
const FRENCH_OPEN_DATA_LABELS = {
  title: "Données ouvertes",
  intro: "Le contenu de ces actes est aussi publié sous forme de données, pour être réutilisé :",
  licence: "Ces données sont diffusées sous la même licence que les textes : {licence}.",
  json: "les actes entiers (JSON)",
  contributions: "les interventions (CSV)",
  sessions: "les séances (CSV)",
  people: "les intervenants (CSV)",
  organisations: "les organisations (CSV)",
  datapackage: "la description des fichiers (Frictionless Data Package)",
  calendar: "Le programme pour un agenda (iCalendar)",
};

/** Words of the interface: navigation, headings, running heads, route names. */
export const LabelsSchema = z.strictObject({
  siteName: Text,
  skipLink: Text,
  mainNav: Text,
  breadcrumb: Text,
  home: Text,
  programme: Text,
  /** Heading of the home page's introduction to the day. */
  theDay: Text,
  speakers: Text,
  organisations: Text,
  about: Text,
  accessibility: Text,
  print: Text,
  previous: Text,
  next: Text,
  speakersOf: Text,
  keyFigures: Text,
  keywords: Text,
  summary: Text,
  contributionsOf: Text,
  session: Text,
  workshop: Text,
  axis: Text,
  mission: Text,
  attendance: Text,
  participants: Text,
  organiser: Text,
  organisers: Text,
  coordinator: Text,
  venue: Text,
  date: Text,
  download: Text,
  downloadPdf: Text,
  /** Opens the booklet in the browser's PDF viewer. */
  readBooklet: Text,
  /** The link that downloads a PDF rather than opening it. */
  downloadFile: Text,
  /** Heading of the part of a contribution's or session's page that says where it stands in the booklet. */
  inBooklet: Text,
  /** A range of pages of the booklet; {pages} is e.g. "23–27". */
  bookletPages: Text,
  /** Before page numbers in the web indexes ("p."). */
  pageAbbreviation: Text,
  contributionPdf: Text,
  sessionPdf: Text,
  pages: Text,
  pdfPending: Text,
  /** Link to the zip of the whole site (about page). */
  downloadSite: Text,
  /** What to do with that zip once downloaded. */
  offlineCopyNote: Text,
  source: Text,
  howToCite: Text,
  /** Before the edition date in the booklet's colophon ("édition du"). */
  editionDated: Text,
  /** Before a page's web address, in the booklet ("En ligne"). */
  onlineAt: Text,
  contact: Text,
  /** Edition number of the series; {n} stands for the number, e.g. "{n}e édition". */
  editionNumber: Text,
  /** Said before approximate figures ("environ"). */
  approximately: Text,
  licence: Text,
  credits: Text,
  creditsText: Markdown,
  notFoundTitle: Text,
  notFoundText: Markdown,
  contents: Text,
  indexOfSpeakers: Text,
  indexOfOrganisations: Text,
  colophon: Text,
  /** Booklet colophon: heading of the line on this edition (publisher, contact, date). */
  thisEdition: Text,
  /** Booklet indexes: what their page numbers point to. */
  indexNote: Text,
  /** The imposed booklet (scripts/pdf/impose.ts): said after the title ("imposition"), and its subject, what the file is for. */
  imposition: Text,
  impositionNote: Text,
  /** The about page's link to the imposed booklet. */
  impositionLink: Text,
  footer: Text,
  accessibilityStatement: StatementLabelsSchema,
  search: SearchLabelsSchema.default(FRENCH_SEARCH_LABELS),
  cite: CiteLabelsSchema.default(FRENCH_CITE_LABELS),
  openData: OpenDataLabelsSchema.default(FRENCH_OPEN_DATA_LABELS),
  contributionKinds: z.strictObject(Object.fromEntries(ContributionKindSchema.options.map((k) => [k, Text])) as Record<z.infer<typeof ContributionKindSchema>, typeof Text>),
  sessionKinds: z.strictObject(Object.fromEntries(SessionKindSchema.options.map((k) => [k, Text])) as Record<z.infer<typeof SessionKindSchema>, typeof Text>),
  organisationKinds: z.strictObject(Object.fromEntries(OrganisationKindSchema.options.map((k) => [k, Text])) as Record<z.infer<typeof OrganisationKindSchema>, typeof Text>),
  routes: z.strictObject({
    programme: Id,
    speakers: Id,
    organisations: Id,
    about: Id,
    accessibility: Id,
    print: Id,
    search: Id.default("recherche"),
    /** The open data: JSON, CSV and the datapackage.json describing them. */
    data: Id.default("donnees"),
  }),
});

export type ColloquiumInput = z.input<typeof ColloquiumSchema>;
export type Colloquium = z.output<typeof ColloquiumSchema>;
export type Person = z.output<typeof PersonSchema>;
export type Organisation = z.output<typeof OrganisationSchema>;
export type OrganisationKind = z.output<typeof OrganisationKindSchema>;
export type ContributionInput = z.input<typeof ContributionSchema>;
export type ContributionData = z.output<typeof ContributionSchema>;
export type SessionInput = z.input<typeof SessionSchema>;
export type SessionData = z.output<typeof SessionSchema>;
export type Labels = z.output<typeof LabelsSchema>;
export type LabelsInput = z.input<typeof LabelsSchema>;
export type Accessibility = z.output<typeof AccessibilitySchema>;
