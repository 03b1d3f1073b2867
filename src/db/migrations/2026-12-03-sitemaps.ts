import type { Kysely } from "kysely";

/**
 * The sitemaps (discovery/sitemaps.ts) at 100k articles and more: every rendition of a story with
 * what a sitemap URL needs — status and time (visible?), locale, slug, category, last change —
 * in one index, so that a month file's articles and their translations, and the months' counts
 * and last changes, are read from the index alone. On SQLite the columns after an article's body
 * are behind its overflow pages: reading them from the rows cost ~1 s per 10,000-URL file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("articles_sitemap")
    .on("articles")
    .columns(["story_id", "status", "published_at", "locale", "updated_at", "category_id", "slug", "id"])
    .execute();
}
