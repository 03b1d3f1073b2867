/** `xabar bench-data` at a small size: counts, derived fields, and pages that render from it. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateBenchData, type BenchDataResult } from "../src/cli/bench-data/generate.js";
import { postgresInfo } from "../src/db/dialects/postgres.js";
import { sqliteInfo } from "../src/db/dialects/sqlite.js";
import { searchKey } from "../src/lang/search-key.js";
import { slugify } from "../src/lang/slug.js";
import { toCyrillic } from "../src/lang/translit.js";
import type { Locale } from "../src/lang/locales.js";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";
import { TEST_DIALECT } from "./database.js";

const ARTICLES = 500;
let x: TestApp;
let result: BenchDataResult;

beforeAll(async () => {
  x = await createTestApp();
  result = await generateBenchData({
    db: x.db,
    dialect: TEST_DIALECT === "postgres" ? postgresInfo : sqliteInfo,
    articles: ARTICLES,
    locales: ["uz", "oz", "ru", "en"],
    years: 2,
    similar: 6,
    timeZone: x.config.timeZone,
  });
});

afterAll(async () => {
  await x.close();
});

const count = async (table: "articles" | "stories" | "article_stats" | "story_tags" | "article_views_daily" | "similar_articles") =>
  Number(
    (
      await x.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("bench-data", () => {
  it("writes exactly N articles over stories of 1–4 locales, with stats and engagement", async () => {
    expect(result.articles).toBe(ARTICLES);
    expect(await count("articles")).toBe(ARTICLES);
    expect(await count("article_stats")).toBe(ARTICLES);
    expect(await count("stories")).toBe(result.stories);
    expect(await count("story_tags")).toBe(result.storyTags);
    expect(await count("article_views_daily")).toBe(result.dailyRows);
    expect(await count("similar_articles")).toBe(result.similarRows);
    expect(result.dailyRows).toBeGreaterThan(0);
    expect(Object.values(result.perLocale).reduce((a, b) => a + b, 0)).toBe(ARTICLES);
    const perStory = await x.db
      .selectFrom("articles")
      .select((eb) => ["story_id", eb.fn.countAll().as("n")])
      .groupBy("story_id")
      .execute();
    expect(perStory).toHaveLength(result.stories);
    for (const row of perStory) {
      expect(Number(row.n)).toBeGreaterThanOrEqual(1);
      expect(Number(row.n)).toBeLessThanOrEqual(4);
    }
    const spread = await x.db
      .selectFrom("articles")
      .select((eb) => [eb.fn.min("published_at").as("min"), eb.fn.max("published_at").as("max")])
      .where("status", "=", "published")
      .executeTakeFirstOrThrow();
    expect(Date.now() - new Date(String(spread.min)).getTime()).toBeGreaterThan(600 * 86_400_000);
    expect(new Date(String(spread.max)).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("derives slugs, search keys, categories and Uzbek Cyrillic as the newsroom does", async () => {
    const rows = await x.db
      .selectFrom("articles as a")
      .innerJoin("stories as s", "s.id", "a.story_id")
      .selectAll("a")
      .select("s.category_id as story_category")
      .orderBy("a.id")
      .limit(120)
      .execute();
    for (const row of rows) {
      expect(row.slug).toBe(slugify(row.title, row.locale));
      expect(row.search_text).toBe(searchKey(`${row.title} ${row.lead} ${row.body_text}`));
      expect(row.category_id).toBe(row.story_category);
    }
    // A derived Cyrillic article is its story's Latin one, transliterated.
    const derived = rows.filter((row) => row.locale === "oz" && row.derived_from !== null);
    expect(derived.length).toBeGreaterThan(0);
    for (const row of derived) {
      const latin = rows.find((r) => r.id === row.derived_from);
      expect(latin?.story_id).toBe(row.story_id);
      expect(row.title).toBe(toCyrillic(latin?.title ?? ""));
    }
    const titles = (locale: Locale) => rows.filter((row) => row.locale === locale).map((row) => row.title);
    for (const title of titles("ru")) expect(title).toMatch(/^[\u0400-\u04ff ]+$/);
    for (const title of titles("en")) expect(title).toMatch(/^[A-Za-z -]+$/);
  });

  it("serves home, category (deep too), tag and article pages from it", async () => {
    const home = await x.app.inject({ url: "/en/" });
    expect(home.statusCode).toBe(200);
    const link = /href="(\/en\/([a-z0-9-]+)\/\d+-[a-z0-9-]+)"/.exec(home.body);
    expect(link).not.toBeNull();
    const article = await x.app.inject({ url: link?.[1] ?? "" });
    expect(article.statusCode).toBe(200);
    expect(article.body.match(/data-xabar="similar-item"/g)?.length ?? 0).toBeGreaterThan(0);
    const category = `/en/${link?.[2] ?? ""}/`;
    expect((await x.app.inject({ url: category })).statusCode).toBe(200);
    // Deep: the largest English category has an older page, and it renders.
    const largest = await x.db
      .selectFrom("articles as a")
      .innerJoin("categories as c", "c.id", "a.category_id")
      .select((eb) => ["c.slug", eb.fn.countAll().as("n")])
      .where("a.locale", "=", "en")
      .where("a.status", "=", "published")
      .groupBy("c.slug")
      .orderBy("n", "desc")
      .executeTakeFirstOrThrow();
    const deep = `/en/${largest.slug}/`;
    expect((await x.app.inject({ url: deep })).body).toContain('rel="next"');
    expect((await x.app.inject({ url: `${deep}?page=2` })).statusCode).toBe(200);
    expect((await x.app.inject({ url: "/oz/" })).body).toMatch(/[\u0400-\u04ff]/);
    expect((await x.app.inject({ url: "/ru/tag/tashkent" })).statusCode).toBe(200);
  });

  it("leaves the id sequences ready for the newsroom's next story", async () => {
    const story = await buildStory(x, { locales: ["uz", "en"], category: "world" });
    expect(story.storyId).toBeGreaterThan(result.stories);
    expect(story.ids.en).toBeGreaterThan(result.lastArticleId);
  });
});
