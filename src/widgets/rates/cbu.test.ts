import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeCbu } from "../../../test/fake-cbu.js";
import { RatesProviderError, cbuDay, fetchRates, ratesUrl } from "./cbu.js";
import { diffPerUnit, perUnit } from "./rate.js";

let fake: FakeCbu;
/** A generous timeout: on a busy machine a local answer may take a while; only the hang test waits for it. */
const config = (timeoutMs = 5_000) => ({ apiUrl: fake.apiUrl, timeoutMs });

beforeAll(async () => {
  fake = new FakeCbu();
  await fake.start();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.days.clear();
  fake.set("2026-11-27", { USD: { rate: "12196.60" }, EUR: { rate: "14102.11" }, KRW: { rate: "83.47", nominal: 10 } });
  fake.set("2026-11-30", { USD: { rate: "12176.46" }, EUR: { rate: "14120.00" }, KRW: { rate: "82.10", nominal: 10 } });
});

describe("the CBU provider", () => {
  it("reads the latest rates: strings into numbers, DD.MM.YYYY into a day, names per locale", async () => {
    const rates = await fetchRates(config());
    expect(fake.asked.at(-1)).toBe("");
    const usd = rates.find((r) => r.ccy === "USD");
    expect(usd).toEqual({
      ccy: "USD",
      code: "840",
      day: "2026-11-30",
      nominal: 1,
      rate: "12176.46",
      diff: "-20.14",
      names: { uz: "AQSH dollari", oz: "АҚШ доллари", ru: "Доллар США", en: "US Dollar" },
    });
  });

  it("divides by Nominal: ten won cost 82.10 sum, one costs 8.21", async () => {
    const krw = (await fetchRates(config())).find((r) => r.ccy === "KRW");
    expect(krw?.nominal).toBe(10);
    expect(perUnit(krw ?? { rate: "0", nominal: 1 })).toBeCloseTo(8.21, 10);
    expect(diffPerUnit(krw ?? { diff: "0", nominal: 1 })).toBeCloseTo(-0.137, 10);
  });

  it("asks a past day at all/YYYY-MM-DD/ and keeps the day the answer names", async () => {
    // A Sunday: the CBU answers Friday's rates under Friday's date.
    const rates = await fetchRates(config(), { day: "2026-11-29" });
    expect(fake.asked.at(-1)).toBe("all/2026-11-29/");
    expect(new Set(rates.map((r) => r.day))).toEqual(new Set(["2026-11-27"]));
    expect(ratesUrl(config(), "2026-11-29")).toBe(`${fake.apiUrl}all/2026-11-29/`);
  });

  it("checks dates for real days", () => {
    expect(cbuDay("01.12.2026")).toBe("2026-12-01");
    expect(cbuDay("31.02.2026")).toBeUndefined();
  });

  it.each([
    ["error", /HTTP 500/],
    ["html", /other than JSON/],
    ["truncated", /other than JSON/],
    ["empty", /no rates/],
    ["numbers", /unexpected CBU response: 0\.(Nominal|Rate)/],
    ["hang", /timed out after 300 ms/],
  ] as const)("turns a %s answer into a RatesProviderError", async (mode, message) => {
    fake.mode = mode;
    const failure = await fetchRates(config(mode === "hang" ? 300 : 5_000)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RatesProviderError);
    expect(String(failure)).toMatch(message);
  });

  it("refuses an unreachable server", async () => {
    const failure = await fetchRates({ apiUrl: "http://127.0.0.1:9/json/", timeoutMs: 500 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RatesProviderError);
    expect(String(failure)).toMatch(/request failed/);
  });
});
