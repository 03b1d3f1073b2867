/**
 * Keeps the latest weather for the configured city in memory, refreshed in the background.
 * Pages call `current()` on every render, so it is synchronous and never touches the DB or the
 * network; the provider and the database may fail at any time and the last value stays.
 */
import type { Config } from "../../config.js";
import type { Db } from "../../db/database.js";
import { errorMessage, fetchCurrentWeather } from "./open-meteo.js";
import { MAX_TIMEOUT_MS, type Timer, type Timers, realTimers } from "./timers.js";
import type { WeatherNow } from "./weather-now.js";
import { loadWeather, saveWeather } from "./weather.repository.js";

export type { WeatherNow } from "./weather-now.js";

export interface WeatherLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** The service's sense of time; both default to the real clock. */
export interface WeatherClock {
  /** Stamps stored observations and ages the stored one on start(). */
  now?: () => Date;
  /** Schedules the background refreshes. */
  timers?: Timers;
}

export class WeatherService {
  private latest: WeatherNow | undefined;
  private timer: Timer | undefined;
  private inFlight: Promise<boolean> | undefined;
  /** Cancels the request in flight on stop(), so a shutdown does not wait for (or write after) it. */
  private abort = new AbortController();
  private stopped = false;
  private readonly now: () => Date;
  private readonly timers: Timers;

  constructor(
    private readonly db: Db,
    private readonly config: Config["weather"],
    private readonly log: WeatherLog,
    clock: WeatherClock = {},
  ) {
    this.now = clock.now ?? (() => new Date());
    this.timers = clock.timers ?? realTimers;
  }

  /** Loads the stored observation and schedules refreshes. Never throws, never waits for the network. */
  async start(): Promise<void> {
    this.stop();
    this.stopped = false;
    this.abort = new AbortController();
    let fetchedAt: number | undefined;
    try {
      const stored = await loadWeather(this.db, this.config.city);
      if (stored) {
        this.latest = stored.weather;
        fetchedAt = Date.parse(stored.fetchedAt);
      }
    } catch (error) {
      this.log.warn({ city: this.config.city, err: errorMessage(error) }, "weather: could not load the stored observation");
    }
    const age = fetchedAt === undefined || Number.isNaN(fetchedAt) ? Infinity : this.now().getTime() - fetchedAt;
    // A fresh stored value waits out the rest of its interval, so restarts do not hammer the API.
    // A clock that went backwards (negative age) counts as fresh.
    this.schedule(age >= this.config.refreshMs ? 0 : Math.min(this.config.refreshMs, this.config.refreshMs - age));
  }

  /** Fetches, stores and serves a new observation; false (and a warning) on any failure. */
  refresh(): Promise<boolean> {
    // Callers arriving during a fetch share it: never two requests at once.
    this.inFlight ??= this.fetchAndStore().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  current(): WeatherNow | undefined {
    return this.latest;
  }

  /** Clears the timers and cancels a request in flight; refresh() answers false until start() again. */
  stop(): void {
    this.stopped = true;
    this.timer?.cancel();
    this.timer = undefined;
    this.abort.abort();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    // setTimeout fires at once beyond 2^31-1 ms; a refresh every ~24 days at least is harmless.
    delayMs = Math.min(delayMs, MAX_TIMEOUT_MS);
    // A chain of timeouts rather than setInterval: the next one is set only after a refresh ends.
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.refresh().finally(() => this.schedule(this.config.refreshMs));
    }, delayMs);
  }

  private async fetchAndStore(): Promise<boolean> {
    const signal = this.abort.signal;
    const city = this.config.city;
    try {
      const weather = await fetchCurrentWeather(this.config, signal);
      if (signal.aborted) return false;
      // Memory first: a database hiccup should not hide a good observation from the pages.
      this.latest = weather;
      return await this.store(weather);
    } catch (error) {
      // Being stopped mid-request is a shutdown, not a provider failure.
      if (signal.aborted) return false;
      this.log.warn({ city, err: errorMessage(error) }, "weather refresh failed, keeping the last observation");
      return false;
    }
  }

  private async store(weather: WeatherNow): Promise<boolean> {
    const city = weather.city;
    try {
      await saveWeather(this.db, { weather, fetchedAt: this.now().toISOString() });
    } catch (error) {
      this.log.warn({ city, err: errorMessage(error) }, "weather fetched but not stored; serving it from memory");
      return false;
    }
    this.log.info({ city, observedAt: weather.observedAt, temperature: weather.temperature }, "weather refreshed");
    return true;
  }
}
