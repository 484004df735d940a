/**
 * Reading a built site as machines do, for any edition: the open data through
 * the Frictionless validator (npm `datapackage`), the calendar by its bytes
 * (RFC 5545 content lines) and through ical.js, and the dates of the pages
 * through their <time> elements.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
// @ts-expect-error: datapackage ships no types; its API is Package.load, resource.read, resource.checkRelations.
import { Package } from "datapackage";
import ICAL from "ical.js";
import type { Edition } from "../../scripts/data/model.ts";
import type { BuiltPage } from "./site.ts";

interface FrictionlessResource {
  name: string;
  tabular: boolean;
  read(options: { cast: boolean; keyed: boolean }): Promise<Record<string, unknown>[]>;
  checkRelations(): Promise<boolean>;
}

/** Every problem the Frictionless validator finds in a data package folder: descriptor, cast of every cell, foreign keys. */
export async function frictionlessProblems(folder: string): Promise<{ problems: string[]; tables: Map<string, Record<string, unknown>[]> }> {
  const descriptor = JSON.parse(readFileSync(path.join(folder, "datapackage.json"), "utf8")) as unknown;
  const pkg = (await Package.load(descriptor, { basePath: folder })) as { valid: boolean; errors: Error[]; resources: FrictionlessResource[] };
  const problems = pkg.errors.map((error) => `datapackage.json: ${error.message}`);
  const tables = new Map<string, Record<string, unknown>[]>();
  for (const resource of pkg.resources.filter((r) => r.tabular)) {
    try {
      tables.set(resource.name, await resource.read({ cast: true, keyed: true }));
      await resource.checkRelations();
    } catch (error) {
      const inner = (error as { errors?: Error[] }).errors ?? [];
      problems.push(`${resource.name}: ${(error as Error).message}${inner.map((e) => `\n  ${e.message}`).join("")}`);
    }
  }
  return { problems, tables };
}

/**
 * The calendar's content lines that break RFC 5545 §3.1: longer than 75 octets
 * (line break excluded), or cut inside a UTF-8 sequence (a line that does not
 * decode alone). Lines end with CRLF.
 */
export function calendarLineProblems(bytes: Buffer): string[] {
  const problems: string[] = [];
  const text = bytes.toString("latin1");
  if (!text.endsWith("\r\n")) problems.push("the file does not end with CRLF");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  for (let index = 1; start < bytes.length; index++) {
    const end = bytes.indexOf("\r\n", start);
    const line = bytes.subarray(start, end === -1 ? bytes.length : end);
    if (line.length > 75) problems.push(`line ${index}: ${line.length} octets`);
    try {
      decoder.decode(line);
    } catch {
      problems.push(`line ${index}: cut inside a UTF-8 sequence`);
    }
    if (line.includes(0x0a)) problems.push(`line ${index}: a bare LF`);
    start = end === -1 ? bytes.length : end + 2;
  }
  return problems;
}

/** The events of a calendar, read by ical.js with the file's own VTIMEZONEs (so that TZID times convert). */
export function calendarEvents(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?$/;
const isRealDate = (iso: string) => DATE.test(iso) && new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso;

/**
 * Problems with the dates of one page: a <time> whose datetime is not a valid
 * date or date-time, or whose text does not show that day (or hour); and any
 * day of the event, or time of day, written outside a <time>.
 */
export function pageDateProblems(page: BuiltPage, edition: Edition): string[] {
  const problems: string[] = [];
  const language = edition.colloquium.language;
  for (const time of page.dom.querySelectorAll("time")) {
    const value = time.getAttribute("datetime") ?? "";
    const shown = time.textContent.replace(/[\s\u00A0\u202F]+/g, " ");
    const dateTime = DATE_TIME.exec(value);
    if (isRealDate(value)) {
      if (!new RegExp(`(?<!\\d)${Number(value.slice(8))}(?!\\d)`).test(shown)) problems.push(`<time datetime="${value}"> shows "${shown}", not that day`);
    } else if (dateTime && isRealDate(dateTime[1]!)) {
      if (!new RegExp(`(?<!\\d)(?:0?${Number(dateTime[2]) % 12 || 12}|${dateTime[2]})(?!\\d)`).test(shown)) problems.push(`<time datetime="${value}"> shows "${shown}", not that hour`);
    } else {
      problems.push(`<time datetime="${value}">: not a valid date or date-time`);
    }
  }
  // The page's text with its <time> elements, scripts and head taken out: what is left must name no event day nor hour.
  const body = page.html
    .replace(/<head>[\s\S]*?<\/head>/, "")
    .replace(/<(script|style|time)\b[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/[\s\u00A0\u202F]+/g, " ");
  const month = new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" });
  const months = [...new Set(edition.dates.days.map((day) => month.format(new Date(`${day}T00:00:00Z`))))];
  const days = edition.dates.days.map((day) => String(Number(day.slice(8))));
  const written = new RegExp(`(?<!\\d)(?:${days.join("|")})(?:er)? (?:${months.join("|")})(?![\\p{L}])|(?<![\\p{L}])(?:${months.join("|")}) (?:${days.join("|")})(?!\\d)|(?<![\\d:])\\d{1,2}[:h]\\d{2}(?![\\d])`, "giu");
  for (const match of body.matchAll(written)) problems.push(`"${body.slice(Math.max(0, match.index - 30), match.index + match[0].length + 10)}" outside a <time>`);
  return problems.map((problem) => `${page.file}: ${problem}`);
}

/** The datetime values of a page's <time> elements. */
export const timesOf = (page: BuiltPage, selector = "time") => page.dom.querySelectorAll(selector).map((t) => t.getAttribute("datetime"));
