import type { Kysely } from "kysely";
import type { DialectInfo } from "../dialects/types.js";

/**
 * Exchange rates of the Central Bank of Uzbekistan, with history: one row per currency and day
 * (the day the CBU set the rate for). Rate and change stay the CBU's own decimal strings, so
 * nothing is rounded on the way and both databases hold the same text; `nominal` is how many
 * units the rate is for (1, 10, 100). The currency's names in the CBU's four languages come with it.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectInfo): Promise<void> {
  await db.schema
    .createTable("exchange_rates")
    .addColumn("ccy", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("nominal", "integer", (c) => c.notNull())
    .addColumn("rate", "text", (c) => c.notNull())
    .addColumn("diff", "text", (c) => c.notNull())
    .addColumn("name_uz", "text", (c) => c.notNull())
    .addColumn("name_oz", "text", (c) => c.notNull())
    .addColumn("name_ru", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("fetched_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("exchange_rates_pk", ["ccy", "day"])
    .execute();
  // The latest day first: the strip and the page read the newest rows.
  await db.schema.createIndex("exchange_rates_day").on("exchange_rates").columns(["day"]).execute();
}
