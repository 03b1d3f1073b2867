/**
 * Keyset pagination of the public lists: `?page=N` pages are consecutive slices of the list in
 * (published_at, id) order, newest first, with no gap or repeat (ties on published_at included);
 * "older" shows only when a next page exists; articles carry their story's category (triggers).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleRepository } from "../src/content/article.repository.js";
import { PAGE_SIZE } from "../src/site/site.service.js";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";
import { statusesOf } from "./inject.js";

let x: TestApp;
/** The en articles of sport in the expected order: published_at desc, id desc. */
let sportOrder: number[] = [];

const BASE = Date.now() - 30 * 86_400_000;

/** Article ids in the order the page lists them (each card links twice: image and title). */
function idsOnPage(html: string, locale = "en"): number[] {
  const ids: number[] = [];
  for (const m of html.matchAll(new RegExp(`<h2[^>]*>\\s*<a href="/${locale}/[a-z0-9-]+/(\\d+)-`, "g"))) ids.push(Number(m[1]));
  return ids;
}

beforeAll(async () => {
  x = await createTestApp();
  const created: Array<{ id: number; at: number }> = [];
  // 45 sport stories; groups of three share a publish time, so the id decides their order.
  for (let i = 0; i < 45; i++) {
    const at = BASE + Math.floor(i / 3) * 3_600_000;
    const story = await buildStory(x, {
      locales: ["uz", "en"],
      category: "sport",
      tags: i % 2 ? ["football"] : [],
      title: `Sport ${i}`,
      publishedAt: new Date(at),
    });
    created.push({ id: story.ids.en ?? 0, at });
  }
  // Noise that must not appear or shift pages: another category, a future article, a draft.
  await buildStory(x, { locales: ["en"], category: "world", title: "World news", publishedAt: new Date(BASE + 5_000) });
  await buildStory(x, { locales: ["en"], category: "sport", title: "Future sport", publishedAt: new Date(Date.now() + 86_400_000) });
  await x.stories.create({ category: "sport", renditions: { en: { title: "Draft sport", bodyHtml: "<p>x</p>", status: "draft" } } });
  sportOrder = created.sort((a, b) => b.at - a.at || b.id - a.id).map((c) => c.id);
  x.cache?.clear();
});

afterAll(async () => {
  await x.close();
});

describe("category pages with keyset pagination", () => {
  it("splits the list into consecutive pages, ties broken by id, and 404s past the end", async () => {
    const seen: number[] = [];
    const pages = [
      ["/en/sport/", PAGE_SIZE],
      ["/en/sport/?page=2", PAGE_SIZE],
      ["/en/sport/?page=3", 5],
    ] as const;
    for (const [url, size] of pages) {
      const res = await x.app.inject({ url });
      const ids = idsOnPage(res.body);
      expect({ url, status: res.statusCode, size: ids.length }).toEqual({ url, status: 200, size });
      seen.push(...ids);
      expect(res.body).not.toContain("Future sport");
      expect(res.body).not.toContain("Draft sport");
      expect(res.body).not.toContain("World news");
    }
    expect(seen).toEqual(sportOrder);
    expect((await x.app.inject({ url: "/en/sport/?page=4" })).statusCode).toBe(404);
    expect((await x.app.inject({ url: "/en/sport/?page=0" })).statusCode).toBe(404);
  });

  it("links older and newer pages by keyset cursors, there and back, without counting", async () => {
    const link = (html: string, rel: "next" | "prev") => new RegExp(`rel="${rel}" href="([^"]+)"`).exec(html)?.[1]?.replace(/&amp;/g, "&");
    const pages: number[][] = [];
    let url: string | undefined = "/en/sport/";
    const urls: string[] = [];
    while (url) {
      const res = await x.app.inject({ url });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
      pages.push(idsOnPage(res.body));
      urls.push(url);
      url = link(res.body, "next");
    }
    expect(urls[1]).toMatch(/^\/en\/sport\/\?page=2&before=\d{13}-\d+$/);
    expect(pages.flat()).toEqual(sportOrder);
    // And back: each "newer" link shows exactly the page we came from, up to the first (no hop more than there are pages).
    const walkedBack: number[][] = [];
    let back = link((await x.app.inject({ url: urls[urls.length - 1] ?? "" })).body, "prev");
    for (let hops = 0; back !== undefined && hops < pages.length; hops++) {
      const res = await x.app.inject({ url: back });
      walkedBack.push(idsOnPage(res.body));
      back = link(res.body, "prev");
    }
    expect(walkedBack).toEqual(pages.slice(0, -1).reverse());
    expect(back).toBeUndefined();
  });

  it("refuses made-up cursors", async () => {
    const urls = [
      "/en/sport/?page=2&before=1700000000000-999999",
      "/en/sport/?before=1700000000000-1",
      "/en/sport/?page=2&before=abc",
      "/en/sport/?page=2&before=1-1&after=1-1",
    ];
    expect(await statusesOf(x.app, urls)).toEqual(urls.map((url) => [url, 404]));
  });

  it("shows no older link when the last page is exactly full", async () => {
    // 20 ru-only stories in economy: exactly one page.
    for (let i = 0; i < PAGE_SIZE; i++)
      await buildStory(x, { locales: ["ru"], category: "economy", title: `Full ${i}`, publishedAt: new Date(BASE + i * 1000) });
    const page = (await x.app.inject({ url: "/ru/economy/" })).body;
    expect(idsOnPage(page, "ru")).toHaveLength(PAGE_SIZE);
    expect(page).not.toContain('rel="next"');
    expect(page).not.toContain('class="pager"');
    expect((await x.app.inject({ url: "/ru/economy/?page=2" })).statusCode).toBe(404);
  });

  it("renders an empty first page, and 404s its second", async () => {
    const empty = await x.app.inject({ url: "/oz/economy/" });
    expect(empty.statusCode).toBe(200);
    expect((await x.app.inject({ url: "/oz/economy/?page=2" })).statusCode).toBe(404);
  });
});

describe("the repository's keyset", () => {
  it("continues after a cursor exactly where the page walk says the page starts", async () => {
    const articles = new ArticleRepository(x.db);
    const now = new Date().toISOString();
    const sport = await x.db.selectFrom("categories").select("id").where("slug", "=", "sport").executeTakeFirstOrThrow();
    expect(await articles.pageStart("en", now, { categoryId: sport.id }, 1, 7)).toBeNull();
    const start = await articles.pageStart("en", now, { categoryId: sport.id }, 3, 7);
    expect(start?.id).toBe(sportOrder[13]);
    const page = await articles.latest("en", now, { limit: 7, categoryId: sport.id, before: start ?? undefined });
    expect(page.map((c) => c.id)).toEqual(sportOrder.slice(14, 21));
    expect(await articles.pageStart("en", now, { categoryId: sport.id }, 8, 7)).toBeUndefined();
  });
});

describe("tag pages", () => {
  it("paginate the same way", async () => {
    const tagged = new Set(
      (
        await x.db.selectFrom("story_tags as st").innerJoin("articles as a", "a.story_id", "st.story_id").select("a.id").where("a.locale", "=", "en").execute()
      ).map((r) => r.id),
    );
    const order = sportOrder.filter((id) => tagged.has(id));
    expect(order.length).toBe(22);
    const first = await x.app.inject({ url: "/en/tag/football" });
    const second = await x.app.inject({ url: "/en/tag/football?page=2" });
    expect([...idsOnPage(first.body), ...idsOnPage(second.body)]).toEqual(order);
    expect(second.body).not.toContain('rel="next"');
    expect((await x.app.inject({ url: "/en/tag/football?page=3" })).statusCode).toBe(404);
  });
});

describe("the category copy on articles", () => {
  it("follows the story when it changes category", async () => {
    const story = await buildStory(x, { locales: ["uz", "en"], category: "world", title: "Moved story", publishedAt: new Date() });
    const economy = await x.db.selectFrom("categories").select("id").where("slug", "=", "economy").executeTakeFirstOrThrow();
    await x.db.updateTable("stories").set({ category_id: economy.id }).where("id", "=", story.storyId).execute();
    const rows = await x.db.selectFrom("articles").select("category_id").where("story_id", "=", story.storyId).execute();
    expect(rows.map((r) => r.category_id)).toEqual([economy.id, economy.id, economy.id]);
    x.cache?.clear();
    expect(idsOnPage((await x.app.inject({ url: "/en/economy/" })).body)).toContain(story.ids.en);
    expect(idsOnPage((await x.app.inject({ url: "/en/world/" })).body)).not.toContain(story.ids.en);
  });

  it("is filled from the story when a writer leaves it out", async () => {
    const world = await x.db.selectFrom("categories").select("id").where("slug", "=", "world").executeTakeFirstOrThrow();
    const story = await x.db
      .insertInto("stories")
      .values({ category_id: world.id, pinned: 0, created_at: new Date().toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const article = await x.db
      .insertInto("articles")
      .values({
        story_id: story.id,
        locale: "en",
        title: "Raw insert",
        slug: "raw-insert",
        lead: "",
        body_html: "",
        body_text: "",
        search_text: "raw insert",
        status: "published",
        published_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const row = await x.db.selectFrom("articles").select("category_id").where("id", "=", article.id).executeTakeFirstOrThrow();
    expect(row.category_id).toBe(world.id);
  });
});
