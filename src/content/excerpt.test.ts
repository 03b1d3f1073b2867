import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt.js";

/** The rule without the shortcut: collapse every run of white space, trim, then cut. */
function slow(text: string, max = 200): string {
  return excerpt(` ${text}`, max);
}

describe("excerpt", () => {
  const samples = [
    "One line lead.",
    "Two  spaces inside.",
    "Tab\tinside",
    "New\nline",
    " leading space",
    "trailing space ",
    "no\u00a0break space",
    "\ufeffbyte order mark",
    "Oʻzbekiston bo‘yicha yangiliklar — ",
    "Тошкентда янги йўл очилди.",
    "",
    "word ".repeat(60),
    "x".repeat(250),
  ];

  it("collapses and trims white space whether or not a text needs it", () => {
    for (const text of samples) expect([text, excerpt(text)]).toEqual([text, slow(text)]);
  });

  it("cuts long texts at a word with an ellipsis", () => {
    expect(excerpt("word ".repeat(60), 20)).toBe("word word word word…");
    expect(excerpt("Short.", 20)).toBe("Short.");
    expect(excerpt("a\n\n b   c")).toBe("a b c");
  });
});
