import { describe, expect, it } from "vitest";
import { latinProfileHtml, toCyrillic, toLatin } from "./translit.js";
import { fromLatinProfile, isLatinProfile, toLatinProfile } from "./translit-profile.js";
import { searchKey } from "./search-key.js";

/** [1995 alphabet, reform proposal, Cyrillic]: words and sentences we wrote. */
const WORDS: Array<[string, string, string]> = [
  ["Oʻzbekiston", "Õzbekiston", "Ўзбекистон"],
  ["OʻZBEKISTON", "ÕZBEKISTON", "ЎЗБЕКИСТОН"],
  ["gʻalaba", "ğalaba", "ғалаба"],
  ["Gʻalaba", "Ğalaba", "Ғалаба"],
  ["togʻ", "toğ", "тоғ"],
  ["shahar", "şahar", "шаҳар"],
  ["Shahar", "Şahar", "Шаҳар"],
  ["SHAHAR", "ŞAHAR", "ШАҲАР"],
  ["choyxona", "çoyxona", "чойхона"],
  ["CHOYXONA", "ÇOYXONA", "ЧОЙХОНА"],
  ["Isʼhoq", "Ishoq", "Исҳоқ"],
  ["ISʼHOQ", "ISHOQ", "ИСҲОҚ"],
  ["maʼno", "maʼno", "маъно"],
  ["Sh. Mirziyoyev", "Ş. Mirziyoyev", "Ш. Мирзиёев"],
  ["Yoʻl harakati qoidalari oʻzgardi.", "Yõl harakati qoidalari õzgardi.", "Йўл ҳаракати қоидалари ўзгарди."],
  ["Qishloq xoʻjaligi vazirligi yigʻilish oʻtkazdi.", "Qişloq xõjaligi vazirligi yiğiliş õtkazdi.", "Қишлоқ хўжалиги вазирлиги йиғилиш ўтказди."],
  ["Chorshanba kuni Fargʻonada choʻl shamoli esdi.", "Çorşanba kuni Farğonada çõl şamoli esdi.", "Чоршанба куни Фарғонада чўл шамоли эсди."],
];

describe("the reform profile", () => {
  it.each(WORDS)("%s → %s → back", (old, reform) => {
    expect(toLatinProfile(old, "reform")).toBe(reform);
    expect(fromLatinProfile(reform, "reform")).toBe(old);
  });
  it.each(WORDS)("%s ⇄ Cyrillic through the profile (%s, %s)", (_old, reform, cyrillic) => {
    expect(toLatin(cyrillic, { profile: "reform" })).toBe(reform);
    expect(toCyrillic(reform, { profile: "reform" })).toBe(cyrillic);
  });
  it("changes nothing in the 1995 profile", () => {
    expect(toLatinProfile("Oʻzbekiston shahar", "1995")).toBe("Oʻzbekiston shahar");
    expect(toLatin("Ўзбекистон", { profile: "1995" })).toBe("Oʻzbekiston");
  });
  it("reads the apostrophes writers type, and the look-alike letters of the reform", () => {
    expect(toLatinProfile("O'zbekiston va tog`", "reform")).toBe("Õzbekiston va toğ");
    expect(fromLatinProfile("Șahar, o\u0303zbek", "reform")).toBe("Shahar, oʻzbek");
  });
  it("leaves what is not Uzbek: brands, foreign words, URLs, e-mail addresses, mentions", () => {
    const text = "Chevrolet, WhatsApp, Washington, iPhone, Müller: https://example.uz/shahar, choy@example.uz, @shahar_uz";
    expect(toLatinProfile(text, "reform")).toBe(text);
    expect(fromLatinProfile(text, "reform")).toBe(text);
  });
  it("in HTML, changes text and the attributes readers see, and keeps entities, tags and scripts", () => {
    const html =
      '<p title="Yangi shahar">Shahar &shy;choy &amp; sharbat</p><img alt="Oʻzbekiston" src="/choy.webp"><script>var shahar = 1;</script><meta content="Toshkent"><meta content="http://localhost:3000/uz/shahar">';
    expect(latinProfileHtml(html, "reform")).toBe(
      '<p title="Yangi şahar">Şahar &shy;çoy &amp; şarbat</p><img alt="Õzbekiston" src="/choy.webp"><script>var shahar = 1;</script><meta content="Toşkent"><meta content="http://localhost:3000/uz/shahar">',
    );
    expect(latinProfileHtml(html, "1995")).toBe(html);
  });
  it("gives one search key in both alphabets", () => {
    expect(searchKey("Õzbekiston şaharlari, çoy, toğ")).toBe(searchKey("Oʻzbekiston shaharlari, choy, togʻ"));
  });
  it("knows its names", () => {
    expect(isLatinProfile("reform")).toBe(true);
    expect(isLatinProfile("2021")).toBe(false);
  });
});
