import { describe, expect, it } from "vitest";
import { normalizeApostrophes } from "./apostrophes.js";

describe("normalizeApostrophes", () => {
  const marks = ["'", "`", "\u2018", "\u2019", "\u02BB", "\u02BC", "\u00B4", "\u2032"];
  it.each(marks)("after o/g in either case the mark %s becomes ʻ", (mark) => {
    expect(normalizeApostrophes(`O${mark}zbekiston o${mark}qish G${mark}ALABA g${mark}oya tog${mark}`)).toBe("Oʻzbekiston oʻqish GʻALABA gʻoya togʻ");
  });
  it.each(marks)("elsewhere between letters the mark %s becomes ʼ", (mark) => {
    expect(normalizeApostrophes(`ma${mark}no san${mark}at Is${mark}hoq`)).toBe("maʼno sanʼat Isʼhoq");
  });
  it("leaves quotation marks and lone marks alone", () => {
    expect(normalizeApostrophes("'salom' dedi")).toBe("'salom' dedi");
    expect(normalizeApostrophes("'tog'")).toBe("'tog'");
    expect(normalizeApostrophes("' ` ’")).toBe("' ` ’");
    expect(normalizeApostrophes("")).toBe("");
  });
  it("is idempotent", () => {
    const once = normalizeApostrophes("O'zbekiston ma`no g‘alaba");
    expect(normalizeApostrophes(once)).toBe(once);
  });
});
