import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeOpenMeteo } from "../../../test/fake-open-meteo.js";
import type { Config } from "../../config.js";
import { fetchCurrentWeather, WeatherProviderError } from "./open-meteo.js";

const fake = new FakeOpenMeteo();
let config: Config["weather"];

beforeAll(async () => {
  await fake.start();
  config = { apiUrl: fake.apiUrl, city: "tashkent", latitude: 41.2995, longitude: 69.2401, refreshMs: 60_000, timeoutMs: 2_000 };
});
afterAll(() => fake.close());
beforeEach(() => fake.release());

describe("fetchCurrentWeather", () => {
  it("asks for the current variables in m/s and GMT and reads the answer", async () => {
    fake.setCurrent({ time: "2026-11-25T20:30", temperature_2m: -2.6, weather_code: 71, wind_speed_10m: 4.1, wind_direction_10m: 300 });
    const weather = await fetchCurrentWeather(config);
    expect(weather).toEqual({
      city: "tashkent",
      observedAt: "2026-11-25T20:30:00.000Z",
      temperature: -2.6,
      weatherCode: 71,
      windSpeed: 4.1,
      windDirection: 300,
    });
    const query = fake.lastUrl?.searchParams;
    expect(query?.get("latitude")).toBe("41.2995");
    expect(query?.get("longitude")).toBe("69.2401");
    expect(query?.get("current")).toBe("temperature_2m,weather_code,wind_speed_10m,wind_direction_10m");
    expect(query?.get("wind_speed_unit")).toBe("ms");
    expect(query?.get("timezone")).toBe("GMT");
  });

  it.each(["error", "malformed", "partial"] as const)("turns a %s answer into a WeatherProviderError", async (mode) => {
    fake.mode = mode;
    await expect(fetchCurrentWeather(config)).rejects.toBeInstanceOf(WeatherProviderError);
  });

  it("rejects values outside what Open-Meteo can send", async () => {
    fake.setCurrent({ weather_code: 3.5 });
    await expect(fetchCurrentWeather(config)).rejects.toThrow(/weather_code/);
    fake.setCurrent({ weather_code: 3, time: "yesterday" });
    await expect(fetchCurrentWeather(config)).rejects.toThrow(/time/);
    fake.setCurrent({ time: "2026-11-25T20:30" });
  });

  it("gives up after the configured timeout", async () => {
    fake.mode = "hang";
    await expect(fetchCurrentWeather({ ...config, timeoutMs: 150 })).rejects.toThrow(/timed out after 150 ms/);
  });

  it("reports Open-Meteo's reason for a bad request", async () => {
    fake.mode = "ok";
    await expect(fetchCurrentWeather({ ...config, latitude: Number.NaN })).rejects.toThrow(/HTTP 400.*latitude/);
  });

  it("reports an unreachable server", async () => {
    const gone = new FakeOpenMeteo();
    await gone.start();
    const apiUrl = gone.apiUrl;
    await gone.close();
    await expect(fetchCurrentWeather({ ...config, apiUrl })).rejects.toThrow(/request failed/);
  });
});
