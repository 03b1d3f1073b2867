import { stripApostrophes } from "./apostrophes.js";
import { toLatin } from "./translit.js";

/**
 * The folded form of a text for indexing and queries: Uzbek Cyrillic goes to Latin, apostrophes
 * go, case and diacritics are folded, punctuation becomes single spaces. Тошкент, toshkent,
 * TOSHKENT and Toshkent give one key; so do Oʻzbekiston, O'zbekiston, Ozbekiston, Ўзбекистон and
 * the reform alphabet's Õzbekiston.
 */
/** The letters of the reform alphabet fold to what the 1995 one writes (ş → sh), not to a bare s. */
const REFORM_FOLD: Record<string, string> = { ş: "sh", ș: "sh", ç: "ch", Ş: "sh", Ș: "sh", Ç: "ch" };
const REFORM_FOLD_RE = /[şșçŞȘÇ]/g;

export function searchKey(text: string): string {
  if (!text) return "";
  const latin = /[\u0400-\u04ff]/.test(text) ? toLatin(text) : text;
  return stripApostrophes(latin.normalize("NFC").replace(REFORM_FOLD_RE, (ch) => REFORM_FOLD[ch] ?? ch))
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
