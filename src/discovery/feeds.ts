/**
 * What the feeds show: the newest published articles of a locale (or of one of its categories),
 * with what an item needs (lead, body start or whole body, author, category, cover). Kysely's
 * query builder only: both lists are one range of `articles_list` / `articles_category_list`, as
 * the site's own lists are. Formatting (RSS, Atom, JSON Feed) is the site's.
 */
import { sql } from "kysely";
import { COVER_COLUMNS, type MediaCover, coverOf } from "../db/cover.js";
import { bylineOf } from "../db/byline.js";
import type { Db } from "../db/database.js";
import type { Locale } from "../lang/locales.js";

export interface FeedEntry {
  id: number;
  storyId: number;
  locale: Locale;
  title: string;
  slug: string;
  lead: string;
  /** The start of the body's text, for an excerpt when the lead is empty. */
  bodyStart: string;
  /** The sanitized body, only when asked for (full-text feeds). */
  bodyHtml?: string;
  categorySlug: string;
  categoryName: string;
  publishedAt: string;
  updatedAt: string;
  authorName: string | null;
  cover: MediaCover | null;
}

export interface FeedCategory {
  id: number;
  slug: string;
  name: string;
}

export interface LatestOptions {
  locale: Locale;
  categoryId?: number;
  limit: number;
  now: Date;
  /** Read the whole body too (full-text feeds). */
  withBody: boolean;
}

const BODY_START_LENGTH = 600;

export class FeedRepository {
  constructor(private readonly db: Db) {}

  /** A category by its slug, named in `locale`; undefined when there is none. */
  async category(slug: string, locale: Locale): Promise<FeedCategory | undefined> {
    const row = await this.db
      .selectFrom("categories as c")
      .innerJoin("category_names as cn", (join) => join.onRef("cn.category_id", "=", "c.id").on("cn.locale", "=", locale))
      .select(["c.id", "c.slug", "cn.name"])
      .where("c.slug", "=", slug)
      .executeTakeFirst();
    return row;
  }

  /** The newest `limit` articles a reader can see at `now`, newest first. */
  async latest(options: LatestOptions): Promise<FeedEntry[]> {
    const now = options.now.toISOString();
    let query = this.db
      .selectFrom("articles as a")
      .innerJoin("categories as c", "c.id", "a.category_id")
      .innerJoin("category_names as cn", (join) => join.onRef("cn.category_id", "=", "c.id").onRef("cn.locale", "=", "a.locale"))
      .innerJoin("stories as s", "s.id", "a.story_id")
      .leftJoin("media as m", "m.id", "s.cover_media_id")
      .leftJoin("authors as au", "au.id", "a.author_id")
      .select([
        "a.id",
        "a.story_id",
        "a.locale",
        "a.title",
        "a.slug",
        "a.lead",
        "a.published_at",
        "a.updated_at",
        (eb) => eb.fn<string>("substr", ["a.body_text", sql.lit(1), sql.lit(BODY_START_LENGTH)]).as("body_start"),
        "c.slug as category_slug",
        "cn.name as category_name",
        "au.names as author_names",
        ...COVER_COLUMNS,
      ])
      .where("a.locale", "=", options.locale)
      .where("a.status", "=", "published")
      .where("a.published_at", "<=", now);
    if (options.categoryId !== undefined) query = query.where("a.category_id", "=", options.categoryId);
    const rows = await query.orderBy("a.published_at", "desc").orderBy("a.id", "desc").limit(options.limit).execute();
    const bodies = options.withBody ? await this.bodies(rows.map((r) => r.id)) : undefined;
    return rows.map((row) => {
      const entry: FeedEntry = {
        id: row.id,
        storyId: row.story_id,
        locale: row.locale,
        title: row.title,
        slug: row.slug,
        lead: row.lead,
        bodyStart: row.body_start,
        categorySlug: row.category_slug,
        categoryName: row.category_name,
        publishedAt: row.published_at ?? now,
        updatedAt: row.updated_at,
        authorName: bylineOf(row.author_names, row.locale),
        cover: coverOf(row),
      };
      const body = bodies?.get(row.id);
      if (body !== undefined) entry.bodyHtml = body;
      return entry;
    });
  }

  /** Whole bodies are read apart, by primary key: the list's range then stays narrow. */
  private async bodies(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.db.selectFrom("articles").select(["id", "body_html"]).where("id", "in", ids).execute();
    return new Map(rows.map((r) => [r.id, r.body_html]));
  }
}
