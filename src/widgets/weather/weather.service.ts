/**
 * Keeps the latest weather for the configured city in memory, refreshed in the background.
 * Pages call `current()` on every render, so it is synchronous and never touches the DB or the
 * network; the provider and the database may fail at any time and the last value stays.
 */
import type { Config } from "../../config.js";
import type { Db } from "../../db/database.js";
import { errorMessage, fetchCurrentWeather } from "./open-meteo.js";
import { BackgroundRefresh, type WidgetClock } from "../background-refresh.js";
import type { WeatherNow } from "./weather-now.js";
import { loadWeather, saveWeather } from "./weather.repository.js";

export type { WeatherNow } from "./weather-now.js";

export interface WeatherLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** The service's sense of time; both default to the real clock. */
export type WeatherClock = WidgetClock;

export class WeatherService extends BackgroundRefresh {
  private latest: WeatherNow | undefined;

  constructor(
    private readonly db: Db,
    private readonly config: Config["weather"],
    private readonly log: WeatherLog,
    clock: WeatherClock = {},
  ) {
    super(config.refreshMs, clock);
  }

  current(): WeatherNow | undefined {
    return this.latest;
  }

  protected async loadStored(): Promise<number | undefined> {
    try {
      const stored = await loadWeather(this.db, this.config.city);
      if (!stored) return undefined;
      this.latest = stored.weather;
      return Date.parse(stored.fetchedAt);
    } catch (error) {
      this.log.warn({ city: this.config.city, err: errorMessage(error) }, "weather: could not load the stored observation");
      return undefined;
    }
  }

  protected async fetchAndStore(): Promise<boolean> {
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
