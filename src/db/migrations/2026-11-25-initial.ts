import type { CreateTableBuilder, Kysely } from "kysely";
import type { DialectInfo } from "../dialects/types.js";

/** The first schema: content, engagement, similar news and the weather widget. */
export async function up(db: Kysely<unknown>, dialect: DialectInfo): Promise<void> {
  const float = dialect.floatType;
  const withId = <TB extends string>(table: CreateTableBuilder<TB>) => dialect.addSerialPrimaryKey(table, "id");
  await db.schema
    .createTable("categories")
    .$call(withId)
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("category_names")
    .addColumn("category_id", "integer", (c) => c.notNull().references("categories.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("category_names_pk", ["category_id", "locale"])
    .execute();
  await db.schema
    .createTable("tags")
    .$call(withId)
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createTable("tag_names")
    .addColumn("tag_id", "integer", (c) => c.notNull().references("tags.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("tag_names_pk", ["tag_id", "locale"])
    .execute();
  await db.schema
    .createTable("authors")
    .$call(withId)
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("names", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("media")
    .$call(withId)
    .addColumn("file", "text", (c) => c.notNull().unique())
    .addColumn("width", "integer", (c) => c.notNull())
    .addColumn("height", "integer", (c) => c.notNull())
    .addColumn("variants", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("stories")
    .$call(withId)
    .addColumn("category_id", "integer", (c) => c.notNull().references("categories.id"))
    .addColumn("cover_media_id", "integer", (c) => c.references("media.id").onDelete("set null"))
    .addColumn("source_name", "text")
    .addColumn("source_url", "text")
    .addColumn("pinned", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("story_tags")
    .addColumn("story_id", "integer", (c) => c.notNull().references("stories.id").onDelete("cascade"))
    .addColumn("tag_id", "integer", (c) => c.notNull().references("tags.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("story_tags_pk", ["story_id", "tag_id"])
    .execute();
  await db.schema.createIndex("story_tags_tag").on("story_tags").columns(["tag_id", "story_id"]).execute();
  await db.schema
    .createTable("articles")
    .$call(withId)
    .addColumn("story_id", "integer", (c) => c.notNull().references("stories.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    // Small columns first: SQLite reads a row's columns in order, and long texts spill into
    // overflow pages that every later column would have to walk past.
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("author_id", "integer", (c) => c.references("authors.id").onDelete("set null"))
    .addColumn("derived_from", "integer", (c) => c.references("articles.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("lead", "text", (c) => c.notNull())
    .addColumn("body_html", "text", (c) => c.notNull())
    .addColumn("body_text", "text", (c) => c.notNull())
    .addColumn("search_text", "text", (c) => c.notNull())
    .addUniqueConstraint("articles_story_locale", ["story_id", "locale"])
    .execute();
  // Lists: newest published in a locale, overall and per category (via stories).
  await db.schema.createIndex("articles_locale_published").on("articles").columns(["locale", "status", "published_at"]).execute();
  await db.schema.createIndex("stories_category").on("stories").columns(["category_id", "id"]).execute();
  await db.schema
    .createTable("article_stats")
    .addColumn("article_id", "integer", (c) => c.primaryKey().references("articles.id").onDelete("cascade"))
    .addColumn("views", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("article_views_daily")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("views", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("article_views_daily_pk", ["article_id", "day"])
    .execute();
  await db.schema.createIndex("article_views_daily_day").on("article_views_daily").columns(["day", "views"]).execute();
  await db.schema
    .createTable("view_marks")
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("mark", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("view_marks_pk", ["day", "mark"])
    .execute();
  await db.schema
    .createTable("reaction_votes")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("visitor", "text", (c) => c.notNull())
    .addColumn("reaction", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("reaction_votes_pk", ["article_id", "visitor"])
    .execute();
  await db.schema.createIndex("reaction_votes_article").on("reaction_votes").columns(["article_id", "reaction"]).execute();
  await db.schema
    .createTable("similar_articles")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("rank", "integer", (c) => c.notNull())
    .addColumn("similar_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("score", float, (c) => c.notNull())
    .addPrimaryKeyConstraint("similar_articles_pk", ["article_id", "rank"])
    .execute();
  await db.schema
    .createTable("weather_observations")
    .addColumn("city", "text", (c) => c.primaryKey())
    .addColumn("observed_at", "text", (c) => c.notNull())
    .addColumn("fetched_at", "text", (c) => c.notNull())
    .addColumn("temperature", float, (c) => c.notNull())
    .addColumn("weather_code", "integer", (c) => c.notNull())
    .addColumn("wind_speed", float, (c) => c.notNull())
    .addColumn("wind_direction", float, (c) => c.notNull())
    .execute();
}
