/** The rates widget's one value: a currency's CBU rate on a day, with its names in the CBU's four languages. */
import type { Locale } from "../../lang/locales.js";

export interface Rate {
  /** ISO 4217 letters: "USD". */
  ccy: string;
  /** ISO 4217 number: "840". */
  code: string;
  /** YYYY-MM-DD: the day the CBU set this rate for. */
  day: string;
  /** How many units `rate` is for: 1, 10, 100. */
  nominal: number;
  /** Sum for `nominal` units, the CBU's decimal string ("12176.46"). */
  rate: string;
  /** The change from the previous rate, the CBU's signed decimal string ("-20.14"). */
  diff: string;
  /** The currency's name per locale (CcyNm_UZ, CcyNm_UZC, CcyNm_RU, CcyNm_EN). */
  names: Record<Locale, string>;
}

/** Sum for one unit. */
export function perUnit(rate: Pick<Rate, "rate" | "nominal">): number {
  return Number(rate.rate) / rate.nominal;
}

/** The day's change for one unit. */
export function diffPerUnit(rate: Pick<Rate, "diff" | "nominal">): number {
  return Number(rate.diff) / rate.nominal;
}
