/**
 * Uzbek Latin → Cyrillic, one word at a time: the letter rules (digraphs sh/ch/oʻ/gʻ, y + vowel,
 * e/э, the tutuq as ъ, -tsiya), the words that stay Latin, and the exceptions dictionary.
 */
import { normalizeApostrophes } from "./apostrophes.js";
import {
  CYRILLIC_VOWEL_CODES,
  C_OKINA,
  C_TUTUQ,
  applyCase,
  codesOf,
  cyrillicLower,
  isApostropheCode,
  isAsciiLetterCode,
  isCyrillicCode,
  isUpperCode,
} from "./translit-chars.js";
import type { TranslitDictionary } from "./translit-dictionary.js";

/** Cyrillic for each Latin letter a–z (lowercase, then capital). */
const LATIN_TO_CYRILLIC = "абцдефгҳижклмнопқрстуввхйз";
const LATIN_TO_CYRILLIC_UPPER = LATIN_TO_CYRILLIC.toUpperCase();
const [A, E, G, H, I_, O, S, T, U, Y, C_, W, K, N, L, R] = codesOf("aeghiostuycwknlr");

function isLatinVowel(l: number): boolean {
  return l === A || l === E || l === I_ || l === O || l === U;
}

const enum Previous {
  Start,
  Vowel,
  Consonant,
  Tutuq,
}

const ROMAN_NUMERAL_RE = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/**
 * Words that stay Latin in Cyrillic text: no Latin letter at all, a letter Uzbek does not use
 * (c without h, w, é, ü…), camelCase brands (iPhone, YouTube), Roman numerals, the keep list.
 */
export function staysLatin(word: string, dictionary: TranslitDictionary): boolean {
  let latin = false;
  let allUpper = true;
  let previousLower = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isAsciiLetterCode(c)) {
      latin = true;
      const l = c | 0x20;
      const upper = c < 97;
      if (l === W || (l === C_ && (word.charCodeAt(i + 1) | 0x20) !== H)) return true;
      if (upper && previousLower) return true;
      previousLower = !upper;
      if (!upper) allUpper = false;
    } else if (!isApostropheCode(c) && !isCyrillicCode(c)) {
      return true;
    }
  }
  if (!latin) return true;
  if (allUpper && ROMAN_NUMERAL_RE.test(word)) return true;
  return dictionary.keepLatin.match(word) !== undefined;
}

/** A tutuq (or ʻ not taken by oʻ/gʻ) inside a word, before a letter, is the hard sign; undefined elsewhere. */
function hardSign(word: string, i: number): string | undefined {
  const c = word.charCodeAt(i);
  if (c !== C_TUTUQ && c !== C_OKINA) return undefined;
  const next = word.charCodeAt(i + 1);
  if (i === 0 || i + 1 >= word.length || isApostropheCode(next)) return undefined;
  return isUpperCode(word.charCodeAt(i - 1)) && isUpperCode(next) ? "Ъ" : "ъ";
}

/** An s at `i` after k or n and before "iya": the ц of -кция, -нция. */
function isSiya(word: string, i: number): boolean {
  const before = word.charCodeAt(i - 1) | 0x20;
  return (before === K || before === N) && (word.charCodeAt(i + 2) | 0x20) === Y && (word.charCodeAt(i + 3) | 0x20) === A;
}

function latinRulesToCyrillic(word: string, previous: Previous): string {
  let out = "";
  let prev = previous;
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (!isAsciiLetterCode(c)) {
      const sign = hardSign(word, i);
      out += sign ?? word[i];
      prev = sign ? Previous.Tutuq : CYRILLIC_VOWEL_CODES.has(cyrillicLower(c)) ? Previous.Vowel : Previous.Consonant;
      continue;
    }
    const l = c | 0x20;
    const upper = c < 97;
    const c1 = word.charCodeAt(i + 1);
    const l1 = isAsciiLetterCode(c1) ? c1 | 0x20 : -1;
    let cyr: string;
    let next: Previous = Previous.Consonant;
    if (l === O && c1 === C_OKINA) {
      cyr = "ў";
      next = Previous.Vowel;
      i++;
    } else if (l === G && c1 === C_OKINA) {
      cyr = "ғ";
      i++;
    } else if ((l === S || l === C_) && l1 === H) {
      cyr = l === S ? "ш" : "ч";
      i++;
    } else if (l === S && c1 === C_TUTUQ && (word.charCodeAt(i + 2) | 0x20) === H) {
      // sʼh: the tutuq only separates s and h (Isʼhoq → Исҳоқ).
      cyr = "с";
      i++;
    } else if (l === Y && (l1 === A || l1 === U || (l1 === O && word.charCodeAt(i + 2) !== C_OKINA))) {
      // After a tutuq too: its ъ is written already (maʼyus → маъюс, obʼyekt → объект).
      cyr = l1 === A ? "я" : l1 === U ? "ю" : "ё";
      next = Previous.Vowel;
      i++;
    } else if (l === Y && l1 === E) {
      // ye is е at the start of a word and after a vowel; after a consonant ъ keeps the y
      // (obyekt, syezd), except after l and r, where the loanwords and names have ь (Vasilyev).
      const before = word.charCodeAt(i - 1) | 0x20;
      cyr = prev !== Previous.Consonant ? "е" : before === L || before === R ? "ье" : "ъе";
      next = Previous.Vowel;
      i++;
    } else if (l === E) {
      cyr = prev === Previous.Consonant ? "е" : "э";
      next = Previous.Vowel;
    } else if (l === T && prev === Previous.Vowel && l1 === S && (word.charCodeAt(i + 2) | 0x20) === I_ && /^(?:ya|on)/i.test(word.slice(i + 3, i + 5))) {
      // -tsiya, -tsion after a vowel are the Russian -ция, -цион (militsiya → милиция).
      cyr = "ц";
      i++;
    } else if (l === S && l1 === I_ && i > 0 && isSiya(word, i)) {
      // -ksiya, -nsiya are the Russian -кция, -нция (reaksiya → реакция, provinsiya → провинция);
      // the few -нсия words are in the loanword list (pensiya → пенсия).
      cyr = "ц";
    } else {
      cyr = (upper ? LATIN_TO_CYRILLIC_UPPER : LATIN_TO_CYRILLIC).charAt(l - A);
      out += cyr;
      prev = isLatinVowel(l) ? Previous.Vowel : Previous.Consonant;
      continue;
    }
    out += upper ? cyr.toUpperCase() : cyr;
    prev = next;
  }
  return out;
}

export function latinWordToCyrillic(word: string, dictionary: TranslitDictionary): string {
  if (staysLatin(word, dictionary)) return word;
  let normalized = word;
  for (let i = 0; i < word.length; i++) {
    if (isApostropheCode(word.charCodeAt(i))) {
      normalized = normalizeApostrophes(word);
      break;
    }
  }
  const exception = dictionary.latinStems.match(normalized);
  if (!exception) return latinRulesToCyrillic(normalized, Previous.Start);
  const suffix = normalized.slice(exception.stemLength);
  // Before a suffix the soft sign of a loanword is dropped: сентябрь, but сентябрда.
  let replacement = exception.replacement;
  if (suffix && replacement.endsWith("ь")) replacement = replacement.slice(0, -1);
  const lastLetter = normalized.charCodeAt(exception.stemLength - 1) | 0x20;
  return applyCase(normalized, replacement) + latinRulesToCyrillic(suffix, isLatinVowel(lastLetter) ? Previous.Vowel : Previous.Consonant);
}
