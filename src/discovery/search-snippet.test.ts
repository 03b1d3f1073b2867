import { describe, expect, it } from "vitest";
import { highlightAll, snippet, toHtml } from "./search-snippet.js";

const uz = { locale: "uz" as const, terms: [{ text: "toshkent", prefix: true }] };

describe("snippets", () => {
  it("marks the displayed words a query's terms match, in either script", () => {
    expect(highlightAll("Toshkentda va Тошкентнинг", uz)).toEqual([{ text: "Toshkentda", hit: true }, { text: " va " }, { text: "Тошкентнинг", hit: true }]);
  });

  it("cuts a window around the first hit, at word boundaries", () => {
    const filler = Array.from({ length: 60 }, (_, i) => `soz${i}`).join(" ");
    const parts = snippet(`${filler} Toshkentda yangi bekat. ${filler}`, uz);
    const text = parts.map((p) => p.text).join("");
    expect(text.startsWith("… soz54 ")).toBe(true);
    expect(text.endsWith(" …")).toBe(true);
    expect(text.length).toBeLessThan(260);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["Toshkentda"]);
    // No hit in the body (the title matched): its start.
    expect(snippet("Hech narsa yoʻq.", uz)).toEqual([{ text: "Hech narsa yoʻq." }]);
  });

  it("escapes everything but the marks", () => {
    expect(toHtml(highlightAll(`<img onerror="x"> Toshkent & 'q'`, uz))).toBe("&lt;img onerror=&quot;x&quot;&gt; <mark>Toshkent</mark> &amp; &#39;q&#39;");
  });
});
