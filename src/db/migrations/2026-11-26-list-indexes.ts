import { type Kysely, sql } from "kysely";
import type { DialectInfo } from "../dialects/types.js";

/**
 * Lists at a million articles: every list is a keyset walk down one index, newest first.
 *
 * - Home and tag lists: `articles(locale, status, published_at, id, story_id)`. `id` makes the
 *   order total (keyset on `(published_at, id)`); `story_id` makes a tag list's walk covering (the
 *   tag test is a probe of `story_tags`' primary key per row).
 * - Category lists: the category lives on the story, so a category page used to walk the whole
 *   locale. Articles now carry a copy, `articles.category_id`, kept equal to their story's by
 *   triggers (set on insert when the writer leaves it null; followed when a story changes
 *   category), and `articles(locale, status, category_id, published_at, id)` serves the page.
 */
export async function up(db: Kysely<unknown>, dialect: DialectInfo): Promise<void> {
  await db.schema
    .alterTable("articles")
    .addColumn("category_id", "integer", (c) => c.references("categories.id"))
    .execute();
  await sql`update articles set category_id = (select s.category_id from stories s where s.id = articles.story_id)`.execute(db);

  await dialect.createArticleCategoryTriggers(db);

  await db.schema.dropIndex("articles_locale_published").execute();
  await db.schema.createIndex("articles_list").on("articles").columns(["locale", "status", "published_at", "id", "story_id"]).execute();
  await db.schema.createIndex("articles_category_list").on("articles").columns(["locale", "status", "category_id", "published_at", "id"]).execute();
  // Stories by category are no longer how lists are found; the index stays for the foreign key.
}
