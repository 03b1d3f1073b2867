/**
 * Uzbek Latin ⇄ Cyrillic transliteration on the 1995 Latin alphabet: oʻ/gʻ with ʻ (U+02BB), the
 * tutuq belgisi ʼ (U+02BC). Hand-written because it is the product: the rules for е/ё/ю/я, э, ц,
 * ъ and ь depend on the neighbouring letters, and an exceptions dictionary (data) covers the
 * loanwords no rule can. Everything that is not an Uzbek word passes through unchanged: URLs,
 * e-mail addresses, @mentions, #hashtags, numbers, other scripts, control characters.
 */
import { OKINA, TUTUQ, normalizeApostrophes } from "./apostrophes.js";
import { defaultDictionary, type TranslitDictionary } from "./translit-dictionary.js";

export type Script = "cyrl" | "latn";

export interface TranslitOptions {
  dictionary?: TranslitDictionary;
  /** Remember converted words (default). Off only to measure the rules alone. */
  memo?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Tokens that never change

const DOMAIN_TLD = "(?:uz|com|ru|org|net|io|info|gov|edu|tv|me|app|dev|co|kz|kg|tj|tm|news)";
const PROTECTED_RE = new RegExp(
  [
    "(?:https?|ftp)://[^\\s<>\"'«»]+", // URLs
    "www\\.[^\\s<>\"'«»]+",
    "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+", // e-mail addresses
    "[@#][\\p{L}\\p{N}_]+", // @mentions and #hashtags
    `[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.${DOMAIN_TLD}(?![\\p{L}\\p{N}])`, // bare domains: kun.uz
  ].join("|"),
  "gu",
);
const TRAILING_PUNCTUATION_RE = /[.,;:!?)\]}»"']+$/;

const CANDIDATE_RE = /[@#.]/g;
const WHITESPACE_RE = /\s/;
/** Longer runs without whitespace are not URLs or addresses; not matching them keeps this linear. */
const MAX_PROTECTED_CHUNK = 2048;

/** Applies `convert` to the text between protected tokens, looking only at chunks that could hold one. */
function mapUnprotected(text: string, convert: (segment: string) => string): string {
  let out = "";
  let last = 0;
  CANDIDATE_RE.lastIndex = 0;
  for (let found = CANDIDATE_RE.exec(text); found; found = CANDIDATE_RE.exec(text)) {
    let start = found.index;
    while (start > last && !WHITESPACE_RE.test(text[start - 1] as string)) start--;
    let end = found.index + 1;
    while (end < text.length && !WHITESPACE_RE.test(text[end] as string)) end++;
    CANDIDATE_RE.lastIndex = end;
    // A full stop protects nothing unless a domain goes on after it (kun.uz, not "boʻladi.").
    if (found[0] === "." && !isAsciiLetterCode(text.charCodeAt(found.index + 1))) continue;
    if (end - start > MAX_PROTECTED_CHUNK) continue;
    const chunk = text.slice(start, end);
    for (const match of chunk.matchAll(PROTECTED_RE)) {
      let token = match[0];
      // A URL or domain at the end of a sentence does not own the full stop after it.
      if (token[0] !== "@" && token[0] !== "#") token = token.replace(TRAILING_PUNCTUATION_RE, "");
      const index = start + (match.index ?? 0);
      out += convert(text.slice(last, index)) + token;
      last = index + token.length;
    }
  }
  return last === 0 ? convert(text) : out + convert(text.slice(last));
}

// ---------------------------------------------------------------------------------------------
// Characters, by code: this is the hot loop, so no regular expressions or closures per character.

const C_OKINA = 0x02bb;
const C_TUTUQ = 0x02bc;
const OTHER_LETTER_RE = /[\p{L}\p{M}]/u;

function isApostropheCode(c: number): boolean {
  return c === 0x27 || c === 0x60 || c === 0x2018 || c === 0x2019 || c === C_OKINA || c === C_TUTUQ || c === 0x2b9 || c === 0xb4 || c === 0x2032;
}
function isAsciiLetterCode(c: number): boolean {
  const l = c | 0x20;
  return l >= 97 && l <= 122;
}
function isCyrillicCode(c: number): boolean {
  return c >= 0x400 && c <= 0x4ff;
}
/** Lowercase of a Cyrillic capital (basic and extended blocks); other codes unchanged. */
function cyrillicLower(c: number): number {
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  if (c >= 0x400 && c <= 0x40f) return c + 0x50;
  if (c >= 0x460 && c <= 0x4ff && (c & 1) === 0) return c + 1;
  return c;
}
function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (isCyrillicCode(c)) return cyrillicLower(c) !== c;
  return false;
}
/** Letters, combining marks and apostrophes make up words. */
function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetterCode(c) || c === 0x27 || c === 0x60;
  if (isCyrillicCode(c) || isApostropheCode(c)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return OTHER_LETTER_RE.test(text[i] as string);
}

/**
 * Calls `convertWord` on every word of `segment`, with quotation marks around the word split off:
 * `'salom'` → `'` + word + `'`. A final ʻ after o/g belongs to the word (togʻ) unless it closes a
 * quotation that opened with the same mark.
 */
function mapWords(segment: string, convertWord: (word: string) => string): string {
  let out = "";
  let last = 0;
  const n = segment.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(segment, i)) {
      i++;
      continue;
    }
    const tokenStart = i;
    while (i < n && isWordCode(segment, i)) i++;
    let start = tokenStart;
    while (start < i && isApostropheCode(segment.charCodeAt(start))) start++;
    if (start === i) continue;
    let end = i;
    const opener = start > tokenStart ? segment.charCodeAt(start - 1) : -1;
    while (end > start && isApostropheCode(segment.charCodeAt(end - 1))) {
      const before = segment.charCodeAt(end - 2) | 0x20;
      if ((before === 0x6f || before === 0x67) && end === i && segment.charCodeAt(end - 1) !== opener) break;
      end--;
    }
    out += segment.slice(last, start) + convertWord(segment.slice(start, end));
    last = end;
  }
  return last === 0 ? segment : out + segment.slice(last);
}

/** `ШАҲАР` → all capitals, `Шаҳар` → first letter only. */
function applyCase(source: string, replacement: string): string {
  if (!isUpperCode(source.charCodeAt(0))) return replacement;
  if (source.length > 1 && source === source.toUpperCase()) return replacement.toUpperCase();
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Latin → Cyrillic

/** Cyrillic for each Latin letter a–z (lowercase, then capital). */
const LATIN_TO_CYRILLIC = "абцдефгҳижклмнопқрстуввхйз";
const LATIN_TO_CYRILLIC_UPPER = LATIN_TO_CYRILLIC.toUpperCase();
const A = 97,
  E = 101,
  G = 103,
  H = 104,
  I_ = 105,
  O = 111,
  S = 115,
  T = 116,
  U = 117,
  Y = 121,
  C_ = 99,
  W = 119;

function isLatinVowel(l: number): boolean {
  return l === 97 || l === E || l === I_ || l === O || l === U;
}

const enum Previous {
  Start,
  Vowel,
  Consonant,
  Tutuq,
}

const CYRILLIC_VOWEL_CODES = new Set([..."аеёиоуўэюяы"].map((ch) => ch.charCodeAt(0)));
const ROMAN_NUMERAL_RE = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/**
 * Words that stay Latin in Cyrillic text: no Latin letter at all, a letter Uzbek does not use
 * (c without h, w, é, ü…), camelCase brands (iPhone, YouTube), Roman numerals, the keep list.
 */
function staysLatin(word: string, dictionary: TranslitDictionary): boolean {
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

function latinRulesToCyrillic(word: string, previous: Previous): string {
  let out = "";
  let prev = previous;
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (!isAsciiLetterCode(c)) {
      if (c === C_TUTUQ || c === C_OKINA) {
        const next = word.charCodeAt(i + 1);
        if (i > 0 && i + 1 < n && !isApostropheCode(next)) {
          out += isUpperCode(word.charCodeAt(i - 1)) && isUpperCode(next) ? "Ъ" : "ъ";
          prev = Previous.Tutuq;
          continue;
        }
      }
      out += word[i];
      prev = CYRILLIC_VOWEL_CODES.has(cyrillicLower(c)) ? Previous.Vowel : Previous.Consonant;
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
    } else if (l === Y && prev !== Previous.Tutuq && (l1 === A || l1 === U || (l1 === O && word.charCodeAt(i + 2) !== C_OKINA))) {
      cyr = l1 === A ? "я" : l1 === U ? "ю" : "ё";
      next = Previous.Vowel;
      i++;
    } else if (l === Y && prev !== Previous.Tutuq && l1 === E) {
      // ye is е at the start of a word and after a vowel; after a consonant ъ keeps the y.
      cyr = prev === Previous.Consonant ? "ъе" : "е";
      next = Previous.Vowel;
      i++;
    } else if (l === E) {
      cyr = prev === Previous.Consonant ? "е" : "э";
      next = Previous.Vowel;
    } else if (l === T && prev === Previous.Vowel && l1 === S && (word.charCodeAt(i + 2) | 0x20) === I_ && /^(?:ya|on)/i.test(word.slice(i + 3, i + 5))) {
      // -tsiya, -tsion after a vowel are the Russian -ция, -цион (militsiya → милиция).
      cyr = "ц";
      i++;
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

function latinWordToCyrillic(word: string, dictionary: TranslitDictionary): string {
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

/** Counts letters of each script to tell whether Latin words sit inside Cyrillic text. */
function isMostlyCyrillic(text: string): boolean {
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetterCode(c)) latin++;
    else if (isCyrillicCode(c)) cyrillic++;
  }
  return cyrillic > latin;
}

// ---------------------------------------------------------------------------------------------
// Cyrillic → Latin

/** Latin for each lowercase Cyrillic letter, indexed by code − 0x400; "" where a rule decides. */
const CYRILLIC_TO_LATIN: Array<string | undefined> = [];
for (const [cyr, lat] of Object.entries({
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ғ: `g${OKINA}`,
  д: "d",
  ж: "j",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ў: `o${OKINA}`,
  ф: "f",
  х: "x",
  ҳ: "h",
  ч: "ch",
  ш: "sh",
  щ: "sh",
  ы: "i",
  э: "e",
  ё: "yo",
  ю: "yu",
  я: "ya",
  е: "",
  ц: "",
  ъ: "",
  ь: "",
})) {
  CYRILLIC_TO_LATIN[cyr.charCodeAt(0) - 0x400] = lat;
}
const CE = 0x435,
  CTS = 0x446,
  HARD = 0x44a,
  SOFT = 0x44c,
  CS = 0x441,
  CH = 0x4b3,
  CO = 0x43e;
const CYO = 0x451,
  CYU = 0x44e,
  CYA = 0x44f,
  CU_SHORT = 0x45e;

function cyrillicRulesToLatin(word: string, startsWord: boolean, previousIsVowel: boolean): string {
  let out = "";
  const n = word.length;
  let prevLower = -1;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    const l = cyrillicLower(c);
    const mapped = isCyrillicCode(l) ? CYRILLIC_TO_LATIN[l - 0x400] : undefined;
    if (mapped === undefined) {
      out += word[i];
      prevLower = l;
      continue;
    }
    const afterVowel = i === 0 ? previousIsVowel : CYRILLIC_VOWEL_CODES.has(prevLower);
    const nextLower = cyrillicLower(word.charCodeAt(i + 1));
    let lat = mapped;
    if (l === CE) {
      lat = (i === 0 && startsWord) || afterVowel || prevLower === HARD || prevLower === SOFT ? "ye" : "e";
    } else if (l === CTS) {
      lat = afterVowel ? "ts" : "s";
    } else if (l === HARD) {
      // Dropped before е/ё/ю/я (which then carry the y), and after ў, whose oʻ already has its
      // apostrophe (мўъжиза → moʻjiza); elsewhere the tutuq belgisi.
      const iotated = nextLower === CE || nextLower === CYO || nextLower === CYU || nextLower === CYA;
      lat = iotated || prevLower === CU_SHORT ? "" : TUTUQ;
    } else if (l === SOFT) {
      lat = nextLower === CO ? "y" : "";
    } else if (l === CS && nextLower === CH) {
      // сҳ is two sounds: the tutuq keeps them apart from the digraph sh (Исҳоқ → Isʼhoq).
      lat = `s${TUTUQ}`;
    }
    prevLower = l;
    if (c !== l && lat) {
      if (lat.length === 1) {
        lat = lat.toUpperCase();
      } else {
        // The signs ъ and ь have case but say nothing about it: look past them.
        let j = i + 1;
        while (cyrillicLower(word.charCodeAt(j)) === HARD || cyrillicLower(word.charCodeAt(j)) === SOFT) j++;
        const wholeWordUpper = j < n ? isUpperCode(word.charCodeAt(j)) : isUpperCode(word.charCodeAt(i - 1));
        lat = wholeWordUpper ? lat.toUpperCase() : lat.charAt(0).toUpperCase() + lat.slice(1);
      }
    }
    out += lat;
  }
  return out;
}

function cyrillicWordToLatin(word: string, dictionary: TranslitDictionary): string {
  let cyrillic = false;
  for (let i = 0; i < word.length && !cyrillic; i++) cyrillic = isCyrillicCode(word.charCodeAt(i));
  if (!cyrillic) return word;
  const exception = dictionary.cyrillicStems.match(word, "ь");
  if (!exception) return cyrillicRulesToLatin(word, true, false);
  const stemLength = exception.stemLength;
  const lastLetter = cyrillicLower(word.charCodeAt(stemLength - 1));
  return applyCase(word, exception.replacement) + cyrillicRulesToLatin(word.slice(stemLength), false, CYRILLIC_VOWEL_CODES.has(lastLetter));
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Converted words, per dictionary and direction. Running text repeats its words (Zipf), so most
 * words are converted once; the memo is cleared when full, which bounds its memory.
 */
const MEMO_LIMIT = 50_000;
const MEMO_MAX_WORD = 40;
const memos = new WeakMap<TranslitDictionary, { revision: number } & Record<Script, Map<string, string>>>();

function wordConverter(to: Script, dictionary: TranslitDictionary, inCyrillicText: boolean, useMemo = true): (word: string) => string {
  if (to === "cyrl" && inCyrillicText) return (word) => word;
  if (!useMemo) return to === "cyrl" ? (word) => latinWordToCyrillic(word, dictionary) : (word) => cyrillicWordToLatin(word, dictionary);
  let memo = memos.get(dictionary);
  if (!memo || memo.revision !== dictionary.revision) {
    memo = { revision: dictionary.revision, cyrl: new Map(), latn: new Map() };
    memos.set(dictionary, memo);
  }
  const cache = memo[to];
  return (word) => {
    let converted = cache.get(word);
    if (converted === undefined) {
      converted = to === "cyrl" ? latinWordToCyrillic(word, dictionary) : cyrillicWordToLatin(word, dictionary);
      if (word.length <= MEMO_MAX_WORD) {
        if (cache.size >= MEMO_LIMIT) cache.clear();
        cache.set(word, converted);
      }
    }
    return converted;
  };
}

export function transliterate(text: string, to: Script, options: TranslitOptions = {}): string {
  if (!text) return text;
  const dictionary = options.dictionary ?? defaultDictionary;
  const convertWord = wordConverter(to, dictionary, to === "cyrl" && isMostlyCyrillic(text), options.memo);
  return mapUnprotected(text, (segment) => mapWords(segment, convertWord));
}

export function toCyrillic(text: string, options: TranslitOptions = {}): string {
  return transliterate(text, "cyrl", options);
}

export function toLatin(text: string, options: TranslitOptions = {}): string {
  return transliterate(text, "latn", options);
}

// ---------------------------------------------------------------------------------------------
// HTML: only text nodes change

const HTML_TOKEN_RE =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[!?/]?[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g;
const RAW_TEXT_TAG_RE = /^<(\/?)(script|style|code|pre|kbd|samp|textarea)[\s/>]/i;

/**
 * Transliterates the text nodes of an HTML fragment. Tags, attributes, comments and entities are
 * kept byte for byte; the contents of script, style, code, pre, kbd, samp and textarea too.
 */
export function transliterateHtml(html: string, to: Script, options: TranslitOptions = {}): string {
  if (!html) return html;
  const dictionary = options.dictionary ?? defaultDictionary;
  const inCyrillicText = to === "cyrl" && isMostlyCyrillic(html.replace(HTML_TOKEN_RE, " "));
  const convertWord = wordConverter(to, dictionary, inCyrillicText, options.memo);
  const convertText = (text: string): string => mapUnprotected(text, (segment) => mapWords(segment, convertWord));

  let out = "";
  let last = 0;
  let rawDepth = 0;
  for (const match of html.matchAll(HTML_TOKEN_RE)) {
    const index = match.index ?? 0;
    const text = html.slice(last, index);
    out += rawDepth > 0 ? text : convertText(text);
    const token = match[0];
    const raw = RAW_TEXT_TAG_RE.exec(token);
    if (raw && !token.endsWith("/>")) rawDepth = Math.max(0, rawDepth + (raw[1] ? -1 : 1));
    out += token;
    last = index + token.length;
  }
  const tail = html.slice(last);
  return out + (rawDepth > 0 ? tail : convertText(tail));
}
