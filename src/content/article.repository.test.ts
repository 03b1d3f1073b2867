import { CompiledQuery, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStory, createTestDb, type TestDb } from "../../test/factories.js";
import { ArticleRepository, mostReadQuery } from "./article.repository.js";

/**
 * sqlite_stat1 as `xabar bench-data --articles 100000` leaves it: a large archive with a week of
 * views (2,801 rows). With these, SQLite walked the locale's articles and probed each for views.
 */
const LARGE_ARCHIVE_SHORT_HISTORY = [
  ["articles", "articles_search_filter", "100000 1 1 1 1 1"],
  ["articles", "articles_list", "100000 1001 501 2 1 1"],
  ["articles", "sqlite_autoindex_articles_1", "100000 3 1"],
  ["article_views_daily", "article_views_daily_day", "2801 251 2"],
  ["article_views_daily", "sqlite_autoindex_article_views_daily_1", "2801 7 1"],
] as const;

let t: TestDb;
const now = () => new Date().toISOString();
const today = () => now().slice(0, 10);
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

describe("the most-read list", () => {
  it("sums the days' views of what the locale's readers can see, most first", async () => {
    const a = await buildStory(t, { locales: ["ru", "en"] });
    const b = await buildStory(t, { locales: ["ru"] });
    const views = [
      [a.ids.ru, 5],
      [b.ids.ru, 9],
      [a.ids.en, 50],
    ] as const;
    for (const [id, n] of views)
      await t.db
        .insertInto("article_views_daily")
        .values({ article_id: id ?? 0, day: today(), views: n })
        .execute();
    const repo = new ArticleRepository(t.db);
    expect(await repo.mostReadIds("ru", now(), [today()], 10)).toEqual([b.ids.ru, a.ids.ru]);
    expect(await repo.mostReadIds("ru", now(), ["2001-01-01"], 10)).toEqual([]);
  });

  // Starting from the articles cost 43 ms a list at 100k articles (2.6–9.8 ms standalone); from the views, under 1 ms.
  it.runIf(process.env.XABAR_TEST_DB !== "postgres")("starts from the days' view rows on SQLite, not from the locale's articles", async () => {
    await sql`analyze`.execute(t.db);
    await sql`delete from sqlite_stat1 where tbl in ('articles', 'article_views_daily')`.execute(t.db);
    for (const [tbl, idx, stat] of LARGE_ARCHIVE_SHORT_HISTORY)
      await sql`insert into sqlite_stat1 (tbl, idx, stat) values (${tbl}, ${idx}, ${stat})`.execute(t.db);
    await sql`analyze sqlite_schema`.execute(t.db);
    for (const days of [[today()], Array.from({ length: 7 }, (_, i) => new Date(Date.now() - i * 86_400_000).toISOString().slice(0, 10))]) {
      const compiled = mostReadQuery(t.db, "uz", now(), days, 15).compile();
      const plan = await t.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]));
      expect(plan.rows[0]?.detail).toMatch(/^(SEARCH|SCAN) d\b/);
    }
  });
});

describe("an article's source line", () => {
  it("is in the Cyrillic rendition's script, except the site's own name", async () => {
    const repo = new ArticleRepository(t.db);
    const sourceOf = async (name: string) => {
      const story = await buildStory(t, { locales: ["uz"], source: { name } });
      return (await repo.findPublished(story.ids.oz ?? 0, now()))?.sourceName;
    };
    expect(await sourceOf("Samarqand tongi")).toBe("Самарқанд тонги");
    expect(await sourceOf("Xabar")).toBe("Xabar");
  });
});
