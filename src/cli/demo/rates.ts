/**
 * Demo exchange rates: a month of made-up daily rates for a handful of currencies, so that a new
 * install without internet shows the strip, the rates page and its chart. They are stored as if
 * fetched a day ago: the first refresh that reaches the CBU replaces each day it answers for.
 */
import type { Db } from "../../db/database.js";
import { calendarDate } from "../../lang/format.js";
import { saveRates } from "../../widgets/rates/rates.repository.js";
import type { Rate } from "../../widgets/rates/rate.js";
import { type Names, withCyrillic } from "./catalog.js";

interface DemoCurrency {
  ccy: string;
  code: string;
  nominal: number;
  /** Sum for `nominal` units today, in soʻm; earlier days wander around it. */
  around: number;
  names: Names;
}

const DEMO_CURRENCIES: readonly DemoCurrency[] = [
  { ccy: "USD", code: "840", nominal: 1, around: 12_050, names: { uz: "AQSH dollari", ru: "Доллар США", en: "US Dollar" } },
  { ccy: "EUR", code: "978", nominal: 1, around: 13_980, names: { uz: "Yevro", ru: "Евро", en: "Euro" } },
  { ccy: "RUB", code: "643", nominal: 1, around: 152.4, names: { uz: "Rossiya rubli", ru: "Российский рубль", en: "Russian Ruble" } },
  { ccy: "GBP", code: "826", nominal: 1, around: 16_210, names: { uz: "Angliya funt sterlingi", ru: "Фунт стерлингов", en: "Pound Sterling" } },
  { ccy: "KZT", code: "398", nominal: 1, around: 23.6, names: { uz: "Qozogʻiston tengesi", ru: "Казахстанский тенге", en: "Kazakhstan Tenge" } },
  { ccy: "CNY", code: "156", nominal: 1, around: 1_690, names: { uz: "Xitoy yuani", ru: "Китайский юань", en: "Yuan Renminbi" } },
];

/** `days` days of rates up to today (site time zone), each currency a gentle random walk; the same every time. */
export function demoRates(now: Date, timeZone: string, days: number): Rate[] {
  let state = 20261201;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return DEMO_CURRENCIES.flatMap((currency) => {
    // Walk back from today's rate, then list the days oldest first with each day's change.
    const sums = [currency.around];
    for (let i = 1; i < days; i++) sums.push((sums[i - 1] ?? currency.around) * (1 + (random() - 0.5) * 0.006));
    return sums
      .map((sum, back) => {
        const previous = sums[back + 1] ?? sum;
        return {
          ccy: currency.ccy,
          code: currency.code,
          day: calendarDate(now.getTime() - back * 86_400_000, timeZone),
          nominal: currency.nominal,
          rate: sum.toFixed(2),
          diff: (Number(sum.toFixed(2)) - Number(previous.toFixed(2))).toFixed(2),
          names: withCyrillic(currency.names),
        };
      })
      .reverse();
  });
}

export async function seedRates(db: Db, now: Date, timeZone: string, days: number): Promise<void> {
  await saveRates(db, demoRates(now, timeZone, days), new Date(now.getTime() - 24 * 3_600_000).toISOString());
}
