/**
 * Uzbek Cyrillic → Latin, one word at a time: the letter table, the rules for е, ц, ъ and ь, case
 * for the two-letter sounds (Ш → Sh or SH), and the exceptions dictionary.
 */
import { OKINA, TUTUQ } from "./apostrophes.js";
import { CYRILLIC_LATIN_COMMON, CYRILLIC_VOWEL_CODES, applyCase, codesOf, cyrillicLower, isCyrillicCode, isUpperCode } from "./translit-chars.js";
import type { TranslitDictionary } from "./translit-dictionary.js";

/** Latin for each lowercase Cyrillic letter, indexed by code − 0x400; "" where a rule decides. */
const CYRILLIC_TO_LATIN: Array<string | undefined> = [];
for (const [cyr, lat] of Object.entries({
  ...CYRILLIC_LATIN_COMMON,
  ғ: `g${OKINA}`,
  ж: "j",
  қ: "q",
  ў: `o${OKINA}`,
  х: "x",
  ҳ: "h",
  щ: "sh",
  ы: "i",
  е: "",
  ц: "",
  ъ: "",
  ь: "",
})) {
  CYRILLIC_TO_LATIN[cyr.charCodeAt(0) - 0x400] = lat;
}
const [CE, CTS, HARD, SOFT, CS, CH, CO, CYO, CYU, CYA, CU_SHORT] = codesOf("ецъьсҳоёюяў");

function cyrillicRulesToLatin(word: string, startsWord: boolean, previousIsVowel: boolean): string {
  let out = "";
  const n = word.length;
  let prevLower = -1;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    const l = cyrillicLower(c);
    const mapped = isCyrillicCode(l) ? CYRILLIC_TO_LATIN[l - 0x400] : undefined;
    if (mapped === undefined) {
      out += word[i];
      prevLower = l;
      continue;
    }
    const afterVowel = i === 0 ? previousIsVowel : CYRILLIC_VOWEL_CODES.has(prevLower);
    const nextLower = cyrillicLower(word.charCodeAt(i + 1));
    let lat = mapped;
    if (l === CE) {
      lat = (i === 0 && startsWord) || afterVowel || prevLower === HARD || prevLower === SOFT ? "ye" : "e";
    } else if (l === CTS) {
      lat = afterVowel ? "ts" : "s";
    } else if (l === HARD) {
      // Dropped after a consonant before е/ё/ю/я, which then carry the y (объект → obyekt), and
      // after ў, whose oʻ already has its apostrophe (мўъжиза → moʻjiza); elsewhere the tutuq
      // belgisi (маъюс → maʼyus, эълон → eʼlon).
      const iotated = nextLower === CE || nextLower === CYO || nextLower === CYU || nextLower === CYA;
      lat = (iotated && !afterVowel) || prevLower === CU_SHORT ? "" : TUTUQ;
    } else if (l === SOFT) {
      lat = nextLower === CO ? "y" : "";
    } else if (l === CS && nextLower === CH) {
      // сҳ is two sounds: the tutuq keeps them apart from the digraph sh (Исҳоқ → Isʼhoq).
      lat = `s${TUTUQ}`;
    }
    prevLower = l;
    if (c !== l && lat) {
      if (lat.length === 1) {
        lat = lat.toUpperCase();
      } else {
        // The signs ъ and ь have case but say nothing about it: look past them.
        let j = i + 1;
        while (cyrillicLower(word.charCodeAt(j)) === HARD || cyrillicLower(word.charCodeAt(j)) === SOFT) j++;
        const wholeWordUpper = j < n ? isUpperCode(word.charCodeAt(j)) : isUpperCode(word.charCodeAt(i - 1));
        lat = wholeWordUpper ? lat.toUpperCase() : lat.charAt(0).toUpperCase() + lat.slice(1);
      }
    }
    out += lat;
  }
  return out;
}

export function cyrillicWordToLatin(word: string, dictionary: TranslitDictionary): string {
  let cyrillic = false;
  for (let i = 0; i < word.length && !cyrillic; i++) cyrillic = isCyrillicCode(word.charCodeAt(i));
  if (!cyrillic) return word;
  const exception = dictionary.cyrillicStems.match(word, "ь");
  if (!exception) return cyrillicRulesToLatin(word, true, false);
  const stemLength = exception.stemLength;
  const lastLetter = cyrillicLower(word.charCodeAt(stemLength - 1));
  return applyCase(word, exception.replacement) + cyrillicRulesToLatin(word.slice(stemLength), false, CYRILLIC_VOWEL_CODES.has(lastLetter));
}
