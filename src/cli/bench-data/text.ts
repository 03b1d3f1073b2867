/**
 * Generated text for bench content: deterministic draws from a seed, word-list sentences per
 * written language, and a rendition (title, lead, body HTML and text, search key) from them.
 * Uzbek Cyrillic is the Latin words through toCyrillic; search_text is searchKey applied word by
 * word (memoised: searchKey folds each word on its own, so joining the words' keys gives what
 * searchKey of the whole text gives).
 */
import { searchKey } from "../../lang/search-key.js";
import { toCyrillic } from "../../lang/translit.js";
import { type BenchWrittenLocale, WORDS } from "./words.js";

/** mulberry32: small, fast, deterministic. */
function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random draws from one seed: the same seed gives the same content. */
export class Draws {
  /** A number in [0, 1). */
  readonly next: () => number;

  constructor(seed: number) {
    this.next = randomFrom(seed);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

function memo(fn: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      value = fn(word);
      cache.set(word, value);
    }
    return value;
  };
}

export const cyrillic = memo((word) => toCyrillic(word));
const keyOf = memo((word) => searchKey(word));
const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/** A text as words: title, lead sentence, body paragraphs of sentences. */
export interface Words {
  title: string[];
  lead: string[];
  body: string[][][];
}

export interface Rendition {
  title: string;
  lead: string;
  bodyHtml: string;
  bodyText: string;
  searchText: string;
}

/** Words of one language: a title of 5–9, a lead of 10–16, 2–4 paragraphs of 2–3 sentences of 6–12. */
export function drawWords(draw: Draws, lang: BenchWrittenLocale): Words {
  const sentence = (min: number, max: number) => Array.from({ length: draw.int(min, max) }, () => draw.pick(WORDS[lang]));
  return {
    title: sentence(5, 9),
    lead: sentence(10, 16),
    body: Array.from({ length: draw.int(2, 4) }, () => Array.from({ length: draw.int(2, 3) }, () => sentence(6, 12))),
  };
}

/** The words as an article, each word through `map` (identity, or to Cyrillic). */
export function render(words: Words, map: (word: string) => string): Rendition {
  const sentence = (ws: string[]) => `${ws.map((w, i) => (i === 0 ? capitalize(map(w)) : map(w))).join(" ")}.`;
  const paragraphs = words.body.map((p) => p.map(sentence).join(" "));
  const title = words.title.map((w, i) => (i === 0 ? capitalize(map(w)) : map(w))).join(" ");
  const lead = sentence(words.lead);
  const keys: string[] = [];
  for (const w of words.title) keys.push(keyOf(map(w)));
  for (const w of words.lead) keys.push(keyOf(map(w)));
  for (const p of words.body) for (const s of p) for (const w of s) keys.push(keyOf(map(w)));
  return {
    title,
    lead,
    bodyHtml: paragraphs.map((p) => `<p>${p}</p>`).join("\n"),
    bodyText: paragraphs.join("\n\n"),
    searchText: keys.filter(Boolean).join(" "),
  };
}
