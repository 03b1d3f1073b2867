/**
 * The exchange rates on the site: the strip's line on every page in the four locales, the
 * rates page with its server-drawn chart and the converter island, page-cache invalidation when
 * new rates arrive, and the pages staying up while the CBU is failing. The CBU is a local fake.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarDate } from "../src/lang/format.js";
import { toCyrillic } from "../src/lang/translit.js";
import { type TestApp, createTestApp } from "./app.js";
import { FakeCbu } from "./fake-cbu.js";

let x: TestApp;
let fake: FakeCbu;
const DAY = 86_400_000;
const today = calendarDate(new Date(), "Asia/Tashkent");
const yesterday = calendarDate(Date.now() - DAY, "Asia/Tashkent");
const before = calendarDate(Date.now() - 5 * DAY, "Asia/Tashkent");

const get = (url: string) => x.app.inject({ url });
/** The strip's rates line of a page. */
const strip = (html: string) => /<p class="rates" data-xabar="rates">.*?<\/p>/s.exec(html)?.[0] ?? "";

beforeAll(async () => {
  fake = new FakeCbu();
  await fake.start();
  fake.set(before, { USD: { rate: "12100.00" }, EUR: { rate: "14000.00" }, RUB: { rate: "150.00" }, KRW: { rate: "80.00", nominal: 10 } });
  fake.set(yesterday, { USD: { rate: "12196.60" }, EUR: { rate: "14100.00" }, RUB: { rate: "151.00" }, KRW: { rate: "83.47", nominal: 10 } });
  fake.set(today, { USD: { rate: "12176.46" }, EUR: { rate: "14112.30" }, RUB: { rate: "151.00" }, KRW: { rate: "82.10", nominal: 10 } });
  x = await createTestApp({ CBU_API_URL: fake.apiUrl, RATES_TIMEOUT_MS: "2000" });
  if (!(await x.rates.refresh())) throw new Error("the first refresh failed");
});

afterAll(async () => {
  await x.close();
  await fake.close();
});

describe("the rates strip", () => {
  it.each([
    ["en", "12,176.46", "−20.14", "+12.30", "Central Bank rates for"],
    ["ru", "12\u00a0176,46", "−20,14", "+12,30", "Курсы ЦБ на"],
    ["uz", "12\u00a0176,46", "−20,14", "+12,30", "Markaziy bank kurslari"],
    ["oz", "12\u00a0176,46", "−20,14", "+12,30", "Марказий банк курслари"],
  ])("shows USD, EUR and RUB with the day's change on /%s/, numbers in the page's locale", async (locale, usd, down, up, label) => {
    const html = (await get(`/${locale}/`)).body;
    const line = strip(html);
    expect(line).toContain(`href="/${locale}/rates"`);
    expect(line).toContain(label);
    // The day the rates were set for, shown.
    expect(line).toMatch(/<span class="rates-date" aria-hidden="true">\([^)]*\d[^)]*\)<\/span>/);
    expect([...line.matchAll(/data-ccy="([A-Z]{3})"/g)].map((m) => m[1])).toEqual(["USD", "EUR", "RUB"]);
    // Arrow and sign, not colour alone.
    expect(line).toMatch(new RegExp(`data-ccy="USD".*?${usd}.*?▼ </span>${down}`, "s"));
    expect(line).toMatch(new RegExp(`data-ccy="EUR".*?▲ </span>\\${up}`, "s"));
    expect(line).toMatch(/data-ccy="RUB".*?class="change same"/s);
  });

  it("shows the day the rates were set for in the page's language", async () => {
    const day = new Date(`${today}T12:00:00Z`);
    const expected = { en: "en", ru: "ru", uz: "uz-Latn" } as const;
    const dates: Record<string, string> = {};
    for (const [locale, tag] of Object.entries(expected))
      dates[locale] = new Intl.DateTimeFormat(tag, { timeZone: "UTC", day: "numeric", month: "long" }).format(day);
    // Uzbek Cyrillic dates are the Latin ones transliterated ("3-декабрь").
    dates.oz = toCyrillic(dates.uz ?? "");
    for (const [locale, date] of Object.entries(dates)) expect(strip((await get(`/${locale}/`)).body)).toContain(`(${date})`);
  });

  it("names the currencies in the page's language, from the CBU's own names", async () => {
    expect(strip((await get("/en/")).body)).toContain('title="US Dollar"');
    expect(strip((await get("/ru/")).body)).toContain('title="Доллар США"');
    expect(strip((await get("/uz/")).body)).toContain('title="AQSH dollari"');
    expect(strip((await get("/oz/")).body)).toContain('title="АҚШ доллари"');
  });
});

describe("/{lc}/rates", () => {
  it("lists every currency per unit (Nominal 10 divided), with its change", async () => {
    const response = await get("/en/rates");
    expect(response.statusCode).toBe(200);
    const rows = [...response.body.matchAll(/<tr data-ccy="([A-Z]{3})".*?<td class="num">([^<]*)<\/td>/gs)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([
      ["USD", "12,176.46"],
      ["EUR", "14,112.30"],
      ["RUB", "151.00"],
      ["KRW", "8.21"],
    ]);
    expect(response.body).toContain("Korean Won");
    expect(response.body).toContain("(×10)");
  });

  it("draws the chart on the server as an accessible SVG, with axis labels in the page's locale", async () => {
    const html = (await get("/ru/rates")).body;
    const svg = /<svg[^>]*data-xabar="rates-chart".*?<\/svg>/s.exec(html)?.[0] ?? "";
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="rates-chart-title rates-chart-desc"');
    expect(svg).toContain('data-ccy="USD"');
    expect(svg).toMatch(/<title id="rates-chart-title">Доллар США: курс за 30 дн\.<\/title>/);
    // Lowest and highest of the three days, formatted for Russian.
    expect(svg).toContain("12\u00a0100,00");
    expect(svg).toContain("12\u00a0196,60");
    // One point per stored day.
    const path = /<path class="line" d="([^"]+)"/.exec(svg)?.[1] ?? "";
    expect(path.match(/[ML]/g)).toHaveLength(3);
  });

  it("charts another currency with ?ccy=, and answers 404 for an unknown or malformed one", async () => {
    const eur = await get("/en/rates?ccy=EUR");
    expect(eur.statusCode).toBe(200);
    expect(eur.body).toMatch(/data-xabar="rates-chart" data-ccy="EUR"/);
    expect(eur.body).toMatch(/<tr data-ccy="EUR" aria-current="true"/);
    for (const query of ["ccy=ZZZ", "ccy=eur", "ccy=USDX", "ccy=", "ccy=USD&ccy=EUR"]) {
      const response = await get(`/en/rates?${query}`);
      expect({ query, status: response.statusCode }).toEqual({ query, status: 404 });
      expect(response.body).toContain("Page not found");
    }
  });

  it("carries the converter for the island, hidden until the script runs, and the bundle has it", async () => {
    const html = (await get("/uz/rates")).body;
    const converter = /<section class="converter"[^>]*>/.exec(html)?.[0] ?? "";
    expect(converter).toContain("hidden");
    const rates = JSON.parse((/data-rates="([^"]*)"/.exec(converter)?.[1] ?? "{}").replace(/&quot;/g, '"')) as Record<string, number>;
    expect(rates.USD).toBe(12176.46);
    expect(rates.KRW).toBeCloseTo(8.21, 10);
    const script = /<script src="([^"]+)"/.exec(html)?.[1] ?? "";
    const bundle = (await get(script)).body;
    expect(bundle).toContain('[data-xabar="converter"]');
    expect(bundle).toContain("from-sum");
    // No inline script: the CSP allows none.
    expect(html).not.toMatch(/<script(?![^>]*(src=|type="application\/ld\+json"))[^>]*>/);
  });

  it("has a page in all four locales, each in its own language", async () => {
    expect((await get("/uz/rates")).body).toContain("Oʻzbekiston Respublikasi Markaziy banki valyuta kurslari");
    expect((await get("/oz/rates")).body).toContain("Ўзбекистон Республикаси Марказий банки валюта курслари");
    expect((await get("/ru/rates")).body).toContain("Курсы валют Центрального банка Узбекистана");
    const en = (await get("/en/rates")).body;
    expect(en).toContain("Exchange rates of the Central Bank of Uzbekistan");
    expect(en).not.toMatch(/[А-Яа-яЁё]/);
  });
});

describe("new rates and failures", () => {
  it("drops the cached pages that show rates when new ones arrive", async () => {
    await get("/en/");
    const hit = await get("/en/");
    expect(hit.headers["x-cache"]).toBe("HIT");
    expect(String(hit.headers["surrogate-key"])).toContain("rates");
    // The same answer again: nothing changed, nothing dropped.
    await x.rates.refresh();
    expect((await get("/en/")).headers["x-cache"]).toBe("HIT");
    fake.set(today, { USD: { rate: "12180.00" }, EUR: { rate: "14112.30" }, RUB: { rate: "151.00" }, KRW: { rate: "82.10", nominal: 10 } });
    expect(await x.rates.refresh()).toBe(true);
    const fresh = await get("/en/");
    expect(fresh.headers["x-cache"]).toBe("MISS");
    expect(strip(fresh.body)).toContain("12,180.00");
  });

  it("keeps showing the last rates and their day while the CBU fails", async () => {
    for (const mode of ["error", "html", "truncated", "hang"] as const) {
      fake.mode = mode;
      expect(await x.rates.refresh()).toBe(false);
      const page = await get("/en/rates");
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("12,180.00");
      expect(page.body).toMatch(/Rates set for \w+ \d+, \d{4}/);
    }
    fake.mode = "ok";
  });
});

describe("before any rates arrived", () => {
  it("shows no rates line and a rates page that says so, never an error", async () => {
    // The CBU on a closed port: nothing stored, nothing fetched.
    const empty = await createTestApp({ CBU_API_URL: "http://127.0.0.1:9/json/", RATES_TIMEOUT_MS: "200" });
    try {
      expect(await empty.rates.refresh()).toBe(false);
      const home = await empty.app.inject({ url: "/en/" });
      expect(home.statusCode).toBe(200);
      expect(home.body).not.toContain('data-xabar="rates"');
      const page = await empty.app.inject({ url: "/ru/rates" });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("Курсы пока недоступны.");
      expect(page.body).not.toContain("<svg");
      expect((await empty.app.inject({ url: "/ru/rates?ccy=USD" })).statusCode).toBe(404);
    } finally {
      await empty.close();
    }
  });
});
