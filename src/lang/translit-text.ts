/**
 * Text as the transliterator sees it: protected tokens (URLs, e-mail addresses, @mentions,
 * #hashtags, bare domains) that never change, and the words between them.
 */
import { isApostropheCode, isAsciiLetterCode, isWordCode } from "./translit-chars.js";

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
export function mapUnprotected(text: string, convert: (segment: string) => string): string {
  let out = "";
  let last = 0;
  CANDIDATE_RE.lastIndex = 0;
  for (let found = CANDIDATE_RE.exec(text); found; found = CANDIDATE_RE.exec(text)) {
    let start = found.index;
    while (start > last && !WHITESPACE_RE.test(text[start - 1])) start--;
    let end = found.index + 1;
    while (end < text.length && !WHITESPACE_RE.test(text[end])) end++;
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

/**
 * Calls `convertWord` on every word of `segment`, with quotation marks around the word split off:
 * `'salom'` → `'` + word + `'`. A final ʻ after o/g belongs to the word (togʻ) unless it closes a
 * quotation that opened with the same mark.
 */
export function mapWords(segment: string, convertWord: (word: string) => string): string {
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
