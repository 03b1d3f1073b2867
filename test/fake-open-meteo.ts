/**
 * A local stand-in for the Open-Meteo forecast API (`current=` requests only), for unit and e2e
 * tests: set the values it reports, make it fail, hang or talk nonsense, and count the requests.
 * Point WEATHER_API_URL (config.weather.apiUrl) at `fake.apiUrl` after `start()`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { WeatherNow } from "../src/widgets/weather/weather-now.js";

export interface FakeCurrent {
  /** "2026-11-25T20:30": GMT, minute precision, as Open-Meteo sends with timezone=GMT. */
  time: string;
  temperature_2m: number;
  weather_code: number;
  wind_speed_10m: number;
  wind_direction_10m: number;
}

/**
 * The observation the client must read from the fake's answer until a test changes it, for the
 * city "tashkent": written out rather than derived, so a test compares against the expected reading.
 */
export const DEFAULT_OBSERVATION: Readonly<WeatherNow> = {
  city: "tashkent",
  observedAt: "2026-11-25T20:30:00.000Z",
  temperature: 1.4,
  weatherCode: 3,
  windSpeed: 2.6,
  windDirection: 45,
};

/** ok: real answer; error: HTTP 500; hang: never answer; malformed: broken JSON; partial: valid JSON missing fields. */
export type FakeMode = "ok" | "error" | "hang" | "malformed" | "partial";

const UNITS: Record<string, string> = {
  time: "iso8601",
  interval: "seconds",
  temperature_2m: "°C",
  weather_code: "wmo code",
  wind_speed_10m: "m/s",
  wind_direction_10m: "°",
};

export class FakeOpenMeteo {
  current: FakeCurrent = {
    time: "2026-11-25T20:30",
    temperature_2m: 1.4,
    weather_code: 3,
    wind_speed_10m: 2.6,
    wind_direction_10m: 45,
  };
  mode: FakeMode = "ok";
  /** Requests received on /v1/forecast, answered or not. */
  requests = 0;
  lastUrl: URL | undefined;
  private readonly server = createServer((req, res) => this.handle(req, res));
  private held: { res: ServerResponse; url: URL }[] = [];
  private holding = false;
  private base = "";

  /** Listens on 127.0.0.1 at a free port; resolves to the base URL ("http://127.0.0.1:PORT"). */
  async start(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
    return this.base;
  }

  /** The forecast endpoint, the value for config.weather.apiUrl. */
  get apiUrl(): string {
    return `${this.base}/v1/forecast`;
  }

  setCurrent(values: Partial<FakeCurrent>): void {
    this.current = { ...this.current, ...values };
    this.mode = "ok";
  }

  /** Park requests until release(): lets a test see what happens while a fetch is in flight. */
  hold(): void {
    this.holding = true;
  }

  /** Answer the parked requests with whatever the mode and values are now. */
  release(): void {
    this.holding = false;
    const parked = this.held;
    this.held = [];
    for (const { res, url } of parked) this.answer(res, url);
  }

  async close(): Promise<void> {
    this.held = [];
    // Hanging requests would keep close() waiting forever.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/v1/forecast") return this.json(res, 404, { error: true, reason: "Not Found" });
    this.requests += 1;
    this.lastUrl = url;
    const problem = this.badRequest(url);
    if (problem) return this.json(res, 400, { error: true, reason: problem });
    if (this.holding) {
      this.held.push({ res, url });
      return;
    }
    this.answer(res, url);
  }

  /** The checks Open-Meteo makes that our client could get wrong. */
  private badRequest(url: URL): string | undefined {
    for (const name of ["latitude", "longitude"]) {
      const value = Number(url.searchParams.get(name) ?? "x");
      if (!Number.isFinite(value)) return `Parameter '${name}' is missing or invalid`;
    }
    const unknown = (url.searchParams.get("current") ?? "").split(",").filter((v) => v && !(v in this.current));
    if (unknown.length > 0) return `Cannot initialize WeatherVariable from invalid String value ${unknown[0]}`;
    return undefined;
  }

  private answer(res: ServerResponse, url: URL): void {
    switch (this.mode) {
      case "hang":
        return;
      case "error":
        return this.json(res, 500, { error: true, reason: "Internal Server Error" });
      case "malformed":
        res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
        res.end('{"current": {"time": "2026-11-25T20:30", "temperature_2m": ');
        return;
      case "partial": {
        const { time, temperature_2m } = this.current;
        return this.json(res, 200, { ...this.envelope(url), current: { time, interval: 900, temperature_2m } });
      }
      case "ok": {
        const asked = (url.searchParams.get("current") ?? "").split(",").filter(Boolean);
        const current: Record<string, string | number> = { time: this.current.time, interval: 900 };
        const units: Record<string, string> = { time: UNITS.time ?? "", interval: UNITS.interval ?? "" };
        for (const name of asked) {
          current[name] = this.current[name as keyof FakeCurrent];
          units[name] = UNITS[name] ?? "";
        }
        return this.json(res, 200, { ...this.envelope(url), current_units: units, current });
      }
    }
  }

  private envelope(url: URL): Record<string, string | number> {
    return {
      latitude: Number(url.searchParams.get("latitude")),
      longitude: Number(url.searchParams.get("longitude")),
      generationtime_ms: 0.03,
      utc_offset_seconds: 0,
      timezone: "GMT",
      timezone_abbreviation: "GMT",
      elevation: 455,
    };
  }

  private json(res: ServerResponse, status: number, body: object): void {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(body));
  }
}
