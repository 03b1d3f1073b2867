/**
 * Uzbek Latin ⇄ Cyrillic transliteration on the 1995 Latin alphabet: oʻ/gʻ with ʻ (U+02BB), the
 * tutuq belgisi ʼ (U+02BC). Hand-written because it is the product: the rules for е/ё/ю/я, э, ц,
 * ъ and ь depend on the neighbouring letters, and an exceptions dictionary (data) covers the
 * loanwords no rule can. Everything that is not an Uzbek word passes through unchanged: URLs,
 * e-mail addresses, @mentions, #hashtags, numbers, other scripts, control characters.
 */
import { isMostlyCyrillic } from "./translit-chars.js";
import { defaultDictionary, type TranslitDictionary } from "./translit-dictionary.js";
import { mapUnprotected, mapWords } from "./translit-text.js";
import { cyrillicWordToLatin } from "./translit-to-latin.js";
import { latinWordToCyrillic } from "./translit-to-cyrillic.js";
import { type LatinProfile, toLatinProfile, wordFromProfile, wordToProfile } from "./translit-profile.js";

export type Script = "cyrl" | "latn";

export interface TranslitOptions {
  dictionary?: TranslitDictionary;
  /** Remember converted words (default). Off only to measure the rules alone. */
  memo?: boolean;
  /** The Latin alphabet of the Latin side (what toLatin writes, what toCyrillic reads); 1995 by default. */
  profile?: LatinProfile;
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Converted words, per dictionary and direction. Running text repeats its words (Zipf), so most
 * words are converted once; the memo is cleared when full, which bounds its memory.
 */
const MEMO_LIMIT = 50_000;
const MEMO_MAX_WORD = 40;
const memos = new WeakMap<TranslitDictionary, { revision: number; caches: Map<string, Map<string, string>> }>();

function plainConverter(to: Script, dictionary: TranslitDictionary, profile: LatinProfile): (word: string) => string {
  if (profile !== "1995") {
    return to === "cyrl"
      ? (word) => latinWordToCyrillic(wordFromProfile(word, profile, dictionary), dictionary)
      : (word) => wordToProfile(cyrillicWordToLatin(word, dictionary), profile, dictionary);
  }
  return to === "cyrl" ? (word) => latinWordToCyrillic(word, dictionary) : (word) => cyrillicWordToLatin(word, dictionary);
}

function wordConverter(
  to: Script,
  dictionary: TranslitDictionary,
  inCyrillicText: boolean,
  useMemo = true,
  profile: LatinProfile = "1995",
): (word: string) => string {
  if (to === "cyrl" && inCyrillicText) return (word) => word;
  const convertWord = plainConverter(to, dictionary, profile);
  if (!useMemo) return convertWord;
  let memo = memos.get(dictionary);
  if (!memo || memo.revision !== dictionary.revision) {
    memo = { revision: dictionary.revision, caches: new Map() };
    memos.set(dictionary, memo);
  }
  const key = `${to} ${profile}`;
  let cache = memo.caches.get(key);
  if (!cache) {
    cache = new Map();
    memo.caches.set(key, cache);
  }
  const words = cache;
  return (word) => {
    let converted = words.get(word);
    if (converted === undefined) {
      converted = convertWord(word);
      if (word.length <= MEMO_MAX_WORD) {
        if (words.size >= MEMO_LIMIT) words.clear();
        words.set(word, converted);
      }
    }
    return converted;
  };
}

export function transliterate(text: string, to: Script, options: TranslitOptions = {}): string {
  if (!text) return text;
  const dictionary = options.dictionary ?? defaultDictionary;
  const convertWord = wordConverter(to, dictionary, to === "cyrl" && isMostlyCyrillic(text), options.memo, options.profile);
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

/** The attributes whose values readers see: they change with the text (meta's content too, for the Latin profile, which changes no word). */
const TEXT_ATTRIBUTE_RE = /(\s(?:alt|title|aria-label|placeholder|content)=)("[^"]*"|'[^']*')/gi;
/** The same without meta's content, which may be a setting (http-equiv, viewport) that another script would break. */
const SHOWN_ATTRIBUTE_RE = /(\s(?:alt|title|aria-label|placeholder)=)("[^"]*"|'[^']*')/gi;
const ENTITY_RE = /(&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);)/;

function convertAttributes(tag: string, convertText: (text: string) => string, which: RegExp): string {
  return tag.replace(which, (whole, name: string, quoted: string) => {
    // A URL or a path (og:url, twitter:image) is not text, even without a dot in its host.
    if (/^["'](?:[a-z][a-z0-9+.-]*:|\/)/i.test(quoted)) return whole;
    const value = quoted
      .slice(1, -1)
      .split(ENTITY_RE)
      .map((part, i) => (i % 2 === 1 ? part : convertText(part)));
    return `${name}${quoted[0]}${value.join("")}${quoted[0]}`;
  });
}

/**
 * Applies `convertText` to the text nodes of an HTML fragment (and to the values of the
 * `attributes`: alt, title, aria-label, placeholder, with "content" meta's content too). Everything
 * else is kept byte for byte: tags, other attributes, comments, entities, and the contents of
 * script, style, code, pre, kbd, samp and textarea.
 */
export function mapHtmlText(html: string, convertText: (text: string) => string, attributes: "shown" | "content" = "shown"): string {
  const which = attributes === "content" ? TEXT_ATTRIBUTE_RE : SHOWN_ATTRIBUTE_RE;
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
    out += rawDepth === 0 && token[0] === "<" && /^<[a-zA-Z]/.test(token) ? convertAttributes(token, convertText, which) : token;
    last = index + token.length;
  }
  const tail = html.slice(last);
  return out + (rawDepth > 0 ? tail : convertText(tail));
}

/** Transliterates the text of an HTML fragment: its text nodes and the attributes readers see (alt, title…; see mapHtmlText). */
export function transliterateHtml(html: string, to: Script, options: TranslitOptions = {}): string {
  if (!html) return html;
  const dictionary = options.dictionary ?? defaultDictionary;
  const inCyrillicText = to === "cyrl" && isMostlyCyrillic(html.replace(HTML_TOKEN_RE, " "));
  const convertWord = wordConverter(to, dictionary, inCyrillicText, options.memo, options.profile);
  return mapHtmlText(html, (text) => mapUnprotected(text, (segment) => mapWords(segment, convertWord)));
}

/** A page or fragment in the 1995 Latin alphabet, shown in `profile`: text nodes and the attributes readers see. */
export function latinProfileHtml(html: string, profile: LatinProfile, dictionary = defaultDictionary): string {
  if (profile === "1995" || !html) return html;
  return mapHtmlText(html, (text) => toLatinProfile(text, profile, dictionary), "content");
}
