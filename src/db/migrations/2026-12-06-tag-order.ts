import type { Kysely } from "kysely";

/**
 * A story's tags in the order the editor typed them (the first is usually the story's subject):
 * lists showed them by name or slug. Tags stored before keep 0 and read by name, as they did.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("story_tags")
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}
