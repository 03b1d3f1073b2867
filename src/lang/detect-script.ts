/**
 * Which of the portal's four languages and scripts a text is in: uz-Latn, uz-Cyrl, ru or en.
 * The importer needs it (WordPress sites label Latin Uzbek "oz" and Cyrillic "uz", or the
 * reverse), and the newsroom warns when text of the wrong script is pasted into a rendition.
 *
 * First the script, by counting letters. Then, within it, evidence: letters one language has and
 * the other lacks — ў қ ғ ҳ and ъ for Uzbek, ы щ and ь for Russian; oʻ gʻ, q and x for Uzbek,
 * w, c and th for English — and their most frequent short words (ва, и, va, the). On texts of 20
 * words or more this is right every time in our tests. A short title may carry no evidence at all
 * ("Президент", "Sport"): then the answer is "unknown", never a guess; a title with one telling
 * letter or word gets its language.
 */
import { isApostropheCode, isAsciiLetterCode, isCyrillicCode } from "./translit-chars.js";

export type DetectedScript = "uz-Latn" | "uz-Cyrl" | "ru" | "en" | "unknown";

const UZ_CYRILLIC_LETTERS = new Set([..."ўқғҳЎҚҒҲ"].map((ch) => ch.charCodeAt(0)));
const RU_LETTERS = new Set([..."ыщЫЩ"].map((ch) => ch.charCodeAt(0)));
/** Letters of other Cyrillic languages (Kazakh, Ukrainian, Belarusian, Tajik…): not ours. */
const OTHER_CYRILLIC_LETTERS = new Set([..."әөүұіїєңһӣӯҷӘӨҮҰІЇЄҢҺӢӮҶ"].map((ch) => ch.charCodeAt(0)));
const [HARD, HARD_UPPER, SOFT, SOFT_UPPER] = [..."ъЪьЬ"].map((ch) => ch.charCodeAt(0));
/** Letters of the Uzbek reform proposals (õ ğ ş ç): Uzbek, even if Turkish has three of them. */
const UZ_REFORM_LETTERS = new Set([..."õğşçÕĞŞÇ"].map((ch) => ch.charCodeAt(0)));
/** Latin letters of other languages (ü ö ä é ñ ß ı …): neither Uzbek nor English. */
const OTHER_LATIN_RE = /[\u00C0-\u024F]/;

const WORDS: Record<"uzCyrl" | "ru" | "uzLatn" | "en", ReadonlySet<string>> = {
  uzCyrl: new Set(["ва", "билан", "учун", "бу", "ҳам", "эса", "деб", "бўйича", "йил", "ёки", "бир", "керак", "эди", "бўлди", "қилди"]),
  ru: new Set(["и", "в", "на", "не", "что", "с", "по", "для", "из", "как", "это", "к", "о", "от", "за", "но", "он", "она", "у", "же", "так", "его"]),
  uzLatn: new Set(["va", "bilan", "uchun", "bu", "ham", "esa", "deb", "yil", "yoki", "bir", "kerak", "edi", "boʻyicha", "boʻldi", "qildi", "dedi"]),
  en: new Set(["the", "of", "and", "to", "in", "is", "a", "for", "on", "with", "that", "by", "was", "are", "it", "at", "from", "as", "be", "has"]),
};

interface Evidence {
  latin: number;
  cyrillic: number;
  uzCyrl: number;
  ru: number;
  otherCyrillic: number;
  uzLatn: number;
  en: number;
  otherLatin: number;
}

function letterEvidence(text: string, e: Evidence): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetterCode(c)) {
      e.latin++;
      const l = c | 0x20;
      const next = text.charCodeAt(i + 1) | 0x20;
      if ((l === 0x6f || l === 0x67) && isApostropheCode(text.charCodeAt(i + 1)) && isAsciiLetterCode(text.charCodeAt(i + 2))) e.uzLatn += 2;
      else if (l === 0x71 && next !== 0x75)
        e.uzLatn++; // q not in qu
      else if (l === 0x78)
        e.uzLatn++; // x
      else if (l === 0x77)
        e.en += 2; // w
      else if (l === 0x63 && next !== 0x68)
        e.en += 2; // c not in ch
      else if (l === 0x74 && next === 0x68) e.en++; // th
    } else if (isCyrillicCode(c)) {
      e.cyrillic++;
      if (UZ_CYRILLIC_LETTERS.has(c)) e.uzCyrl += 2;
      else if (RU_LETTERS.has(c)) e.ru += 2;
      else if (c === HARD || c === HARD_UPPER) e.uzCyrl++;
      else if (c === SOFT || c === SOFT_UPPER) e.ru++;
      else if (OTHER_CYRILLIC_LETTERS.has(c)) e.otherCyrillic += 2;
    } else if (UZ_REFORM_LETTERS.has(c)) {
      e.latin++;
      e.uzLatn++;
    } else if (OTHER_LATIN_RE.test(text[i])) {
      e.latin++;
      e.otherLatin += 2;
    }
  }
}

const WORD_RE = /[\p{L}\u02BB\u02BC'’`]+/gu;

function wordEvidence(text: string, e: Evidence): void {
  for (const match of text.matchAll(WORD_RE)) {
    const word = match[0].toLowerCase().replace(/['’`\u02BC]/g, "\u02BB");
    if (WORDS.uzCyrl.has(word)) e.uzCyrl += 2;
    else if (WORDS.ru.has(word)) e.ru += 2;
    else if (WORDS.uzLatn.has(word)) e.uzLatn += 2;
    else if (WORDS.en.has(word)) e.en += 2;
  }
}

/** The evidence for each answer, for tests and for a newsroom that wants to say why. */
export function scriptEvidence(text: string): Evidence {
  const e: Evidence = { latin: 0, cyrillic: 0, uzCyrl: 0, ru: 0, otherCyrillic: 0, uzLatn: 0, en: 0, otherLatin: 0 };
  letterEvidence(text, e);
  wordEvidence(text, e);
  return e;
}

/** The language and script of `text`, or "unknown" when it has too little to tell (see the file's comment). */
export function detectScript(text: string): DetectedScript {
  const e = scriptEvidence(text);
  if (e.latin + e.cyrillic < 2) return "unknown";
  if (e.cyrillic > e.latin) {
    if (e.otherCyrillic > e.uzCyrl + e.ru) return "unknown";
    return e.uzCyrl > e.ru ? "uz-Cyrl" : e.ru > e.uzCyrl ? "ru" : "unknown";
  }
  if (e.otherLatin > e.uzLatn + e.en) return "unknown";
  return e.uzLatn > e.en ? "uz-Latn" : e.en > e.uzLatn ? "en" : "unknown";
}
