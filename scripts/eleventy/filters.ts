import { DateTime } from "luxon";
import { frenchSpacing } from "../lib/typography.ts";
import type { PageSpan } from "../pdf/page-map.ts";
import type { EleventyConfig } from "./types.ts";

/** Dates, numbers, sizes and typography, all in the edition's language. */
export default function filtersPlugin(eleventyConfig: EleventyConfig): void {
  const isoDate = (iso: string) => DateTime.fromISO(iso, { zone: "utc" });

  /** "21 mai 2015" */
  eleventyConfig.addFilter("longDate", (iso: string, locale: string) =>
    isoDate(iso).setLocale(locale).toLocaleString(DateTime.DATE_FULL),
  );
  /** "jeudi 21 mai 2015" */
  eleventyConfig.addFilter("fullDate", (iso: string, locale: string) =>
    isoDate(iso).setLocale(locale).toLocaleString(DateTime.DATE_HUGE),
  );
  eleventyConfig.addFilter("year", (iso: string) => isoDate(iso).year);
  eleventyConfig.addFilter("number", (value: number | string, locale: string) =>
    typeof value === "number" ? new Intl.NumberFormat(locale).format(value) : value,
  );
  eleventyConfig.addFilter("fileSize", (bytes: number, locale: string) => formatFileSize(bytes, locale));
  /** "23–27", or "23" for one page: the folios of a span of the booklet. */
  eleventyConfig.addFilter("pageSpan", (span: PageSpan) => (span.first.label === span.last.label ? span.first.label : `${span.first.label}\u2013${span.last.label}`));
  eleventyConfig.addFilter("typo", (text: string) => frenchSpacing(String(text ?? "")));
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
