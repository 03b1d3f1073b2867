import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_OBSERVATION, FakeOpenMeteo } from "../../../test/fake-open-meteo.js";
import { ManualTimers } from "../../../test/manual-timers.js";
import type { Config } from "../../config.js";
import { type XabarDatabase, migrateToLatest, openSqlite } from "../../db/database.js";
import { loadWeather } from "./weather.repository.js";
import { MAX_TIMEOUT_MS } from "../timers.js";
import { WeatherService } from "./weather.service.js";

interface LogEntry {
  level: "info" | "warn";
  obj: object;
  msg: string | undefined;
}

const T0 = new Date("2026-11-25T20:40:00.000Z");
const MINUTE = 60_000;

let dir: string;
let file: string;
let fake: FakeOpenMeteo;
let handles: XabarDatabase[];
let services: WeatherService[];
let clock: Date;
/** The services' refresh timers: they fire only when a test advances them. */
let timers: ManualTimers;
let logs: LogEntry[];

const log = {
  info: (obj: object, msg?: string) => logs.push({ level: "info", obj, msg }),
  warn: (obj: object, msg?: string) => logs.push({ level: "warn", obj, msg }),
};
const warnings = () => logs.filter((l) => l.level === "warn");

async function openDb(): Promise<XabarDatabase> {
  const handle = openSqlite(file);
  await migrateToLatest(handle);
  handles.push(handle);
  return handle;
}

function service(handle: XabarDatabase, overrides: Partial<Config["weather"]> = {}): WeatherService {
  const config: Config["weather"] = {
    apiUrl: fake.apiUrl,
    city: "tashkent",
    latitude: 41.2995,
    longitude: 69.2401,
    refreshMs: 60 * MINUTE,
    timeoutMs: 2_000,
    ...overrides,
  };
  const created = new WeatherService(handle.db, config, log, { now: () => clock, timers });
  services.push(created);
  return created;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "xabar-weather-"));
  file = join(dir, "xabar.sqlite");
  fake = new FakeOpenMeteo();
  await fake.start();
  handles = [];
  services = [];
  clock = T0;
  timers = new ManualTimers();
  logs = [];
});

afterEach(async () => {
  for (const s of services) s.stop();
  await fake.close();
  for (const h of handles) await h.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe("WeatherService", () => {
  it("stores and serves a successful refresh", async () => {
    const handle = await openDb();
    const weather = service(handle);
    expect(weather.current()).toBeUndefined();
    expect(await weather.refresh()).toBe(true);
    expect(weather.current()).toEqual(DEFAULT_OBSERVATION);
    expect(await loadWeather(handle.db, "tashkent")).toEqual({ weather: DEFAULT_OBSERVATION, fetchedAt: T0.toISOString() });
    expect(logs).toEqual([expect.objectContaining({ level: "info", msg: "weather refreshed" })]);

    // A second refresh replaces the row rather than adding one.
    fake.setCurrent({ temperature_2m: -4.2, time: "2026-11-25T20:45" });
    clock = new Date(T0.getTime() + 15 * MINUTE);
    expect(await weather.refresh()).toBe(true);
    expect(weather.current()?.temperature).toBe(-4.2);
    const rows = await handle.db.selectFrom("weather_observations").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.fetched_at).toBe("2026-11-25T20:55:00.000Z");
  });

  it.each(["error", "malformed", "partial", "hang"] as const)("keeps the last value and warns when the provider answers %s", async (mode) => {
    const handle = await openDb();
    const weather = service(handle, { timeoutMs: 150 });
    expect(await weather.refresh()).toBe(true);
    const before = weather.current();

    fake.mode = mode;
    fake.current.temperature_2m = 30;
    expect(await weather.refresh()).toBe(false);
    expect(weather.current()).toEqual(before);
    expect((await loadWeather(handle.db, "tashkent"))?.weather).toEqual(before);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]?.obj).toMatchObject({ city: "tashkent", err: expect.any(String) as unknown });
  });

  it("loads the stored value on restart without touching the network", async () => {
    const first = service(await openDb());
    await first.refresh();
    first.stop();
    await handles[0]?.close();
    const requests = fake.requests;

    clock = new Date(T0.getTime() + 5 * MINUTE);
    fake.mode = "error";
    const second = service(await openDb());
    await second.start();
    expect(second.current()?.temperature).toBe(1.4);
    // Five minutes old: the next refresh waits out the other 55, and nothing is asked before.
    expect(timers.pending()).toEqual([55 * MINUTE]);
    timers.advance(55 * MINUTE - 1);
    expect(fake.requests).toBe(requests);
    expect(warnings()).toEqual([]);
    timers.advance(1);
    await vi.waitFor(() => expect(fake.requests).toBe(requests + 1));
  });

  it("caps a refresh interval beyond what setTimeout honours at 2^31-1 ms", async () => {
    const weather = service(await openDb(), { refreshMs: 2 ** 40 });
    expect(await weather.refresh()).toBe(true);
    await weather.start();
    expect(timers.pending()).toEqual([MAX_TIMEOUT_MS]);
    expect(fake.requests).toBe(1);
  });

  it("refreshes a stale stored value in the background, without making start() wait", async () => {
    const handle = await openDb();
    await service(handle).refresh();

    clock = new Date(T0.getTime() + 61 * MINUTE);
    fake.setCurrent({ temperature_2m: 7 });
    fake.hold();
    const restarted = service(handle);
    await restarted.start();
    // start() has returned before the refresh even began; it is due at once, in the background.
    expect(restarted.current()?.temperature).toBe(1.4);
    expect(fake.requests).toBe(1);
    expect(timers.pending()).toEqual([0]);
    timers.advance(0);
    // The request is parked in the fake: the old value serves meanwhile.
    await vi.waitFor(() => expect(fake.requests).toBe(2));
    expect(restarted.current()?.temperature).toBe(1.4);
    fake.release();
    await vi.waitFor(() => expect(restarted.current()?.temperature).toBe(7));
  });

  it("starts with an empty database and an unreachable provider without throwing", async () => {
    fake.mode = "hang";
    const weather = service(await openDb(), { timeoutMs: 100 });
    await weather.start();
    expect(weather.current()).toBeUndefined();
    timers.advance(0);
    await vi.waitFor(() => expect(warnings()).toHaveLength(1));
    expect(weather.current()).toBeUndefined();
  });

  it("survives a broken database: warns, still fetches and serves from memory", async () => {
    const handle = await openDb();
    await handle.close();
    fake.hold();
    const weather = service(handle);
    await weather.start();
    expect(warnings()).toHaveLength(1);
    timers.advance(0);
    await vi.waitFor(() => expect(fake.requests).toBe(1));
    expect(weather.current()).toBeUndefined();
    fake.release();
    await vi.waitFor(() => expect(weather.current()?.temperature).toBe(1.4));
    await vi.waitFor(() => expect(warnings()).toHaveLength(2));
  });

  it("never has two fetches in flight", async () => {
    const weather = service(await openDb());
    fake.hold();
    const first = weather.refresh();
    const second = weather.refresh();
    // The second caller is handed the first one's fetch: no request of its own exists to arrive later.
    expect(second).toBe(first);
    await vi.waitFor(() => expect(fake.requests).toBe(1));
    fake.release();
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(fake.requests).toBe(1);
  });

  it("does not pile up scheduled refreshes behind a slow one, and stop() ends them", async () => {
    const weather = service(await openDb(), { refreshMs: 10 });
    fake.hold();
    await weather.start();
    timers.advance(0);
    await vi.waitFor(() => expect(fake.requests).toBe(1));
    // While the first request hangs no further refresh is even scheduled: ten intervals ask nothing.
    expect(timers.pending()).toEqual([]);
    timers.advance(100);
    expect(fake.requests).toBe(1);
    fake.release();
    // Each refresh, once it ends, sets the next one a whole interval later.
    for (const expected of [2, 3]) {
      await vi.waitFor(() => expect(timers.pending()).toEqual([10]));
      timers.advance(10);
      await vi.waitFor(() => expect(fake.requests).toBe(expected));
    }
    await vi.waitFor(() => expect(timers.pending()).toEqual([10]));

    weather.stop();
    expect(timers.pending()).toEqual([]);
    timers.advance(100);
    expect(fake.requests).toBe(3);
  });

  it("stop() cancels the request in flight quietly", async () => {
    const weather = service(await openDb());
    fake.hold();
    await weather.start();
    timers.advance(0);
    await vi.waitFor(() => expect(fake.requests).toBe(1));
    weather.stop();
    expect(await weather.refresh()).toBe(false);
    expect(weather.current()).toBeUndefined();
    expect(warnings()).toEqual([]);
    // The cancelled refresh does not set another one.
    expect(timers.pending()).toEqual([]);
  });
});
