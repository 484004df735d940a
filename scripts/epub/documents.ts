/**
 * The EPUB's content documents, made from the edition model in the order of
 * the booklet: title page, colophon, contents, the day's introduction, each
 * session and each contribution, the indexes of speakers and organisations.
 * Each document's body is written as markup with every piece of data escaped
 * (markdown rendered as XHTML), typeset in the edition's language; the page
 * breaks are put in afterwards (page-breaks.ts), then the whole is wrapped as
 * an XHTML document. `units` says which parts of the booklet's layout each
 * document holds (page-starts.ts).
 */
import markdownIt from "markdown-it";
import { byInitial, type ContributionView, type Edition, type SessionView, type SpeakerRef } from "../data/model.ts";
import { proceedingsRecord, referenceHtml } from "../formats/citation.ts";
import { configureMarkdown } from "../eleventy/markdown.ts";
import { notNamedIn } from "../eleventy/filters.ts";
import { formatDate, formatDateSpan, formatTime } from "../lib/dates.ts";
import { escapeMarkup } from "../lib/escape.ts";
import { thenSentence, typeset, typesetHtml, unitAfterFigure, withColon } from "../lib/typography.ts";
import type { PageUnit } from "./page-starts.ts";

export interface ContentDocument {
  /** File name inside the EPUB's content folder, e.g. "c-reseau-ix-orleans.xhtml". */
  file: string;
  /** Its title (the <title>, and its entry in the contents). */
  title: string;
  /** The body's markup, typeset, without page breaks yet. */
  body: string;
  /** The parts of the booklet's layout it holds. */
  units: PageUnit[];
  /** Its landmark in the navigation document, if any (EPUB structural semantics). */
  landmark?: "titlepage" | "toc" | "bodymatter" | "index" | "colophon";
}

/** Escapes text for XHTML content and attribute values. */
export const esc = escapeMarkup;

export const contributionFile = (slug: string) => `c-${slug}.xhtml`;
export const sessionFile = (slug: string) => `s-${slug}.xhtml`;

/** Markdown as XHTML: void elements closed; links within the site and images become their text (the EPUB holds neither). */
function epubMarkdown(language: string): markdownIt {
  const md = configureMarkdown(markdownIt(), language);
  md.set({ xhtmlOut: true });
  const external = (href: string) => /^(?:https?:|mailto:)/i.test(href);
  const open = md.renderer.rules.link_open!;
  md.renderer.rules.link_open = (tokens, idx, options, env: { dropped?: boolean[] }, self) => {
    const keep = external(tokens[idx]!.attrGet("href") ?? "");
    (env.dropped ??= []).push(!keep);
    return keep ? open(tokens, idx, options, env, self) : "";
  };
  md.renderer.rules.link_close = (tokens, idx, options, env: { dropped?: boolean[] }, self) => (env.dropped?.pop() ? "" : self.renderToken(tokens, idx, options));
  md.renderer.rules.image = (tokens, idx, options, env) => esc(md.renderer.renderInlineAsText(tokens[idx]!.children ?? [], options, env));
  return md;
}

export function contentDocuments(edition: Edition): ContentDocument[] {
  const c = edition.colloquium;
  const L = edition.labels;
  const lang = c.language;
  const md = epubMarkdown(lang);
  const block = (text: string | undefined) => (text ? md.render(text, {}) : "");
  const inline = (text: string) => md.renderInline(text, {});
  const t = (text: string | undefined) => esc(typeset(String(text ?? ""), lang));
  const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
  const colon = (label: string) => esc(withColon(label, lang));
  const doc = (d: ContentDocument): ContentDocument => ({ ...d, body: typesetHtml(d.body, lang) });
  const dates = formatDateSpan(edition.dates.start, edition.dates.end, lang, "full");
  // Shown on the title page and in the introduction's key facts.
  const venue = `${t(c.venue.name)}, ${t(c.venue.city)}`;
  const organisersLabel = t(edition.organisers.length > 1 ? L.organisers : L.organiser);
  const organisers = edition.organisers.map((o) => t(o.name)).join(", ");

  const titlepage = doc({
    file: "titlepage.xhtml",
    title: c.title,
    landmark: "titlepage",
    units: [{ kind: "block", id: "cover" }],
    body: `<section class="titlepage" epub:type="titlepage" aria-label="${esc(c.title)}">
<p class="titlepage__series">${t(c.series.name)}${edition.editionNumber ? ` <span class="titlepage__edition">${t(edition.editionNumber)}</span>` : ""}</p>
<p class="titlepage__kind">${t(L.siteName)}</p>
<h1 class="titlepage__title">${t(c.title)}</h1>
${c.subtitle ? `<p class="titlepage__subtitle">${t(c.subtitle)}</p>` : ""}
<p class="titlepage__date">${t(dates)}</p>
<p class="titlepage__venue">${venue}</p>
<p class="titlepage__organisers"><span class="titlepage__label">${organisersLabel}</span> ${organisers}</p>
</section>`,
  });

  const source = c.source;
  const colophon = doc({
    file: "colophon.xhtml",
    title: L.colophon,
    landmark: "colophon",
    units: [{ kind: "block", id: "colophon" }],
    body: `<section class="colophon" epub:type="colophon" role="doc-colophon" aria-labelledby="colophon">
<h1 class="colophon__title" id="colophon">${t(c.subtitle ? thenSentence(c.title, c.subtitle) : c.title)}</h1>
<dl>
<dt>${t(L.source)}</dt><dd>${t(source.author)}, <cite>${t(source.subtitle ? thenSentence(source.title, source.subtitle) : source.title)}</cite>${source.publisher ? `, ${t(source.publisher)}` : ""}, ${source.year}${source.halId ? `, ${esc(source.halId)}` : ""}. <a href="${esc(source.url)}">${esc(source.url)}</a></dd>
<dt>${t(L.howToCite)}</dt><dd>${referenceHtml(proceedingsRecord(edition))}</dd>
${c.licence ? `<dt>${t(L.licence)}</dt><dd>${t(c.licence.name)}${c.licence.url ? `. <a href="${esc(c.licence.url)}">${esc(c.licence.url)}</a>` : ""}</dd>` : ""}
<dt>${t(L.credits)}</dt><dd>${inline(L.creditsText)}</dd>
<dt>${t(L.thisEdition)}</dt><dd>${c.publication.publisher ? `${t(c.publication.publisher)}, ${t(L.editionDated)}` : t(capitalise(L.editionDated))} ${t(formatDate(c.publication.date, lang, "long"))}.${c.publication.url ? ` <a href="${esc(c.publication.url)}">${esc(c.publication.url)}</a>` : ""}${c.publication.contact ? ` ${colon(L.contact)} ${esc(c.publication.contact)}` : ""}</dd>
</dl>
</section>`,
  });

  // The booklet's contents, as a page of the book (the navigation document is the reading system's).
  const entry = (file: string, text: string) => `<a href="${file}">${t(text)}</a>`;
  const contents = doc({
    file: "contents.xhtml",
    title: L.contents,
    units: [{ kind: "block", id: "toc" }],
    body: `<section class="contents" epub:type="toc" role="doc-toc" aria-labelledby="contents">
<h1 id="contents">${t(L.contents)}</h1>
<ol>
<li>${entry("introduction.xhtml", L.theDay)}<ol><li>${entry("introduction.xhtml#mission", c.mission.title)}</li></ol></li>
${edition.sessions
  .map(
    (s) => `<li>${entry(sessionFile(s.slug), s.heading)}${s.contributions.length ? "<ol>" : ""}
${s.contributions.map((k) => `<li>${entry(contributionFile(k.slug), k.heading)}${k.title && k.speakers.length ? `<p class="contents__speakers">${k.speakers.map((p) => `<bdi>${t(p.fullName)}</bdi>`).join(", ")}</p>` : ""}</li>`).join("\n")}
${s.contributions.length ? "</ol>" : ""}</li>`,
  )
  .join("\n")}
<li>${entry("index-speakers.xhtml", L.indexOfSpeakers)}</li>
<li>${entry("index-organisations.xhtml", L.indexOfOrganisations)}</li>
</ol>
</section>`,
  });

  const facts = `<dl class="facts">
<dt>${t(edition.dates.days.length > 1 ? L.dates : L.date)}</dt><dd>${t(dates)}</dd>
<dt>${t(L.venue)}</dt><dd>${venue}</dd>
<dt>${organisersLabel}</dt><dd>${organisers}</dd>
<dt>${t(L.coordinator)}</dt><dd>${t(edition.coordinator.fullName)}, ${t(edition.coordinator.role)}</dd>
${edition.attendance ? `<dt>${t(L.attendance)}</dt><dd>${t(edition.attendance)}</dd>` : ""}
</dl>`;
  const introduction = doc({
    file: "introduction.xhtml",
    title: L.theDay,
    landmark: "bodymatter",
    units: [{ kind: "block", id: "chapter--introduction" }],
    body: `<section class="chapter" epub:type="chapter" role="doc-chapter" aria-labelledby="la-journee">
<h1 id="la-journee">${t(L.theDay)}</h1>
${facts}
<div class="prose">${block(c.introduction)}</div>
<section class="mission" aria-labelledby="mission">
<h2 id="mission">${t(c.mission.title)}</h2>
<div class="prose">${block(c.mission.introduction)}</div>
<ul>${c.mission.items.map((item) => `<li><span class="mission__keyword">${t(item.keyword)}</span> — ${inline(item.text)}</li>`).join("\n")}</ul>
</section>
</section>`,
  });

  const when = (s: SessionView) => {
    const parts: string[] = [];
    if (s.day && edition.dates.days.length > 1) parts.push(formatDate(s.day, lang, "full"));
    if (s.start) parts.push(`${formatTime(s.start, lang)}${s.end ? ` – ${formatTime(s.end, lang)}` : ""}`);
    return parts.join(" · ");
  };
  const speaker = (p: SpeakerRef) => {
    if (p.type !== "person") return `<li><span class="speaker__name">${t(p.fullName)}</span>${p.place ? ` <span class="speaker__role">${t(p.place)}</span>` : ""}</li>`;
    const orgs = notNamedIn(p.organisations, p.role);
    return `<li><span class="speaker__name">${t(p.fullName)}</span> <span class="speaker__role">${t(p.role)}${orgs.length ? ` (${orgs.map((o) => t(o.shortName ?? o.name)).join(", ")})` : ""}</span></li>`;
  };
  const contribution = (k: ContributionView): ContentDocument =>
    doc({
      file: contributionFile(k.slug),
      title: k.heading,
      units: [{ kind: "contribution", id: k.slug }],
      body: `<section class="contribution" epub:type="chapter" role="doc-chapter" aria-labelledby="${esc(k.anchor)}">
<header>
<p class="contribution__kind">${t(k.kindLabel)}</p>
<h1 id="${esc(k.anchor)}">${t(k.heading)}</h1>
${k.speakers.length ? `<ul class="speakers">${k.speakers.map(speaker).join("\n")}</ul>` : ""}
${k.authorship.statement ? `<p class="attribution">${t(k.authorship.statement)}.</p>` : ""}
</header>
<div class="prose">${block(k.summary)}</div>
${
  k.keyFigures?.length
    ? `<section class="key-figures" aria-labelledby="${esc(k.anchor)}-figures">
<h2 id="${esc(k.anchor)}-figures">${t(L.keyFigures)}</h2>
<dl>${k.keyFigures.map((f) => `<dt>${t(f.label)}</dt><dd><span class="key-figure__value">${t(typeof f.value === "number" ? new Intl.NumberFormat(lang).format(f.value) : f.value)}</span>${f.unit ? esc(unitAfterFigure(f.unit, lang)) : ""}</dd>`).join("\n")}</dl>
</section>`
    : ""
}
${k.keywords?.length ? `<p class="keywords"><span class="keywords__label">${t(L.keywords)}</span> ${k.keywords.map((w) => `<span class="keyword">${t(w)}</span>`).join('<span class="keywords__sep"> · </span>')}</p>` : ""}
</section>`,
    });
  const session = (s: SessionView): ContentDocument[] => [
    doc({
      file: sessionFile(s.slug),
      title: s.heading,
      units: [{ kind: "session", id: s.slug }],
      body: `<section class="chapter" epub:type="part" role="doc-part" aria-labelledby="${esc(s.anchor)}">
<header>
${s.number ? `<p class="chapter__number">${t(s.kindLabel)} ${s.number}</p>` : s.kicker ? `<p class="chapter__number">${t(s.kicker)}</p>` : ""}
<h1 id="${esc(s.anchor)}">${t(s.title)}</h1>
${s.axis ? `<p class="chapter__axis">${t(s.axis)}</p>` : ""}
${when(s) ? `<p class="chapter__when">${t(when(s))}</p>` : ""}
${s.chairs.length ? `<p class="chapter__chairs">${colon(s.chairsLabel)} ${s.chairs.map((p) => `<bdi>${t(p.fullName)}</bdi>`).join(", ")}</p>` : ""}
</header>
${s.introduction ? `<div class="prose">${block(s.introduction)}</div>` : ""}
${s.contributions.length ? `<ol class="chapter__contents">${s.contributions.map((k) => `<li>${entry(contributionFile(k.slug), k.heading)}</li>`).join("\n")}</ol>` : ""}
</section>`,
    }),
    ...s.contributions.map(contribution),
  ];

  const links = (items: ContributionView[]) => items.map((k) => entry(contributionFile(k.slug), k.heading)).join("; ");
  const indexDocument = (file: string, id: string, title: string, unit: string, entries: { name: string; sortName: string; contributions: ContributionView[] }[]) =>
    doc({
      file,
      title,
      landmark: "index",
      units: [{ kind: "block", id: unit }],
      body: `<section class="back-index" epub:type="index" role="doc-index" aria-labelledby="${id}">
<h1 id="${id}">${t(title)}</h1>
${byInitial(entries, (e) => e.sortName)
  .map((group) => `<h2 class="back-index__letter">${t(group.initial)}</h2>\n<ul>${group.items.map((e) => `<li><span class="back-index__name">${e.name}</span> — ${links(e.contributions)}</li>`).join("\n")}</ul>`)
  .join("\n")}
</section>`,
    });
  const withContributions = <T extends { contributions: ContributionView[] }>(items: T[]) => items.filter((i) => i.contributions.length > 0);
  // In the model's order and by initial, as the booklet's indexes.
  const people = withContributions(edition.people);
  const organisations = withContributions(edition.organisations);

  return [
    titlepage,
    colophon,
    contents,
    introduction,
    ...edition.sessions.flatMap(session),
    indexDocument("index-speakers.xhtml", "index-speakers", L.indexOfSpeakers, "back-index--speakers", people.map((p) => ({ name: `<bdi>${t(p.familyName)}</bdi>, <bdi>${t(p.givenName)}</bdi>`, sortName: p.familyName, contributions: p.contributions }))),
    indexDocument("index-organisations.xhtml", "index-organisations", L.indexOfOrganisations, "back-index--organisations", organisations.map((o) => ({ name: `${t(o.name)}${o.shortName ? ` (${t(o.shortName)})` : ""}`, sortName: o.name, contributions: o.contributions }))),
  ];
}

/** A block unit matches a document's when its classes include the document's (the layout gives all of an element's classes). */
export function holds(document: ContentDocument, unit: PageUnit): boolean {
  return document.units.some((u) => u.kind === unit.kind && (u.kind === "block" ? unit.id.split(" ").includes(u.id) : u.id === unit.id));
}
