import type { Kysely } from "kysely";

/**
 * The newsroom's article list (content/desk.repository.ts) at 100k articles and more: newest
 * change first, `(updated_at, id)`, with the filters editors use most narrowing the walk from its
 * first entry. `articles_updated` (2026-12-01-newsroom) serves the unfiltered list and the rare
 * filters; a status (drafts, review) or a locale now has a range of its own in that order, so a
 * page of them reads 51 index entries instead of walking past every other article.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex("articles_status_updated").on("articles").columns(["status", "updated_at", "id"]).execute();
  await db.schema.createIndex("articles_locale_updated").on("articles").columns(["locale", "updated_at", "id"]).execute();
}
