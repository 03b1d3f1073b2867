import { normalizeApostrophes, stripApostrophes } from "./apostrophes.js";
import type { Locale } from "./locales.js";
import { CYRILLIC_LATIN_COMMON } from "./translit-chars.js";
import { toLatin } from "./translit.js";

/** Russian romanisation for slugs: the BGN/PCGN system without diacritics (as in most Russian URLs). */
const RUSSIAN_TO_LATIN: Record<string, string> = {
  ...CYRILLIC_LATIN_COMMON,
  е: "e",
  ж: "zh",
  х: "kh",
  ц: "ts",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  // Letters of neighbouring languages that turn up in Russian text.
  ў: "u",
  қ: "q",
  ғ: "g",
  ҳ: "h",
  і: "i",
  ї: "yi",
  є: "ye",
  ґ: "g",
  ә: "a",
  ө: "o",
  ү: "u",
  ң: "n",
};

export const MAX_SLUG_LENGTH = 80;

export function romanizeRussian(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) out += RUSSIAN_TO_LATIN[ch] ?? ch;
  return out;
}

/** Lowercase ASCII words joined by hyphens, cut at a word boundary to at most `maxLength`. */
function hyphenate(latin: string, maxLength: number): string {
  const words = latin
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) {
      if (!slug) slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug;
}

/**
 * An ASCII, lowercase, hyphenated slug of at most `maxLength` characters. Uzbek in either script
 * gives the same Latin slug without apostrophes; Russian is romanised; English keeps its words.
 * May be empty when the text has no letters or digits.
 */
export function slugify(text: string, locale: Locale, maxLength = MAX_SLUG_LENGTH): string {
  if (!text) return "";
  let latin: string;
  if (locale === "uz" || locale === "oz") latin = toLatin(normalizeApostrophes(text));
  else latin = romanizeRussian(text);
  return hyphenate(stripApostrophes(latin), maxLength);
}
