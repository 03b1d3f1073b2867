/**
 * The newsroom app words every error the admin API can give in its reader's language: each error
 * code, each field problem code (src/errors.ts), a conflict by its reason; the server's English
 * never reaches the screen.
 */
import { describe, expect, it } from "vitest";
import { ApiError } from "../admin/src/api.js";
import { LOCALES, type Locale, errorText, fieldTexts, t } from "../admin/src/messages.js";
import { ERRORS, FIELD_PROBLEMS } from "../src/errors.js";

/** Codes only the public site's engagement calls answer with: the newsroom app never sees them. */
const SITE_ONLY = new Set(["XABAR_FOREIGN_ORIGIN", "XABAR_UNKNOWN_VISITOR", "XABAR_INVALID_REACTION"]);
const OTHERS = LOCALES.filter((locale) => locale !== "en");

describe("the newsroom app's error messages", () => {
  it("has its own words for every error code the admin API gives, in each language", () => {
    const codes = Object.keys(ERRORS).filter((code) => !SITE_ONLY.has(code));
    for (const locale of LOCALES) {
      const generic = (code: string) => t(locale, "errorGeneric", { code });
      const texts = codes.map((code) => errorText(locale, new ApiError(400, code, ERRORS[code as keyof typeof ERRORS].message)));
      expect(texts.filter((text, i) => text === generic(codes[i] ?? ""))).toEqual([]);
    }
    // With the numbers the server sent: how large, how long to wait.
    const tooLarge = new ApiError(413, "XABAR_BODY_TOO_LARGE", "", { limit: "bytes", maxBytes: 20 * 1024 * 1024 });
    const tooMany = new ApiError(413, "XABAR_BODY_TOO_LARGE", "", { limit: "pixels", maxPixels: 50_000_000 });
    const wait = new ApiError(429, "XABAR_RATE_LIMITED", "", { retryAfter: 600 });
    expect([errorText("en", tooLarge), errorText("ru", tooMany), errorText("uz", wait)]).toEqual([
      "Too large: files up to 20 MB are taken.",
      "Слишком большое: принимаются изображения до 50 мегапикселей.",
      "Urinishlar juda koʻp. 10 daqiqadan keyin qayta urinib koʻring.",
    ]);
    // A code this app does not know yet is named in the reader's language, not the server's.
    expect(errorText("ru", new ApiError(400, "XABAR_NEW", "Something new"))).toBe("Что-то пошло не так (XABAR_NEW).");
  });

  it("words every field problem with its numbers, and not in English outside English", () => {
    const problems = Object.fromEntries(FIELD_PROBLEMS.map((code) => [code, { code, limit: 1000, value: "!!!" }]));
    const error = new ApiError(400, "XABAR_INVALID", "Some fields are not valid", { problems });
    const english = fieldTexts("en", error);
    for (const locale of LOCALES) {
      const texts = fieldTexts(locale, error);
      expect(Object.keys(texts)).toEqual([...FIELD_PROBLEMS]);
      // Only "invalid" itself says "not valid"; the others have words of their own.
      expect(FIELD_PROBLEMS.filter((code) => code !== "invalid" && texts[code] === texts.invalid)).toEqual([]);
      expect(Object.values(texts).filter((text) => text.includes("{"))).toEqual([]);
    }
    for (const locale of OTHERS) {
      const texts = fieldTexts(locale, error);
      expect(FIELD_PROBLEMS.filter((code) => texts[code] === english[code])).toEqual([]);
    }
    expect([english.too_short, fieldTexts("ru", error).too_short, english.bad_tag]).toEqual([
      "At least 1,000 characters.",
      "Не меньше 1\u00a0000 символов.",
      "“!!!” makes no tag: use letters or digits.",
    ]);
  });

  it("says what a failed call means as a whole: fields, a conflict's reason, the network", () => {
    const weak = new ApiError(400, "XABAR_INVALID", "Some fields are not valid", { problems: { password: { code: "too_short", limit: 10 } } });
    const taken = new ApiError(409, "XABAR_CONFLICT", "A user with this email exists already", { problems: { email: { code: "taken" } } });
    const inUse = new ApiError(409, "XABAR_CONFLICT", "This media is in use", { reason: "media_in_use" });
    const later = new ApiError(409, "XABAR_CONFLICT", "Someone else saved this article", { version: 4 });
    const said = (locale: Locale) => [weak, taken, inUse, later, new TypeError("fetch failed")].map((error) => errorText(locale, error));
    expect(said("uz")).toEqual([
      "Baʼzi maydonlarni tuzatish kerak.",
      "Baʼzi maydonlarni tuzatish kerak.",
      "Bu rasm ishlatilmoqda: u maqola muqovasida yoki matnida bor.",
      "Bu oraliqda kiritilgan oʻzgarish bilan toʻqnashdi: sahifani yangilab, qayta urinib koʻring.",
      "Server bilan aloqa yoʻq. Qayta urinib koʻring.",
    ]);
    expect([fieldTexts("oz", weak), fieldTexts("en", taken), later.data]).toEqual([
      { password: "Камида 10 та белги." },
      { email: "Already in use." },
      { version: 4 },
    ]);
  });
});
