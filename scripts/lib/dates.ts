/**
 * Dates and times in the edition's language (luxon over Intl): days, spans of
 * days and spans of hours. Dates are ISO calendar dates (YYYY-MM-DD) and
 * times are HH:MM on the venue's clock, so they are read in UTC and never
 * moved by the time zone of the machine that builds.
 */
import { DateTime, Interval } from "luxon";

export type DateStyle = "long" | "full";
const FORMATS = { long: DateTime.DATE_FULL, full: DateTime.DATE_HUGE } as const;

const day = (iso: string) => DateTime.fromISO(iso, { zone: "utc" });

/** "21 mai 2015" (long) or "jeudi 21 mai 2015" (full). */
export function formatDate(iso: string, locale: string, style: DateStyle = "long"): string {
  return day(iso).setLocale(locale).toLocaleString(FORMATS[style]);
}

/** One day, or a span written as the language writes it: "21–22 mai 2015", "May 21–22, 2015". */
export function formatDateSpan(start: string, end: string | undefined, locale: string, style: DateStyle = "long"): string {
  if (end === undefined || end === start) return formatDate(start, locale, style);
  return Interval.fromDateTimes(day(start), day(end)).toLocaleString(FORMATS[style], { locale });
}

/**
 * A span of days cut where each day's words are, for marking each end up
 * (<time datetime>): "mardi 23", " – ", "mercredi 24 juin 2015". The words
 * shared by both days before the first day's own go with it, those after the
 * second day's with the second; together they read as formatDateSpan.
 */
export function dateSpanParts(start: string, end: string, locale: string, style: DateStyle = "long"): { start: string; separator: string; end: string } {
  const parts = new Intl.DateTimeFormat(locale, { ...FORMATS[style], timeZone: "UTC" }).formatRangeToParts(day(start).toJSDate(), day(end).toJSDate());
  const lastStart = parts.findLastIndex((part) => part.source === "startRange");
  const firstEnd = parts.findIndex((part) => part.source === "endRange");
  const join = (from: number, to?: number) => parts.slice(from, to).map((part) => part.value).join("");
  return { start: join(0, lastStart + 1), separator: join(lastStart + 1, firstEnd), end: join(firstEnd) };
}

/** A time of day (HH:MM) as the language writes it: "09:00" in French, "9:00 AM" in English. */
export function formatTime(time: string, locale: string): string {
  return DateTime.fromISO(`1970-01-01T${time}`, { zone: "utc" }).setLocale(locale).toLocaleString(DateTime.TIME_SIMPLE);
}

/** Every calendar day from `start` to `end`, both included, as ISO dates. */
export function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  for (let current = day(start); current <= day(end); current = current.plus({ days: 1 })) days.push(current.toISODate()!);
  return days;
}

/**
 * An ISO date-time for a day and a time on the venue's clock: with its UTC
 * offset when the time zone is known ("2015-05-21T09:00:00+02:00"), else a
 * local ("floating") time ("2015-05-21T09:00:00").
 */
export function isoDateTime(date: string, time: string, timeZone?: string): string {
  if (timeZone === undefined) return `${date}T${time}:00`;
  return DateTime.fromISO(`${date}T${time}`, { zone: timeZone }).toISO({ suppressMilliseconds: true })!;
}

/** True for an IANA time zone name luxon knows, e.g. "Europe/Paris". */
export const isTimeZone = (name: string) => DateTime.local().setZone(name).isValid;
