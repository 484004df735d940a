/**
 * Checks every page number of a booklet against the PDF itself: each number
 * printed in the table of contents and in the indexes must be the folio of the
 * page its bookmark opens, read with poppler and qpdf (tests/helpers/pdf-read.ts).
 */
import type { Edition } from "../data/model.ts";
import { flatOutline, normalise, numbersAfter, pageLabels, pageTexts, pdfInfo, qpdfJson, titlePattern } from "../../tests/helpers/pdf-read.ts";

export function checkBookletNumbers(file: string, edition: Edition): { checked: number; errors: string[] } {
  const info = pdfInfo(file);
  const json = qpdfJson(file);
  const labels = pageLabels(json, info.pages);
  const bodyStart = labels.indexOf("1");
  const outline = flatOutline(json);
  const start = new Map(outline.map((item) => [normalise(item.title), item.page]));
  const labelOf = (title: string) => {
    const page = start.get(normalise(title));
    return page === undefined ? undefined : labels[page - 1];
  };
  const errors: string[] = [];
  let checked = 0;

  if (start.size !== outline.length) errors.push("some bookmarks share a title: their page numbers cannot be told apart");
  // The contents list the bookmarks in the same order: each entry is searched after the previous one.
  let contents = normalise(pageTexts(file, true).slice(0, bodyStart).join("\n"));
  for (const item of outline.slice(1)) {
    const match = new RegExp(`${titlePattern(item.title)}[\\s.]*?(\\d+)\\b`, "u").exec(contents);
    const expected = item.page === undefined ? undefined : labels[item.page - 1];
    checked++;
    if (match?.[1] !== expected) errors.push(`contents: "${item.title}" printed ${match?.[1] ?? "nothing"}, starts on page ${expected}`);
    if (match) contents = contents.slice(match.index + match[0].length);
  }

  const text = pageTexts(file);
  const L = edition.labels;
  const speakersAt = start.get(normalise(L.indexOfSpeakers)) ?? 0;
  const organisationsAt = start.get(normalise(L.indexOfOrganisations)) ?? 0;
  const indexes = [
    {
      text: normalise(text.slice(speakersAt - 1, organisationsAt - 1).join("\n")),
      entries: edition.people.filter((p) => p.contributions.length > 0).map((p) => ({ name: `${p.familyName}, ${p.givenName}`, contributions: p.contributions })),
    },
    {
      text: normalise(text.slice(organisationsAt - 1).join("\n")),
      entries: edition.organisations.filter((o) => o.contributions.length > 0).map((o) => ({ name: `${o.name}${o.shortName ? ` (${o.shortName})` : ""}`, contributions: o.contributions })),
    },
  ];
  for (const index of indexes) {
    for (const entry of index.entries) {
      const printed = numbersAfter(index.text, entry.name) ?? [];
      const expected = [...new Set(entry.contributions.map((c) => labelOf(c.heading)))];
      checked += expected.length;
      if (printed.join(", ") !== expected.join(", ")) errors.push(`index: "${entry.name}" printed ${printed.join(", ") || "nothing"}, contributions start on ${expected.join(", ")}`);
    }
  }
  return { checked, errors };
}
