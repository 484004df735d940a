/**
 * When things happened, read from the data in one place: the colloquium's
 * days and each session's time slot. Every format that states a date
 * (JSON-LD, citations, iCalendar, open data) goes through these helpers.
 */
import type { Colloquium } from "./schema.ts";

/** First and last day of the colloquium, as ISO dates (the same day for a one-day event). */
export function eventDates(colloquium: Colloquium): { start: string; end: string } {
  return { start: colloquium.date, end: colloquium.date };
}

/**
 * A session's slot: its start and end as ISO date-times when the data gives
 * times, else the whole day it took place on (the colloquium's first day).
 */
export type Slot = { allDay: true; date: string } | { allDay: false; start: string; end: string };

export function sessionSlot(colloquium: Colloquium, _session: { slug: string }): Slot {
  // The data has no session times yet: every session fills the colloquium's day.
  return { allDay: true, date: eventDates(colloquium).start };
}

/** [year, month, day] of an ISO date, as CSL-JSON and iCalendar want it. */
export function dateParts(iso: string): [number, number, number] {
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number);
  return [year!, month!, day!];
}
