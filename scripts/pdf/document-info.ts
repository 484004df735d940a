/** The metadata of each PDF of an edition: the booklet's, and each contribution's and session's own. */
import type { ContributionView, Edition, SessionView } from "../data/model.ts";
import type { DocumentInfo } from "./metadata.ts";

const CREATOR = "Actes (Paged.js, Chromium)";
const MAX_KEYWORDS = 12;

type Info = Omit<DocumentInfo, "contents">;

export function bookletInfo(edition: Edition, date: Date): Info {
  const c = edition.colloquium;
  return {
    title: c.title,
    ...(c.subtitle ? { subject: c.subtitle } : {}),
    authors: c.publication.publisher ? [c.publication.publisher] : [],
    language: c.language,
    keywords: [c.series.name, c.venue.city, ...new Set(edition.contributions.flatMap((contribution) => contribution.keywords ?? []))].slice(0, MAX_KEYWORDS),
    creator: CREATOR,
    date,
  };
}

/** A contribution's PDF: its title, its speakers as authors, and where it was given as subject. */
export function contributionInfo(edition: Edition, contribution: ContributionView, date: Date): Info {
  return {
    title: contribution.heading,
    subject: `${contribution.session.heading} — ${edition.colloquium.title}`,
    authors: contribution.speakers.map((speaker) => speaker.fullName),
    language: edition.colloquium.language,
    keywords: (contribution.keywords ?? []).slice(0, MAX_KEYWORDS),
    creator: CREATOR,
    date,
  };
}

export function sessionInfo(edition: Edition, session: SessionView, date: Date): Info {
  const speakers = [...new Set(session.contributions.flatMap((contribution) => contribution.speakers.map((speaker) => speaker.fullName)))];
  return {
    title: session.heading,
    subject: edition.colloquium.title,
    authors: speakers.length > 0 ? speakers : edition.colloquium.publication.publisher ? [edition.colloquium.publication.publisher] : [],
    language: edition.colloquium.language,
    keywords: [...new Set(session.contributions.flatMap((contribution) => contribution.keywords ?? []))].slice(0, MAX_KEYWORDS),
    creator: CREATOR,
    date,
  };
}
