import type { Kysely } from "kysely";
import type { DialectInfo } from "../dialects/types.js";

/**
 * Distribution: one Telegram post per article and channel (its message id, what it last said,
 * and the "sending" mark that keeps two instances from posting it twice), and the log of webhook
 * deliveries (one row per attempt).
 */
export async function up(db: Kysely<unknown>, dialect: DialectInfo): Promise<void> {
  await db.schema
    .createTable("telegram_posts")
    .$call((table) => dialect.addSerialPrimaryKey(table, "id"))
    .addColumn("article_id", "integer", (c) => c.notNull())
    .addColumn("chat", "text", (c) => c.notNull())
    // Kept as text: a channel's message ids are integers, but nothing is computed with them.
    .addColumn("message_id", "text")
    .addColumn("kind", "text")
    // The cover a photo post shows (a new cover replaces it: editMessageMedia).
    .addColumn("media_id", "integer")
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("content_hash", "text")
    .addColumn("sending_by", "text")
    .addColumn("sending_until", "text")
    .addColumn("posted_at", "text")
    .addColumn("error", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("telegram_posts_article_chat", ["article_id", "chat"])
    .execute();
  await db.schema
    .createTable("webhook_deliveries")
    .$call((table) => dialect.addSerialPrimaryKey(table, "id"))
    .addColumn("delivery", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("article_id", "integer", (c) => c.notNull())
    .addColumn("attempt", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("response_code", "integer")
    .addColumn("error", "text")
    .addColumn("duration_ms", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("webhook_deliveries_article").on("webhook_deliveries").columns(["article_id", "id"]).execute();
}
