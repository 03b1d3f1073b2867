import { describe, expect, it } from "vitest";
import { photoOf } from "./cover.js";
import { RateGate } from "./rate-gate.js";
import { visible } from "../../test/fake-telegram.js";
import { CAPTION_LIMIT, TEXT_LIMIT, cutText, escapeHtml, postHtml } from "./telegram.js";

describe("post text", () => {
  const url = "https://news.example.uz/ru/world/7-x?a=1&b=2";

  it("escapes <, >, & and quotes, in the text and the link", () => {
    expect(escapeHtml(`a < b && c > "d"`)).toBe("a &lt; b &amp;&amp; c &gt; &quot;d&quot;");
    const { html } = postHtml({ title: "A <b>", lead: "x & y", url, linkText: "Read" }, CAPTION_LIMIT);
    expect(html).toBe(`<b>A &lt;b&gt;</b>\n\nx &amp; y\n\n<a href="https://news.example.uz/ru/world/7-x?a=1&amp;b=2">Read</a>`);
  });

  it("cuts a long lead at a word, before escaping, to the limit Telegram counts", () => {
    for (const limit of [CAPTION_LIMIT, TEXT_LIMIT]) {
      const lead = "Tom & Jerry <3 ".repeat(600);
      const { html, length } = postHtml({ title: "Title", lead, url, linkText: "Read on the site" }, limit);
      const shown = visible(html);
      expect(shown.length).toBe(length);
      expect(shown.length).toBeLessThanOrEqual(limit);
      expect(shown.length).toBeGreaterThan(limit - 20);
      expect(shown).toMatch(/(Jerry|<3|Tom|&)…\n\nRead on the site$/);
      expect(html.replace(/<\/?b>|<a href="[^"<>]*">|<\/a>/g, "").replace(/&(amp|lt|gt|quot);/g, "")).not.toMatch(/[&<>]/);
    }
  });

  it("never leaves half a surrogate pair, and keeps a short post whole", () => {
    const cut = cutText("😀".repeat(20), 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(cut).toMatch(/^(😀)+…$/u);
    const { html } = postHtml({ title: "Short", lead: "", url, linkText: "Read" }, CAPTION_LIMIT);
    expect(visible(html)).toBe("Short\n\nRead");
  });
});

describe("RateGate (the bot-wide window)", () => {
  function gate(perSecond: number) {
    let now = 0;
    const waits: number[] = [];
    const g = new RateGate({
      perSecond,
      now: () => now,
      sleep: (ms) => {
        waits.push(ms);
        now += ms;
        return Promise.resolve();
      },
    });
    return { g, waits };
  }

  it("lets no more than 30 a second through, and waits for a channel's slot", async () => {
    const all = gate(30);
    for (let i = 0; i < 31; i++) await all.g.take(0);
    expect(all.waits).toEqual([1000]);
    const one = gate(30);
    await one.g.take(2500);
    expect(one.waits).toEqual([2500]);
    // A slot already past goes at once.
    await one.g.take(100);
    expect(one.waits).toEqual([2500]);
  });
});

describe("the cover to upload", () => {
  it("sends JPEG and PNG as stored, and makes a JPEG of WebP (demo covers)", async () => {
    const { default: sharp } = await import("sharp");
    const image = sharp({ create: { width: 64, height: 36, channels: 3, background: "#2a6f97" } });
    const webp = await image.clone().webp().toBuffer();
    const png = await image.clone().png().toBuffer();
    const fromWebp = await photoOf({ bytes: webp, format: "webp" });
    expect([fromWebp?.type, fromWebp?.name, fromWebp?.field]).toEqual(["image/jpeg", "cover.jpg", "photo"]);
    expect((await sharp(Buffer.from(fromWebp?.bytes ?? [])).metadata()).format).toBe("jpeg");
    const fromPng = await photoOf({ bytes: png, format: "png" });
    expect([fromPng?.type, Buffer.from(fromPng?.bytes ?? []).equals(png)]).toEqual(["image/png", true]);
    expect(await photoOf({ bytes: undefined, format: "jpeg" })).toBeUndefined();
  });
});
