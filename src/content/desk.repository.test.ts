import { CompiledQuery, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStory, createTestDb, type TestDb } from "../../test/factories.js";
import { type DeskFilter, deskQuery, listDesk } from "./desk.repository.js";

/** sqlite_stat1 after bench-data at 100k (the two desk indexes: 6 states, 4 locales). */
const BENCH_STATISTICS = [
  ["articles", "articles_locale_slug", "100000 25000 1"],
  ["articles", "articles_updated", "100000 3 1"],
  ["articles", "articles_category_list", "100000 25000 12500 3500 2 1"],
  ["articles", "articles_list", "100000 25000 12500 2 1 1"],
  ["articles", "sqlite_autoindex_articles_1", "100000 3 1"],
  ["articles", "articles_status_updated", "100000 16667 2 1"],
  ["articles", "articles_locale_updated", "100000 25000 2 1"],
  ["stories", "stories_category", "41745 5963 1"],
  ["categories", "sqlite_autoindex_categories_1", "7 1"],
] as const;

let t: TestDb;
const now = () => new Date().toISOString();
beforeAll(async () => {
  t = await createTestDb();
  for (let i = 0; i < 6; i++) await buildStory(t, { locales: ["uz", "ru", "en"], category: i % 2 ? "sport" : "world" });
});
afterAll(async () => {
  await t.close();
});

describe("the newsroom's article list", () => {
  it("follows a story that moves to another category", async () => {
    const { storyId, ids } = await buildStory(t, { locales: ["ru"], category: "world" });
    const economy = await t.db.selectFrom("categories").select("id").where("slug", "=", "economy").executeTakeFirstOrThrow();
    await t.db.updateTable("stories").set({ category_id: economy.id }).where("id", "=", storyId).execute();
    const rows = await listDesk(t.db, { category: "economy", locale: "ru", limit: 10 }, now());
    expect(rows.map((r) => [r.id, r.categorySlug])).toEqual([[ids.ru, "economy"]]);
  });

  // At 100k articles SQLite sorted the whole site when the list was joined to its categories
  // through the story (bench:admin): the plan must walk an index in the list's order.
  it.runIf(process.env.XABAR_TEST_DB !== "postgres")("walks an index in (updated_at, id) order on SQLite, never sorting the articles", async () => {
    // The planner sees the statistics of 100k generated articles (what ANALYZE wrote after
    // `xabar bench-data --articles 100000`), not those of this handful.
    await sql`analyze`.execute(t.db);
    await sql`delete from sqlite_stat1 where tbl in ('articles', 'stories', 'categories')`.execute(t.db);
    for (const [tbl, idx, stat] of BENCH_STATISTICS) await sql`insert into sqlite_stat1 (tbl, idx, stat) values (${tbl}, ${idx}, ${stat})`.execute(t.db);
    await sql`analyze sqlite_schema`.execute(t.db);
    // Each filter, and the index its walk should use.
    const filters: Array<[Omit<DeskFilter, "limit">, string]> = [
      [{}, "articles_updated"],
      [{ after: { updatedAt: now(), id: 1 } }, "articles_updated"],
      [{ status: "draft" }, "articles_status_updated"],
      [{ locale: "ru" }, "articles_locale_updated"],
      [{ locale: "ru", category: "sport" }, "articles_locale_updated"],
      [{ missing: "en" }, "articles_updated"],
      [{ q: "story" }, "articles_updated"],
    ];
    for (const [filter, index] of filters) {
      const compiled = deskQuery(t.db, { ...filter, limit: 51 }, now()).compile();
      const plan = await t.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]));
      const details = plan.rows.map((r) => r.detail);
      expect(details.length).toBeGreaterThan(0);
      const walk = details.find((d) => /^(SCAN|SEARCH) a USING INDEX/.test(d)) ?? details.join(" | ");
      expect({ filter, walk, sorts: details.some((d) => d.includes("TEMP B-TREE FOR ORDER BY")) }).toEqual({
        filter,
        walk: expect.stringContaining(`USING INDEX ${index}`) as unknown,
        sorts: false,
      });
    }
  });
});
