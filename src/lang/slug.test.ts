import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales.js";
import { MAX_SLUG_LENGTH, slugify } from "./slug.js";
import { toCyrillic } from "./translit.js";

describe("slugify", () => {
  it("gives one Latin slug for Uzbek in either script, without apostrophes", () => {
    const latin = "Oʻzbekiston terma jamoasi gʻalaba qozondi!";
    expect(slugify(latin, "uz")).toBe("ozbekiston-terma-jamoasi-galaba-qozondi");
    expect(slugify(toCyrillic(latin), "oz")).toBe("ozbekiston-terma-jamoasi-galaba-qozondi");
    expect(slugify("O'zbekiston", "uz")).toBe("ozbekiston");
    expect(slugify("Исҳоқ ака", "oz")).toBe("ishoq-aka");
  });
  it("romanises Russian", () => {
    expect(slugify("Щёлковский район: съезд и объём", "ru")).toBe("shchyolkovskiy-rayon-sezd-i-obyom");
    expect(slugify("Хорошая погода в Ташкенте", "ru")).toBe("khoroshaya-pogoda-v-tashkente");
    expect(slugify("Цены на жильё", "ru")).toBe("tseny-na-zhilyo");
  });
  it("keeps English words", () => {
    expect(slugify("Uzbekistan's new café opens — in 2026!", "en")).toBe("uzbekistans-new-cafe-opens-in-2026");
  });
  it("cuts long titles at a word boundary", () => {
    const slug = slugify("yangi ".repeat(40), "uz");
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
    expect(slugify("a".repeat(200), "en")).toHaveLength(MAX_SLUG_LENGTH);
  });
  it("is empty when there is nothing to keep", () => {
    expect(slugify("", "uz")).toBe("");
    expect(slugify("!!! 👍", "en")).toBe("");
  });
  it("always gives lowercase ASCII words joined by single hyphens", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.constantFrom(...LOCALES), (text, locale) => {
        const slug = slugify(text, locale);
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      }),
      { numRuns: 1000 },
    );
  });
});
