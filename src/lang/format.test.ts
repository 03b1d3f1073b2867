import { describe, expect, it } from "vitest";
import { calendarDate, formatDate, formatNumber, formatRelativeTime } from "./format.js";
import { LOCALE_INFO, LOCALES, localeFromAcceptLanguage } from "./locales.js";
import { type MessageKey, catalogue, t } from "./messages.js";
import { toCyrillic } from "./translit.js";

// 2026-11-26 05:00 in Tashkent (UTC+5), the default TIME_ZONE.
const TASHKENT = "Asia/Tashkent";
const now = new Date("2026-11-26T00:00:00Z");

describe("formatRelativeTime", () => {
  it("says Today and Yesterday in Tashkent time", () => {
    const today = new Date("2026-11-25T20:39:00Z"); // 01:39 on the 26th in Tashkent
    const yesterday = new Date("2026-11-25T18:37:00Z"); // 23:37 on the 25th
    expect(formatRelativeTime(today, now, "en", TASHKENT)).toBe("Today, 01:39");
    expect(formatRelativeTime(yesterday, now, "en", TASHKENT)).toBe("Yesterday, 23:37");
    expect(formatRelativeTime(today, now, "ru", TASHKENT)).toBe("Сегодня, 01:39");
    expect(formatRelativeTime(yesterday, now, "uz", TASHKENT)).toBe("Kecha, 23:37");
    expect(formatRelativeTime(yesterday, now, "oz", TASHKENT)).toBe("Кеча, 23:37");
  });
  it("depends on the time zone", () => {
    const date = new Date("2026-11-25T20:39:00Z");
    expect(formatRelativeTime(date, now, "en", "UTC")).toBe("Yesterday, 20:39");
  });
  it("gives a localised date for older times, with the year when it differs", () => {
    const older = new Date("2026-11-20T10:00:00Z");
    expect(formatRelativeTime(older, now, "en", TASHKENT)).toBe("November 20, 15:00");
    expect(formatRelativeTime(older, now, "ru", TASHKENT)).toBe("20 ноября, 15:00");
    expect(formatRelativeTime(older, now, "uz", TASHKENT)).toMatch(/^20.noyabr, 15:00$/);
    expect(formatRelativeTime(new Date("2025-03-02T10:00:00Z"), now, "en", TASHKENT)).toBe("March 2, 2025, 15:00");
  });
});

describe("numbers and locales", () => {
  it("formats numbers per locale", () => {
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
    expect(formatNumber(1234567, "ru")).toBe("1\u00a0234\u00a0567");
  });
  it("picks a locale from Accept-Language", () => {
    expect(localeFromAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.8")).toBe("ru");
    expect(localeFromAcceptLanguage("en;q=0.5, uz-Cyrl;q=0.9")).toBe("oz");
    expect(localeFromAcceptLanguage("uz")).toBe("uz");
    expect(localeFromAcceptLanguage("de, fr;q=0.5")).toBeUndefined();
    expect(localeFromAcceptLanguage(undefined)).toBeUndefined();
    expect(localeFromAcceptLanguage(";;;q=x,,")).toBeUndefined();
  });
});

describe("the message catalogue", () => {
  it("has every key, non-empty, in every locale", () => {
    const keys = Object.keys(catalogue("en"));
    for (const locale of LOCALES) {
      expect(Object.keys(catalogue(locale)).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(catalogue(locale)[key as MessageKey]).not.toBe("");
    }
  });
  it("writes Uzbek Cyrillic in Cyrillic and English without Cyrillic", () => {
    expect(t("oz", "similarNews")).toBe("Ўхшаш янгиликлар");
    for (const value of Object.values(catalogue("en"))) expect(value).not.toMatch(/[\u0400-\u04ff]/);
  });
  it("fills placeholders", () => {
    expect(t("en", "latestIn", { category: "Sport" })).toBe("Latest in Sport");
    expect(t("oz", "page", { page: 3 })).toBe("3-саҳифа");
  });
});

describe("calendarDate", () => {
  it("gives the day in the zone, as Intl does", () => {
    const intl = (d: Date, zone: string) => new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
    const instants = ["2026-11-25T18:59:59Z", "2026-11-25T19:00:00Z", "2026-03-29T00:59:00Z", "2026-03-29T01:00:00Z", "2024-02-29T23:30:00Z"];
    const cases = instants.flatMap((iso) => ["Asia/Tashkent", "Europe/Berlin", "America/New_York", "UTC"].map((zone) => [iso, zone] as const));
    expect(cases.map(([iso, zone]) => [iso, zone, calendarDate(new Date(iso), zone)])).toEqual(
      cases.map(([iso, zone]) => [iso, zone, intl(new Date(iso), zone)]),
    );
  });
});

describe("time zones with daylight saving", () => {
  it("agrees with Intl around a DST change, minute by minute", () => {
    const zone = "Europe/Berlin";
    const intl = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    // 2026-03-29 01:00 UTC: Berlin goes from +1 to +2.
    const start = Date.UTC(2026, 2, 28, 22, 0);
    for (let ms = start; ms < start + 6 * 3_600_000; ms += 7 * 60_000) {
      expect(formatRelativeTime(new Date(ms), new Date(ms), "en", zone)).toBe(`Today, ${intl.format(new Date(ms))}`);
    }
  });
  it("works for zones with half-hour offsets", () => {
    expect(formatRelativeTime(new Date("2026-11-25T20:39:00Z"), new Date("2026-11-25T20:40:00Z"), "en", "Asia/Kolkata")).toBe("Today, 02:09");
  });
});

describe("the shortcuts of formatting", () => {
  it("formatNumber writes what Intl writes, under a thousand too", () => {
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(LOCALE_INFO[locale].tag);
      for (const n of [...Array.from({ length: 1000 }, (_, i) => i), 1000, 12_345, 1_234_567, -5, 2.5]) expect(formatNumber(n, locale)).toBe(intl.format(n));
    }
  });

  it("formatDate, kept per day, writes what Intl writes at any hour of the day (Uzbek Cyrillic: the Latin one, transliterated)", () => {
    for (const zone of ["Asia/Tashkent", "Europe/Berlin", "America/New_York"]) {
      for (const locale of LOCALES) {
        const tag = LOCALE_INFO[locale === "oz" ? "uz" : locale].tag;
        const written = new Intl.DateTimeFormat(tag, { timeZone: zone, day: "numeric", month: "long", year: "numeric" });
        const intl = { format: (date: Date) => (locale === "oz" ? toCyrillic(written.format(date)) : written.format(date)) };
        // Every 37 minutes over four days around Berlin's change of offset, twice (the second time from memory).
        for (const round of [1, 2]) {
          for (let ms = Date.UTC(2026, 2, 27); ms < Date.UTC(2026, 2, 31); ms += 37 * 60_000) {
            expect([round, formatDate(new Date(ms), locale, zone)]).toEqual([round, intl.format(new Date(ms))]);
          }
        }
      }
    }
  });

  it("writes an Uzbek Cyrillic date in the Latin one's style, with the months as Cyrillic Uzbek spells them", () => {
    const day = new Date(Date.UTC(2026, 11, 3, 9));
    expect([formatDate(day, "uz", "UTC"), formatDate(day, "oz", "UTC"), formatDate(new Date(Date.UTC(2026, 5, 1)), "oz", "UTC", false)]).toEqual([
      "3-dekabr, 2026",
      "3-декабрь, 2026",
      "1-июнь",
    ]);
  });
});
