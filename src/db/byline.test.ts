import { describe, expect, it } from "vitest";
import { bylineOf } from "./byline.js";

describe("bylineOf", () => {
  const names = JSON.stringify({ uz: "Dilnoza Yoqubova", ru: "Дилноза Ёкубова" });

  it("names the author in the article's locale, else in Uzbek Latin", () => {
    expect(bylineOf(names, "ru")).toBe("Дилноза Ёкубова");
    expect(bylineOf(names, "en")).toBe("Dilnoza Yoqubova");
  });

  it("is null without an author, and for names it cannot read (never an error on the page)", () => {
    expect(bylineOf(null, "uz")).toBeNull();
    expect(bylineOf("{not json", "uz")).toBeNull();
    expect(bylineOf(JSON.stringify({ ru: 7 }), "ru")).toBeNull();
    expect(bylineOf(JSON.stringify({ en: "Only English" }), "ru")).toBeNull();
  });
});
