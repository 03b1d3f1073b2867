import type { Kysely } from "kysely";
import type { DialectInfo } from "../dialects/types.js";

/**
 * The newsroom's content tables: who made a story and in which locale it was first written, an
 * article's version (If-Match), revisions (every save), the activity log, corrections, soft locks
 * (who is editing), and the byline a newsroom user writes under.
 */
export async function up(db: Kysely<unknown>, dialect: DialectInfo): Promise<void> {
  const withId = dialect.addSerialPrimaryKey.bind(dialect);
  await db.schema
    .alterTable("stories")
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.alterTable("stories").addColumn("source_locale", "text").execute();
  await db.schema
    .alterTable("stories")
    .addColumn("breaking", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("articles")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  // The source rendition's revision this translation was last brought up to (null: not a translation).
  await db.schema.alterTable("articles").addColumn("source_revision", "integer").execute();
  await db.schema
    .alterTable("authors")
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("authors_user").on("authors").column("user_id").unique().execute();
  // The admin list: newest change first, and slugs unique per locale (checked by the service).
  await db.schema.createIndex("articles_updated").on("articles").columns(["updated_at", "id"]).execute();
  await db.schema.createIndex("articles_locale_slug").on("articles").columns(["locale", "slug"]).execute();

  await db.schema
    .createTable("article_revisions")
    .$call((t) => withId(t, "id"))
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("changed", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("lead", "text", (c) => c.notNull())
    .addColumn("body_html", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("article_revisions_article").on("article_revisions").columns(["article_id", "id"]).execute();

  await db.schema
    .createTable("story_activity")
    .$call((t) => withId(t, "id"))
    .addColumn("story_id", "integer", (c) => c.notNull().references("stories.id").onDelete("cascade"))
    .addColumn("article_id", "integer", (c) => c.references("articles.id").onDelete("set null"))
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("story_activity_story").on("story_activity").columns(["story_id", "id"]).execute();

  await db.schema
    .createTable("corrections")
    .$call((t) => withId(t, "id"))
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("corrections_article").on("corrections").columns(["article_id", "id"]).execute();

  await db.schema
    .createTable("article_locks")
    .addColumn("article_id", "integer", (c) => c.primaryKey().references("articles.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("until", "text", (c) => c.notNull())
    .execute();
}
