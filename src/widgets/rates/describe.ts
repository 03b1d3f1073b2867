/** The rates widget's numbers in the page's language: Intl in the locale's own conventions. */
import { LOCALE_INFO, type Locale } from "../../lang/locales.js";
import { t } from "../../lang/messages.js";

const MINUS = "\u2212";
const formats = new Map<Locale, Intl.NumberFormat>();

/** "12 176,46" (uz, ru), "12,176.46" (en): always two decimals. */
export function formatSum(value: number, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_INFO[locale].tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formats.set(locale, format);
  }
  return format.format(value);
}

export type Direction = "up" | "down" | "same";

export interface ChangeDescription {
  direction: Direction;
  /** ▲, ▼ or nothing: never the only sign (the text carries + or −). */
  arrow: string;
  /** "+12,30", "−20,14", "0,00". */
  text: string;
  /** "down 20.14", for screen readers and titles. */
  label: string;
}

export function describeChange(change: number, locale: Locale): ChangeDescription {
  // Rounded as shown: a change that prints as 0,00 is no change.
  const shown = Math.round(change * 100) / 100;
  const digits = formatSum(Math.abs(shown), locale);
  if (shown > 0) return { direction: "up", arrow: "▲", text: `+${digits}`, label: t(locale, "ratesUp", { amount: digits }) };
  if (shown < 0) return { direction: "down", arrow: "▼", text: `${MINUS}${digits}`, label: t(locale, "ratesDown", { amount: digits }) };
  return { direction: "same", arrow: "", text: digits, label: t(locale, "ratesSame") };
}
