/**
 * Numbers as the site writes them, on the server and in the browser alike. Node has ICU's data
 * for every locale; a browser may not (Debian's Chromium knows no Uzbek and formats "uz-Latn"
 * as English: "1,316" beside the server's "1 316"). Where the runtime writes a locale as English, its
 * separators are put in by hand: Uzbek in both scripts and Russian group digits with a no-break
 * space and write a decimal comma, as ICU's data says.
 */
import { LOCALE_INFO, type Locale } from "./locales.js";

export interface NumberFormatter {
  format(value: number): string;
}

/**
 * True when this runtime's Intl writes numbers in `tag` other than in English. Chromium without
 * Uzbek data still resolves "uz-Latn" as supported and then writes "1,000.5".
 */
export function hasNumberData(tag: string): boolean {
  return new Intl.NumberFormat(tag).format(1000.5) !== "1,000.5";
}

const SWAP: Record<string, string> = { ",": "\u00a0", ".": "," };

export function numberFormatter(locale: Locale, options: Intl.NumberFormatOptions = {}, hasData: (tag: string) => boolean = hasNumberData): NumberFormatter {
  const { tag } = LOCALE_INFO[locale];
  if (locale === "en" || hasData(tag)) return new Intl.NumberFormat(tag, options);
  const english = new Intl.NumberFormat("en-US", options);
  return { format: (value) => english.format(value).replace(/[,.]/g, (separator) => SWAP[separator] ?? separator) };
}
