/** Properties of the transliterator over generated Uzbek words, text and HTML (fast-check). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCyrillic, toLatin, transliterateHtml } from "./translit.js";
import { defaultDictionary } from "./translit-dictionary.js";
import { fromLatinProfile, toLatinProfile } from "./translit-profile.js";

const LATIN_UNITS = [
  "a",
  "b",
  "d",
  "e",
  "f",
  "g",
  "h",
  "i",
  "j",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y",
  "z",
  "sh",
  "ch",
  "ng",
  "oʻ",
  "gʻ",
  "ya",
  "yo",
  "yu",
  "ye",
];
/**
 * Uzbek Latin words in normalised spelling: ʼ only between letters, never after o/g, and before
 * ya/yo/yu/ye only after a vowel (after a consonant the y carries the hard sign: obyekt, not obʼyekt).
 */
const latinWord = fc
  .array(fc.record({ unit: fc.constantFrom(...LATIN_UNITS), tutuq: fc.boolean() }), { minLength: 1, maxLength: 10 })
  .map((units) => units.map(({ unit, tutuq }, i) => (tutuq && i < units.length - 1 && !/[ogʻ]$/.test(unit) ? `${unit}ʼ` : unit)).join(""))
  .filter((word) => !/[^aeiou]ʼy[aoue]/.test(word))
  .filter((word) => !defaultDictionary.latinStems.match(word) && !defaultDictionary.keepLatin.match(word));

describe("properties", () => {
  it("Latin → Cyrillic → Latin is the identity on words outside the exceptions", () => {
    fc.assert(
      fc.property(latinWord, (word) => {
        expect(toLatin(toCyrillic(word))).toBe(word);
        const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
        expect(toLatin(toCyrillic(capitalised))).toBe(capitalised);
      }),
      { numRuns: Number(process.env.XABAR_FC_RUNS ?? 3000) },
    );
  });

  it("keeps capitals through a round trip of words of two or more Cyrillic letters", () => {
    fc.assert(
      fc.property(latinWord, (word) => {
        const upper = word.toUpperCase();
        fc.pre(toCyrillic(upper).length >= 2 && !/^[IVXLCDM]+$/.test(upper));
        expect(toLatin(toCyrillic(upper))).toBe(upper);
      }),
      { numRuns: 1000 },
    );
  });

  it("the reform profile is exact both ways: 1995 ⇄ reform, and reform ⇄ Cyrillic", () => {
    fc.assert(
      fc.property(latinWord, fc.constantFrom("lower", "capital", "upper"), (word, letterCase) => {
        const latin = letterCase === "lower" ? word : letterCase === "upper" ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
        fc.pre(letterCase !== "upper" || (toCyrillic(latin).length >= 2 && !/^[IVXLCDM]+$/.test(latin)));
        const reform = toLatinProfile(latin, "reform");
        expect(fromLatinProfile(reform, "reform")).toBe(latin);
        const cyrillic = toCyrillic(reform, { profile: "reform" });
        expect(cyrillic).toBe(toCyrillic(latin));
        expect(toLatin(cyrillic, { profile: "reform" })).toBe(reform);
      }),
      { numRuns: 2000 },
    );
  });

  const nonLetter = fc.string({ unit: "binary", maxLength: 40 }).map((s) => s.replace(/[\p{L}\p{M}]/gu, ""));
  it("changes nothing outside Uzbek letters", () => {
    fc.assert(
      fc.property(nonLetter, (text) => {
        expect(toCyrillic(text)).toBe(text);
        expect(toLatin(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  const separator = nonLetter.map((s) => ` ${s.replace(/[@#.'`\u2018\u2019\u02BB\u02BC\u02B9\u00B4\u2032\s]/g, "")} `);
  it("converts words and leaves what surrounds them", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(separator, latinWord), { maxLength: 6 }), (parts) => {
        const text = parts.map(([sep, word]) => sep + word).join("");
        const expected = parts.map(([sep, word]) => sep + toCyrillic(word)).join("");
        expect(toCyrillic(text)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps the structure of HTML", () => {
    const text = fc.array(latinWord, { maxLength: 4 }).map((words) => words.join(" "));
    const entity = fc.constantFrom("&amp;", "&nbsp;", "&#8212;", "&laquo;", "&#x27;");
    const attribute = fc.tuple(fc.constantFrom("title", "class", "href", "alt"), latinWord).map(([name, value]) => ` ${name}="${value}"`);
    const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        text,
        entity,
        fc
          .tuple(fc.constantFrom("p", "a", "b", "em", "blockquote", "h2", "li"), fc.array(attribute, { maxLength: 2 }), fc.array(tie("node"), { maxLength: 3 }))
          .map(([tag, attrs, children]) => `<${tag}${attrs.join("")}>${children.join("")}</${tag}>`),
      ),
    })).node;
    const markup = /<[^>]*>|&[#\w]+;/g;
    // The tags and entities, but the values readers see (alt, title), which change with the text.
    const structure = (text: string) => (text.match(markup) ?? []).map((token) => token.replace(/(\s(?:alt|title)=)"[^"]*"/g, '$1""'));
    fc.assert(
      fc.property(html, (input) => {
        const output = transliterateHtml(input, "cyrl");
        expect(structure(output)).toEqual(structure(input));
        expect(transliterateHtml(output, "latn")).toBe(input);
      }),
      { numRuns: 500 },
    );
  });
});
