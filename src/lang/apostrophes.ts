/**
 * Uzbek Latin uses two apostrophe letters: ʻ (U+02BB, in oʻ and gʻ) and ʼ (U+02BC, the tutuq
 * belgisi). Writers type them in many look-alike ways; everything else in Xabar sees only these two.
 */
export const OKINA = "\u02BB"; // ʻ  (oʻ, gʻ)
export const TUTUQ = "\u02BC"; // ʼ  (tutuq belgisi)

/** Every character a writer may type for an Uzbek apostrophe. */
export const APOSTROPHE_CHARS = "'`\u2018\u2019\u02BB\u02BC\u02B9\u00B4\u2032";
const APOSTROPHE_RE = /['`\u2018\u2019\u02BB\u02BC\u02B9\u00B4\u2032]/g;

export function isApostrophe(ch: string): boolean {
  return ch.length === 1 && APOSTROPHE_CHARS.includes(ch);
}

const LETTER_RE = /^\p{L}$/u;
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_RE.test(ch);
}

function isOorG(ch: string | undefined): boolean {
  return ch === "o" || ch === "O" || ch === "g" || ch === "G";
}

/**
 * True when the apostrophe at `index` closes a quotation that opened with the same character at
 * the start of the word (`'tog'` is a quoted word, not "togʻ" with a stray quote in front).
 */
function closesQuote(text: string, index: number): boolean {
  let start = index - 1;
  while (start > 0 && (isLetter(text[start - 1]) || (isApostrophe(text[start - 1] ?? "") && isLetter(text[start - 2])))) start--;
  const opener = text[start - 1];
  return opener === text[index] && !isLetter(text[start - 2]);
}

/**
 * Every look-alike apostrophe after o/g (either case) becomes ʻ; elsewhere between two letters it
 * becomes ʼ. Apostrophes used as quotation marks are left alone.
 */
export function normalizeApostrophes(text: string): string {
  if (!text) return text;
  return text.replace(APOSTROPHE_RE, (ch: string, offset: number) => {
    const prev = text[offset - 1];
    const next = text[offset + 1];
    if (isOorG(prev)) {
      if (!isLetter(next) && closesQuote(text, offset)) return ch;
      return OKINA;
    }
    if (isLetter(prev) && isLetter(next)) return TUTUQ;
    return ch;
  });
}

/** Removes Uzbek apostrophes (after normalisation): for slugs and search keys. */
export function stripApostrophes(text: string): string {
  return text.replace(APOSTROPHE_RE, "");
}
