import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp } from "./app.js";
import { recomputeSimilar } from "../src/discovery/similar.js";
import { REACTIONS } from "../src/engagement/reactions.js";
import { buildStory } from "./factories.js";
import { statusesOf } from "./inject.js";

let x: TestApp;
let story: { storyId: number; ids: Record<string, number | undefined> };
let articlePath: string;
/** The sport list as the first visitor after set-up saw it. */
let sportList: string;

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

const METRICS_TOKEN = "site-test-metrics-token-0123";

beforeAll(async () => {
  x = await createTestApp({ METRICS_TOKEN });
  story = await buildStory(x, {
    locales: ["uz", "ru", "en"],
    title: "Terma jamoa gʻalaba qozondi",
    body: "<p>Futbol boʻyicha terma jamoa saralash bosqichida gʻalaba qozondi. Murabbiy futbolchilarni maqtadi.</p><blockquote><p>Biz tayyor edik.</p></blockquote>",
    category: "sport",
    tags: ["football"],
    source: { name: "Xabar", url: "https://example.uz/sport/1" },
    publishedAt: hoursAgo(1),
    pinned: true,
  });
  for (let i = 0; i < 8; i++) {
    await buildStory(x, {
      locales: ["uz", "en"],
      title: `Futbol terma jamoa saralash oʻyini ${i}`,
      body: `<p>Terma jamoa futbol boʻyicha saralash oʻyinida ${i} ta gol urdi. Futbolchilar murabbiy bilan ishladi.</p>`,
      category: "sport",
      tags: ["football"],
      publishedAt: hoursAgo(2 + i),
    });
  }
  await buildStory(x, {
    locales: ["uz", "en"],
    title: "Shaxmat olimpiadasi",
    body: "<p>Shaxmat boʻyicha olimpiada boshlandi.</p>",
    category: "world",
    publishedAt: hoursAgo(30),
  });
  await buildStory(x, { locales: ["en"], title: "Not yet", publishedAt: new Date(Date.now() + 3_600_000) });
  // What the delayed refresh does in production: everybody's lists, now that all stories exist.
  await recomputeSimilar(x.db);
  x.cache?.clear();
  sportList = (await x.app.inject({ url: "/en/sport/" })).body;
  articlePath = `/en/sport/${story.ids.en}-terma-jamoa-galaba-qozondi-en`;
});

/** The test app's page cache: the cache tests mean nothing without one. */
function pageCache(): NonNullable<TestApp["cache"]> {
  if (!x.cache) throw new Error("the test app runs without a page cache");
  return x.cache;
}

afterAll(async () => {
  await x.close();
});

describe("language routing", () => {
  it("redirects / by cookie, then Accept-Language, else to /uz/", async () => {
    const byCookie = await x.app.inject({ url: "/", headers: { cookie: "xabar_lang=ru", "accept-language": "en" } });
    expect([byCookie.statusCode, byCookie.headers.location]).toEqual([302, "/ru/"]);
    const byHeader = await x.app.inject({ url: "/", headers: { "accept-language": "uz-Cyrl-UZ,ru;q=0.5" } });
    expect(byHeader.headers.location).toBe("/oz/");
    const fallback = await x.app.inject({ url: "/", headers: { "accept-language": "de" } });
    expect(fallback.headers.location).toBe("/uz/");
    expect(fallback.headers["cache-control"]).toContain("no-store");
  });

  it.each([
    ["/uz/", "uz-Latn", "Asosiy xabarlar"],
    ["/oz/", "uz-Cyrl", "Асосий хабарлар"],
    ["/ru/", "ru", "Главные новости"],
    ["/en/", "en", "Top stories"],
  ])("serves the home page %s in its language", async (url, lang, heading) => {
    const res = await x.app.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<html lang="${lang}">`);
    expect(res.body).toContain(heading);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
  });

  it("keeps Russian UI words off the English page", async () => {
    const res = await x.app.inject({ url: articlePath });
    const text = res.body.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ");
    expect(text).not.toMatch(/[\u0400-\u04ff]/);
  });
});

describe("the article page", () => {
  it("has every part of the seed page", async () => {
    const res = await x.app.inject({ url: articlePath });
    expect(res.statusCode).toBe(200);
    const html = res.body;
    for (const part of ["today", "views", "reactions", "similar"]) expect(html).toContain(`data-xabar="${part}"`);
    expect(html.match(/data-xabar="similar-item"/g)).toHaveLength(6);
    expect(html).toContain("<h1>Terma jamoa gʻalaba qozondi en</h1>");
    expect(html).toContain('href="/en/sport/">Sport</a>');
    expect(html).toContain('<a href="https://example.uz/sport/1" rel="noopener nofollow">Xabar</a>');
    expect(html).toContain("<blockquote><p>Biz tayyor edik.</p></blockquote>");
    expect(html).toContain("#Football");
    for (const kind of REACTIONS) expect(html).toContain(`data-reaction="${kind}"`);
  });

  it("carries canonical, hreflang for each translation, OpenGraph and JSON-LD", async () => {
    const html = (await x.app.inject({ url: articlePath })).body;
    expect(html).toContain(`<link rel="canonical" href="http://localhost:3000${articlePath}"/>`);
    for (const tag of ["uz-Latn", "uz-Cyrl", "ru", "en", "x-default"]) expect(html).toContain(`hreflang="${tag}"`);
    expect(html).toContain('<meta property="og:type" content="article"/>');
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? "{}";
    const data = JSON.parse(jsonLd) as Record<string, unknown>;
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe("Terma jamoa gʻalaba qozondi en");
    expect(data.inLanguage).toBe("en");
  });

  it("lists similar stories, never itself or another rendition of its story", async () => {
    const html = (await x.app.inject({ url: articlePath })).body;
    const section = html.slice(html.indexOf('data-xabar="similar"'));
    expect(section).not.toContain(`/${story.ids.en}-`);
    expect(section).toContain("saralash");
    expect(section).not.toContain("/uz/");
  });

  it("keeps made-up query strings out of the cache and refuses ids beyond 32 bits", async () => {
    const before = pageCache().size;
    for (let i = 0; i < 20; i++) await x.app.inject({ url: `/uz/?junk=${i}` });
    for (let i = 0; i < 20; i++) await x.app.inject({ url: `${articlePath}?utm=${i}&page=${i}` });
    expect(pageCache().size - before).toBeLessThanOrEqual(2);
    expect((await x.app.inject({ url: "/uz/world/2147483648-x" })).statusCode).toBe(404);
    expect((await x.app.inject({ url: "/uz/world/99999999999-x" })).statusCode).toBe(404);
  });

  it("answers a malformed URL with a localised page, not the framework's JSON", async () => {
    const res = await x.app.inject({ url: "/ru/%E0%A4%A/" });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Страница не найдена");
    expect(res.body).not.toContain("FST_ERR");
  });

  it("redirects a wrong slug or category to the canonical URL", async () => {
    for (const wrong of [`/en/sport/${story.ids.en}`, `/en/world/${story.ids.en}-x`, `/en/sport/${story.ids.en}-old-title`]) {
      const res = await x.app.inject({ url: wrong });
      expect([res.statusCode, res.headers.location]).toEqual([301, articlePath]);
    }
  });

  it("answers a localised 404 for unknown, foreign-locale and future articles", async () => {
    const urls = ["/en/sport/999999-nope", `/ru/sport/${story.ids.en}-x`, "/en/nope/", "/en/sport/abc", "/xx/"];
    expect(await statusesOf(x.app, urls)).toEqual(urls.map((url) => [url, 404]));
    const ru = await x.app.inject({ url: "/ru/sport/999999" });
    expect(ru.body).toContain("Страница не найдена");
    expect(ru.body).toContain('<html lang="ru">');
  });

  it("shows the Uzbek Cyrillic rendition derived from Latin", async () => {
    const res = await x.app.inject({ url: `/oz/sport/${(story.ids.uz ?? 0) + 0}` });
    expect(res.statusCode).toBe(404); // the uz id is a Latin article
    const oz = await x.db
      .selectFrom("articles")
      .select(["id", "slug"])
      .where("story_id", "=", story.storyId)
      .where("locale", "=", "oz")
      .executeTakeFirstOrThrow();
    const page = await x.app.inject({ url: `/oz/sport/${oz.id}-${oz.slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Терма жамоа ғалаба қозонди");
    expect(page.body).toContain("Ўхшаш янгиликлар");
  });
});

describe("category pages", () => {
  it("link the article by its canonical path", () => {
    expect(sportList).toContain(`href="${articlePath}"`);
  });

  it("paginates and 404s past the end", async () => {
    const first = await x.app.inject({ url: "/en/sport/" });
    expect(first.statusCode).toBe(200);
    expect(first.body).not.toContain("Not yet");
    expect((await x.app.inject({ url: "/en/sport/?page=2" })).statusCode).toBe(404);
    expect((await x.app.inject({ url: "/en/sport/?page=abc" })).statusCode).toBe(404);
    const noSlash = await x.app.inject({ url: "/en/sport" });
    expect([noSlash.statusCode, noSlash.headers.location]).toEqual([301, "/en/sport/"]);
  });
});

describe("tag pages", () => {
  it("list the stories of a tag and 404 for an unknown tag", async () => {
    const res = await x.app.inject({ url: "/en/tag/football" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("<h1>#Football</h1>");
    expect(res.body).toContain("Terma jamoa gʻalaba qozondi en");
    expect(res.body).not.toContain("Shaxmat olimpiadasi");
    expect((await x.app.inject({ url: "/ru/tag/football" })).body).toContain("#Футбол");
    expect((await x.app.inject({ url: "/en/tag/nope" })).statusCode).toBe(404);
  });
});

describe("caching", () => {
  it("serves pages with validators, compression and a cache that touches no database", async () => {
    const url = "/en/world/";
    const miss = await x.app.inject({ url, headers: { "accept-encoding": "gzip" } });
    expect(miss.headers["cache-control"]).toMatch(/public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+/);
    expect(miss.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(miss.rawPayload).toString()).toContain("Shaxmat olimpiadasi");
    expect(miss.headers["surrogate-key"]).toContain("list:en:world");
    const etag = miss.headers.etag as string;
    const hit = await x.app.inject({ url, headers: { "accept-encoding": "br" } });
    expect(hit.headers["x-cache"]).toBe("HIT");
    expect(hit.headers["content-encoding"]).toBe("br");
    // One validator per representation: the same page, another encoding, another ETag.
    expect(hit.headers.etag).toBe(etag.replace(/-gzip"$/, '-br"'));
    const notModified = await x.app.inject({ url, headers: { "if-none-match": etag, "accept-encoding": "gzip" } });
    expect(notModified.statusCode).toBe(304);
    const otherEncoding = await x.app.inject({ url, headers: { "if-none-match": etag } });
    expect(otherEncoding.statusCode).toBe(200);
  });

  it("invalidates the story's pages and lists when a story is published", async () => {
    await x.app.inject({ url: "/en/world/" });
    expect((await x.app.inject({ url: "/en/world/" })).headers["x-cache"]).toBe("HIT");
    await buildStory(x, { locales: ["en"], title: "Fresh world news", category: "world" });
    const after = await x.app.inject({ url: "/en/world/" });
    expect(after.headers["x-cache"]).toBe("MISS");
    expect(after.body).toContain("Fresh world news");
  });

  it("serves assets immutable under content-hashed names", async () => {
    const html = (await x.app.inject({ url: "/en/" })).body;
    const css = /href="(\/assets\/site\.[^"]+\.css)"/.exec(html)?.[1] ?? "";
    const js = /src="(\/assets\/site\.[^"]+\.js)"/.exec(html)?.[1] ?? "";
    for (const url of [css, js]) {
      const res = await x.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    }
    expect((await x.app.inject({ url: "/assets/site.nope.css" })).statusCode).toBe(404);
  });
});

describe("configuration", () => {
  it("reads the weather city's names and refuses bad JSON (Uzbek Cyrillic is derived where shown: test/start.test.ts)", async () => {
    const { loadConfig, ConfigError } = await import("../src/config.js");
    const config = loadConfig({ WEATHER_CITY: "samarkand", WEATHER_CITY_NAMES: '{"uz":"Samarqand","ru":"Самарканд","en":"Samarkand"}' });
    expect(config.weather.cityNames).toEqual({ uz: "Samarqand", ru: "Самарканд", en: "Samarkand" });
    expect(() => loadConfig({ WEATHER_CITY_NAMES: "{nope" })).toThrow(ConfigError);
    expect(() => loadConfig({ TIME_ZONE: "Mars/Olympus" })).toThrow(ConfigError);
  });
});

describe("operations", () => {
  it("exposes Prometheus metrics by route, with cache hits and job depth", async () => {
    await x.app.inject({ url: articlePath });
    const res = await x.app.inject({ url: "/metrics", headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/plain");
    expect(res.body).toMatch(/xabar_http_requests_total\{route="\/en\/:category\/:article",method="GET",status="200"\} \d+/);
    expect(res.body).toMatch(/xabar_page_cache_requests_total\{result="hit"\} [1-9]/);
    expect(res.body).toMatch(/xabar_jobs_queue_depth \d+/);
    expect(res.body).toContain("xabar_http_request_duration_seconds_bucket");
    expect(res.body).toContain("xabar_views_flush_lag_seconds");
  });

  it("answers health and readiness", async () => {
    expect((await x.app.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
    expect((await x.app.inject({ url: "/readyz" })).json()).toEqual({ status: "ready" });
  });
});
