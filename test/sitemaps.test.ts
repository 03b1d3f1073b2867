/**
 * The sitemaps and robots.txt through the whole app, every document validated against the
 * official XSDs (test/xsd.ts): the index names every file, month files split at SITEMAP_MAX_URLS
 * and together list each published article once, with hreflang alternates and cover images;
 * Google News's has the last two days only; caching and invalidation like the pages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";
import { statusesOf } from "./inject.js";
import { sitemapErrors } from "./xsd.js";

const SITE = "https://xabar.example";
const MAX_URLS = 100;
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

let x: TestApp;
/** The four-locale story with a cover, in April 2025. */
let april: Record<string, number | undefined>;
/** Articles published in March 2025 (uz and en given, oz derived from uz). */
const MARCH_STORIES = 40;
let recent: number[];
let oldNews: number[];

beforeAll(async () => {
  x = await createTestApp({ SITE_URL: SITE, SITEMAP_MAX_URLS: String(MAX_URLS) });
  for (let i = 0; i < MARCH_STORIES; i++) {
    await buildStory(x, {
      locales: ["uz", "en"],
      category: i % 2 ? "sport" : "economy",
      title: `Mart xabari ${i}`,
      publishedAt: new Date(Date.UTC(2025, 2, 1 + (i % 28), 10, i)),
    });
  }
  const media = await x.db
    .insertInto("media")
    .values({ file: "sitemap-cover", width: 1600, height: 1000, variants: "[640,1600]", formats: '["webp"]', created_at: new Date().toISOString() })
    .returning("id")
    .executeTakeFirstOrThrow();
  const created = await x.stories.create({
    category: "world",
    coverMediaId: media.id,
    renditions: Object.fromEntries(
      (["uz", "oz", "ru", "en"] as const).map((locale) => [
        locale,
        { title: `Aprel xabari ${locale} & <muhim>`, bodyHtml: "<p>Matn.</p>", publishedAt: new Date(Date.UTC(2025, 3, 9, 8)).toISOString() },
      ]),
    ),
  });
  april = Object.fromEntries(created.articles.map((a) => [a.locale, a.id]));
  recent = [];
  for (let i = 0; i < 3; i++) {
    const story = await buildStory(x, { locales: ["uz", "ru"], title: `Bugungi xabar ${i}`, publishedAt: hoursAgo(2 + i * 10) });
    recent.push(...Object.values(story.ids).filter((id): id is number => id !== undefined));
  }
  const old = await buildStory(x, { locales: ["en"], title: "Three days old", publishedAt: hoursAgo(72) });
  oldNews = Object.values(old.ids).filter((id): id is number => id !== undefined);
  await buildStory(x, { locales: ["en"], title: "Scheduled for tomorrow", publishedAt: hoursAgo(-24) });
});

afterAll(async () => {
  await x.close();
});

async function fetchXml(path: string): Promise<string> {
  const response = await x.app.inject({ url: path });
  expect([path, response.statusCode, response.headers["content-type"]]).toEqual([path, 200, "application/xml; charset=utf-8"]);
  return response.body;
}

const locs = (xml: string, element = "loc") => [...xml.matchAll(new RegExp(`<${element}>([^<]*)</${element}>`, "g"))].map((m) => m[1] ?? "");
const urlsOf = (xml: string) => [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1] ?? "");

describe("validation against the official XSDs", () => {
  it("refuses a broken sitemap: the checks below can fail", async () => {
    const index = await fetchXml("/sitemap.xml");
    expect(await sitemapErrors(index, "index")).toEqual([]);
    expect(await sitemapErrors(index.replace("<loc>", "<location>").replace("</loc>", "</location>"), "index")).not.toEqual([]);
    const month = await fetchXml("/sitemaps/articles-2025-04.xml");
    expect(await sitemapErrors(month, "urlset")).toEqual([]);
    expect(await sitemapErrors(month.replace(/<lastmod>[^<]*<\/lastmod>/, "<lastmod>yesterday</lastmod>"), "urlset")).not.toEqual([]);
    expect(await sitemapErrors(month.replace("hreflang=", "hreflong="), "urlset")).not.toEqual([]);
    expect(await sitemapErrors(month.replace("<image:loc>", "<image:url>").replace("</image:loc>", "</image:url>"), "urlset")).not.toEqual([]);
    const news = await fetchXml("/sitemap-news.xml");
    expect(await sitemapErrors(news.replace(/<news:language>[^<]*</, "<news:language>uz-Cyrl<"), "urlset")).not.toEqual([]);
  });
});

describe("the sitemap index", () => {
  it("names the pages, every month's parts and the news sitemap, all absolute, each valid", async () => {
    const index = await fetchXml("/sitemap.xml");
    expect(await sitemapErrors(index, "index")).toEqual([]);
    const files = locs(index);
    expect(files).toContain(`${SITE}/sitemaps/pages.xml`);
    expect(files).toContain(`${SITE}/sitemaps/articles-2025-03.xml`);
    // 40 stories × (uz, oz, en) = 120 URLs in March: two files of at most 100.
    expect(files).toContain(`${SITE}/sitemaps/articles-2025-03-2.xml`);
    expect(files).not.toContain(`${SITE}/sitemaps/articles-2025-03-3.xml`);
    expect(files).toContain(`${SITE}/sitemaps/articles-2025-04.xml`);
    expect(files).toContain(`${SITE}/sitemap-news.xml`);
    for (const file of files) {
      expect(file.startsWith(`${SITE}/`)).toBe(true);
      const xml = await fetchXml(file.slice(SITE.length));
      expect([file, await sitemapErrors(xml, "urlset")]).toEqual([file, []]);
      expect(urlsOf(xml).length).toBeLessThanOrEqual(MAX_URLS);
    }
  });

  it("lists every published article exactly once across the month files, and nothing scheduled", async () => {
    const index = await fetchXml("/sitemap.xml");
    const monthFiles = locs(index).filter((f) => f.includes("/sitemaps/articles-"));
    const listed: string[] = [];
    for (const file of monthFiles) listed.push(...urlsOf(await fetchXml(file.slice(SITE.length))).map((url) => locs(url)[0] ?? ""));
    const published = await x.db
      .selectFrom("articles")
      .select("id")
      .where("status", "=", "published")
      .where("published_at", "<=", new Date().toISOString())
      .execute();
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.length).toBe(published.length);
    const ids = listed.map((url) => Number(/\/(\d+)-[^/]*$/.exec(url)?.[1]));
    expect(new Set(ids)).toEqual(new Set(published.map((r) => r.id)));
    const march = [...urlsOf(await fetchXml("/sitemaps/articles-2025-03.xml")), ...urlsOf(await fetchXml("/sitemaps/articles-2025-03-2.xml"))];
    expect(march).toHaveLength(MARCH_STORIES * 3);
    expect(listed.some((url) => url.includes("scheduled-for-tomorrow"))).toBe(false);
  });
});

describe("a month's articles", () => {
  it("give each URL its lastmod, an hreflang alternate per translation plus x-default, and the cover", async () => {
    const xml = await fetchXml("/sitemaps/articles-2025-04.xml");
    const urls = urlsOf(xml);
    expect(urls).toHaveLength(4);
    const uzUrl = `${SITE}/uz/world/${april.uz}-`;
    for (const url of urls) {
      expect(url).toMatch(/<lastmod>2025-04-09T08:00:00Z<\/lastmod>|<lastmod>20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/lastmod>/);
      const links = [...url.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]);
      expect(links.map(([lang]) => lang)).toEqual(["uz-Latn", "uz-Cyrl", "ru", "en", "x-default"]);
      expect(links.find(([lang]) => lang === "x-default")?.[1]).toContain(uzUrl);
      expect(links.find(([lang]) => lang === "ru")?.[1]).toContain(`${SITE}/ru/world/${april.ru}-`);
      expect(locs(url, "image:loc")).toEqual([`${SITE}/media/sitemap-cover-1600.webp`]);
    }
    // Each loc is the article's own canonical page.
    for (const loc of urls.map((url) => locs(url)[0] ?? "")) {
      const page = await x.app.inject({ url: loc.slice(SITE.length) });
      expect([loc, page.statusCode]).toEqual([loc, 200]);
      expect(page.body).toContain(`<link rel="canonical" href="${loc}"`);
    }
    // Titles are not in a month file; the escaping is exercised by the news sitemap.
  });

  it("answers 404 for parts past the month's end and names that are no month file", async () => {
    const paths = [
      "/sitemaps/articles-2025-03-3.xml",
      "/sitemaps/articles-2025-13.xml",
      "/sitemaps/articles-2025-05.xml",
      "/sitemaps/articles-2025-03-1.xml",
      "/sitemaps/other.xml",
    ];
    expect(await statusesOf(x.app, paths)).toEqual(paths.map((path) => [path, 404]));
  });
});

describe("the Google News sitemap", () => {
  it("lists the articles of the last two days only, newest first, with name, language, date and title", async () => {
    const xml = await fetchXml("/sitemap-news.xml");
    expect(await sitemapErrors(xml, "urlset")).toEqual([]);
    const urls = urlsOf(xml);
    // uz, derived oz and ru of each of the three recent stories.
    expect(urls).toHaveLength(9);
    const ids = urls.map((url) => Number(/\/(\d+)-[^/<]*<\/loc>/.exec(url)?.[1]));
    for (const id of oldNews) expect(ids).not.toContain(id);
    for (const id of recent) expect(ids).toContain(id);
    const dates = locs(xml, "news:publication_date");
    expect(dates).toEqual([...dates].sort().reverse());
    expect(locs(xml, "news:name").every((name) => name === "Xabar")).toBe(true);
    expect(new Set(locs(xml, "news:language"))).toEqual(new Set(["uz", "ru"]));
    expect(locs(xml, "news:title")).toContain("Bugungi xabar 0 uz");
  });

  it("escapes titles", async () => {
    await x.stories.create({
      category: "world",
      renditions: { en: { title: "Tom & Jerry <live>", bodyHtml: "<p>Text.</p>", publishedAt: hoursAgo(1).toISOString() } },
    });
    const xml = await fetchXml("/sitemap-news.xml");
    expect(xml).toContain("<news:title>Tom &amp; Jerry &lt;live&gt;</news:title>");
    expect(await sitemapErrors(xml, "urlset")).toEqual([]);
  });
});

describe("the pages sitemap and robots.txt", () => {
  it("lists each locale's home and category pages with their alternates", async () => {
    const xml = await fetchXml("/sitemaps/pages.xml");
    expect(await sitemapErrors(xml, "urlset")).toEqual([]);
    const pages = urlsOf(xml).map((url) => locs(url)[0]);
    for (const locale of ["uz", "oz", "ru", "en"]) {
      expect(pages).toContain(`${SITE}/${locale}/`);
      for (const category of ["world", "sport", "economy"]) expect(pages).toContain(`${SITE}/${locale}/${category}/`);
    }
    expect(pages).toHaveLength(4 * 4);
  });

  it("robots.txt names the sitemaps and keeps the newsroom and search results out", async () => {
    const response = await x.app.inject({ url: "/robots.txt" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/plain; charset=utf-8");
    const lines = response.body.split("\n");
    expect(lines).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(lines).toContain(`Sitemap: ${SITE}/sitemap-news.xml`);
    for (const rule of ["Disallow: /admin/", "Disallow: /api/admin/", "Disallow: /uz/search", "Disallow: /en/search"]) expect(lines).toContain(rule);
    expect(lines[0]).toBe("User-agent: *");
  });
});

describe("caching", () => {
  it("keeps sitemaps in the page cache and drops them when an article is published", async () => {
    x.cache?.clear();
    expect((await x.app.inject({ url: "/sitemap-news.xml" })).headers["x-cache"]).toBe("MISS");
    const hit = await x.app.inject({ url: "/sitemap-news.xml" });
    expect(hit.headers["x-cache"]).toBe("HIT");
    expect(String(hit.headers["surrogate-key"])).toContain("sitemaps");
    expect((await x.app.inject({ url: "/sitemap-news.xml", headers: { "if-none-match": String(hit.headers.etag) } })).statusCode).toBe(304);
    const story = await buildStory(x, { locales: ["en"], title: "Just published", publishedAt: new Date() });
    const after = await x.app.inject({ url: "/sitemap-news.xml" });
    expect(after.headers["x-cache"]).toBe("MISS");
    expect(after.body).toContain(`/${story.ids.en}-just-published-en</loc>`);
  });
});
