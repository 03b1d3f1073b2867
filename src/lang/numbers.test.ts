import { describe, expect, it } from "vitest";
import { LOCALE_INFO, LOCALES, localeFromAcceptLanguage } from "./locales.js";
import { hasNumberData, numberFormatter } from "./numbers.js";

const VALUES = [0, 7, 999, 1000, 1316, 12_050, 1_205_000, 30_125.5, -1234.5, 0.16, 123_456_789.987];
const OPTIONS: Intl.NumberFormatOptions[] = [{}, { minimumFractionDigits: 2, maximumFractionDigits: 2 }];

describe("numbers in the browser as on the server", () => {
  it("knows when the runtime has a locale's separators (Node has ICU's data for ours; nobody has it for 'xx')", () => {
    for (const locale of ["uz", "oz", "ru"] as const) expect(hasNumberData(LOCALE_INFO[locale].tag)).toBe(true);
    expect(hasNumberData("xx")).toBe(false);
  });

  it("without the runtime's data (Debian's Chromium has no Uzbek) writes what ICU's data gives, character for character", () => {
    for (const locale of LOCALES) {
      for (const options of OPTIONS) {
        const withData = new Intl.NumberFormat(LOCALE_INFO[locale].tag, options);
        const without = numberFormatter(locale, options, () => false);
        expect(VALUES.map((value) => without.format(value))).toEqual(VALUES.map((value) => withData.format(value)));
      }
    }
    expect(numberFormatter("uz", {}, () => false).format(1316)).toBe("1\u00a0316");
    expect(numberFormatter("en", {}, () => false).format(1316)).toBe("1,316");
  });

  it("finds the locale of a page's lang, as the islands read it", () => {
    expect(LOCALES.map((locale) => localeFromAcceptLanguage(LOCALE_INFO[locale].tag))).toEqual([...LOCALES]);
    expect(localeFromAcceptLanguage("de")).toBeUndefined();
  });
});
