/**
 * Uzbek Latin ⇄ Cyrillic transliteration on the 1995 Latin alphabet: oʻ/gʻ with ʻ (U+02BB), the
 * tutuq belgisi ʼ (U+02BC). Hand-written because it is the product: the rules for е/ё/ю/я, э, ц,
 * ъ and ь depend on the neighbouring letters, and an exceptions dictionary (data) covers the
 * loanwords no rule can. Everything that is not an Uzbek word passes through unchanged: URLs,
 * e-mail addresses, @mentions, #hashtags, numbers, other scripts, control characters.
 */
import { OKINA, TUTUQ, isApostrophe, normalizeApostrophes } from "./apostrophes.js";
import { defaultDictionary, type TranslitDictionary } from "./translit-dictionary.js";

export type Script = "cyrl" | "latn";

export interface TranslitOptions {
  dictionary?: TranslitDictionary;
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
const WORD_RE = /[\p{L}\p{M}'`\u2018\u2019\u02BB\u02BC\u02B9\u00B4\u2032]+/gu;

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

/** Splits off quotation marks around a word: `'salom'` → `'`, `salom`, `'`. */
function mapWords(segment: string, convertWord: (word: string) => string): string {
  return segment.replace(WORD_RE, (token: string) => {
    let start = 0;
    while (start < token.length && isApostrophe(token[start] ?? "")) start++;
    if (start === token.length) return token;
    let end = token.length;
    const opener = start > 0 ? token[start - 1] : undefined;
    while (end > start && isApostrophe(token[end - 1] ?? "")) {
      const before = (token[end - 2] ?? "").toLowerCase();
      // Keep oʻ/gʻ at the end of a word (togʻ), unless the word was quoted with the same mark.
      if ((before === "o" || before === "g") && end === token.length && token[end - 1] !== opener) break;
      end--;
    }
    return token.slice(0, start) + convertWord(token.slice(start, end)) + token.slice(end);
  });
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** `ШАҲАР` → all capitals, `Шаҳар` → first letter only. */
function applyCase(source: string, replacement: string): string {
  if (!isUpper(source[0])) return replacement;
  const letters = source.replace(/[^\p{L}]/gu, "");
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Latin → Cyrillic

const LATIN_LETTERS: Record<string, string> = {
  a: "а", b: "б", c: "ц", d: "д", e: "е", f: "ф", g: "г", h: "ҳ", i: "и", j: "ж", k: "к", l: "л",
  m: "м", n: "н", o: "о", p: "п", q: "қ", r: "р", s: "с", t: "т", u: "у", v: "в", w: "в", x: "х",
  y: "й", z: "з",
};
const LATIN_VOWELS = "aeiou";
const Y_VOWELS: Record<string, string> = { a: "я", u: "ю", o: "ё" };

type Previous = "start" | "vowel" | "consonant" | "tutuq";

const ROMAN_NUMERAL_RE = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const FOREIGN_LATIN_RE = /[wW]|[cC](?![hH])|[^\p{Script=Cyrillic}A-Za-z'`\u2018\u2019\u02BB\u02BC\u02B9\u00B4\u2032\p{M}]|\p{Ll}\p{Lu}/u;

/** Words that stay Latin in Cyrillic text: brand names, foreign spellings, Roman numerals. */
function staysLatin(word: string, dictionary: TranslitDictionary, inCyrillicText: boolean): boolean {
  if (!/[A-Za-z]/.test(word)) return true;
  if (inCyrillicText) return true;
  if (ROMAN_NUMERAL_RE.test(word)) return true;
  if (FOREIGN_LATIN_RE.test(word)) return true;
  return dictionary.keepLatin.match(word.toLowerCase()) !== undefined;
}

function latinRulesToCyrillic(word: string, previous: Previous): string {
  let out = "";
  let prev = previous;
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const ch = word[i] as string;
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const next = word[i + 1];
    const nextLower = next?.toLowerCase();
    const cased = (cyr: string): string => (upper ? cyr.toUpperCase() : cyr);

    if (lower === "o" && next === OKINA) {
      out += cased("ў");
      i++;
      prev = "vowel";
    } else if (lower === "g" && next === OKINA) {
      out += cased("ғ");
      i++;
      prev = "consonant";
    } else if ((lower === "s" || lower === "c") && nextLower === "h") {
      out += cased(lower === "s" ? "ш" : "ч");
      i++;
      prev = "consonant";
    } else if (lower === "s" && next === TUTUQ && word[i + 2]?.toLowerCase() === "h") {
      // sʼh: the tutuq only separates s and h (Isʼhoq → Исҳоқ).
      out += cased("с");
      i++;
      prev = "consonant";
    } else if (lower === "y" && prev !== "tutuq" && nextLower !== undefined && nextLower in Y_VOWELS && !(nextLower === "o" && word[i + 2] === OKINA)) {
      out += cased(Y_VOWELS[nextLower] as string);
      i++;
      prev = "vowel";
    } else if (lower === "y" && prev !== "tutuq" && nextLower === "e") {
      // ye is е at the start of a word and after a vowel; after a consonant the sign ъ keeps the y.
      out += prev === "consonant" ? (upper ? "Ъ" : "ъ") + cased("е") : cased("е");
      i++;
      prev = "vowel";
    } else if (lower === "e") {
      out += cased(prev === "consonant" ? "е" : "э");
      prev = "vowel";
    } else if (lower === "t" && prev === "vowel" && nextLower === "s" && /^i(?:ya|on)/i.test(word.slice(i + 2, i + 5))) {
      // -tsiya, -tsion after a vowel are Russian -ция, -цион (militsiya → милиция).
      out += cased("ц");
      i++;
      prev = "consonant";
    } else if (ch === TUTUQ || ch === OKINA) {
      const betweenLetters = i > 0 && next !== undefined && !isApostrophe(next);
      out += betweenLetters ? "ъ" : ch;
      prev = betweenLetters ? "tutuq" : prev;
    } else if (lower in LATIN_LETTERS) {
      out += cased(LATIN_LETTERS[lower] as string);
      prev = LATIN_VOWELS.includes(lower) ? "vowel" : "consonant";
    } else {
      out += ch;
      prev = CYRILLIC_VOWELS.includes(lower) ? "vowel" : "consonant";
    }
  }
  return out;
}

function latinWordToCyrillic(word: string, dictionary: TranslitDictionary, inCyrillicText: boolean): string {
  if (staysLatin(word, dictionary, inCyrillicText)) return word;
  const normalized = normalizeApostrophes(word);
  const exception = dictionary.latinStems.match(normalized.toLowerCase());
  if (!exception) return latinRulesToCyrillic(normalized, "start");
  const stem = normalized.slice(0, exception.stemLength);
  const suffix = normalized.slice(exception.stemLength);
  // Before a suffix the soft sign of a loanword is dropped: сентябрь, but сентябрда.
  let replacement = exception.replacement;
  if (suffix && replacement.endsWith("ь")) replacement = replacement.slice(0, -1);
  const lastLetter = stem.at(-1)?.toLowerCase() ?? "";
  const casedStem = applyCase(normalized, replacement);
  const casedSuffix = latinRulesToCyrillic(suffix, LATIN_VOWELS.includes(lastLetter) ? "vowel" : "consonant");
  return casedStem + casedSuffix;
}

/** Counts letters of each script to tell whether Latin words sit inside Cyrillic text. */
function isMostlyCyrillic(text: string): boolean {
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
  }
  return cyrillic > latin;
}

// ---------------------------------------------------------------------------------------------
// Cyrillic → Latin

const CYRILLIC_LETTERS: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ғ: `g${OKINA}`, д: "d", ж: "j", з: "z", и: "i", й: "y", к: "k",
  қ: "q", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ў: `o${OKINA}`,
  ф: "f", х: "x", ҳ: "h", ч: "ch", ш: "sh", щ: "sh", ы: "i", э: "e", ё: "yo", ю: "yu", я: "ya",
};
const CYRILLIC_VOWELS = "аеёиоуўэюяы";
const IOTATED = "еёюя";

function cyrillicRulesToLatin(word: string, startsWord: boolean, previousIsVowel: boolean): string {
  let out = "";
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const ch = word[i] as string;
    const lower = ch.toLowerCase();
    const prevLower = i > 0 ? word[i - 1]?.toLowerCase() : undefined;
    const atStart = i === 0 ? startsWord : false;
    const afterVowel = i === 0 ? previousIsVowel : CYRILLIC_VOWELS.includes(prevLower ?? "");
    let lat: string;
    switch (lower) {
      case "е":
        lat = atStart || afterVowel || prevLower === "ъ" || prevLower === "ь" ? "ye" : "e";
        break;
      case "ц":
        lat = afterVowel ? "ts" : "s";
        break;
      case "ъ": {
        const next = word[i + 1]?.toLowerCase();
        lat = next !== undefined && IOTATED.includes(next) ? "" : TUTUQ;
        break;
      }
      case "ь":
        lat = word[i + 1]?.toLowerCase() === "о" ? "y" : "";
        break;
      case "с":
        // сҳ is two sounds: the tutuq keeps them apart from the digraph sh (Исҳоқ → Isʼhoq).
        lat = word[i + 1]?.toLowerCase() === "ҳ" ? `s${TUTUQ}` : "s";
        break;
      default: {
        const mapped = CYRILLIC_LETTERS[lower];
        if (mapped === undefined) {
          out += ch;
          continue;
        }
        lat = mapped;
      }
    }
    if (ch !== lower && lat) {
      const next = word[i + 1];
      const wholeWordUpper = isUpper(next) || (next === undefined && isUpper(word[i - 1]));
      lat = wholeWordUpper ? lat.toUpperCase() : lat.charAt(0).toUpperCase() + lat.slice(1);
    }
    out += lat;
  }
  return out;
}

function cyrillicWordToLatin(word: string, dictionary: TranslitDictionary): string {
  if (!/[\u0400-\u04ff]/.test(word)) return word;
  const exception = dictionary.cyrillicStems.match(word.toLowerCase(), "ь");
  if (!exception) return cyrillicRulesToLatin(word, true, false);
  const stemLength = exception.stemLength;
  const suffix = word.slice(stemLength);
  const lastLetter = word[stemLength - 1]?.toLowerCase() ?? "";
  return (
    applyCase(word, exception.replacement) +
    cyrillicRulesToLatin(suffix, false, CYRILLIC_VOWELS.includes(lastLetter))
  );
}

// ---------------------------------------------------------------------------------------------
// Public API

export function toCyrillic(text: string, options: TranslitOptions = {}): string {
  if (!text) return text;
  const dictionary = options.dictionary ?? defaultDictionary;
  const inCyrillicText = isMostlyCyrillic(text);
  return mapUnprotected(text, (segment) =>
    mapWords(segment, (word) => latinWordToCyrillic(word, dictionary, inCyrillicText)),
  );
}

export function toLatin(text: string, options: TranslitOptions = {}): string {
  if (!text) return text;
  const dictionary = options.dictionary ?? defaultDictionary;
  return mapUnprotected(text, (segment) => mapWords(segment, (word) => cyrillicWordToLatin(word, dictionary)));
}

export function transliterate(text: string, to: Script, options: TranslitOptions = {}): string {
  return to === "cyrl" ? toCyrillic(text, options) : toLatin(text, options);
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
  const textOnly = html.replace(HTML_TOKEN_RE, " ");
  const inCyrillicText = to === "cyrl" && isMostlyCyrillic(textOnly);
  const convertText = (text: string): string =>
    to === "cyrl"
      ? mapUnprotected(text, (s) => mapWords(s, (w) => latinWordToCyrillic(w, dictionary, inCyrillicText)))
      : mapUnprotected(text, (s) => mapWords(s, (w) => cyrillicWordToLatin(w, dictionary)));

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
