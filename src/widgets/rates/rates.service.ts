/**
 * Keeps the CBU's rates in memory, refreshed in the background, with the history the chart
 * needs. Pages call `current()` on every render: synchronous, never the network or the
 * database. The CBU and the database may fail at any time; the last rates (and their day) stay.
 * On the first run (or after a long outage) the missing days of the history window are fetched
 * one by one from the CBU's archive (`…/json/all/YYYY-MM-DD/`).
 */
import type { Db } from "../../db/database.js";
import { calendarDate } from "../../lang/format.js";
import { BackgroundRefresh, type WidgetClock } from "../background-refresh.js";
import { type CbuConfig, errorMessage, fetchRates } from "./cbu.js";
import { type Rate, perUnit } from "./rate.js";
import { lastFetchedAt, loadLatestRates, loadRatesSince, saveRates } from "./rates.repository.js";

export interface RatesConfig extends CbuConfig {
  refreshMs: number;
  /** The strip's currencies, in order. */
  currencies: readonly string[];
  /** Days of history the chart spans (and the first run fetches). */
  historyDays: number;
  /** The site's time zone: what "today" is. */
  timeZone: string;
}

export interface RatesLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export type RatesClock = WidgetClock;

export interface RatePoint {
  day: string;
  /** Sum for one unit. */
  value: number;
}

/** What pages show: the latest rate of every currency, and each one's history in the window. */
export interface RatesSnapshot {
  /** The newest day among the latest rates. */
  day: string;
  /** Configured currencies first (in their order), then the rest by code. */
  latest: Rate[];
  history: ReadonlyMap<string, RatePoint[]>;
}

const DAY_MS = 86_400_000;
/** The share of the window's days that must be stored for the history to count as there (weekends have no rows). */
const HISTORY_PRESENT = 0.6;

export class RatesService extends BackgroundRefresh {
  private snapshot: RatesSnapshot | undefined;
  private rows = new Map<string, Rate>();
  /** Archive days asked in this process and answered (or not) already: not asked again. */
  private readonly asked = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly config: RatesConfig,
    private readonly log: RatesLog,
    clock: RatesClock = {},
    /** Told when the rates pages show changed (new day, corrected values). */
    private readonly onChange: () => void = () => undefined,
  ) {
    super(config.refreshMs, clock);
  }

  protected async loadStored(): Promise<number | undefined> {
    try {
      const [latest, recent, at] = await Promise.all([loadLatestRates(this.db), loadRatesSince(this.db, this.windowStart()), lastFetchedAt(this.db)]);
      for (const rate of [...recent, ...latest]) this.rows.set(key(rate), rate);
      this.rebuild();
      return at ? Date.parse(at) : undefined;
    } catch (error) {
      this.log.warn({ err: errorMessage(error) }, "rates: could not load the stored rates");
      return undefined;
    }
  }

  /** A history with gaps is filled at once, however fresh the latest rates. */
  protected override dueAtStart(): boolean {
    return !this.historyPresent();
  }

  current(): RatesSnapshot | undefined {
    return this.snapshot;
  }

  private today(): string {
    return calendarDate(this.now(), this.config.timeZone);
  }

  private windowDays(): string[] {
    const now = this.now().getTime();
    return Array.from({ length: this.config.historyDays }, (_, i) => calendarDate(now - i * DAY_MS, this.config.timeZone));
  }

  private windowStart(): string {
    return this.windowDays().at(-1) ?? this.today();
  }

  private storedDays(): Set<string> {
    return new Set([...this.rows.values()].map((r) => r.day));
  }

  private historyPresent(): boolean {
    const stored = this.storedDays();
    return this.windowDays().filter((d) => stored.has(d)).length >= Math.ceil(this.config.historyDays * HISTORY_PRESENT);
  }

  /** Fetches the latest rates (and missing history), stores and serves them; false on any failure. */
  protected async fetchAndStore(): Promise<boolean> {
    const signal = this.abort.signal;
    let latest: Rate[];
    try {
      latest = await fetchRates(this.config, { signal });
    } catch (error) {
      if (!signal.aborted) this.log.warn({ err: errorMessage(error) }, "rates refresh failed, keeping the last rates");
      return false;
    }
    if (signal.aborted) return false;
    const before = this.signature();
    // Memory first: a database hiccup should not hide good rates from the pages.
    for (const rate of latest) this.rows.set(key(rate), rate);
    const fetched = [...latest];
    if (!this.historyPresent()) {
      const past = await this.backfill(signal);
      for (const rate of past) this.rows.set(key(rate), rate);
      fetched.push(...past);
    }
    this.rebuild();
    if (signal.aborted) return false;
    const stored = await this.store(fetched);
    if (this.signature() !== before) this.onChange();
    return stored;
  }

  /** The window's days not stored yet, from the CBU's archive, one request at a time; failures are logged and skipped. */
  private async backfill(signal: AbortSignal): Promise<Rate[]> {
    const stored = this.storedDays();
    const got: Rate[] = [];
    let failures = 0;
    for (const day of this.windowDays()) {
      if (stored.has(day) || this.asked.has(day) || signal.aborted) continue;
      try {
        const rates = await fetchRates(this.config, { day, signal });
        this.asked.add(day);
        got.push(...rates);
        for (const rate of rates) stored.add(rate.day);
      } catch (error) {
        if (signal.aborted) break;
        failures += 1;
        this.log.warn({ day, err: errorMessage(error) }, "rates: a past day could not be fetched");
        // The archive is down: the next refresh tries again.
        if (failures >= 3) break;
      }
    }
    if (got.length) this.log.info({ rows: got.length }, "rates: history fetched");
    return got;
  }

  private async store(rates: Rate[]): Promise<boolean> {
    try {
      await saveRates(this.db, rates, this.now().toISOString());
    } catch (error) {
      this.log.warn({ err: errorMessage(error) }, "rates fetched but not stored; serving them from memory");
      return false;
    }
    this.log.info({ day: this.snapshot?.day, currencies: this.snapshot?.latest.length }, "rates refreshed");
    return true;
  }

  private signature(): string {
    const s = this.snapshot;
    return s ? `${s.day}|${s.latest.map((r) => `${r.ccy}:${r.day}:${r.rate}:${r.diff}:${r.nominal}`).join(",")}` : "";
  }

  /** The snapshot pages read, from the rows in memory (the window's days, and each currency's latest). */
  private rebuild(): void {
    const start = this.windowStart();
    const latest = new Map<string, Rate>();
    const history = new Map<string, RatePoint[]>();
    const sorted = [...this.rows.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    for (const rate of sorted) {
      latest.set(rate.ccy, rate);
      if (rate.day < start) continue;
      const points = history.get(rate.ccy) ?? [];
      points.push({ day: rate.day, value: perUnit(rate) });
      history.set(rate.ccy, points);
    }
    // Rows older than the window are kept only as a currency's latest.
    for (const [k, rate] of this.rows) if (rate.day < start && latest.get(rate.ccy) !== rate) this.rows.delete(k);
    if (latest.size === 0) return;
    const order = this.config.currencies;
    const rank = (ccy: string) => (order.includes(ccy) ? order.indexOf(ccy) : order.length);
    const list = [...latest.values()].sort((a, b) => rank(a.ccy) - rank(b.ccy) || a.ccy.localeCompare(b.ccy));
    const day = list.reduce((max, r) => (r.day > max ? r.day : max), "");
    this.snapshot = { day, latest: list, history };
  }
}

function key(rate: Rate): string {
  return `${rate.ccy}|${rate.day}`;
}
