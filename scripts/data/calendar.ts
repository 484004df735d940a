/**
 * The programme as an iCalendar file (RFC 5545), written by ical.js: one
 * event per session, with its talks and speakers in the description and its
 * page's address when the public URL is known. Times come from sessionSlot
 * (dates.ts): with the venue's time zone they are exact instants (UTC, and the
 * zone named in X-WR-TIMEZONE); without it, times on the venue's clock
 * (floating); a session without times is an all-day event on its own day.
 */
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { oneLine } from "../lib/typography.ts";
import { publicUrl } from "./citation.ts";
import { sessionSlot } from "./dates.ts";
import type { Edition } from "./model.ts";

/**
 * RFC 5545 §3.1: a content line is at most 75 octets, its continuation's leading
 * space included. ical.js folds by octets (never inside a character) but puts
 * 75 octets after that space; 74 keeps every line within 75.
 */
ICAL.foldLength = 74;

/** An all-day date: DTSTART;VALUE=DATE. */
const day = (iso: string) => ICAL.Time.fromDateString(iso);

/** A date-time from the model's ISO value: in UTC when it carries an offset, else floating (no zone known). */
function dateTime(iso: string, zoned: boolean): ICAL.Time {
  if (!zoned) return ICAL.Time.fromDateTimeString(iso.slice(0, 19));
  return ICAL.Time.fromDateTimeString(DateTime.fromISO(iso, { setZone: true }).toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

/** iCalendar ends an all-day event on the next day, exclusive. */
function nextDay(iso: string): ICAL.Time {
  const end = day(iso);
  end.adjust(1, 0, 0, 0);
  return end;
}

export function programmeCalendar(edition: Edition): string {
  const { colloquium } = edition;
  const location = oneLine(`${colloquium.venue.name}, ${colloquium.venue.city}${colloquium.venue.country ? `, ${colloquium.venue.country}` : ""}`);
  const zoned = colloquium.timeZone !== undefined;
  // DTSTAMP from the edition date, never the clock, so that the same data gives the same file.
  const stamp = ICAL.Time.fromDateTimeString(`${colloquium.publication.date}T00:00:00Z`);
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("prodid", "-//Actes//Programme//EN");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("method", "PUBLISH");
  calendar.addPropertyWithValue("x-wr-calname", oneLine(colloquium.title));
  if (colloquium.timeZone) calendar.addPropertyWithValue("x-wr-timezone", colloquium.timeZone);
  for (const session of edition.sessions) {
    const slot = sessionSlot(colloquium, session);
    const event = new ICAL.Component("vevent");
    event.addPropertyWithValue("uid", `${colloquium.slug}-${session.slug}@actes`);
    event.addPropertyWithValue("dtstamp", stamp);
    event.addPropertyWithValue("dtstart", slot.allDay ? day(slot.date) : dateTime(slot.start, zoned));
    event.addPropertyWithValue("dtend", slot.allDay ? nextDay(slot.date) : dateTime(slot.end, zoned));
    event.addPropertyWithValue("summary", oneLine(session.heading));
    event.addPropertyWithValue(
      "description",
      session.contributions
        // An untitled talk is named by its kind here, since its speakers follow.
        .map((c) => `${oneLine(c.title ?? c.kindLabel)}${c.speakers.length ? ` (${c.speakers.map((s) => oneLine(s.fullName)).join(", ")})` : ""}`)
        .join("\n"),
    );
    event.addPropertyWithValue("location", location);
    const url = publicUrl(colloquium, session.url);
    if (url) event.addPropertyWithValue("url", url);
    event.addPropertyWithValue("status", "CONFIRMED");
    calendar.addSubcomponent(event);
  }
  return `${calendar.toString()}\r\n`;
}
