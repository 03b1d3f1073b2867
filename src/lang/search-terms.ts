/**
 * The terms full-text search indexes and looks up: a text's words folded like `searchKey` and, in
 * Russian and English, reduced to their Snowball stem (@orama/stemmers), so "новостями" and
 * "новости" meet at "новост", "elections" and "election" at "elect". The same function runs when an
 * article is written and on the reader's query, so both sides always name the same forms.
 *
 * - Uzbek (uz, oz): `searchKey` of each word — Cyrillic to Latin, apostrophes and diacritics out,
 *   lower case: Тошкент, Toshkent and TOSHKENT give `toshkent`; Oʻzbekiston, O'zbekiston and
 *   Ўзбекистон give `ozbekiston`. No stemmer: a query matches words that start with its terms
 *   (the search's job), so "toshkent" finds "Toshkentda" and "Toshkentning".
 * - Russian and English: lower case, ё → е, apostrophes out; a Cyrillic word goes through the
 *   Russian stemmer; a Latin one loses its diacritics and, in English, goes through the English
 *   stemmer (a Latin name inside a Russian text is kept whole).
 *
 * Terms are runs of letters and digits (\p{L}\p{N}) only, never longer than MAX_TERM_LENGTH:
 * nothing of a query's punctuation reaches a full-text query syntax.
 */
import { stemmer as englishStem } from "@orama/stemmers/english";
import { stemmer as russianStem } from "@orama/stemmers/russian";
import { stripApostrophes } from "./apostrophes.js";
import type { Locale } from "./locales.js";
import { searchKey } from "./search-key.js";

/** A longer run of letters is cut here: no word is that long, and the index keeps no junk. */
export const MAX_TERM_LENGTH = 40;

const CYRILLIC = /[\u0400-\u04ff]/;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}/gu;

function cut(term: string): string {
  return term.length > MAX_TERM_LENGTH ? term.slice(0, MAX_TERM_LENGTH) : term;
}

function uzbekTerms(word: string): string[] {
  const out: string[] = [];
  for (const term of searchKey(word).split(" ")) if (term) out.push(cut(term));
  return out;
}

function stemmedTerms(word: string, english: boolean): string[] {
  const out: string[] = [];
  const folded = stripApostrophes(word.normalize("NFC")).toLowerCase().replace(/ё/g, "е");
  for (const part of folded.split(SEPARATORS)) {
    if (!part) continue;
    if (CYRILLIC.test(part)) {
      out.push(cut(russianStem(part)));
      continue;
    }
    const latin = part.normalize("NFKD").replace(MARKS, "");
    for (const piece of latin.split(SEPARATORS)) if (piece) out.push(cut(english ? englishStem(piece) : piece));
  }
  return out;
}

/** The terms of one whitespace-free chunk of text (a word), memoised per locale (a text repeats its words). */
const MEMO_LIMIT = 100_000;
const memo: Record<"uz" | "ru" | "en", Map<string, string[]>> = { uz: new Map(), ru: new Map(), en: new Map() };

export function chunkTerms(chunk: string, locale: Locale): readonly string[] {
  const kind = locale === "oz" ? "uz" : locale;
  const cache = memo[kind];
  let terms = cache.get(chunk);
  if (!terms) {
    terms = kind === "uz" ? uzbekTerms(chunk) : stemmedTerms(chunk, kind === "en");
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(chunk, terms);
  }
  return terms;
}

/** The search terms of a text written in `locale`, in order (repeats kept: they weigh in the ranking). */
export function searchTerms(text: string, locale: Locale): string[] {
  const out: string[] = [];
  if (!text) return out;
  for (const chunk of text.split(/\s+/)) if (chunk) for (const term of chunkTerms(chunk, locale)) out.push(term);
  return out;
}

/**
 * How a query's terms match an index term: Uzbek terms match the words they start (Uzbek adds its
 * endings to the word: Toshkent-da, Toshkent-ning), Russian and English stems match exactly.
 */
export function matchesByPrefix(locale: Locale): boolean {
  return locale === "uz" || locale === "oz";
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['`\u2018\u2019\u02BB\u02BC\u02B9\u00B4\u2032][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * The words of a displayed text with where each is, for highlighting (lazily): runs of letters,
 * digits and the apostrophes inside words. One regular expression for all calls, each walk
 * keeping its own position (matchAll makes a copy of it on every call).
 */
export function* eachWord(text: string): Generator<{ start: number; end: number; word: string }> {
  let at = 0;
  for (;;) {
    WORD.lastIndex = at;
    const match = WORD.exec(text);
    if (!match) return;
    at = WORD.lastIndex;
    yield { start: match.index, end: at, word: match[0] };
  }
}
