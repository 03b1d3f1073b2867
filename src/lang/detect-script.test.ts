import { describe, expect, it } from "vitest";
import { DEMO_STORIES } from "../cli/demo/seed.js";
import { type DetectedScript, detectScript } from "./detect-script.js";
import { toCyrillic } from "./translit.js";

type Language = Exclude<DetectedScript, "unknown">;

/**
 * The corpus: the demo stories we wrote (uz, ru, en; uz-Cyrl derived from uz as the newsroom
 * derives it), cut into texts of 20 words each, and their titles.
 */
function corpus(): { texts: Record<Language, string[]>; titles: Record<Language, string[]> } {
  const texts: Record<Language, string[]> = { "uz-Latn": [], "uz-Cyrl": [], ru: [], en: [] };
  const titles: Record<Language, string[]> = { "uz-Latn": [], "uz-Cyrl": [], ru: [], en: [] };
  const add = (language: Language, title: string, paragraphs: string[]) => {
    titles[language].push(title);
    for (const paragraph of paragraphs) {
      const words = paragraph.replace(/^>\s*/, "").split(/\s+/).filter(Boolean);
      for (let i = 0; i + 20 <= words.length; i += 20) texts[language].push(words.slice(i, i + 20).join(" "));
    }
  };
  for (const story of DEMO_STORIES) {
    if (story.uz) {
      add("uz-Latn", story.uz.title, [story.uz.lead, ...story.uz.body]);
      add(
        "uz-Cyrl",
        toCyrillic(story.uz.title),
        [story.uz.lead, ...story.uz.body].map((p) => toCyrillic(p)),
      );
    }
    if (story.ru) add("ru", story.ru.title, [story.ru.lead, ...story.ru.body]);
    if (story.en) add("en", story.en.title, [story.en.lead, ...story.en.body]);
  }
  return { texts, titles };
}

const { texts, titles } = corpus();
const LANGUAGES: Language[] = ["uz-Latn", "uz-Cyrl", "ru", "en"];

describe("detectScript", () => {
  it.each(LANGUAGES)("is right on at least 99 %% of 20-word texts in %s", (language) => {
    const sample = texts[language];
    expect(sample.length).toBeGreaterThan(300);
    const wrong = sample.filter((text) => detectScript(text) !== language);
    expect(wrong.length / sample.length).toBeLessThanOrEqual(0.01);
  });

  it.each(LANGUAGES)("never gives a %s title another language: it says unknown when it cannot tell", (language) => {
    const answers = titles[language].map((title) => detectScript(title));
    expect(answers.filter((answer) => answer !== language && answer !== "unknown")).toEqual([]);
    expect(answers.filter((answer) => answer === language).length / answers.length).toBeGreaterThan(0.9);
  });

  it.each([
    ["Ўзбекистон", "uz-Cyrl"],
    ["Oʻzbekiston", "uz-Latn"],
    ["Qishloq xoʻjaligi", "uz-Latn"],
    ["Погода в Ташкенте", "ru"],
    ["Мы вышли", "ru"],
    ["The weather", "en"],
    ["Toshkent va Samarqand", "uz-Latn"],
    ["Тошкент ва Самарқанд", "uz-Cyrl"],
    ["Õzbekiston yoşlari", "uz-Latn"],
  ] as const)("tells a short title by one letter or word: %s", (text, expected) => {
    expect(detectScript(text)).toBe(expected);
  });

  it.each([
    ["", "no letters"],
    ["12:30, 2026", "no letters"],
    ["Президент", "a Cyrillic word both languages write alike"],
    ["Sport", "a Latin word both languages write alike"],
    ["Қазақстан әлемдегі ең үлкен елдердің бірі", "Kazakh"],
    ["Müller über die Straße", "German"],
  ])("says unknown for %j (%s)", (text) => {
    expect(detectScript(text)).toBe("unknown");
  });

  it("goes by the script most letters are in", () => {
    expect(detectScript("Samsung ва Apple компаниялари янги смартфонларини тақдим этди")).toBe("uz-Cyrl");
    expect(detectScript("Компания Apple представила новый iPhone")).toBe("ru");
  });
});
