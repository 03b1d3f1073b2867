import { stripApostrophes } from "./apostrophes.js";
import { toLatin } from "./translit.js";

/**
 * The folded form of a text for indexing and queries: Uzbek Cyrillic goes to Latin, apostrophes
 * go, case and diacritics are folded, punctuation becomes single spaces. Тошкент, toshkent,
 * TOSHKENT and Toshkent give one key; so do Oʻzbekiston, O'zbekiston, Ozbekiston and Ўзбекистон.
 */
export function searchKey(text: string): string {
  if (!text) return "";
  const latin = /[\u0400-\u04ff]/.test(text) ? toLatin(text) : text;
  return stripApostrophes(latin)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
