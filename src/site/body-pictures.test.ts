import { describe, expect, it } from "vitest";
import { sanitizeBody } from "../content/sanitize.js";
import { type BodyMedia, mediaFilesIn, picturesInBody } from "./body-pictures.js";

const PHOTO: BodyMedia = {
  file: "a1b2c3",
  width: 1200,
  height: 800,
  variants: [320, 640, 1024],
  formats: ["avif", "webp", "jpeg"],
  alt: { en: "Chorsu bazaar", ru: "Базар «Чорсу»" },
};
const DEMO: BodyMedia = { file: "cover-demo-3", width: 1200, height: 675, variants: [400, 800, 1200], formats: ["webp"], alt: {} };
const library = new Map([PHOTO, DEMO].map((m) => [m.file, m]));

describe("body images from the media library", () => {
  it("finds the stems the body's images point at, each once, and nothing else", () => {
    const body = sanitizeBody(
      '<p>x</p><img src="/media/a1b2c3-640.jpg"><img src="/media/a1b2c3-320.webp" alt="again"><img src="https://elsewhere.example/media/zz-640.jpg"><img src="/media/cover-demo-3-800.webp"><img src="/media/../etc-1.jpg"><p>/media/nothing-640.jpg</p>',
    );
    expect(mediaFilesIn(body)).toEqual(["a1b2c3", "cover-demo-3"]);
  });

  it("become a <picture> with AVIF and WebP sources and the original format's srcset, keeping the editor's alt", () => {
    const html = picturesInBody(sanitizeBody('<p>Before</p><img src="/media/a1b2c3-640.jpg" alt="Editor &amp; alt"><p>After</p>'), library, "en");
    expect(html).toBe(
      "<p>Before</p><picture>" +
        '<source type="image/avif" srcset="/media/a1b2c3-320.avif 320w, /media/a1b2c3-640.avif 640w, /media/a1b2c3-1024.avif 1024w" sizes="(min-width: 48em) 46em, 100vw" />' +
        '<source type="image/webp" srcset="/media/a1b2c3-320.webp 320w, /media/a1b2c3-640.webp 640w, /media/a1b2c3-1024.webp 1024w" sizes="(min-width: 48em) 46em, 100vw" />' +
        '<img src="/media/a1b2c3-640.jpg" srcset="/media/a1b2c3-320.jpg 320w, /media/a1b2c3-640.jpg 640w, /media/a1b2c3-1024.jpg 1024w" sizes="(min-width: 48em) 46em, 100vw" width="1200" height="800" alt="Editor &amp; alt" loading="lazy" decoding="async" />' +
        "</picture><p>After</p>",
    );
  });

  it("fill a missing alt from the library in the page's locale, escaped", () => {
    const html = picturesInBody('<img src="/media/a1b2c3-320.webp" />', library, "ru");
    expect(html).toContain('alt="Базар «Чорсу»"');
    expect(picturesInBody('<img src="/media/a1b2c3-320.webp" />', new Map([["a1b2c3", { ...PHOTO, alt: { uz: 'a "quote" <b>' } }]]), "uz")).toContain(
      'alt="a &quot;quote&quot; &lt;b&gt;"',
    );
  });

  it("of demo covers (WebP only) have no sources, just the WebP srcset", () => {
    expect(picturesInBody('<img src="/media/cover-demo-3-800.webp" alt="" />', library, "uz")).toBe(
      '<picture><img src="/media/cover-demo-3-800.webp" srcset="/media/cover-demo-3-400.webp 400w, /media/cover-demo-3-800.webp 800w, /media/cover-demo-3-1200.webp 1200w" sizes="(min-width: 48em) 46em, 100vw" width="1200" height="675" alt="" loading="lazy" decoding="async" /></picture>',
    );
  });

  it("leave images the library does not know, and everything else, as stored", () => {
    const body =
      '<p>Text <a href="/media/a1b2c3-640.jpg">link</a></p><img src="/media/unknown-640.jpg" alt="x" /><img src="https://cdn.example/a1b2c3-640.jpg" />';
    expect([picturesInBody(body, library, "en"), picturesInBody(body, new Map(), "en")]).toEqual([body, body]);
  });
});
