/**
 * Highlighting for search results, taken from the text readers see (not the folded index terms):
 * each displayed word is folded and stemmed like the index (lang/search-terms.ts) and marked when
 * it is one of the query's terms. Results are plain parts; the views escape them, and `toHtml`
 * gives the API's escaped HTML with `<mark>` as the only tag.
 */
import type { Locale } from "../lang/locales.js";
import { chunkTerms, eachWord } from "../lang/search-terms.js";

/** A run of displayed text; `hit` when it is a word the query found. */
export interface TextPart {
  text: string;
  hit?: true;
}

/** What a displayed word must match: the query's terms, each equal or (with `prefix`) the start of the word's term. */
export interface Highlighter {
  locale: Locale;
  terms: ReadonlyArray<{ text: string; prefix: boolean }>;
}

/** Around this many characters of text in a snippet. */
const SNIPPET_CHARS = 240;
/** Words shown before the first hit, so the hit has its context. */
const CONTEXT_WORDS = 6;
/** The snippet looks for hits this far into a body only (longer bodies rarely matter past it). */
const SCAN_CHARS = 50_000;

function isHit(word: string, h: Highlighter): boolean {
  // A word has no white space: its terms are those of one chunk.
  for (const term of chunkTerms(word, h.locale)) {
    for (const q of h.terms) if (q.prefix ? term.startsWith(q.text) : term === q.text) return true;
  }
  return false;
}

/** `text[from, to)` as parts, the hit words marked. */
function parts(text: string, from: number, to: number, h: Highlighter): TextPart[] {
  const out: TextPart[] = [];
  let at = from;
  for (const w of eachWord(text.slice(from, to))) {
    const start = from + w.start;
    const end = from + w.end;
    if (!isHit(w.word, h)) continue;
    if (start > at) out.push({ text: text.slice(at, start) });
    out.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to) });
  return out;
}

/** A whole short text (a title) with its hits marked. */
export function highlightAll(text: string, h: Highlighter): TextPart[] {
  return parts(text, 0, text.length, h);
}

/**
 * About SNIPPET_CHARS of `text` around its first hit (a few words before it), cut at word
 * boundaries with "…" where text was left out; the start of the text when nothing in it matches
 * (the title did).
 */
export function snippet(text: string, h: Highlighter): TextPart[] {
  const scanned = text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text;
  // Words up to the first hit only (the rest of a long body is never looked at).
  const before: Array<{ start: number; end: number }> = [];
  let found = false;
  for (const w of eachWord(scanned)) {
    before.push(w);
    if (before.length > CONTEXT_WORDS + 1) before.shift();
    if (isHit(w.word, h)) {
      found = true;
      break;
    }
  }
  const start = found && before.length > CONTEXT_WORDS ? (before[0]?.start ?? 0) : 0;
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) {
    // End after the last whole word that fits.
    let last: number | undefined;
    for (const w of eachWord(text.slice(start, end + 1))) if (start + w.end <= end) last = start + w.end;
    end = last ?? end;
  }
  const body = parts(text, start, end, h);
  const squeezed = body.map((p) => ({ ...p, text: p.text.replace(/\s+/g, " ") }));
  if (start > 0) squeezed.unshift({ text: "… " });
  if (end < text.length) squeezed.push({ text: " …" });
  return squeezed.filter((p) => p.text !== "");
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** The parts as HTML: text escaped, hits in `<mark>`. */
export function toHtml(textParts: readonly TextPart[]): string {
  return textParts.map((p) => (p.hit ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join("");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}
