import { describe, expect, it } from "vitest";
import { MAX_TERM_LENGTH, eachWord, searchTerms } from "./search-terms.js";

describe("searchTerms", () => {
  it("folds Uzbek in both scripts and every apostrophe to one form", () => {
    expect(searchTerms("Тошкент", "oz")).toEqual(["toshkent"]);
    expect(searchTerms("TOSHKENT", "uz")).toEqual(["toshkent"]);
    for (const spelling of ["O'zbekiston", "Oʻzbekiston", "O‘zbekiston", "O`zbekiston", "Ўзбекистон", "Ozbekiston"]) {
      expect(searchTerms(spelling, "uz")).toEqual(["ozbekiston"]);
    }
    // Uzbek words are not stemmed: the query's prefix match does that job.
    expect(searchTerms("Toshkentda", "uz")).toEqual(["toshkentda"]);
  });

  it("stems Russian and English words with Snowball", () => {
    expect(searchTerms("Новостями новости НОВОСТЬ", "ru")).toEqual(["новост", "новост", "новост"]);
    expect(searchTerms("ёлка елка", "ru")).toEqual(["елк", "елк"]);
    const [elections, election, runs, running] = searchTerms("Elections election's runs running", "en");
    expect([election, runs, running]).toEqual([elections, "run", "run"]);
    expect(elections?.startsWith("elec")).toBe(true);
    // A Latin name in a Russian text stays whole; Cyrillic in an English one is stemmed as Russian.
    expect(searchTerms("Apple выпустила", "ru")).toEqual(["apple", "выпуст"]);
    expect(searchTerms("café naïve", "en")).toEqual(["cafe", "naiv"]);
  });

  it("keeps letters and digits only, and bounds a term's length", () => {
    expect(searchTerms(`"toshkent"* NEAR( -OR: ' 1=1 -- 🙂 \u0000`, "uz")).toEqual(["toshkent", "near", "or", "1", "1"]);
    expect(searchTerms("x".repeat(500), "en")[0]).toHaveLength(MAX_TERM_LENGTH);
    expect(searchTerms("", "ru")).toEqual([]);
  });
});

describe("eachWord", () => {
  it("finds displayed words with their places, apostrophes inside words included", () => {
    expect([...eachWord("O‘zbekiston, g'alaba!")]).toEqual([
      { start: 0, end: 11, word: "O‘zbekiston" },
      { start: 13, end: 20, word: "g'alaba" },
    ]);
  });

  it("keeps each walk's place when walks interleave (they share one regular expression)", () => {
    const a = eachWord("Тошкент метроси: yangi bekat 12 ta");
    const b = eachWord("новости дня — news of the day");
    const words: string[] = [];
    for (let step = 0; step < 8; step++)
      for (const walk of [a, b]) {
        const next = walk.next();
        words.push(next.done ? "·" : next.value.word);
      }
    expect(words).toEqual(["Тошкент", "новости", "метроси", "дня", "yangi", "news", "bekat", "of", "12", "the", "ta", "day", "·", "·", "·", "·"]);
    expect([...eachWord("")]).toEqual([]);
    expect([...eachWord("… — !")]).toEqual([]);
  });
});
