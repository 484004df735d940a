import { DateTime } from "luxon";
import { dateSpanParts, formatDate, formatDateSpan, formatTime } from "../lib/dates.ts";
import { countOf, typeset, unitAfterFigure, withColon, type PluralForms } from "../lib/typography.ts";
import type { SizeToCome } from "../pdf/files.ts";
import type { PageSpan } from "../pdf/page-map.ts";
import { isSizeToCome, sizeMark } from "./file-sizes.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * The edition's language, from the data of the template being rendered
 * (Nunjucks calls a filter with the template's context as `this`).
 */
export function languageOf(context: unknown): string {
  const language = (context as { ctx?: { actes?: { colloquium?: { language?: string } } } } | undefined)?.ctx?.actes?.colloquium?.language;
  if (!language) throw new Error("A filter found no actes.colloquium.language in the template's data. Fix: render the template with the edition as global data `actes`.");
  return language;
}

/** Dates, numbers, sizes and typography, all in the edition's language. */
export default function filtersPlugin(eleventyConfig: EleventyConfig): void {
  /** "21 mai 2015" */
  eleventyConfig.addFilter("longDate", (iso: string, locale: string) => formatDate(iso, locale, "long"));
  /** "jeudi 21 mai 2015" */
  eleventyConfig.addFilter("fullDate", (iso: string, locale: string) => formatDate(iso, locale, "full"));
  /** The colloquium's day or days: "jeudi 21 mai 2015", "jeudi 21 – vendredi 22 mai 2015". */
  /** The same span in three pieces (first day, separator, last day), each day to mark up with its own <time>. */
  eleventyConfig.addFilter("dateSpanParts", (dates: { start: string; end: string }, locale: string, style: "long" | "full" = "full") => dateSpanParts(dates.start, dates.end, locale, style));
  eleventyConfig.addFilter("dateSpan", (dates: { start: string; end: string }, locale: string, style: "long" | "full" = "full") =>
    formatDateSpan(dates.start, dates.end, locale, style),
  );
  /** A time of day: "09:00", "9:00 AM". */
  eleventyConfig.addFilter("timeOfDay", (time: string, locale: string) => formatTime(time, locale));
  eleventyConfig.addFilter("year", (iso: string) => DateTime.fromISO(iso, { zone: "utc" }).year);
  eleventyConfig.addFilter("number", (value: number | string, locale: string) =>
    typeof value === "number" ? new Intl.NumberFormat(locale).format(value) : value,
  );
  /** "1 page", "2 pages": a count with the form of the label its number takes in the edition's language. */
  eleventyConfig.addFilter("count", function (this: unknown, count: number, forms: PluralForms) {
    return countOf(count, forms, languageOf(this));
  });
  /** A key figure's unit after its value: "85 %" (narrow no-break space) in French, "85%" in English. */
  eleventyConfig.addFilter("unitAfterFigure", function (this: unknown, unit: string) {
    return unitAfterFigure(String(unit), languageOf(this));
  });
  // A PDF still being written gets a mark, filled in once its size is known (file-sizes.ts).
  eleventyConfig.addFilter("fileSize", (bytes: number | SizeToCome, locale: string) => (isSizeToCome(bytes) ? sizeMark(bytes) : formatFileSize(bytes, locale)));
  /** "23–27", or "23" for one page: the folios of a span of the booklet. */
  eleventyConfig.addFilter("pageSpan", (span: PageSpan) => (span.first.label === span.last.label ? span.first.label : `${span.first.label}\u2013${span.last.label}`));
  /** "Contact :" in French, "Contact:" in English. */
  eleventyConfig.addFilter("withColon", function (this: unknown, label: string) {
    return withColon(String(label ?? ""), languageOf(this));
  });
  /** The typography of the edition's language, for text that no page transform reaches (attributes, running heads). */
  eleventyConfig.addFilter("typo", function (this: unknown, text: string) {
    return typeset(String(text ?? ""), languageOf(this));
  });
  /** A speaker's organisations that the role does not already name ("… du SDIS 78" needs no "(SDIS 78)"), whatever the case. */
  eleventyConfig.addFilter("notNamedIn", notNamedIn);
}

export function notNamedIn<T extends { name: string; shortName?: string }>(organisations: T[], role: string): T[] {
  const fold = (text: string) => text.normalize("NFC").toLowerCase();
  const said = fold(role);
  return organisations.filter((o) => !said.includes(fold(o.name)) && !(o.shortName && said.includes(fold(o.shortName))));
}

export function formatFileSize(bytes: number, locale: string): string {
  const units = ["byte", "kilobyte", "megabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
