/**
 * An article's byline as every read of articles shows it (the site, the public API, the feeds):
 * the author's name in the article's locale, else in Uzbek Latin, from the JSON of names
 * `authors.names` stores. None (null) without an author or with unreadable names.
 */
export function bylineOf(names: string | null, locale: string): string | null {
  if (!names) return null;
  try {
    const byLocale = JSON.parse(names) as Record<string, unknown>;
    const name = byLocale[locale] ?? byLocale.uz;
    return typeof name === "string" ? name : null;
  } catch {
    return null;
  }
}
