/**
 * The demo's exchange rates: a first `npm start` without internet (the CBU unreachable) shows the
 * rates strip, the rates page and its chart from the seeded month; the seeded rates hang together.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Running, start } from "../src/app/start.js";
import { demoRates } from "../src/cli/demo/rates.js";
import { loadConfig } from "../src/config.js";
import { calendarDate } from "../src/lang/format.js";

const dir = mkdtempSync(join(tmpdir(), "xabar-demo-rates-"));
let running: Running;

beforeAll(async () => {
  running = await start(
    loadConfig({
      DATA_DIR: dir,
      PORT: "0",
      HOST: "127.0.0.1",
      SEED_DEMO: "1",
      LOG_LEVEL: "silent",
      WEATHER_API_URL: "http://127.0.0.1:9/v1/forecast",
      CBU_API_URL: "http://127.0.0.1:9/json/",
      RATES_TIMEOUT_MS: "200",
      WEATHER_TIMEOUT_MS: "200",
    }),
  );
}, 120_000);

afterAll(async () => {
  await running.stop();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string) => running.xabar.app.inject({ url });

describe("the demo's exchange rates", () => {
  it("show in the strip of every locale, named in its language, without the CBU", async () => {
    const strips = await Promise.all(["uz", "oz", "ru", "en"].map(async (lc) => /<p class="rates"[^]*?<\/p>/.exec((await get(`/${lc}/`)).body)?.[0] ?? ""));
    for (const strip of strips) expect(strip).toMatch(/USD[^]*EUR[^]*RUB/);
    expect(strips[3]).toContain("US Dollar");
    expect(strips[2]).toContain("Доллар США");
    expect(strips[1]).toContain("АҚШ доллари");
  });

  it("fill the rates page and its chart", async () => {
    const page = await get("/en/rates");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Kazakhstan Tenge");
    expect(page.body).toMatch(/<svg[^>]*role="img"/);
  });

  it("are a month up to today, each day's change from the day before", () => {
    const now = new Date("2026-12-01T09:00:00Z");
    const rates = demoRates(now, "Asia/Tashkent", 30);
    const usd = rates.filter((r) => r.ccy === "USD");
    expect(usd).toHaveLength(30);
    expect(usd.at(-1)?.day).toBe(calendarDate(now, "Asia/Tashkent"));
    expect(new Set(usd.map((r) => r.day)).size).toBe(30);
    for (let i = 1; i < usd.length; i++) {
      const [previous, day] = [usd[i - 1], usd[i]];
      expect(day && previous && day.day > previous.day).toBe(true);
      expect(Number(day?.diff)).toBeCloseTo(Number(day?.rate) - Number(previous?.rate), 2);
    }
    expect(demoRates(now, "Asia/Tashkent", 30)).toEqual(rates);
  });
});
