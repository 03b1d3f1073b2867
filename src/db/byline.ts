/**
 * Bylines' texts as `authors` stores them: a JSON object of locale → name (`names`) or → short
 * biography (`bios`). Every read of articles shows the byline from here (the site, the public
 * API, the feeds).
 */
import { type Locale, isLocale } from "../lang/locales.js";

/** The texts of a stored JSON object, per locale (anything unreadable or not a string: left out). */
export function localizedTexts(json: string | null): Partial<Record<Locale, string>> {
  const texts: Partial<Record<Locale, string>> = {};
  if (!json) return texts;
  try {
    for (const [locale, text] of Object.entries(JSON.parse(json) as Record<string, unknown>)) {
      if (isLocale(locale) && typeof text === "string") texts[locale] = text;
    }
  } catch {
    // none
  }
  return texts;
}

/** The author's name in the article's locale, else in Uzbek Latin; none (null) without an author or with unreadable names. */
export function bylineOf(names: string | null, locale: string): string | null {
  const byLocale = localizedTexts(names);
  return (isLocale(locale) ? byLocale[locale] : undefined) ?? byLocale.uz ?? null;
}
