import { describe, expect, it } from "vitest";
import { transliterateHtml } from "../../lang/translit.js";
import { convertBody, uploadsPath } from "./body.js";
import { localeOfLanguage } from "./languages.js";
import { progressLine } from "./progress.js";
import { itemRedirects } from "./rss.js";
import { polylangMembers } from "./wordpress.js";
import { redirectKey } from "../../content/redirects.js";

describe("convertBody", () => {
  it("drops Gutenberg's block comments and keeps the blocks", () => {
    const html = '<!-- wp:heading {"level":2} -->\n<h2>Sarlavha</h2>\n<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>Matn.</p>\n<!-- /wp:paragraph -->';
    expect(convertBody(html)).toEqual({ html: "<h2>Sarlavha</h2>\n<p>Matn.</p>", shortcodes: [] });
  });

  it("makes [caption] a figure, from the text after the image or the caption attribute", () => {
    expect(
      convertBody('[caption id="attachment_5" width="300"]<a href="http://x.uz/a.jpg"><img src="http://x.uz/a.jpg" alt="" /></a> Bozor[/caption]').html,
    ).toBe('<figure><a href="http://x.uz/a.jpg"><img src="http://x.uz/a.jpg" alt="" /></a><figcaption>Bozor</figcaption></figure>');
    expect(convertBody('<p>a</p>[caption caption="Eski shahar"]<img src="b.jpg" />[/caption]').html).toBe(
      '<p>a</p><figure><img src="b.jpg" /><figcaption>Eski shahar</figcaption></figure>',
    );
  });

  it("makes the classic editor's blank lines paragraphs and reports other shortcodes, left as markup in <code> (kept as written in Cyrillic)", () => {
    const result = convertBody(
      'Birinchi qator.\nIkkinchi qator.\n\n[gallery ids="1,2"]\n\n[embed]https://video.example/1[/embed]\n\nIzoh [1] va [sic] qoladi.',
    );
    expect(result.html).toBe(
      '<p>Birinchi qator.<br>\nIkkinchi qator.</p>\n<p><code>[gallery ids="1,2"]</code></p>\n<p><code>[embed]https://video.example/1[/embed]</code></p>\n<p>Izoh [1] va [sic] qoladi.</p>',
    );
    expect(result.shortcodes).toEqual(["embed", "gallery"]);
    expect(transliterateHtml(result.html, "cyrl")).toContain('<p>Биринчи қатор.<br>\nИккинчи қатор.</p>\n<p><code>[gallery ids="1,2"]</code></p>');
  });

  it("points images found in the uploads at the library and drops WordPress's srcset", () => {
    const src = "http://old.uz/wp-content/uploads/2026/11/a-300x200.jpg";
    const html = `<p><img src="${src}" srcset="${src} 300w" sizes="100vw" alt="A" /><img src="http://cdn.example/b.jpg" /></p>`;
    expect(convertBody(html, new Map([[src, "/media/abc-640.jpg"]])).html).toBe(
      '<p><img src="/media/abc-640.jpg" alt="A" /><img src="http://cdn.example/b.jpg" /></p>',
    );
  });
});

describe("uploadsPath", () => {
  it("finds the file under wp-content/uploads and its full-size original, never outside", () => {
    expect(uploadsPath("https://old.uz/wp-content/uploads/2026/11/R%C3%A4sm-1024x683.jpeg?ver=2")).toEqual({
      path: "2026/11/Räsm-1024x683.jpeg",
      original: "2026/11/Räsm.jpeg",
    });
    expect(uploadsPath("https://old.uz/wp-content/uploads/../../etc/passwd")).toBeUndefined();
    expect(uploadsPath("https://old.uz/images/a.jpg")).toBeUndefined();
  });
});

describe("localeOfLanguage", () => {
  it("reads Polylang and WPML codes, telling Latin from Cyrillic Uzbek by the code, then the text", () => {
    const latin = "Oʻzbekiston poytaxtida yangi bekat ochildi";
    const cyrillic = "Ўзбекистон пойтахтида янги бекат очилди";
    const cases: Array<[string, string]> = [
      ["uz", latin],
      ["uz", cyrillic],
      ["uz_UZ", cyrillic],
      ["oz", cyrillic],
      ["oz", latin],
      ["oz", "Toshkent"],
      ["uz-cyrl", latin],
      ["uzc", ""],
      ["uz_Latn", cyrillic],
      ["ru_RU", cyrillic],
      ["en-US", ""],
      ["tg", ""],
    ];
    expect(cases.map(([code, text]) => localeOfLanguage(code, text)?.locale)).toEqual([
      "uz",
      "oz",
      "oz",
      "oz",
      "uz",
      "oz",
      "oz",
      "oz",
      "uz",
      "ru",
      "en",
      undefined,
    ]);
  });
});

describe("old addresses", () => {
  it("spell one key per address: decoded, lower-case, no trailing slash, only ?p= or ?page_id= of the query", () => {
    expect(redirectKey("http://old.uz/2026/11/Bekat/?utm_source=x")).toBe("/2026/11/bekat");
    expect(redirectKey("/ru/%D0%9D%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D1%8C/")).toBe("/ru/новость");
    expect(redirectKey("/?p=123&utm=1")).toBe("/?p=123");
    expect(redirectKey("/index.php?page_id=7")).toBe("/index.php?page_id=7");
    expect([redirectKey("/"), redirectKey("/?p=abc"), redirectKey("/?p=0")]).toEqual([undefined, undefined, undefined]);
  });

  it("gives a DLE item its link's path and the bare /{id}-slug.html", () => {
    expect(itemRedirects("http://dle.uz/sport/77-final.html")).toEqual(["/sport/77-final.html", "/77-final.html"]);
    expect(itemRedirects("http://joomla.uz/index.php/news/12-yangilik")).toEqual(["/index.php/news/12-yangilik"]);
  });

  it("reads Polylang's serialized translation groups", () => {
    expect(polylangMembers('a:3:{s:2:"uz";i:10;s:2:"oz";i:11;s:2:"ru";i:12;}')).toEqual(["10", "11", "12"]);
  });
});

describe("progressLine", () => {
  it("shows the share, the count, the rate and the time left", () => {
    expect(progressLine(250, 1000, 0.5, "posts", 10)).toBe("[###.......]  25%  250/1,000 posts  500/s  ETA 2s");
    expect(progressLine(0, 1000, 0, "posts", 10)).toBe("[..........]   0%  0/1,000 posts  0/s  ETA ?");
  });
});
