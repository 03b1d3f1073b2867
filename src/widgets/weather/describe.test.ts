import { describe, expect, it } from "vitest";
import { DEFAULT_OBSERVATION } from "../../../test/fake-open-meteo.js";
import { LOCALES } from "../../lang/locales.js";
import { describeWeather, formatTemperature } from "./describe.js";

/** Overcast, +1.4°, wind 2.6 m/s from the north-east. */
const sample = DEFAULT_OBSERVATION;

const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z]/;

describe("describeWeather", () => {
  it.each([
    ["en", "+1°", "overcast", "wind 3 m/s, NE", "Weather in Tashkent"],
    ["ru", "+1°", "пасмурно", "ветер 3 м/с, СВ", "Погода: Ташкент"],
    ["uz", "+1°", "bulutli", "shamol 3 m/s, shimoli-sharqiy", "Toshkentda ob-havo"],
    ["oz", "+1°", "булутли", "шамол 3 м/с, шимоли-шарқий", "Тошкентда об-ҳаво"],
  ] as const)("speaks the page's language: %s", (locale, temperature, condition, wind, label) => {
    expect(describeWeather(sample, locale)).toEqual({ temperature, condition, wind, label });
  });

  it("never mixes scripts, for every condition and direction", () => {
    const codes = [0, 1, 2, 3, 45, 48, 51, 53, 55, 56, 57, 61, 63, 65, 66, 67, 71, 73, 75, 77, 80, 81, 82, 85, 86, 95, 96, 99, 42];
    for (const weatherCode of codes) {
      for (let windDirection = 0; windDirection < 360; windDirection += 45) {
        const w = { ...sample, weatherCode, windDirection };
        for (const locale of ["en", "uz"] as const) {
          expect(Object.values(describeWeather(w, locale)).join(" ")).not.toMatch(CYRILLIC);
        }
        for (const locale of ["ru", "oz"] as const) {
          expect(Object.values(describeWeather(w, locale)).join(" ")).not.toMatch(LATIN);
        }
      }
    }
  });

  it("names conditions and directions in every locale", () => {
    const thunder = { ...sample, weatherCode: 99, windDirection: 337.5, windSpeed: 12.5 };
    expect(describeWeather(thunder, "en").condition).toBe("thunderstorm with hail");
    expect(describeWeather(thunder, "ru").condition).toBe("гроза с градом");
    expect(describeWeather(thunder, "uz").condition).toBe("doʻl bilan momaqaldiroq");
    expect(describeWeather(thunder, "oz").condition).toBe("дўл билан момақалдироқ");
    expect(describeWeather(thunder, "en").wind).toBe("wind 13 m/s, N");
    expect(describeWeather(thunder, "ru").wind).toBe("ветер 13 м/с, С");
    expect(describeWeather({ ...sample, weatherCode: 7 }, "en").condition).toBe("weather unknown");
    expect(describeWeather({ ...sample, weatherCode: 7 }, "ru").condition).toBe("нет данных");
    expect(describeWeather({ ...sample, windDirection: 250 }, "uz").wind).toBe("shamol 3 m/s, gʻarbiy");
  });
});

describe("formatTemperature", () => {
  it("signs, rounds and uses a real minus", () => {
    for (const locale of LOCALES) {
      expect(formatTemperature(1.4, locale)).toBe("+1°");
      expect(formatTemperature(-2.6, locale)).toBe("\u22123°");
      expect(formatTemperature(-0.4, locale)).toBe("0°");
      expect(formatTemperature(0, locale)).toBe("0°");
      expect(formatTemperature(0.5, locale)).toBe("+1°");
      expect(formatTemperature(38.2, locale)).toBe("+38°");
    }
    expect(formatTemperature(-3, "en")).not.toContain("-");
  });
});

describe("another city", () => {
  it("names the configured city in the page's language", () => {
    expect(describeWeather(sample, "ru", "Самарканд").label).toBe("Погода: Самарканд");
    expect(describeWeather(sample, "en").label).toBe("Weather in Tashkent");
  });
});
