/**
 * The programme as an iCalendar file (RFC 5545), written by the `ics`
 * package: one event per session, with its talks and speakers in the
 * description. Times come from sessionSlot (dates.ts): a session without
 * times is an all-day event on the colloquium's day.
 */
import { createEvents, type DateArray, type EventAttributes } from "ics";
import { oneLine } from "../lib/typography.ts";
import { publicUrl } from "./citation.ts";
import { dateParts, sessionSlot } from "./dates.ts";
import type { Edition } from "./model.ts";

/** "20150521T093000" style arrays for ics: [y, m, d, h, min]. */
function dateTimeArray(iso: string): DateArray {
  const [date, time = "00:00"] = iso.split("T");
  const [hours, minutes] = time.split(":").map(Number);
  return [...dateParts(date!), hours!, minutes!] as DateArray;
}

/** The day after an ISO date: iCalendar ends an all-day event on the next day, exclusive. */
function nextDay(iso: string): DateArray {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return dateParts(day.toISOString());
}

export function programmeCalendar(edition: Edition): string {
  const { colloquium } = edition;
  const location = oneLine(`${colloquium.venue.name}, ${colloquium.venue.city}${colloquium.venue.country ? `, ${colloquium.venue.country}` : ""}`);
  // DTSTAMP from the edition date, never the clock, so that the same data gives the same file.
  const timestamp = Date.parse(`${colloquium.publication.date}T00:00:00Z`);
  const events = edition.sessions.map((session): EventAttributes & { timestamp: number } => {
    const slot = sessionSlot(colloquium, session);
    const when = slot.allDay
      ? { start: dateParts(slot.date), end: nextDay(slot.date) }
      : { start: dateTimeArray(slot.start), startInputType: "local" as const, startOutputType: "local" as const, end: dateTimeArray(slot.end), endInputType: "local" as const, endOutputType: "local" as const };
    const url = publicUrl(colloquium, session.url);
    return {
      ...when,
      uid: `${colloquium.slug}-${session.slug}@actes`,
      timestamp,
      title: oneLine(session.heading),
      description: session.contributions
        // An untitled talk is named by its kind here, since its speakers follow.
        .map((c) => `${oneLine(c.title ?? c.kindLabel)} (${c.speakers.map((s) => oneLine(s.fullName)).join(", ")})`)
        .join("\n"),
      location,
      ...(url ? { url } : {}),
      status: "CONFIRMED",
      calName: oneLine(colloquium.title),
    };
  });
  const { error, value } = createEvents(events, { productId: "actes", calName: oneLine(colloquium.title) });
  if (error || !value) throw new Error(`iCalendar: the programme could not be written (${error?.message ?? "no output"}). Fix: check the session titles and dates in the data.`);
  return value;
}
