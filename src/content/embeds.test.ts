import { describe, expect, it } from "vitest";
import { embedOf } from "./embeds.js";
import { sanitizeBody } from "./sanitize.js";

describe("embed links", () => {
  it("knows YouTube, Telegram and X links in their usual forms, canonically", () => {
    const links = [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42",
      "https://youtu.be/dQw4w9WgXcQ",
      "https://m.youtube.com/shorts/dQw4w9WgXcQ",
      "https://t.me/kunuzofficial/123456",
      "https://t.me/s/kunuzofficial/123456",
      "https://twitter.com/UzbekistanMFA/status/1790000000000000000?s=20",
      "https://x.com/UzbekistanMFA/status/1790000000000000000",
    ];
    expect(links.map((link) => embedOf(link)?.url)).toEqual([
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://t.me/kunuzofficial/123456",
      "https://t.me/kunuzofficial/123456",
      "https://x.com/UzbekistanMFA/status/1790000000000000000",
      "https://x.com/UzbekistanMFA/status/1790000000000000000",
    ]);
  });

  it("refuses everything else: other hosts, schemes, paths, ids", () => {
    const links = [
      "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
      "javascript:alert(1)//youtu.be/dQw4w9WgXcQ",
      "https://youtu.be/short",
      "https://t.me/kunuzofficial",
      "https://t.me/joinchat/abcdef",
      "https://x.com/UzbekistanMFA",
      "https://x.com/i/status/abc",
      "https://user:pw@x.com/a/status/1",
      "not a url",
    ];
    expect(links.map((link) => embedOf(link))).toEqual(links.map(() => undefined));
  });
});

describe("embeds in bodies", () => {
  it("keeps an embed around its provider's link, in one canonical form", () => {
    const stored = sanitizeBody('<figure data-embed="youtube" onclick="x()"><a href="https://youtu.be/dQw4w9WgXcQ" target="_blank">watch</a></figure>');
    expect(stored).toBe(
      '<figure data-embed="youtube"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener nofollow">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a><figcaption>YouTube</figcaption></figure>',
    );
  });

  it("drops the embed mark when the link is not the provider's, or the provider is unknown", () => {
    expect(sanitizeBody('<figure data-embed="telegram"><a href="https://x.com/a/status/1">post</a></figure>')).toBe(
      '<figure><a href="https://x.com/a/status/1" rel="noopener nofollow">post</a></figure>',
    );
    expect(sanitizeBody('<figure data-embed="vimeo"><a href="https://vimeo.com/1">v</a></figure>')).toBe(
      '<figure><a href="https://vimeo.com/1" rel="noopener nofollow">v</a></figure>',
    );
    expect(sanitizeBody('<figure data-embed="x"><img src="https://x.com/a/status/1"></figure>')).toBe(
      '<figure><img src="https://x.com/a/status/1" loading="lazy" referrerpolicy="no-referrer" /></figure>',
    );
  });

  it("drops empty paragraphs (left after an image, or only spaces), not those with a picture", () => {
    expect(sanitizeBody('<p>Matn.</p><p></p><p> </p><p>&nbsp;</p><p><br></p><p><img src="/media/a-640.jpg"></p>')).toBe(
      '<p>Matn.</p><p><img src="/media/a-640.jpg" loading="lazy" /></p>',
    );
  });

  it("never lets a marked figure nested in a refused one through: no link card around another site's link", () => {
    const stored = sanitizeBody(
      '<figure data-embed="x"><figure data-embed="youtube"><a href="https://evil.example/">Watch</a><figcaption>YouTube</figcaption></figure></figure>',
    );
    expect(stored).not.toContain("data-embed");
    expect(stored).toContain('href="https://evil.example/"');
  });
});
