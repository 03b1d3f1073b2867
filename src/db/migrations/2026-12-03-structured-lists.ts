import { type Kysely, sql } from "kysely";
import type { DialectInfo } from "../dialects/types.js";

/** The job that makes the crops of media that have none yet: media/media.service.ts CROPS_JOB (a migration keeps its own copy: it never changes). */
const CROPS_JOB = "media.crops";

/**
 * Lists readers expect and structured data:
 * - `articles_author_list`: an author's page is a keyset range like a category's (locale,
 *   status, byline, then `(published_at, id)`), never a scan of the locale's list;
 * - `authors.bios`: a byline's short biography per locale (JSON object, empty by default);
 * - `media.crops`: the crops made for structured data (JSON object: `"16x9"` → `[width, height]`);
 *   null until they are made. Media stored before this have none: the migration enqueues the
 *   job that makes them, in the same transaction (the outbox), and pages show the plain
 *   variants until it is done.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectInfo): Promise<void> {
  await db.schema.createIndex("articles_author_list").on("articles").columns(["locale", "status", "author_id", "published_at", "id"]).execute();
  await db.schema
    .alterTable("authors")
    .addColumn("bios", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
  await db.schema.alterTable("media").addColumn("crops", "text").execute();
  const now = new Date().toISOString();
  const any = await sql<{ id: number }>`select id from media limit 1`.execute(db);
  if (any.rows.length) {
    await sql`insert into jobs (kind, payload, key, status, run_at, attempts, created_at, updated_at)
      values (${CROPS_JOB}, ${"{}"}, ${CROPS_JOB}, ${"queued"}, ${now}, ${0}, ${now}, ${now})`.execute(db);
  }
}
