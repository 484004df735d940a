/**
 * The programme as an iCalendar file (RFC 5545), written by ical.js: one
 * event per session, with its talks and speakers in the description and its
 * page's address when the public URL is known. Times come from sessionSlot
 * (dates.ts): on the venue's clock, with its time zone (TZID and its VTIMEZONE,
 * from timezones-ical-library) when the data gives one, else floating; a
 * session without times is an all-day event on its own day.
 */
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { oneLine } from "../lib/typography.ts";
import { publicUrl } from "./citation.ts";
import { sessionSlot } from "../data/dates.ts";
import type { Edition } from "../data/model.ts";

/**
 * RFC 5545 §3.1: a content line is at most 75 octets, its continuation's leading
 * space included. ical.js folds by octets (never inside a character) but puts
 * 75 octets after that space; 74 keeps every line within 75.
 */
ICAL.foldLength = 74;

/** An all-day date: DTSTART;VALUE=DATE. */
const day = (iso: string) => ICAL.Time.fromDateString(iso);

/**
 * The VTIMEZONE of an IANA zone, for DTSTART;TZID=…; undefined for a name the
 * library does not know (the times are then given in UTC).
 */
function vtimezone(name: string): ICAL.Component | undefined {
  const block = tzlib_get_ical_block(name);
  return Array.isArray(block) && block[0]?.startsWith("BEGIN:VTIMEZONE") ? new ICAL.Component(ICAL.parse(block[0]) as unknown[]) : undefined;
}

/** The model's ISO date-time, "2025-04-10T09:00:00+01:00", as the venue's clock reads it, or as UTC. */
const clockTime = (iso: string) => ICAL.Time.fromDateTimeString(iso.slice(0, 19));
const utcTime = (iso: string) => ICAL.Time.fromDateTimeString(DateTime.fromISO(iso, { setZone: true }).toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'"));

/** iCalendar ends an all-day event on the next day, exclusive. */
function nextDay(iso: string): ICAL.Time {
  const end = day(iso);
  end.adjust(1, 0, 0, 0);
  return end;
}

export function programmeCalendar(edition: Edition): string {
  const { colloquium } = edition;
  const location = oneLine(`${colloquium.venue.name}, ${colloquium.venue.city}${colloquium.venue.country ? `, ${colloquium.venue.country}` : ""}`);
  const zone = colloquium.timeZone;
  const zoneComponent = zone ? vtimezone(zone) : undefined;
  // DTSTAMP from the edition date, never the clock, so that the same data gives the same file.
  const stamp = ICAL.Time.fromDateTimeString(`${colloquium.publication.date}T00:00:00Z`);
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("prodid", "-//Actes//Programme//EN");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("method", "PUBLISH");
  calendar.addPropertyWithValue("x-wr-calname", oneLine(colloquium.title));
  if (zone) calendar.addPropertyWithValue("x-wr-timezone", zone);
  // The zone's rules, so that a time with TZID reads the same in every calendar.
  if (zoneComponent && edition.sessions.some((session) => !sessionSlot(colloquium, session).allDay)) calendar.addSubcomponent(zoneComponent);
  /** A session's start or end: with its zone (TZID), in UTC when only its offset is known, else floating. */
  const timeProperty = (event: ICAL.Component, name: "dtstart" | "dtend", iso: string) => {
    if (!zone) return event.addPropertyWithValue(name, clockTime(iso));
    if (!zoneComponent) return event.addPropertyWithValue(name, utcTime(iso));
    return event.addPropertyWithValue(name, clockTime(iso)).setParameter("tzid", zone);
  };
  for (const session of edition.sessions) {
    const slot = sessionSlot(colloquium, session);
    const event = new ICAL.Component("vevent");
    event.addPropertyWithValue("uid", `${colloquium.slug}-${session.slug}@actes`);
    event.addPropertyWithValue("dtstamp", stamp);
    if (slot.allDay) {
      event.addPropertyWithValue("dtstart", day(slot.date));
      event.addPropertyWithValue("dtend", nextDay(slot.date));
    } else {
      timeProperty(event, "dtstart", slot.start);
      timeProperty(event, "dtend", slot.end);
    }
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
