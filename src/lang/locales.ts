/** The four locales of an Uzbek portal. The URL prefix is the short code used everywhere in Xabar. */
export const LOCALES = ["uz", "oz", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export interface LocaleInfo {
  code: Locale;
  /** BCP 47 tag, for <html lang>, hreflang and Intl. */
  tag: "uz-Latn" | "uz-Cyrl" | "ru" | "en";
  /** Default URL prefix: /uz/, /oz/, /ru/, /en/. */
  prefix: string;
  /** The locale's name in itself, for the language switcher. */
  nativeName: string;
  /** Open Graph locale. */
  ogLocale: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  uz: { code: "uz", tag: "uz-Latn", prefix: "uz", nativeName: "Oʻzbekcha", ogLocale: "uz_UZ" },
  oz: { code: "oz", tag: "uz-Cyrl", prefix: "oz", nativeName: "Ўзбекча", ogLocale: "uz_UZ" },
  ru: { code: "ru", tag: "ru", prefix: "ru", nativeName: "Русский", ogLocale: "ru_RU" },
  en: { code: "en", tag: "en", prefix: "en", nativeName: "English", ogLocale: "en_US" },
};

export const DEFAULT_LOCALE: Locale = "uz";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the best locale for an Accept-Language header: uz-Cyrl → oz, any other uz → uz,
 * ru and en by their primary tag; quality values are honoured. Undefined when nothing matches.
 */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { range: range.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.range && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { range } of ranked) {
    if (range.startsWith("uz")) return range.includes("cyrl") ? "oz" : "uz";
    if (range === "ru" || range.startsWith("ru-")) return "ru";
    if (range === "en" || range.startsWith("en-")) return "en";
  }
  return undefined;
}
