/**
 * The data contract of a colloquium: one zod schema per data file.
 * The TypeScript types authors see (through the define… helpers) are inferred
 * from these schemas, so types and build-time validation cannot drift apart.
 */
import { z } from "zod";
import { isTimeZone } from "../lib/dates.ts";
import { primaryLanguage } from "../lib/typography.ts";

/** Languages with a built-in set of interface words (scripts/data/labels/): the primary subtag of `language`. */
export const SUPPORTED_LANGUAGES = ["fr", "en"] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

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
/** A time of day on the venue's clock, 24-hour HH:MM. */
const Time = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "must be a time written HH:MM on a 24-hour clock, e.g. \"09:30\" or \"14:00\"");

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

/** How exact a figure is: "près de 250", "plus de 200", "environ 40" or just "50". */
export const QualifierSchema = z.enum(["exact", "about", "nearly", "over"]);

/** How many came, as the source states it; each figure with its qualifier. */
export const AttendanceSchema = z.strictObject({
  total: z.number().int().positive(),
  qualifier: QualifierSchema.default("exact"),
  /** Who came, e.g. { label: "agents et élus", count: 200, qualifier: "over" }. */
  byKind: z
    .array(z.strictObject({ label: Text, count: z.number().int().nonnegative(), qualifier: QualifierSchema.default("exact") }))
    .default([]),
});

/** A published work: who wrote it, its title and year (all three required), and where to find it. */
export const SourceSchema = z.strictObject({
  author: Text,
  title: Text,
  subtitle: Text.optional(),
  publisher: Text.optional(),
  year: z.number().int().min(1000).max(9999),
  halId: z.string().regex(/^hal-\d+$/, "must look like \"hal-02152519\"").optional(),
  url: WebUrl,
});

/**
 * Who wrote a text of the edition (a contribution's summary):
 * - `{ kind: "speakers" }`: the speakers themselves (their abstract or paper); they are its authors.
 * - `{ kind: "synthesis", writers, drawnFrom }`: someone else wrote it from the talk. `writers` are person or
 *   organisation ids, or "edition" when the edition's editorial team wrote it and the data names no one;
 *   `drawnFrom` is "source" (colloquium.source) or another work's reference; left out, the talk alone.
 * A synthesis never names the speakers as its authors: they are the speakers of the talk it reports.
 */
export const AuthorshipSchema = z
  .strictObject({
    kind: z.enum(["speakers", "synthesis"]),
    writers: z.union([z.literal("edition"), z.array(Id).min(1, "needs at least one person or organisation id, or \"edition\"")]).optional(),
    // An object is checked against SourceSchema below, so that a mistake is reported at its own field (drawnFrom.year), not as "invalid input".
    drawnFrom: z.union([z.literal("source"), z.record(z.string(), z.unknown())]).optional(),
  })
  .superRefine((authorship, ctx) => {
    if (typeof authorship.drawnFrom === "object") {
      const parsed = SourceSchema.safeParse(authorship.drawnFrom, { reportInput: true });
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        const missing = issue.code === "invalid_type" && issue.input === undefined;
        ctx.addIssue({
          code: "custom",
          path: ["drawnFrom", ...issue.path],
          message: missing ? "is missing: a source reference needs its author, title and year" : issue.message,
          params: {
            fix: missing
              ? `add ${String(issue.path.at(-1))}, e.g. drawnFrom: { author: "Jane Doe", title: "Report of the day", year: 2015, url: "https://…" }, or write drawnFrom: "source" for colloquium.source`
              : "correct the value: see SourceSchema in scripts/data/schema.ts",
          },
        });
      }
    }
    if (authorship.kind === "synthesis" && authorship.writers === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["writers"],
        message: "a synthesis needs its writers",
        params: { fix: "name who wrote it: writers: [\"person-id\"] (ids from people.ts or organisations.ts), or writers: \"edition\" when the edition's editorial team wrote it and names no one" },
      });
    }
    if (authorship.kind === "speakers" && (authorship.writers !== undefined || authorship.drawnFrom !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [authorship.writers !== undefined ? "writers" : "drawnFrom"],
        message: "is given for a text the speakers wrote themselves",
        params: { fix: "remove it, or write kind: \"synthesis\" if someone else wrote the text from the talk" },
      });
    }
  })
  // Checked above: the reference is a Source.
  .transform((authorship) => authorship as Omit<typeof authorship, "drawnFrom"> & { drawnFrom?: "source" | z.output<typeof SourceSchema> });

/** The longest span of days a colloquium may have. */
const MAX_DAYS = 366;

export const ColloquiumSchema = z
  .strictObject({
    /** Slug of this edition, used for the PDF file name, e.g. "optima-2015". */
    slug: Id,
    title: Text,
    subtitle: Text.optional(),
    /** Short title printed in the running heads of left-hand pages. */
    shortTitle: Text,
    /** The series of events this one belongs to; `edition` is its rank (2 for the second), when it has one. */
    series: z.strictObject({ name: Text, edition: z.number().int().positive().optional() }),
    /** First (or only) day of the colloquium. */
    date: IsoDate,
    /** Last day, for a colloquium over several days. */
    endDate: IsoDate.optional(),
    /** IANA time zone of the venue, e.g. "Europe/Paris": session times then carry their UTC offset (calendar exports). */
    timeZone: z
      .string()
      .refine(isTimeZone, { message: "is not a time zone name", params: { fix: "write an IANA time zone name such as \"Europe/Paris\" or \"America/Montreal\", or remove the field" } })
      .optional(),
    venue: z.strictObject({ name: Text, city: Text, country: Text.optional() }),
    /** Organisation ids (see organisations.ts). */
    organisers: z.array(Id).min(1, "needs at least one organiser id"),
    /** Organisation ids of partners, if any. */
    partners: z.array(Id).optional(),
    coordinator: z.strictObject({ person: Id, role: Text }),
    /** Person ids of the people who edited these proceedings (« dir. » in citations), when the data names any; left out, no one is named as editor. */
    editors: z.array(Id).min(1, "needs at least one person id, or leave the field out when no one is named as editor").optional(),
    /**
     * BCP 47 language tag of the content, e.g. "fr" or "en-GB". It chooses the built-in interface words,
     * the date formats, the typography and the hyphenation patterns.
     */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { message: "must be a BCP 47 language tag such as \"fr\" or \"en\"", abort: true })
      .refine((tag) => (SUPPORTED_LANGUAGES as readonly string[]).includes(primaryLanguage(tag)), {
        message: `is not a language Actes has interface words for (${SUPPORTED_LANGUAGES.map((l) => `"${l}"`).join(", ")})`,
        params: { fix: `write ${SUPPORTED_LANGUAGES.map((l) => `"${l}"`).join(" or ")}; a regional variant such as "fr-CA" or "en-GB" works too` },
      }),
    /** How many came, when the source says; left out, nothing is printed about it. */
    attendance: AttendanceSchema.optional(),
    /** Markdown introduction to the day, shown on the home page and in the booklet. */
    introduction: Markdown,
    /** Who organises, in Markdown, followed by the mission items. */
    mission: z.strictObject({
      title: Text,
      introduction: Markdown,
      items: z.array(z.strictObject({ keyword: Text, text: Text })).min(1),
    }),
    /** The published report (or other work) the edition is made from: its reference is given in the colophon, in each citation and in the exports. */
    source: SourceSchema,
    /**
     * Who wrote the edition's texts, unless a contribution says otherwise: the speakers (their abstracts: they are the
     * authors), or others (syntheses of the talks). Left out: the speakers.
     */
    authorship: AuthorshipSchema.default({ kind: "speakers" }),
    /**
     * The licence of the texts and of the open data published with them, only if the rights holder grants one:
     * left out, no licence is claimed anywhere (footer, colophon, exports).
     */
    licence: z.strictObject({ name: Text, url: WebUrl.optional() }).optional(),
    /**
     * This digital edition: its publisher and contact (only if the data names one: left out, no page speaks in
     * anyone's name and the accessibility statement commits no one), and its date (never the clock).
     */
    publication: z.strictObject({
      publisher: Text.optional(),
      contact: z.email().optional(),
      date: IsoDate,
      /** Public URL of the site, used in citations, canonical links, the sitemap and the booklet's QR codes; the site itself works under any base path. */
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
  })
  .superRefine((colloquium, ctx) => {
    if (colloquium.endDate !== undefined && colloquium.endDate < colloquium.date) {
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: `ends before the colloquium starts (date is ${colloquium.date})`,
        params: { fix: `give a last day on or after ${colloquium.date}, or remove endDate for a one-day colloquium` },
      });
    } else if (colloquium.endDate !== undefined && Date.parse(colloquium.endDate) - Date.parse(colloquium.date) > MAX_DAYS * 86_400_000) {
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: `is more than ${MAX_DAYS} days after the start (${colloquium.date})`,
        params: { fix: "check the year of date and endDate: a colloquium lasts days, not years" },
      });
    }
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

/** Built-in kinds of organisation; the organisations index groups by kind, in this order. */
export const OrganisationKindSchema = z.enum([
  "municipality",
  "intercommunality",
  "department",
  "region",
  "fire-service",
  "state",
  "university",
  "school",
  "research",
  "network",
  "company",
  "association",
  "other",
]);

export const OrganisationSchema = z.strictObject({
  id: Id,
  name: Text,
  shortName: Text.optional(),
  /** A built-in kind (OrganisationKindSchema), or a kind of your own named in labels.ts under organisationKinds. */
  kind: Id,
  place: Text.optional(),
});
export const OrganisationsSchema = z.array(OrganisationSchema);

export const ContributionKindSchema = z.enum(["address", "talk", "keynote", "practitioner", "academic", "enterprise", "discussion", "closing"]);

export const KeyFigureSchema = z.strictObject({
  label: Text,
  value: z.union([z.number(), Text]),
  unit: Text.optional(),
});

export const ContributionSchema = z.strictObject({
  /** Unique across the whole edition; it becomes the contribution's URL. */
  slug: Id,
  kind: ContributionKindSchema,
  /** Ids of the people or organisations who spoke, in order; none for a discussion with nobody named. */
  speakers: z.array(Id).default([]),
  /** Title of the talk, when it had one, exactly as the source gives it. */
  title: Text.optional(),
  /** A shorter form of a long title, for running heads; the title itself is printed everywhere else. */
  shortTitle: Text.optional(),
  summary: Markdown,
  keyFigures: z.array(KeyFigureSchema).optional(),
  keywords: z.array(Text).optional(),
  /** DOI of this contribution, if one was registered. */
  doi: Doi.optional(),
  /** Who wrote this text, when it differs from colloquium.authorship (see AuthorshipSchema). */
  authorship: AuthorshipSchema.optional(),
  /**
   * False when the source records that the talk was given but not what was said (the summary says so).
   * Its text is still the edition's and is cited like the others, under `authorship`.
   */
  reported: z.boolean().default(true),
});

export const SessionKindSchema = z.enum(["opening", "keynote", "plenary", "panel", "roundtable", "workshop", "session", "discussion", "break", "closing"]);

export const SessionSchema = z
  .strictObject({
    slug: Id,
    kind: SessionKindSchema,
    /** Its rank among the sessions of its kind (workshop 1, 2, 3… in file order); headings read « Atelier 1 : … ». */
    number: z.number().int().positive().optional(),
    title: Text,
    /** The theme or research axis the session belongs to. */
    axis: Text.optional(),
    introduction: Markdown.optional(),
    /** The day it took place, within the colloquium's days; defaults to the date of a one-day colloquium. */
    day: IsoDate.optional(),
    /** Start and end times, HH:MM on the venue's clock. */
    start: Time.optional(),
    end: Time.optional(),
    /** Person ids of who chaired the session, or moderated a panel, round table or discussion. */
    chairs: z.array(Id).default([]),
    /** Only a break may have none: it is listed in the programme, with no page of its own. */
    contributions: z.array(ContributionSchema).default([]),
  })
  .superRefine((session, ctx) => {
    if (session.end !== undefined && session.start === undefined) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "is given without a start time", params: { fix: "add start (HH:MM), or remove end" } });
    }
    if (session.start !== undefined && session.end !== undefined && session.end <= session.start) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `${session.end} is not after the start (${session.start})`,
        params: { fix: "give an end time later than the start time on the same day (24-hour clock)" },
      });
    }
    if (session.contributions.length === 0 && session.kind !== "break") {
      ctx.addIssue({
        code: "custom",
        path: ["contributions"],
        message: "a session needs at least one contribution",
        params: { fix: "give at least 1 item (only a session of kind \"break\" may have none)" },
      });
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
  /** The publisher's commitment and its legal basis; {publisher}. Printed only when the data names a publisher. */
  commitment: Text,
  /** In place of the commitment when the data names no publisher: the statement reports facts and commits no one. */
  noPublisher: Text,
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
  /** Under the derogations' heading when there is none (agreeing with its noun: « Aucune dérogation. »). */
  noDerogations: Text,
  /** Under the exemptions' heading when there is none. */
  noExemptions: Text,
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
  /** {publisher}. Printed only when the data names a publisher. */
  feedback: Text,
  /** In place of `feedback` when the data names neither a publisher nor a contact. */
  noFeedback: Text,
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
/** Citation block and downloads of the proceedings and of each contribution. */
export const CiteLabelsSchema = z.strictObject({
  /** Heading on a contribution's page. */
  contribution: Text,
  /** Before the links to the BibTeX, RIS and CSL-JSON files. */
  downloads: Text,
  copy: Text,
  copied: Text,
  /** A synthesis: whose talk it reports; {speakers} (joined by the language's "and"), {date} of the talk. */
  synthesisOf: Text,
  /** A synthesis of a talk with nobody named; {date}. */
  synthesisOfUnnamed: Text,
  /** A synthesis the edition's editorial team wrote, naming no one. */
  writtenForEdition: Text,
  /** A synthesis by named writers; {writers}. */
  writtenBy: Text,
  /** The work a synthesis is drawn from; {source} is its reference. */
  drawnFrom: Text,
  /** The proceedings as a whole, established from a published work; {source}. */
  editionDrawnFrom: Text,
});
/** The open data section of the about page, the calendar link and the files' descriptions. */
export const OpenDataLabelsSchema = z.strictObject({
  title: Text,
  intro: Text,
  /** {licence} is the licence's name. */
  licence: Text,
  json: Text,
  contributions: Text,
  speakers: Text,
  sessions: Text,
  people: Text,
  organisations: Text,
  datapackage: Text,
  calendar: Text,
});
/**
 * A word that counts something, one form per plural category of the language, each with {count}:
 * { one: "{count} page", other: "{count} pages" }. Validation checks that every category the
 * language needs has its form (scripts/data/validate.ts).
 */
const FormWithCount = Text.refine((form) => form.includes("{count}"), {
  message: "has no {count}",
  params: { fix: "write the number's place as {count}, e.g. \"{count} pages\"" },
});
const CountForms = z.strictObject(
  {
    zero: FormWithCount.optional(),
    one: FormWithCount.optional(),
    two: FormWithCount.optional(),
    few: FormWithCount.optional(),
    many: FormWithCount.optional(),
    other: FormWithCount,
  },
  { error: "must give the forms of a count, e.g. { one: \"{count} page\", other: \"{count} pages\" }" },
);
/** Labels that count, with the kind of plural rules their forms follow: validation checks each has the forms its language needs. */
export const COUNT_LABELS = { pages: "cardinal", participants: "cardinal", ordinalSuffixes: "ordinal" } as const;

const OrdinalSuffixes = z.strictObject({
  zero: Text.optional(),
  one: Text.optional(),
  two: Text.optional(),
  few: Text.optional(),
  many: Text.optional(),
  other: Text,
});

/**
 * Words of the interface: navigation, headings, running heads, route names.
 * Built-in sets per language live in scripts/data/labels/; a data folder's
 * labels.ts overrides only the words it changes.
 */
export const LabelsSchema = z.strictObject({
  siteName: Text,
  skipLink: Text,
  mainNav: Text,
  breadcrumb: Text,
  home: Text,
  programme: Text,
  /** Heading of the home page's introduction to the event. */
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
  /** A numbered session's heading: {kind}, {n} and {title}, e.g. "{kind} {n} : {title}". */
  sessionHeading: Text,
  /** Before the people who chaired a session. */
  chairedBy: Text,
  /** Before the people who moderated a panel, round table or discussion. */
  moderatedBy: Text,
  /** Sessions a person chaired or moderated, on their page. */
  sessionsChaired: Text,
  attendance: Text,
  /** How many came: { one: "{count} participant", other: "{count} participants" }. */
  participants: CountForms,
  /** Said before a figure that is not exact: « environ », « près de », « plus de ». */
  attendanceQualifiers: z.strictObject({ about: Text, nearly: Text, over: Text }),
  organiser: Text,
  organisers: Text,
  coordinator: Text,
  venue: Text,
  date: Text,
  /** Heading of the facts line for an event over several days. */
  dates: Text,
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
  /** How many pages a PDF has: { one: "{count} page", other: "{count} pages" }. */
  pages: CountForms,
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
  /** Before the proceedings' title on each contribution's first page in the booklet, so that its PDF says where it comes from ("Extrait de"). */
  offprintOf: Text,
  contact: Text,
  /** Rank of this edition in its series; {ordinal} is the number with its suffix, e.g. "{ordinal} édition". */
  editionNumber: Text,
  /** Ordinal suffixes by plural category (Intl.PluralRules, type "ordinal"): French { one: "re", other: "e" }. */
  ordinalSuffixes: OrdinalSuffixes,
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
  /** The EPUB (scripts/epub/): its links beside the booklet's, its navigation's words, and the page marks of the web text. */
  epub: z.strictObject({
    /** The link that downloads it, beside the booklet's (home, about page). */
    download: Text,
    cover: Text,
    /** Heading of the navigation document's landmarks (hidden). */
    landmarks: Text,
    /** Heading of its page-list (hidden). */
    pageList: Text,
    /** Said after a web page's mark of a booklet page ("p. 23"), to assistive technologies: where the link leads. */
    pageMarkLink: Text,
    /** The package's schema:accessibilitySummary. */
    accessibilitySummary: Text,
  }),
  footer: Text,
  accessibilityStatement: StatementLabelsSchema,
  search: SearchLabelsSchema,
  cite: CiteLabelsSchema,
  openData: OpenDataLabelsSchema,
  contributionKinds: z.strictObject(Object.fromEntries(ContributionKindSchema.options.map((k) => [k, Text])) as Record<z.infer<typeof ContributionKindSchema>, typeof Text>),
  sessionKinds: z.strictObject(Object.fromEntries(SessionKindSchema.options.map((k) => [k, Text])) as Record<z.infer<typeof SessionKindSchema>, typeof Text>),
  /** Group headings of the organisations index: every built-in kind, plus any kind of your own ("foundation": "Foundations"). */
  organisationKinds: z
    .object(Object.fromEntries(OrganisationKindSchema.options.map((k) => [k, Text])) as Record<z.infer<typeof OrganisationKindSchema>, typeof Text>)
    .catchall(Text),
  routes: z.strictObject({
    programme: Id,
    speakers: Id,
    organisations: Id,
    about: Id,
    accessibility: Id,
    print: Id,
    search: Id,
    /** The open data: JSON, CSV and the datapackage.json describing them. */
    data: Id,
  }),
});

/** Every field optional, at every depth: what a data folder's labels.ts may give. Arrays are replaced whole. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

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
/** What a data folder's labels.ts gives: only the words it changes. */
export type LabelsInput = DeepPartial<z.input<typeof LabelsSchema>>;
export type Qualifier = z.output<typeof QualifierSchema>;
export type Attendance = z.output<typeof AttendanceSchema>;
export type Accessibility = z.output<typeof AccessibilitySchema>;
export type Source = z.output<typeof SourceSchema>;
export type Authorship = z.output<typeof AuthorshipSchema>;
