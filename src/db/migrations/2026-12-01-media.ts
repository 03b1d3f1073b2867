import type { Kysely } from "kysely";
import type { DialectInfo } from "../dialects/types.js";

/**
 * The media library: what an upload was (its name, type and size, who sent it), the formats its
 * variants exist in (demo covers, made before, have WebP only: the default), alt text and caption
 * per locale (JSON objects), and the folded text the library's search looks in. One column per
 * statement: SQLite adds one at a time.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectInfo): Promise<void> {
  const add = () => db.schema.alterTable("media");
  await add()
    .addColumn("formats", "text", (c) => c.notNull().defaultTo('["webp"]'))
    .execute();
  await add().addColumn("original_name", "text").execute();
  await add().addColumn("mime", "text").execute();
  await add().addColumn("bytes", "integer").execute();
  await add()
    .addColumn("alt", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
  await add()
    .addColumn("caption", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
  await add()
    .addColumn("uploaded_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await add()
    .addColumn("search_text", "text", (c) => c.notNull().defaultTo(""))
    .execute();
}
