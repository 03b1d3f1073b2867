/** SQL for `weather_observations`: one row per city, the latest observation wins. */
import type { Db } from "../../db/database.js";
import type { WeatherRow } from "../../db/schema.js";
import type { WeatherNow } from "./weather-now.js";

export interface StoredWeather {
  weather: WeatherNow;
  /** When we fetched it (ISO 8601 UTC): what decides staleness, since observedAt lags by up to the provider's interval. */
  fetchedAt: string;
}

function fromRow(row: WeatherRow): StoredWeather {
  return {
    weather: {
      city: row.city,
      observedAt: row.observed_at,
      temperature: row.temperature,
      weatherCode: row.weather_code,
      windSpeed: row.wind_speed,
      windDirection: row.wind_direction,
    },
    fetchedAt: row.fetched_at,
  };
}

export async function loadWeather(db: Db, city: string): Promise<StoredWeather | undefined> {
  const row = await db.selectFrom("weather_observations").selectAll().where("city", "=", city).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function saveWeather(db: Db, stored: StoredWeather): Promise<void> {
  const { weather, fetchedAt } = stored;
  const values = {
    observed_at: weather.observedAt,
    fetched_at: fetchedAt,
    temperature: weather.temperature,
    weather_code: weather.weatherCode,
    wind_speed: weather.windSpeed,
    wind_direction: weather.windDirection,
  };
  await db
    .insertInto("weather_observations")
    .values({ city: weather.city, ...values })
    .onConflict((oc) => oc.column("city").doUpdateSet(values))
    .execute();
}
