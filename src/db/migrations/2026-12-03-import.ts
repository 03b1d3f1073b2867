import type { Kysely } from "kysely";
import type { DialectInfo } from "../dialects/types.js";

/**
 * Imports from other systems (`xabar import wordpress|rss`): what each source item became, so a
 * second run adds nothing and a changed item updates what it made (`import_items`), and the old
 * addresses of imported articles, answered with a 301 before the 404 page (`redirects`).
 */
export async function up(db: Kysely<unknown>, dialect: DialectInfo): Promise<void> {
  await db.schema
    .createTable("import_items")
    .$call((t) => dialect.addSerialPrimaryKey(t, "id"))
    // The source: "wordpress:<site URL>", "rss:<feed URL or file>".
    .addColumn("source", "text", (c) => c.notNull())
    // "post" (an article) or "attachment" (a medium of the library).
    .addColumn("kind", "text", (c) => c.notNull())
    // The item's GUID in the source (a post's <guid>, an attachment's id, a feed item's guid or link).
    .addColumn("guid", "text", (c) => c.notNull())
    .addColumn("story_id", "integer", (c) => c.references("stories.id").onDelete("cascade"))
    .addColumn("article_id", "integer", (c) => c.references("articles.id").onDelete("cascade"))
    .addColumn("media_id", "integer", (c) => c.references("media.id").onDelete("cascade"))
    // A hash of what was imported: a different one on a later run means the item changed.
    .addColumn("checksum", "text", (c) => c.notNull())
    .addColumn("imported_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("import_items_guid").on("import_items").columns(["source", "kind", "guid"]).unique().execute();
  await db.schema.createIndex("import_items_story").on("import_items").column("story_id").execute();

  await db.schema
    .createTable("redirects")
    // The old path as content/redirects.ts spells it (decoded, no trailing slash, `?p=ID` kept).
    .addColumn("path", "text", (c) => c.primaryKey())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}
