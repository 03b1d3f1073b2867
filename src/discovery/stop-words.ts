/**
 * Words too common to say what a story is about, per locale, in the folded form that `searchKey`
 * produces (Uzbek Cyrillic and Russian arrive transliterated to Latin, apostrophes gone: "boʻyicha"
 * is "boyicha", "для" is "dlya"). Only words of three letters or more: shorter tokens are dropped
 * anyway. Kept short on purpose: BM25's idf already discounts frequent words; this list only
 * stops function words from making unrelated stories look related.
 */
import type { Locale } from "../lang/locales.js";

const UZBEK = [
  "bilan", "uchun", "ham", "hamda", "edi", "esa", "deb", "dedi", "shu", "ushbu", "yani", "lekin", "ammo",
  "yoki", "boyicha", "haqida", "kabi", "bor", "yoq", "emas", "bolgan", "boladi", "bolsa", "bolib", "keyin",
  "orqali", "tomonidan", "qilib", "qilish", "qildi", "etib", "etdi", "mumkin", "barcha", "har", "hali", "yana",
  "endi", "ular", "uning", "biz", "siz", "men", "ekan", "kerak", "qanday", "nima",
];

const RUSSIAN = [
  "eto", "etot", "eta", "eti", "etogo", "dlya", "chto", "chtobi", "kak", "ili", "pri", "bil", "bila", "bilo",
  "bili", "yego", "yeyo", "kotoriy", "kotoraya", "kotoroye", "kotorie", "takje", "tak", "posle", "oni",
  "ona", "ono", "vse", "vsye", "uje", "tolko", "mojet", "budet", "odnako", "boleye", "sebya", "svoy", "tem",
  "chem", "yesli", "toje", "pod", "nad", "bez", "cherez", "mejdu", "takoy", "kogda", "gde",
];

const ENGLISH = [
  "the", "and", "for", "with", "that", "this", "these", "those", "from", "was", "were", "are", "has", "have",
  "had", "not", "but", "its", "his", "her", "their", "they", "them", "will", "would", "been", "being", "which",
  "who", "whom", "about", "after", "before", "said", "says", "also", "into", "than", "then", "more", "over",
  "some", "can", "could", "our", "out", "all", "there", "what", "when", "where", "while", "such", "other",
];

const UZBEK_SET: ReadonlySet<string> = new Set(UZBEK);

export const STOP_WORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  uz: UZBEK_SET,
  // uz-Cyrl is folded to Latin by searchKey, so both scripts share one list.
  oz: UZBEK_SET,
  ru: new Set(RUSSIAN),
  en: new Set(ENGLISH),
};
