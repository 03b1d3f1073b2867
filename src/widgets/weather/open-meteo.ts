/**
 * The Open-Meteo forecast API, `current=` variables only. Everything that comes back is
 * validated: a wrong, partial or slow answer becomes a `WeatherProviderError`, never a crash.
 */
import * as z from "zod";
import type { Config } from "../../config.js";
import type { WeatherNow } from "./weather-now.js";

export class WeatherProviderError extends Error {
  override readonly name = "WeatherProviderError";
}

/** The variables we ask for; the fake server in test/ answers the same names. */
export const CURRENT_VARIABLES = ["temperature_2m", "weather_code", "wind_speed_10m", "wind_direction_10m"] as const;

// With timezone=GMT and the default timeformat, times are "2026-11-25T20:30" (UTC, no zone suffix).
const gmtMinute = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

const responseSchema = z.object({
  current: z.object({
    time: z.string().regex(gmtMinute),
    temperature_2m: z.number().min(-100).max(100),
    weather_code: z.number().int().min(0).max(99),
    wind_speed_10m: z.number().min(0).max(200),
    wind_direction_10m: z.number().min(0).max(360),
  }),
});

export function currentWeatherUrl(config: Config["weather"]): string {
  const url = new URL(config.apiUrl);
  url.searchParams.set("latitude", String(config.latitude));
  url.searchParams.set("longitude", String(config.longitude));
  url.searchParams.set("current", CURRENT_VARIABLES.join(","));
  url.searchParams.set("wind_speed_unit", "ms");
  url.searchParams.set("timezone", "GMT");
  return url.toString();
}

/**
 * One request for the current weather. `signal` lets the caller cancel (on shutdown); the
 * configured timeout applies to the whole exchange, body included.
 */
export async function fetchCurrentWeather(config: Config["weather"], signal?: AbortSignal): Promise<WeatherNow> {
  const timeout = AbortSignal.timeout(config.timeoutMs);
  let body: unknown;
  try {
    const response = await fetch(currentWeatherUrl(config), {
      signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
      headers: { accept: "application/json" },
    });
    if (!response.ok) {
      // Open-Meteo explains 4xx answers in {"error":true,"reason":"…"}; keep it for the log.
      const text = await response.text().catch(() => "");
      throw new WeatherProviderError(`Open-Meteo answered HTTP ${response.status}: ${text.slice(0, 200)}`);
    }
    body = await response.json();
  } catch (error) {
    if (error instanceof WeatherProviderError) throw error;
    const reason = timeout.aborted ? `timed out after ${config.timeoutMs} ms` : errorMessage(error);
    throw new WeatherProviderError(`Open-Meteo request failed: ${reason}`, { cause: error });
  }
  const parsed = responseSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new WeatherProviderError(`unexpected Open-Meteo response: ${issues}`);
  }
  const current = parsed.data.current;
  const observedAt = new Date(`${current.time}Z`);
  if (Number.isNaN(observedAt.getTime())) throw new WeatherProviderError(`bad observation time ${current.time}`);
  return {
    city: config.city,
    observedAt: observedAt.toISOString(),
    temperature: current.temperature_2m,
    weatherCode: current.weather_code,
    windSpeed: current.wind_speed_10m,
    windDirection: current.wind_direction_10m,
  };
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    // undici hides the real reason (ECONNREFUSED, …) in `cause`.
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.message}${cause}`;
  }
  return String(error);
}
