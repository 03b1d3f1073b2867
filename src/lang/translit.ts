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

export type Script = "cyrl" | "latn";

export interface TranslitOptions {
  dictionary?: TranslitDictionary;
  /** Remember converted words (default). Off only to measure the rules alone. */
  memo?: boolean;
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
