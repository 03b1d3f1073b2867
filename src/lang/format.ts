/**
 * Dates, relative times and numbers in the page's locale and the site's time zone, through Intl.
 * Formatters are built once per locale and zone: constructing Intl objects is the slow part.
 */
import { LOCALE_INFO, type Locale } from "./locales.js";
import { t } from "./messages.js";

export const DEFAULT_TIME_ZONE = "Asia/Tashkent";

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(tag: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

/** Days since 1970-01-01 of the calendar date that `date` falls on in `timeZone`. */
function calendarDay(date: Date, timeZone: string): number {
  const parts = dateTimeFormat("en-CA", timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
  return Math.round(Date.parse(`${parts}T00:00:00Z`) / 86_400_000);
}

function yearOf(date: Date, timeZone: string): string {
  return dateTimeFormat("en-CA", timeZone, { year: "numeric" }).format(date);
}

/** "01:39" — 24-hour clock in every locale. */
export function formatTime(date: Date, locale: Locale, timeZone = DEFAULT_TIME_ZONE): string {
  return dateTimeFormat(LOCALE_INFO[locale].tag, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

/** "26 November 2026" style, localised; the year only when it is not the current one (or always). */
export function formatDate(date: Date, locale: Locale, timeZone = DEFAULT_TIME_ZONE, withYear = true): string {
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "long" };
  if (withYear) options.year = "numeric";
  return dateTimeFormat(LOCALE_INFO[locale].tag, timeZone, options).format(date);
}

/**
 * "Today, 01:39", "Yesterday, 23:37", "Tomorrow, 09:00", else "12 November, 18:05" (with the
 * year when it differs from `now`'s), in `timeZone` (Asia/Tashkent by default).
 */
export function formatRelativeTime(date: Date, now: Date, locale: Locale, timeZone = DEFAULT_TIME_ZONE): string {
  const time = formatTime(date, locale, timeZone);
  const days = calendarDay(date, timeZone) - calendarDay(now, timeZone);
  if (days === 0) return `${t(locale, "today")}, ${time}`;
  if (days === -1) return `${t(locale, "yesterday")}, ${time}`;
  if (days === 1) return `${t(locale, "tomorrow")}, ${time}`;
  const withYear = yearOf(date, timeZone) !== yearOf(now, timeZone);
  return `${formatDate(date, locale, timeZone, withYear)}, ${time}`;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_INFO[locale].tag);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
