/**
 * Latin alphabet profiles. The archive is stored in the 1995 alphabet (oʻ gʻ sh ch); a profile
 * changes only what is shown or exported, so a newsroom can follow a reform without editing its
 * archive. "reform" is the published proposal: Oʻ → Õ, Gʻ → Ğ, Sh → Ş, Ch → Ç. In it a plain "sh"
 * is two sounds, what 1995 writes sʼh (Isʼhoq → Ishoq), so both directions are exact.
 *
 * Words that are not Uzbek (brands, camelCase, letters Uzbek does not use: see staysLatin) and
 * protected tokens (URLs, e-mail addresses, @mentions, #hashtags) never change.
 */
import { normalizeApostrophes } from "./apostrophes.js";
import { C_OKINA, C_TUTUQ, isApostropheCode } from "./translit-chars.js";
import { type TranslitDictionary, defaultDictionary } from "./translit-dictionary.js";
import { mapUnprotected, mapWords } from "./translit-text.js";
import { staysLatin } from "./translit-to-cyrillic.js";

export const LATIN_PROFILES = ["1995", "reform"] as const;
export type LatinProfile = (typeof LATIN_PROFILES)[number];
export const DEFAULT_LATIN_PROFILE: LatinProfile = "1995";

export function isLatinProfile(value: unknown): value is LatinProfile {
  return typeof value === "string" && (LATIN_PROFILES as readonly string[]).includes(value);
}

const [LO, LG, LS, LC, LH] = [0x6f, 0x67, 0x73, 0x63, 0x68];

/** A word of the 1995 alphabet in the reform one. */
function wordToReform(word: string, dictionary: TranslitDictionary): string {
  if (staysLatin(word, dictionary)) return word;
  const w = word.includes("'") || word.includes("`") || word.includes("\u2018") || word.includes("\u2019") ? normalizeApostrophes(word) : word;
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const l = c | 0x20;
    const next = w.charCodeAt(i + 1);
    const upper = c < 97;
    if ((l === LO || l === LG) && next === C_OKINA) {
      out += l === LO ? (upper ? "Õ" : "õ") : upper ? "Ğ" : "ğ";
      i++;
    } else if ((l === LS || l === LC) && (next | 0x20) === LH) {
      out += l === LS ? (upper ? "Ş" : "ş") : upper ? "Ç" : "ç";
      i++;
    } else if (l === LS && next === C_TUTUQ && (w.charCodeAt(i + 2) | 0x20) === LH) {
      // sʼh: in the reform alphabet s + h can only be two sounds.
      out += w[i];
      i++;
    } else {
      out += w[i];
    }
  }
  return out;
}

const REFORM_LETTERS_RE = /[õğşçÕĞŞÇșȘ]/;

/** Any capital letter, Ç and Ş too. */
function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** The 1995 spelling of a reform letter's digraph, in the case its neighbours say. */
function digraph(base: string, word: string, i: number, upper: boolean): string {
  if (!upper) return base;
  let j = i + 1;
  while (j < word.length && isApostropheCode(word.charCodeAt(j))) j++;
  let k = i - 1;
  while (k >= 0 && isApostropheCode(word.charCodeAt(k))) k--;
  const wholeUpper = j < word.length ? isUpper(word[j]) : k >= 0 && isUpper(word[k]);
  return wholeUpper ? base.toUpperCase() : base.charAt(0).toUpperCase() + base.slice(1);
}

/** A word of the reform alphabet in the 1995 one. */
function wordFrom(word: string, dictionary: TranslitDictionary): string {
  const w = word.normalize("NFC");
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const upper = ch !== ch.toLowerCase();
    const lower = ch.toLowerCase();
    if (lower === "õ") out += upper ? "Oʻ" : "oʻ";
    else if (lower === "ğ") out += upper ? "Gʻ" : "gʻ";
    else if (lower === "ş" || lower === "ș") out += digraph("sh", w, i, upper);
    else if (lower === "ç") out += digraph("ch", w, i, upper);
    else if (lower === "s" && (w.charCodeAt(i + 1) | 0x20) === LH) out += `${ch}\u02BC`;
    else out += ch;
  }
  // A word that is not Uzbek once in the 1995 alphabet (Washington, Müller) is left as it came.
  // (A plain ch is not Uzbek in the reform alphabet: it stays, as in Chevrolet.)
  return staysLatin(out, dictionary) && !REFORM_LETTERS_RE.test(w) ? word : out;
}

function converter(convert: (word: string, dictionary: TranslitDictionary) => string, dictionary: TranslitDictionary): (text: string) => string {
  return (text) => mapUnprotected(text, (segment) => mapWords(segment, (word) => convert(word, dictionary)));
}

/** Uzbek Latin in the 1995 alphabet → `profile`. */
export function toLatinProfile(text: string, profile: LatinProfile, dictionary = defaultDictionary): string {
  if (profile === "1995" || !text) return text;
  return converter(wordToReform, dictionary)(text);
}

/** Uzbek Latin in `profile` → the 1995 alphabet (what the archive stores and the transliterator reads). */
export function fromLatinProfile(text: string, profile: LatinProfile, dictionary = defaultDictionary): string {
  if (profile === "1995" || !text) return text;
  return converter(wordFrom, dictionary)(text);
}

/** One word each way, for the transliterator's word converters. */
export function wordToProfile(word: string, profile: LatinProfile, dictionary: TranslitDictionary): string {
  return profile === "1995" ? word : wordToReform(word, dictionary);
}
export function wordFromProfile(word: string, profile: LatinProfile, dictionary: TranslitDictionary): string {
  return profile === "1995" ? word : wordFrom(word, dictionary);
}
