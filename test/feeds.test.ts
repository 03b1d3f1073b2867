/**
 * The feeds through the whole app: RSS and Atom read back by an independent parser
 * (@rowanmanning/feed-parser), JSON Feed 1.1 checked against its spec's required shape; items,
 * links, dates, enclosures, language and content; caching, 304 and invalidation; the head links.
 */
import { parseFeed } from "@rowanmanning/feed-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";
import { statusesOf } from "./inject.js";

const SITE = "https://xabar.example";
/** The parsed feed (the parser exports its type only through parseFeed). */
type Feed = ReturnType<typeof parseFeed>;
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

let x: TestApp;
let excerptApp: TestApp;
/** The story with a cover, an author and links in its body: the newest of all. */
let featured: { uz: number; ru: number };

async function buildFeatured(app: TestApp): Promise<{ uz: number; ru: number }> {
  const now = new Date().toISOString();
  const media = await app.db
    .insertInto("media")
    .values({ file: "feed-cover", width: 1600, height: 900, variants: "[640,1600]", formats: '["webp","jpeg"]', created_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  const author = await app.db
    .insertInto("authors")
    .values({ slug: "dilnoza", names: JSON.stringify({ uz: "Dilnoza Karimova", ru: "Дилноза Каримова", en: "Dilnoza Karimova" }), user_id: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  const created = await app.stories.create({
    category: "world",
    coverMediaId: media.id,
    authorId: author.id,
    renditions: {
      uz: {
        title: "Toshkentda yangi metro bekati ochildi",
        lead: "Shahar markazida yangi bekat yoʻlovchilarni qabul qildi.",
        bodyHtml: '<p>Bekat <a href="/uz/world/">dunyo</a> xabarlari orasida.</p><p><img src="/media/feed-cover-640.webp" alt="Bekat"></p>',
        publishedAt: hoursAgo(0.5).toISOString(),
      },
      ru: {
        title: "В Ташкенте открылась новая станция метро",
        lead: "Новая станция в центре города приняла пассажиров.",
        bodyHtml: "<p>Станция открылась утром.</p>",
        publishedAt: hoursAgo(0.5).toISOString(),
      },
    },
  });
  const id = (locale: string) => created.articles.find((a) => a.locale === locale)?.id ?? 0;
  return { uz: id("uz"), ru: id("ru") };
}

beforeAll(async () => {
  x = await createTestApp({ SITE_URL: SITE, FEED_FULL_TEXT: "1", FEED_ITEMS: "20" });
  excerptApp = await createTestApp({ SITE_URL: SITE });
  for (const app of [x, excerptApp]) {
    for (let i = 0; i < 24; i++) {
      await buildStory(app, { locales: ["uz", "en"], category: "sport", title: `Sport xabari ${i}`, publishedAt: hoursAgo(1 + i) });
    }
    await buildStory(app, { locales: ["uz", "en"], category: "world", title: "Kelajakdagi xabar", publishedAt: new Date(Date.now() + 3_600_000) });
  }
  featured = await buildFeatured(x);
  await buildFeatured(excerptApp);
});

afterAll(async () => {
  await x.close();
  await excerptApp.close();
});

async function get(app: TestApp, url: string, headers: Record<string, string> = {}) {
  return app.app.inject({ url, headers });
}

async function feedOf(app: TestApp, url: string): Promise<Feed> {
  const response = await get(app, url);
  expect([url, response.statusCode]).toEqual([url, 200]);
  return parseFeed(response.body);
}

/** Everything an item's URL must be: absolute on SITE_URL and the article's canonical page (200, not a redirect). */
async function expectCanonical(app: TestApp, url: string | null): Promise<void> {
  expect(url).toMatch(new RegExp(`^${SITE}/(uz|oz|ru|en)/[a-z0-9-]+/\\d+-[a-z0-9-]+$`));
  const page = await get(app, (url ?? "").slice(SITE.length));
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain(`<link rel="canonical" href="${url}"`);
}

describe("RSS 2.0", () => {
  it("is served as application/rss+xml in UTF-8 with caching headers", async () => {
    const response = await get(x, "/uz/rss.xml");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/rss+xml; charset=utf-8");
    expect(response.headers.etag).toBeTruthy();
    expect(String(response.headers["surrogate-key"])).toContain("feed:uz");
    expect(response.headers["cache-control"]).toMatch(/public/);
  });

  it("has the locale's newest items, newest first, at most FEED_ITEMS, nothing scheduled", async () => {
    const feed = await feedOf(x, "/uz/rss.xml");
    expect(feed.meta.type).toBe("rss");
    expect(feed.language).toBe("uz-Latn");
    expect(feed.url).toBe(`${SITE}/uz/`);
    expect(feed.self).toBe(`${SITE}/uz/rss.xml`);
    expect(feed.title).toContain("Xabar");
    expect(feed.items).toHaveLength(20);
    const dates = feed.items.map((item) => item.published?.getTime() ?? 0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(feed.items.map((item) => item.title)).not.toContain("Kelajakdagi xabar uz");
    expect(feed.items[0]?.title).toBe("Toshkentda yangi metro bekati ochildi");
    // The 20 newest: the featured story, then sport 0…18; sport 19…23 are older.
    expect(feed.items.at(-1)?.title).toBe("Sport xabari 18 uz");
  });

  it("gives each item its canonical URL, a stable id, dates, category, author, cover and full text", async () => {
    const feed = await feedOf(x, "/uz/rss.xml");
    const item = feed.items[0];
    await expectCanonical(x, item?.url ?? null);
    expect(item?.url).toContain(`/uz/world/${featured.uz}-`);
    expect(item?.id).toBe(`tag:xabar.example,2026:article:${featured.uz}`);
    expect(Math.abs((item?.published?.getTime() ?? 0) - hoursAgo(0.5).getTime())).toBeLessThan(60_000);
    expect(item?.description).toBe("Shahar markazida yangi bekat yoʻlovchilarni qabul qildi.");
    expect(item?.categories.map((c) => c.label ?? c.term)).toContain("Dunyo");
    expect(item?.authors.map((a) => a.name)).toContain("Dilnoza Karimova");
    const cover = item?.media.find((m) => m.url.includes("feed-cover"));
    expect(cover?.url).toBe(`${SITE}/media/feed-cover-1600.jpg`);
    expect(cover?.mimeType).toBe("image/jpeg");
    expect(cover?.type).toBe("image");
    // Full text, with the body's root-relative links made absolute.
    expect(item?.content).toContain(`href="${SITE}/uz/world/"`);
    expect(item?.content).toContain(`src="${SITE}/media/feed-cover-640.webp"`);
    expect(item?.content).not.toMatch(/(href|src)="\/[^/]/);
  });

  it("answers 304 to its ETag and is stored in the page cache", async () => {
    x.cache?.clear();
    const first = await get(x, "/ru/rss.xml");
    expect(first.headers["x-cache"]).toBe("MISS");
    const second = await get(x, "/ru/rss.xml", { "if-none-match": String(first.headers.etag) });
    expect(second.statusCode).toBe(304);
    expect(second.headers["x-cache"]).toBe("HIT");
  });

  it("is dropped when an article is published, like the pages", async () => {
    expect((await get(x, "/en/rss.xml")).statusCode).toBe(200);
    expect((await get(x, "/en/rss.xml")).headers["x-cache"]).toBe("HIT");
    await buildStory(x, { locales: ["en"], category: "sport", title: "Fresh from the desk", publishedAt: new Date() });
    const after = await get(x, "/en/rss.xml");
    expect(after.headers["x-cache"]).toBe("MISS");
    expect(parseFeed(after.body).items[0]?.title).toBe("Fresh from the desk en");
  });
});

describe("text with markup characters", () => {
  it("is the title and lead as written, with no pretty-printing whitespace, and a lead's '<i>' is words in RSS's HTML", async () => {
    await excerptApp.stories.create({
      category: "economy",
      renditions: {
        en: { title: "Bread & <butter> prices", lead: "Flour & <i>yeast</i> cost more.", bodyHtml: "<p>Text.</p>", publishedAt: hoursAgo(30).toISOString() },
      },
    });
    const rss = (await get(excerptApp, "/en/economy/rss.xml")).body;
    expect(rss).toContain("<title><![CDATA[Bread & <butter> prices]]></title>");
    expect(rss).toContain("<description><![CDATA[Flour &amp; &lt;i&gt;yeast&lt;/i&gt; cost more.]]></description>");
    const item = parseFeed(rss).items.find((i) => i.title?.startsWith("Bread"));
    expect(item?.title).toBe("Bread & <butter> prices");
    const atom = (await get(excerptApp, "/en/economy/atom.xml")).body;
    const entry = parseFeed(atom).items.find((i) => i.title?.startsWith("Bread"));
    expect([entry?.title, entry?.description]).toEqual(["Bread & <butter> prices", "Flour & <i>yeast</i> cost more."]);
    expect(atom).not.toMatch(/>\s+<!\[CDATA\[/);
  });
});

describe("Atom", () => {
  it("is served as application/atom+xml with the same items, ids, dates, content and enclosure", async () => {
    const response = await get(x, "/uz/atom.xml");
    expect(response.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const feed = parseFeed(response.body);
    expect(feed.meta.type).toBe("atom");
    expect(feed.language).toBe("uz-Latn");
    expect(feed.self).toBe(`${SITE}/uz/atom.xml`);
    expect(feed.url).toBe(`${SITE}/uz/`);
    expect(feed.items).toHaveLength(20);
    const item = feed.items[0];
    expect(item?.id).toBe(`tag:xabar.example,2026:article:${featured.uz}`);
    await expectCanonical(x, item?.url ?? null);
    expect(item?.published).toBeInstanceOf(Date);
    expect(item?.updated?.getTime()).toBeGreaterThanOrEqual(item?.published?.getTime() ?? Infinity);
    expect(item?.content).toContain(`href="${SITE}/uz/world/"`);
    expect(item?.media.map((m) => m.url)).toContain(`${SITE}/media/feed-cover-1600.jpg`);
    expect(item?.authors.map((a) => a.name)).toContain("Dilnoza Karimova");
  });
});

/** What JSON Feed 1.1 requires (https://www.jsonfeed.org/version/1.1/), and what we promise on top. */
const jsonFeed = z.object({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string().min(1),
  home_page_url: z.url(),
  feed_url: z.url(),
  language: z.string(),
  items: z.array(
    z
      .object({
        id: z.string().min(1),
        url: z.url(),
        title: z.string(),
        summary: z.string(),
        content_html: z.string().optional(),
        content_text: z.string().optional(),
        image: z.url().optional(),
        date_published: z.iso.datetime({ offset: true }),
        date_modified: z.iso.datetime({ offset: true }),
        authors: z.array(z.object({ name: z.string() })).optional(),
        tags: z.array(z.string()),
      })
      .refine((item) => item.content_html !== undefined || item.content_text !== undefined, "content_html or content_text"),
  ),
});

describe("JSON Feed 1.1", () => {
  it("is served as application/feed+json and has the spec's shape", async () => {
    const response = await get(x, "/ru/feed.json");
    expect(response.headers["content-type"]).toBe("application/feed+json; charset=utf-8");
    const feed = jsonFeed.parse(JSON.parse(response.body));
    expect(feed.language).toBe("ru");
    expect(feed.feed_url).toBe(`${SITE}/ru/feed.json`);
    expect(feed.home_page_url).toBe(`${SITE}/ru/`);
    const item = feed.items[0];
    expect(item?.title).toBe("В Ташкенте открылась новая станция метро");
    expect(item?.url).toContain(`${SITE}/ru/world/${featured.ru}-`);
    await expectCanonical(x, item?.url ?? null);
    expect(item?.image).toBe(`${SITE}/media/feed-cover-1600.jpg`);
    expect(item?.authors?.[0]?.name).toBe("Дилноза Каримова");
    expect(item?.content_html).toContain("Станция открылась утром.");
    expect(item?.tags).toEqual(["Мир"]);
  });
});

describe("category feeds", () => {
  it("carry only the category's articles, titled and linked to its page", async () => {
    const sport = await feedOf(x, "/uz/sport/rss.xml");
    expect(sport.items.length).toBe(20);
    expect(sport.items.every((item) => item.url?.startsWith(`${SITE}/uz/sport/`))).toBe(true);
    expect(sport.url).toBe(`${SITE}/uz/sport/`);
    expect(sport.title).toContain("Sport");
    const world = await feedOf(x, "/uz/world/atom.xml");
    expect(world.items.map((item) => item.title)).toEqual(["Toshkentda yangi metro bekati ochildi"]);
    const json = jsonFeed.parse(JSON.parse((await get(x, "/en/world/feed.json")).body));
    expect(json.items).toEqual([]);
  });

  it("answer 404 for a category that does not exist, and store nothing", async () => {
    const urls = ["/uz/nosuch/rss.xml", "/uz/nosuch/atom.xml", "/en/nosuch/feed.json", "/uz/NOPE/rss.xml"];
    expect(await statusesOf(x.app, urls)).toEqual(urls.map((url) => [url, 404]));
    expect(x.cache?.get("/uz/nosuch/rss.xml")).toBeUndefined();
  });
});

describe("excerpt feeds (FEED_FULL_TEXT off, the default)", () => {
  it("carry the lead or an excerpt and a link, never the body", async () => {
    const rss = await get(excerptApp, "/uz/rss.xml");
    expect(rss.body).not.toContain("content:encoded");
    const item = parseFeed(rss.body).items[0];
    expect(item?.description).toBe("Shahar markazida yangi bekat yoʻlovchilarni qabul qildi.");
    expect(item?.media.map((m) => m.url)).toContain(`${SITE}/media/feed-cover-1600.jpg`);
    expect((await get(excerptApp, "/uz/atom.xml")).body).not.toContain("<content");
    const json = jsonFeed.parse(JSON.parse((await get(excerptApp, "/uz/feed.json")).body));
    expect(json.items[0]?.content_html).toBeUndefined();
    expect(json.items[0]?.content_text).toBe("Shahar markazida yangi bekat yoʻlovchilarni qabul qildi.");
    // A story without a lead: the start of its body, not nothing.
    const sportItem = parseFeed((await get(excerptApp, "/en/sport/rss.xml")).body).items[0];
    expect(sportItem?.description).toBeTruthy();
  });
});

describe("feed links in the head", () => {
  const linkOf = (html: string, href: string) =>
    new RegExp(`<link rel="alternate" type="[a-z/+]+" title="[^"]+" href="${href.replace(/[.?]/g, "\\$&")}"`).test(html);

  it("every page advertises its locale's three feeds", async () => {
    for (const path of ["/uz/", "/ru/sport/", (await feedOf(x, "/en/rss.xml")).items[0]?.url?.slice(SITE.length) ?? ""]) {
      const html = (await get(x, path)).body;
      const locale = path.split("/")[1] ?? "";
      for (const file of ["rss.xml", "atom.xml", "feed.json"]) expect([path, file, linkOf(html, `${SITE}/${locale}/${file}`)]).toEqual([path, file, true]);
    }
    const home = (await get(x, "/en/")).body;
    expect(home).toContain('type="application/rss+xml" title="Xabar — News in four languages (RSS)"');
  });

  it("a category page advertises its category's feeds too; an article page does not", async () => {
    const list = (await get(x, "/en/sport/")).body;
    for (const file of ["rss.xml", "atom.xml", "feed.json"]) expect(linkOf(list, `${SITE}/en/sport/${file}`)).toBe(true);
    expect(list).toContain('title="Latest in Sport — Xabar (Atom)"');
    const articleUrl = (await feedOf(x, "/en/sport/rss.xml")).items[0]?.url ?? "";
    const article = (await get(x, articleUrl.slice(SITE.length))).body;
    expect(linkOf(article, `${SITE}/en/sport/rss.xml`)).toBe(false);
  });
});
