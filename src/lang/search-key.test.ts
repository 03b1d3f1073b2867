import { describe, expect, it } from "vitest";
import { searchKey } from "./search-key.js";

describe("searchKey", () => {
  it("folds script, case and apostrophes to one key", () => {
    const keys = ["Тошкент", "toshkent", "TOSHKENT", "Toshkent", "ТОШКЕНТ"].map(searchKey);
    expect(new Set(keys)).toEqual(new Set(["toshkent"]));
    const uzbekistan = ["Oʻzbekiston", "O'zbekiston", "O`zbekiston", "Ozbekiston", "Ўзбекистон", "OʻZBEKISTON"].map(searchKey);
    expect(new Set(uzbekistan)).toEqual(new Set(["ozbekiston"]));
  });
  it("turns punctuation into single spaces and keeps digits", () => {
    expect(searchKey("  Gʻalaba — 2:1!  Yangi   rekord. ")).toBe("galaba 2 1 yangi rekord");
  });
  it("folds Russian and English too", () => {
    expect(searchKey("Café «Ташкент»")).toBe(searchKey("CAFE ташкент"));
  });
  it("is empty for empty input", () => {
    expect(searchKey("")).toBe("");
  });
});
