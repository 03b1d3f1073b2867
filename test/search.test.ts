/**
 * Search through HTTP: the page /{lc}/search in every locale (form, results, no results, pager,
 * noindex, never in the page cache) and GET /api/v1/search (200 for any query, 400 for bad
 * filters), with hostile input escaped wherever it shows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../src/lang/locales.js";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";

let x: TestApp;
const ids: Record<string, number> = {};

beforeAll(async () => {
  x = await createTestApp();
  const hour = 3_600_000;
  const created = await x.stories.create({
    category: "world",
    tags: [],
    deriveCyrillic: true,
    renditions: {
      uz: {
        title: "Toshkentda yangi park ochildi",
        lead: "Poytaxtda <b>katta</b> park.",
        bodyHtml: "<p>Park aholi uchun ochiq.</p>",
        publishedAt: new Date(Date.now() - hour).toISOString(),
      },
      ru: {
        title: "В Ташкенте открылся парк",
        lead: "",
        bodyHtml: "<p>Новости столицы: парк открыт для жителей.</p>",
        publishedAt: new Date(Date.now() - hour).toISOString(),
      },
      en: {
        title: "A new park opens in Tashkent",
        lead: "",
        bodyHtml: "<p>The park &lt;script&gt;alert(1)&lt;/script&gt; is open to residents.</p>",
        publishedAt: new Date(Date.now() - hour).toISOString(),
      },
    },
  });
  for (const a of created.articles) ids[a.locale] = a.id;
  for (let i = 0; i < 25; i++)
    await buildStory(x, { locales: ["en"], category: "sport", title: `Marathon day ${i}`, publishedAt: new Date(Date.now() - (i + 2) * hour) });
});
afterAll(async () => x.close());

const get = (url: string) => x.app.inject({ method: "GET", url });

describe("the search page", () => {
  it("shows the form in every locale, with a label, in the page's language", async () => {
    for (const locale of LOCALES) {
      const res = await get(`/${locale}/search`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toMatch(/<label for="search-q">[^<]+<\/label>/);
      expect(res.body).toContain(`action="/${locale}/search"`);
      expect(res.body).not.toContain('name="robots"');
    }
    const en = await get("/en/search");
    expect(en.body).toContain("Search the news");
    expect(en.body).not.toMatch(/[\u0400-\u04ff]/);
  });

  it("finds articles in the page's locale, highlighted, with category and date, noindex", async () => {
    const oz = await get("/oz/search?q=toshkent");
    expect(oz.statusCode).toBe(200);
    expect(oz.body).toContain(`/oz/world/${ids.oz}-`);
    expect(oz.body).toContain("<mark>Тошкентда</mark>");
    expect(oz.body).toContain('<meta name="robots" content="noindex"/>');
    const ru = await get("/ru/search?q=" + encodeURIComponent("новостями"));
    expect(ru.body).toContain(`/ru/world/${ids.ru}-`);
    expect(ru.body).toContain("<mark>Новости</mark>");
    expect(ru.body).toContain("Мир");
    const en = await get("/en/search?q=parks");
    expect(en.body).toContain("<mark>park</mark>");
    // The body's text "<script>…" shows as text (preact escapes "<"; a ">" alone opens nothing).
    expect(en.body).toContain("&lt;script>alert(1)&lt;/script>");
    expect(en.body).not.toContain("<script>alert");
    expect(en.body).toMatch(/<time dateTime="[^"]+"/i);
  });

  it("says so when nothing is found, and treats hostile queries as text", async () => {
    const none = await get("/en/search?q=zebra");
    expect(none.statusCode).toBe(200);
    expect(none.body).toContain("Nothing was found");
    const q = `"><script>alert(1)</script> NEAR( * OR -`;
    const hostile = await get(`/en/search?q=${encodeURIComponent(q)}`);
    expect(hostile.statusCode).toBe(200);
    expect(hostile.body).not.toContain("<script>alert(1)</script>");
    expect(hostile.body).toContain('value="&quot;>&lt;script>alert(1)&lt;/script> NEAR( * OR -"');
    for (const url of [`/en/search?q=${"x".repeat(10_000)}`, "/en/search?q=%F0%9F%99%82", "/en/search?q=%00%07", "/en/search?q=a&q=b", "/en/search?q="]) {
      expect((await get(url)).statusCode).toBe(200);
    }
  });

  it("answers 404 for a filter or a cursor that names nothing", async () => {
    for (const url of [
      "/en/search?q=park&category=nope",
      "/en/search?q=park&from=2026-02-30",
      "/en/search?q=park&page=2&after=bogus",
      "/en/search?q=park&to=yesterday",
    ]) {
      expect((await get(url)).statusCode).toBe(404);
    }
    // An empty form field is no filter.
    expect((await get("/en/search?q=park&category=&from=&to=")).statusCode).toBe(200);
  });

  it("pages with keyset cursors and never fills the page cache", async () => {
    const before = x.cache?.size ?? 0;
    const first = await get("/en/search?q=marathon");
    const firstIds = [...first.body.matchAll(/<h2>\s*<a href="\/en\/sport\/(\d+)-/g)].map((m) => Number(m[1]));
    expect(firstIds).toHaveLength(20);
    const next = /<a rel="next" href="([^"]+)"/.exec(first.body)?.[1]?.replace(/&amp;/g, "&");
    expect(next).toMatch(/^\/en\/search\?q=marathon&page=2&after=[\d.e-]+_\d+$/);
    const second = await get(next ?? "");
    const secondIds = [...second.body.matchAll(/<h2>\s*<a href="\/en\/sport\/(\d+)-/g)].map((m) => Number(m[1]));
    expect(secondIds).toHaveLength(5);
    expect(new Set([...firstIds, ...secondIds]).size).toBe(25);
    expect(second.body).toContain('rel="prev"');
    expect(second.body).not.toContain('rel="next"');
    for (let i = 0; i < 5; i++) await get(`/en/search?q=marathon${i}`);
    expect(x.cache?.size ?? 0).toBe(before);
  });

  it("is linked from every page's header", async () => {
    const home = await get("/uz/");
    expect(home.body).toContain('href="/uz/search"');
  });
});

describe("GET /api/v1/search", () => {
  it("answers results as JSON with escaped, marked HTML and a cursor", async () => {
    const res = await get("/api/v1/search?q=toshkent");
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: Array<{ id: number; locale: string; titleHtml: string; url: string }>; next: string | null }>();
    expect(body.items.map((i) => i.id).sort()).toEqual([ids.uz, ids.oz].sort());
    expect(body.items.find((i) => i.locale === "oz")?.titleHtml).toContain("<mark>Тошкентда</mark>");
    expect(body.next).toBeNull();
    const en = await get("/api/v1/search?q=park&locale=en");
    expect(en.json<{ items: Array<{ snippetHtml: string }> }>().items[0]?.snippetHtml).toContain("&lt;script&gt;");

    const page1 = await get("/api/v1/search?q=marathon&locale=en&limit=10");
    const p1 = page1.json<{ items: Array<{ id: number }>; next: string }>();
    expect(p1.items).toHaveLength(10);
    const page2 = await get(`/api/v1/search?q=marathon&locale=en&limit=10&cursor=${p1.next}`);
    const p2 = page2.json<{ items: Array<{ id: number }> }>();
    expect(p2.items).toHaveLength(10);
    expect(p2.items.some((i) => p1.items.some((j) => j.id === i.id))).toBe(false);
  });

  it("takes any query, refuses bad filters with XABAR_INVALID", async () => {
    for (const q of ['"', "*", "NEAR(", "' OR 1=1 --", "x".repeat(10_000), "🙂", "\u0000"]) {
      const res = await get(`/api/v1/search?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
    }
    expect((await get("/api/v1/search")).json()).toMatchObject({ items: [], next: null });
    for (const [url, field] of [
      ["/api/v1/search?q=a&locale=xx", "locale"],
      ["/api/v1/search?q=a&category=nope", "category"],
      ["/api/v1/search?q=a&category=Bad%20Slug", "category"],
      ["/api/v1/search?q=a&from=2026-13-01", "from"],
      ["/api/v1/search?q=a&to=soon", "to"],
      ["/api/v1/search?q=a&cursor=1_x", "cursor"],
      ["/api/v1/search?q=a&limit=500", "limit"],
    ] as const) {
      const res = await get(url);
      expect(res.statusCode).toBe(400);
      const { error } = res.json<{ error: { code: string; fields: Record<string, string> } }>();
      expect(error.code).toBe("XABAR_INVALID");
      expect(Object.keys(error.fields)).toEqual([field]);
    }
  });
});
