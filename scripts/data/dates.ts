/**
 * When things happened, read from the data in one place: the colloquium's
 * days and each session's time slot. Every format that states a date
 * (JSON-LD, citations, iCalendar, open data) goes through these helpers.
 */
import type { Colloquium } from "./schema.ts";

/** First and last day of the colloquium, as ISO dates (the same day for a one-day event). */
export function eventDates(colloquium: Colloquium): { start: string; end: string } {
  return { start: colloquium.date, end: colloquium.endDate ?? colloquium.date };
}

/**
 * A session's slot: its start and end as ISO date-times when the data gives
 * times, else the whole day it took place on (its day, or the colloquium's first).
 */
export type Slot = { allDay: true; date: string } | { allDay: false; start: string; end: string };

export function sessionSlot(colloquium: Colloquium, session: { day?: string; startsAt?: string; endsAt?: string }): Slot {
  if (session.startsAt && session.endsAt) return { allDay: false, start: session.startsAt, end: session.endsAt };
  return { allDay: true, date: session.day ?? eventDates(colloquium).start };
}

/** [year, month, day] of an ISO date, as CSL-JSON and iCalendar want it. */
export function dateParts(iso: string): [number, number, number] {
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number);
  return [year!, month!, day!];
}
