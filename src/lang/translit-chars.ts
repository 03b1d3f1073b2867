/**
 * Characters of the transliterator, by UTF-16 code: this is the hot loop, so no regular
 * expressions or closures per character.
 */

export const C_OKINA = 0x02bb;
export const C_TUTUQ = 0x02bc;
const OTHER_LETTER_RE = /[\p{L}\p{M}]/u;

export function isApostropheCode(c: number): boolean {
  return c === 0x27 || c === 0x60 || c === 0x2018 || c === 0x2019 || c === C_OKINA || c === C_TUTUQ || c === 0x2b9 || c === 0xb4 || c === 0x2032;
}
export function isAsciiLetterCode(c: number): boolean {
  const l = c | 0x20;
  return l >= 97 && l <= 122;
}
export function isCyrillicCode(c: number): boolean {
  return c >= 0x400 && c <= 0x4ff;
}
/** Lowercase of a Cyrillic capital (basic and extended blocks); other codes unchanged. */
export function cyrillicLower(c: number): number {
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  if (c >= 0x400 && c <= 0x40f) return c + 0x50;
  if (c >= 0x460 && c <= 0x4ff && (c & 1) === 0) return c + 1;
  return c;
}
export function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (isCyrillicCode(c)) return cyrillicLower(c) !== c;
  return false;
}
/** Letters, combining marks and apostrophes make up words. */
export function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetterCode(c) || c === 0x27 || c === 0x60;
  if (isCyrillicCode(c) || isApostropheCode(c)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return OTHER_LETTER_RE.test(text[i]);
}

/** The Cyrillic vowels, lowercase: whether one comes before decides how е, ц (and a Latin e) are spelt. */
/** Cyrillic letters that Uzbek transliteration and the Russian romanisation of slugs spell alike. */
export const CYRILLIC_LATIN_COMMON: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  ч: "ch",
  ш: "sh",
  э: "e",
  ё: "yo",
  ю: "yu",
  я: "ya",
};

/** The character codes of `letters`, in order: names for the letters a rule looks at. */
export function codesOf(letters: string): number[] {
  return [...letters].map((ch) => ch.charCodeAt(0));
}

export const CYRILLIC_VOWEL_CODES = new Set([..."аеёиоуўэюяы"].map((ch) => ch.charCodeAt(0)));

/** `ШАҲАР` → all capitals, `Шаҳар` → first letter only. */
export function applyCase(source: string, replacement: string): string {
  if (!isUpperCode(source.charCodeAt(0))) return replacement;
  if (source.length > 1 && source === source.toUpperCase()) return replacement.toUpperCase();
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

/** Counts letters of each script to tell whether Latin words sit inside Cyrillic text. */
export function isMostlyCyrillic(text: string): boolean {
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetterCode(c)) latin++;
    else if (isCyrillicCode(c)) cyrillic++;
  }
  return cyrillic > latin;
}
