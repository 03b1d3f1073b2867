/**
 * Dates, relative times and numbers in the page's locale and the site's time zone. Words and
 * month names come from Intl; the calendar day and the clock time come from the zone's UTC
 * offset, looked up through Intl once per quarter of an hour and zone: a page shows dozens of
 * times, and formatting each through Intl was a third of an article's render time.
 */
import { LOCALE_INFO, type Locale } from "./locales.js";
import { t } from "./messages.js";
import { type NumberFormatter, numberFormatter } from "./numbers.js";
import { toCyrillic } from "./translit.js";

const DAY_MS = 86_400_000;
/** Every real zone changes its offset on a quarter hour, so the offset is constant within one. */
const BUCKET_MS = 900_000;

const wallClocks = new Map<string, Intl.DateTimeFormat>();
/** Per zone: the UTC offset (ms) of each quarter hour looked up so far. */
const offsets = new Map<string, Map<number, number>>();

/** The zone's offset from UTC (ms) at the instant `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const bucket = Math.floor(ms / BUCKET_MS);
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  let offset = zone.get(bucket);
  if (offset === undefined) {
    offset = lookUpOffset(bucket * BUCKET_MS, timeZone);
    if (zone.size > 10_000) zone.clear();
    zone.set(bucket, offset);
  }
  return offset;
}

/** The offset at `instant`, through Intl (slow: offsetAt keeps the answers). */
function lookUpOffset(instant: number, timeZone: string): number {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallClocks.set(timeZone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(new Date(instant))) part[type] = Number(value);
  const wall = Date.UTC(part.year ?? 1970, (part.month ?? 1) - 1, part.day ?? 1, part.hour ?? 0, part.minute ?? 0, part.second ?? 0);
  return wall - instant;
}

/** The wall-clock time of `date` in `timeZone`, as milliseconds since the epoch in UTC terms. */
function wallTime(date: Date, timeZone: string): number {
  const ms = date.getTime();
  return ms + offsetAt(ms, timeZone);
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of the day `date` falls on in `timeZone`: the key of per-day counts. */
export function calendarDate(date: Date | number, timeZone: string): string {
  return new Date(wallTime(typeof date === "number" ? new Date(date) : date, timeZone)).toISOString().slice(0, 10);
}

/** The instant day `YYYY-MM-DD` begins in `timeZone` (the reverse of calendarDate; undefined for a day that does not exist). */
export function dayStart(day: string, timeZone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const midnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(midnight) || new Date(midnight).toISOString().slice(0, 10) !== day) return undefined;
  // The offset at the guessed instant, then once more at the corrected one (a change of offset that day).
  const guess = midnight - offsetAt(midnight, timeZone);
  return new Date(midnight - offsetAt(guess, timeZone));
}

/** "01:39" — 24-hour clock in every locale. */
export function formatTime(date: Date, _locale: Locale, timeZone: string): string {
  return clockOf(wallTime(date, timeZone));
}

/** The hours and minutes of a wall time. */
function clockOf(wall: number): string {
  const minutes = Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Dates as formatted, by format and wall day: a page shows dozens, and Intl takes microseconds for each. */
const formattedDays = new Map<string, string>();

/**
 * "26 November 2026" style, localised; `withYear` false leaves the year out. Uzbek Cyrillic is the
 * Latin date transliterated: one style in both scripts ("3-dekabr, 2026", "3-декабрь, 2026"),
 * and the months as Cyrillic Uzbek writes them (ICU's uz-Cyrl has "3 декабр, 2026").
 */
export function formatDate(date: Date, locale: Locale, timeZone: string, withYear = true): string {
  const key = `${locale}|${timeZone}|${withYear}`;
  const dayKey = `${key}|${Math.floor(wallTime(date, timeZone) / DAY_MS)}`;
  let text = formattedDays.get(dayKey);
  if (text === undefined) {
    let format = dateFormats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(LOCALE_INFO[locale].tag, { timeZone, day: "numeric", month: "long", ...(withYear ? { year: "numeric" } : {}) });
      dateFormats.set(key, format);
    }
    text = locale === "oz" ? toCyrillic(formatDate(date, "uz", timeZone, withYear)) : format.format(date);
    if (formattedDays.size > 10_000) formattedDays.clear();
    formattedDays.set(dayKey, text);
  }
  return text;
}

/**
 * "Today, 01:39", "Yesterday, 23:37", "Tomorrow, 09:00", else "12 November, 18:05" (with the
 * year when it differs from `now`'s), in `timeZone` (the site's: TIME_ZONE, Asia/Tashkent by default).
 */
export function formatRelativeTime(date: Date, now: Date, locale: Locale, timeZone: string): string {
  const wall = wallTime(date, timeZone);
  const wallNow = wallTime(now, timeZone);
  const time = clockOf(wall);
  const days = Math.floor(wall / DAY_MS) - Math.floor(wallNow / DAY_MS);
  if (days === 0) return `${t(locale, "today")}, ${time}`;
  if (days === -1) return `${t(locale, "yesterday")}, ${time}`;
  if (days === 1) return `${t(locale, "tomorrow")}, ${time}`;
  const withYear = new Date(wall).getUTCFullYear() !== new Date(wallNow).getUTCFullYear();
  return `${formatDate(date, locale, timeZone, withYear)}, ${time}`;
}

const numberFormats = new Map<Locale, NumberFormatter>();
export function formatNumber(value: number, locale: Locale): string {
  // Whole numbers under a thousand have no separators in any of our locales (the test checks).
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  let format = numberFormats.get(locale);
  if (!format) {
    format = numberFormatter(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
