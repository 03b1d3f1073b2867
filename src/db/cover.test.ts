import { describe, expect, it } from "vitest";
import { mediaText } from "./cover.js";

describe("a medium's text in a locale", () => {
  it("is the locale's own, else the other Uzbek script's transliterated, else nothing", () => {
    const texts = JSON.stringify({ uz: "Chorsu bozori", ru: "Рынок Чорсу" });
    expect([mediaText(texts, "uz"), mediaText(texts, "oz"), mediaText(texts, "ru"), mediaText(texts, "en")]).toEqual([
      "Chorsu bozori",
      "Чорсу бозори",
      "Рынок Чорсу",
      "",
    ]);
    expect(mediaText(JSON.stringify({ oz: "Регистон майдони" }), "uz")).toBe("Registon maydoni");
    expect([mediaText(null, "uz"), mediaText("{not json", "uz"), mediaText("[1]", "uz"), mediaText(JSON.stringify({ uz: 7 }), "oz")]).toEqual(["", "", "", ""]);
  });
});
