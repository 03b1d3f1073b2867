/**
 * The exchange rates as pages show them: the strip's line and the rates page's view, built from
 * the rates service's in-memory snapshot (never the network, never the database). Each locale's
 * strip is made once per snapshot: a new snapshot (new rates) is a new memo.
 */
import { formatDate } from "../lang/format.js";
import type { Locale } from "../lang/locales.js";
import { t } from "../lang/messages.js";
import { type RatesSnapshot, describeChange, diffPerUnit, formatSum, perUnit } from "../widgets/rates/index.js";
import { ratesUrl } from "./urls.js";
import type { RatesChart, RatesStrip, RatesView } from "./view-models.js";

export interface RatesSource {
  current(): RatesSnapshot | undefined;
  /** The strip's currencies, in order. */
  currencies: readonly string[];
  /** The chart's span in days. */
  historyDays: number;
}

/** "1 December 2026" for a YYYY-MM-DD day, whatever the site's zone (a day is a day). */
export function formatDay(day: string, locale: Locale): string {
  return formatDate(new Date(`${day}T12:00:00Z`), locale, "UTC");
}

export class RatesPresenter {
  private memo: { snapshot: RatesSnapshot; strips: Map<Locale, RatesStrip | undefined> } | undefined;

  constructor(private readonly source: RatesSource) {}

  get historyDays(): number {
    return this.source.historyDays;
  }

  strip(locale: Locale): RatesStrip | undefined {
    const snapshot = this.source.current();
    if (!snapshot) return undefined;
    if (this.memo?.snapshot !== snapshot) this.memo = { snapshot, strips: new Map() };
    const strips = this.memo.strips;
    if (!strips.has(locale)) strips.set(locale, this.makeStrip(snapshot, locale));
    return strips.get(locale);
  }

  private makeStrip(snapshot: RatesSnapshot, locale: Locale): RatesStrip | undefined {
    const items = this.source.currencies.flatMap((ccy) => {
      const rate = snapshot.latest.find((r) => r.ccy === ccy);
      return rate ? [{ ccy, name: rate.names[locale], value: formatSum(perUnit(rate), locale), change: describeChange(diffPerUnit(rate), locale) }] : [];
    });
    if (items.length === 0) return undefined;
    const date = formatDate(new Date(`${snapshot.day}T12:00:00Z`), locale, "UTC", false);
    return { href: ratesUrl(locale), label: t(locale, "ratesStrip", { date: formatDay(snapshot.day, locale) }), date, items };
  }

  /** The currency the chart shows by default: the strip's first that has rates. */
  defaultCurrency(): string | undefined {
    const snapshot = this.source.current();
    return this.source.currencies.find((c) => snapshot?.latest.some((r) => r.ccy === c)) ?? snapshot?.latest[0]?.ccy;
  }

  /** Whether `ccy` is a currency the page can show. */
  has(ccy: string): boolean {
    return this.source.current()?.latest.some((r) => r.ccy === ccy) ?? false;
  }

  /** The rates page's view with `ccy`'s chart (the default currency when not given). */
  page(locale: Locale, ccy: string | undefined): RatesView {
    const snapshot = this.source.current();
    const selected = ccy ?? this.defaultCurrency();
    if (!snapshot || !selected) return { date: undefined, rows: [], chart: undefined, converter: undefined };
    const rows = snapshot.latest.map((rate) => ({
      ccy: rate.ccy,
      code: rate.code,
      name: rate.names[locale],
      nominal: rate.nominal,
      value: formatSum(perUnit(rate), locale),
      change: describeChange(diffPerUnit(rate), locale),
      chartHref: ratesUrl(locale, rate.ccy === this.defaultCurrency() ? undefined : rate.ccy),
      selected: rate.ccy === selected,
    }));
    const converter = { rates: Object.fromEntries(snapshot.latest.map((r) => [r.ccy, perUnit(r)])), selected };
    return { date: formatDay(snapshot.day, locale), rows, chart: this.chart(snapshot, locale, selected), converter };
  }

  private chart(snapshot: RatesSnapshot, locale: Locale, ccy: string): RatesChart | undefined {
    const points = snapshot.history.get(ccy) ?? [];
    const first = points[0];
    const last = points.at(-1);
    if (!first || !last || points.length < 2) return undefined;
    const values = points.map((p) => p.value);
    const axis = {
      from: formatDay(first.day, locale),
      to: formatDay(last.day, locale),
      min: formatSum(Math.min(...values), locale),
      max: formatSum(Math.max(...values), locale),
    };
    const name = snapshot.latest.find((r) => r.ccy === ccy)?.names[locale] ?? ccy;
    return {
      ccy,
      title: t(locale, "ratesChartTitle", { currency: name, days: this.source.historyDays }),
      desc: t(locale, "ratesChartDesc", { ...axis, last: formatSum(last.value, locale) }),
      points,
      axis,
    };
  }
}
