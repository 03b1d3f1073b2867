/**
 * Which of our locales a WordPress language is. Polylang and WPML name languages by slug or
 * locale (`uz`, `uz_UZ`, `oz`, `uz-cyrl`, `uzc`, `ru_RU`, `en_US` …). Cyrillic and Latin Uzbek
 * are told apart by the name when it says (`cyrl`, `uzc`, `latn`), else by the text
 * (lang/detect-script.ts), else by the name's usual meaning: `uz` Latin, `oz` Cyrillic.
 */
import { detectScript } from "../../lang/detect-script.js";
import type { Locale } from "../../lang/locales.js";

export type LanguageGuess = { locale: Locale; byText: boolean } | undefined;

function uzbekByName(code: string): Locale | "either" | undefined {
  if (/cyr|^uzc$|^uz_?c$|^ўз|^уз/.test(code)) return "oz";
  if (/latn|lat$|^uzl$/.test(code)) return "uz";
  if (/^(uz|oz|uzb)(_uz)?$/.test(code)) return "either";
  return undefined;
}

/** The locale of a language code, the text deciding between the Uzbek scripts when the code does not. */
export function localeOfLanguage(code: string, text: string): LanguageGuess {
  const c = code.trim().toLowerCase().replace(/-/g, "_");
  if (/^ru(_|$)/.test(c)) return { locale: "ru", byText: false };
  if (/^en(_|$)/.test(c)) return { locale: "en", byText: false };
  const uzbek = uzbekByName(c);
  if (!uzbek) return undefined;
  if (uzbek !== "either") return { locale: uzbek, byText: false };
  const script = detectScript(text);
  if (script === "uz-Cyrl") return { locale: "oz", byText: true };
  if (script === "uz-Latn") return { locale: "uz", byText: true };
  return { locale: c.startsWith("oz") ? "oz" : "uz", byText: false };
}

/** For a site without language terms: the text may still say that a uz post is Cyrillic (or an oz one Latin). */
export function uzbekScriptOf(locale: Locale, text: string): Locale {
  if (locale !== "uz" && locale !== "oz") return locale;
  const script = detectScript(text);
  return script === "uz-Cyrl" ? "oz" : script === "uz-Latn" ? "uz" : locale;
}
