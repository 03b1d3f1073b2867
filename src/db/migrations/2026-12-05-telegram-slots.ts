import type { Kysely } from "kysely";
import type { DialectInfo } from "../dialects/types.js";

/**
 * Telegram's per-channel flood limit, shared by every instance on the database: a channel's next
 * free moment to post (milliseconds since the epoch), reserved in one statement
 * (distribution.repository.ts reserveSlot), so two instances never post to one channel closer
 * together than the interval, and a 429's retry_after shuts the channel for all of them.
 */
export async function up(db: Kysely<unknown>, dialect: DialectInfo): Promise<void> {
  await db.schema
    .createTable("telegram_slots")
    .addColumn("chat", "text", (c) => c.primaryKey())
    .addColumn("next_at", dialect.floatType, (c) => c.notNull())
    .execute();
}
