/**
 * The lists readers expect: most read today and this week (from the daily view rows, per
 * locale), author pages with the keyset pager (and 404 for an unknown byline or a made-up
 * cursor), the locale's latest news, and that these pages follow content changes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarDate } from "../src/lang/format.js";
import { PAGE_SIZE } from "../src/site/site.service.js";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";
import { statusesOf } from "./inject.js";

let x: TestApp;
const DAY = 86_400_000;
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
/** en article ids by name. */
const ids: Record<string, number> = {};
let authorId: number;
/** The author's en articles, newest first. */
let byAuthor: number[] = [];

/** The ids a page's cards link to, in order, within `html`. */
function cardIds(html: string, locale = "en"): number[] {
  return [...html.matchAll(new RegExp(`<h[23]><a href="/${locale}/[a-z0-9-]+/(\\d+)-`, "g"))].map((m) => Number(m[1]));
}

/** The section of the most-read box with this id (`most-read-today`, `most-read-week`), or "". */
function mostReadSection(html: string, id: string): string {
  return new RegExp(`<section class="most-read-list" aria-labelledby="${id}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";
}

async function views(articleId: number, daysAgo: number, count: number): Promise<void> {
  const day = calendarDate(Date.now() - daysAgo * DAY, x.config.timeZone);
  await x.db.insertInto("article_views_daily").values({ article_id: articleId, day, views: count }).execute();
}

async function story(name: string, options: Parameters<typeof buildStory>[1] = {}): Promise<void> {
  const created = await buildStory(x, { locales: ["en", "ru"], title: name, ...options });
  ids[name] = created.ids.en ?? 0;
}

beforeAll(async () => {
  x = await createTestApp();
  await story("Alpha", { publishedAt: hoursAgo(80) });
  await story("Bravo", { publishedAt: hoursAgo(70) });
  await story("Charlie", { publishedAt: hoursAgo(2) });
  await story("Delta", { publishedAt: hoursAgo(3) });
  await story("Old hit", { publishedAt: hoursAgo(300) });
  // This week: Alpha leads on the days before today, Charlie leads today.
  await views(ids.Alpha ?? 0, 3, 500);
  await views(ids.Alpha ?? 0, 0, 10);
  await views(ids.Bravo ?? 0, 2, 100);
  await views(ids.Charlie ?? 0, 0, 50);
  await views(ids.Delta ?? 0, 0, 20);
  // Ten days ago: outside the week, however many.
  await views(ids["Old hit"] ?? 0, 10, 100_000);
  // Another locale's rendition of Bravo, read a lot today: not in the English lists.
  const bravoRu = await x.db.selectFrom("articles").select("id").where("locale", "=", "ru").where("title", "like", "Bravo%").executeTakeFirstOrThrow();
  ids.BravoRu = bravoRu.id;
  await views(bravoRu.id, 0, 9_999);

  const author = await x.db
    .insertInto("authors")
    .values({
      slug: "nodira-yusupova",
      names: JSON.stringify({ uz: "Nodira Yusupova", en: "Nodira Yusupova", ru: "Нодира Юсупова" }),
      bios: JSON.stringify({ en: "Covers the regions & their <markets>.", ru: "Пишет о регионах." }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  authorId = author.id;
  const created: Array<{ id: number; at: number }> = [];
  for (let i = 0; i < PAGE_SIZE + 5; i++) {
    const at = Date.now() - (100 + i) * 3_600_000;
    const made = await x.stories.create({
      category: i % 2 ? "world" : "sport",
      authorId,
      renditions: { en: { title: `By Nodira ${i}`, bodyHtml: `<p>Story ${i}.</p>`, publishedAt: new Date(at).toISOString() } },
    });
    created.push({ id: made.articles[0]?.id ?? 0, at });
  }
  byAuthor = created.sort((a, b) => b.at - a.at || b.id - a.id).map((c) => c.id);
  x.cache?.clear();
});

afterAll(async () => {
  await x.close();
});

describe("most read today and this week", () => {
  it("ranks today's views and the week's separately, per locale, on the home page", async () => {
    const html = (await x.app.inject({ url: "/en/" })).body;
    expect(cardIds(mostReadSection(html, "most-read-today"))).toEqual([ids.Charlie, ids.Delta, ids.Alpha]);
    // Week: Alpha 510, Bravo 100, Charlie 50, Delta 20; the article read ten days ago is not in it.
    expect(cardIds(mostReadSection(html, "most-read-week"))).toEqual([ids.Alpha, ids.Bravo, ids.Charlie, ids.Delta]);
    expect(html).toContain('<h3 id="most-read-today">Today</h3>');
    expect(html).toContain('<h3 id="most-read-week">This week</h3>');
    // The Russian lists have Bravo first today (its ru rendition's views), which the English ones never show.
    const ru = (await x.app.inject({ url: "/ru/" })).body;
    expect(cardIds(mostReadSection(ru, "most-read-today"), "ru")).toEqual([ids.BravoRu]);
    expect(cardIds(mostReadSection(ru, "most-read-week"), "ru")).toEqual([ids.BravoRu]);
    expect(ru).toContain('<h3 id="most-read-week">За неделю</h3>');
    expect(html).not.toContain(`/${ids.BravoRu}-`);
  });

  it("shows both lists on article pages, which are stored under the tags of the articles listed", async () => {
    const page = await x.app.inject({ url: `/en/world/${ids.Delta}` });
    expect(page.statusCode).toBe(301);
    const article = await x.app.inject({ url: page.headers.location as string });
    expect(cardIds(mostReadSection(article.body, "most-read-today"))).toEqual([ids.Charlie, ids.Delta, ids.Alpha]);
    expect(cardIds(mostReadSection(article.body, "most-read-week"))[0]).toBe(ids.Alpha);
    const keys = String(article.headers["surrogate-key"]).split(" ");
    expect(keys).toEqual(expect.arrayContaining([`article:${ids.Alpha}`, `article:${ids.Bravo}`, `article:${ids.Charlie}`]));
  });
});

describe("author pages", () => {
  it("lists the byline's articles newest first with the keyset pager, with the name and biography", async () => {
    const first = await x.app.inject({ url: "/en/author/nodira-yusupova" });
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain("<h1>Nodira Yusupova</h1>");
    // The biography as text: escaped, never markup.
    expect(first.body).toContain('<p class="intro">Covers the regions &amp; their &lt;markets>.</p>');
    expect(cardIds(first.body)).toEqual(byAuthor.slice(0, PAGE_SIZE));
    const older = /<a rel="next" href="([^"]+)"/.exec(first.body)?.[1]?.replace(/&amp;/g, "&");
    expect(older).toMatch(/^\/en\/author\/nodira-yusupova\?page=2&before=\d+-\d+$/);
    const second = await x.app.inject({ url: older ?? "" });
    expect(cardIds(second.body)).toEqual(byAuthor.slice(PAGE_SIZE));
    expect(second.body).not.toContain('rel="next"');
    expect(second.body).toContain('rel="prev" href="/en/author/nodira-yusupova"');
    // A bare ?page=2 (a typed link) finds the same page by walking the index.
    expect(cardIds((await x.app.inject({ url: "/en/author/nodira-yusupova?page=2" })).body)).toEqual(byAuthor.slice(PAGE_SIZE));
    // A locale without a biography shows none (never another language's).
    const uz = await x.app.inject({ url: "/uz/author/nodira-yusupova" });
    expect([uz.statusCode, uz.body.includes('class="intro"')]).toEqual([200, false]);
  });

  it("keeps a list with nothing in this locale out of search engines (noindex), and only such a list", async () => {
    const robots = (html: string) => html.includes('<meta name="robots" content="noindex"/>');
    const urls = ["/uz/author/nodira-yusupova", "/en/author/nodira-yusupova", "/en/latest"];
    const pages = await Promise.all(urls.map((url) => x.app.inject({ url })));
    expect(pages.map((page, i) => [page.statusCode, cardIds(page.body, urls[i]?.slice(1, 3)).length > 0, robots(page.body)])).toEqual([
      [200, false, true],
      [200, true, false],
      [200, true, false],
    ]);
  });

  it("answers 404 for an unknown byline, a page past the end and a made-up cursor", async () => {
    expect(
      await statusesOf(x.app, [
        "/en/author/nobody-at-all",
        "/en/author/nodira-yusupova?page=3",
        "/en/author/nodira-yusupova?page=2&before=1700000000000-999999",
        "/en/author/Nodira",
      ]),
    ).toEqual([
      ["/en/author/nobody-at-all", 404],
      ["/en/author/nodira-yusupova?page=3", 404],
      ["/en/author/nodira-yusupova?page=2&before=1700000000000-999999", 404],
      ["/en/author/Nodira", 404],
    ]);
  });

  it("is where the article's byline links, and the ProfilePage names the Person", async () => {
    const id = byAuthor[0] ?? 0;
    const article = await x.db.selectFrom("articles").select(["slug", "category_id"]).where("id", "=", id).executeTakeFirstOrThrow();
    const category = await x.db
      .selectFrom("categories")
      .select("slug")
      .where("id", "=", article.category_id ?? 0)
      .executeTakeFirstOrThrow();
    const html = (await x.app.inject({ url: `/en/${category.slug}/${id}-${article.slug}` })).body;
    expect(html).toContain('<a href="/en/author/nodira-yusupova" rel="author">Nodira Yusupova</a>');
    const page = (await x.app.inject({ url: "/en/author/nodira-yusupova" })).body;
    const ld = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? "{}") as Record<string, unknown>);
    expect(ld).toEqual([
      {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        url: `${x.config.siteUrl}/en/author/nodira-yusupova`,
        inLanguage: "en",
        mainEntity: {
          "@type": "Person",
          name: "Nodira Yusupova",
          url: `${x.config.siteUrl}/en/author/nodira-yusupova`,
          description: "Covers the regions & their <markets>.",
        },
      },
    ]);
  });

  it("shows a new article by the byline at once (the page is dropped by the locale's change)", async () => {
    const before = await x.app.inject({ url: "/en/author/nodira-yusupova" });
    expect((await x.app.inject({ url: "/en/author/nodira-yusupova" })).headers["x-cache"]).toBe("HIT");
    const made = await x.stories.create({
      category: "world",
      authorId,
      renditions: { en: { title: "Nodira's newest", bodyHtml: "<p>New.</p>", publishedAt: new Date().toISOString() } },
    });
    const after = await x.app.inject({ url: "/en/author/nodira-yusupova" });
    expect(cardIds(after.body)[0]).toBe(made.articles[0]?.id);
    expect(cardIds(before.body)[0]).toBe(byAuthor[0]);
  });
});

describe("latest news", () => {
  it("lists every category of the locale newest first, linked from the navigation and the home page", async () => {
    const all = await x.db
      .selectFrom("articles")
      .select(["id", "published_at"])
      .where("locale", "=", "en")
      .where("status", "=", "published")
      .orderBy("published_at", "desc")
      .orderBy("id", "desc")
      .execute();
    const first = await x.app.inject({ url: "/en/latest" });
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain("<h1>Latest news</h1>");
    expect(cardIds(first.body)).toEqual(all.slice(0, PAGE_SIZE).map((r) => r.id));
    expect(first.body).toContain('<a href="/en/latest" aria-current="page">Latest news</a>');
    const older = /<a rel="next" href="([^"]+)"/.exec(first.body)?.[1]?.replace(/&amp;/g, "&") ?? "";
    expect(cardIds((await x.app.inject({ url: older })).body)).toEqual(all.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((r) => r.id));
    const home = (await x.app.inject({ url: "/en/" })).body;
    expect(home).toContain('<a href="/en/latest">Latest news</a>');
    expect(home).toContain('<a href="/en/latest">All the latest news →</a>');
    const uz = (await x.app.inject({ url: "/uz/latest" })).body;
    expect(uz).toContain("<h1>Soʻnggi yangiliklar</h1>");
    expect((await x.app.inject({ url: "/oz/latest" })).body).toContain("<h1>Сўнгги янгиликлар</h1>");
  });

  it("drops a withdrawn article from the latest list and the most-read lists", async () => {
    await x.app.inject({ url: "/en/latest" });
    await x.app.inject({ url: "/en/" });
    await x.db
      .updateTable("articles")
      .set({ status: "unpublished" })
      .where("id", "=", ids.Charlie ?? 0)
      .execute();
    await x.events.emit("articles.changed", { articleIds: [ids.Charlie ?? 0], storyIds: [], locales: ["en"], categorySlugs: ["world"], tagSlugs: [] });
    expect(cardIds((await x.app.inject({ url: "/en/latest" })).body)).not.toContain(ids.Charlie);
    const home = (await x.app.inject({ url: "/en/" })).body;
    expect(cardIds(mostReadSection(home, "most-read-today"))).toEqual([ids.Delta, ids.Alpha]);
  });
});
