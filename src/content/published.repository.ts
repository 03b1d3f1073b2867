/**
 * Published articles as the public content API gives them out: what the site shows (published,
 * not withdrawn, not due later: `status = 'published' and published_at <= now`), newest first in
 * keyset ranges on `(published_at, id)` — the site's list indexes (`articles_list`,
 * `articles_category_list`), never an OFFSET or a COUNT — and, per page, its rows' tags and
 * translations in one query each. Kysely only here; the API gets plain objects.
 */
import { type ExpressionBuilder, sql } from "kysely";
import { COVER_COLUMNS, type MediaCover, coverOf, mediaText } from "../db/cover.js";
import { bylineOf } from "../db/byline.js";
import type { Db } from "../db/database.js";
import type { Database } from "../db/schema.js";
import { LOCALES, type Locale } from "../lang/locales.js";
import type { ListCursor } from "./article.repository.js";

export interface PublishedCover extends MediaCover {
  /** The medium's alt text in the article's language, when an editor gave one. */
  alt: string | null;
}

export interface PublishedArticle {
  id: number;
  storyId: number;
  locale: Locale;
  title: string;
  slug: string;
  lead: string;
  categorySlug: string;
  categoryName: string;
  authorName: string | null;
  authorSlug: string | null;
  cover: PublishedCover | null;
  publishedAt: string;
  updatedAt: string;
}

export interface PublishedArticleBody extends PublishedArticle {
  bodyHtml: string;
  bodyText: string;
}

export interface PublishedFilter {
  /** One locale, or all four. */
  locale?: Locale;
  categoryId?: number;
  tagId?: number;
  /** Published at or after this ISO time. */
  since?: string;
  /** Continue after this row (it is not repeated). */
  before?: ListCursor;
}

export interface StoryTag {
  storyId: number;
  locale: Locale;
  slug: string;
  name: string;
}

export interface StoryRendition {
  storyId: number;
  id: number;
  locale: Locale;
  slug: string;
  categorySlug: string;
}

type Eb = ExpressionBuilder<Database, "articles">;

/** On the site now: published and due. */
const visible = (eb: Eb, now: string) => eb.and([eb("articles.status", "=", "published"), eb("articles.published_at", "<=", now)]);

function articles(db: Db, now: string) {
  return db
    .selectFrom("articles")
    .innerJoin("stories as s", "s.id", "articles.story_id")
    .innerJoin("categories as c", "c.id", "s.category_id")
    .innerJoin("category_names as cn", (join) => join.onRef("cn.category_id", "=", "c.id").onRef("cn.locale", "=", "articles.locale"))
    .leftJoin("authors as au", "au.id", "articles.author_id")
    .leftJoin("media as m", "m.id", "s.cover_media_id")
    .select([
      "articles.id",
      "articles.story_id",
      "articles.locale",
      "articles.title",
      "articles.slug",
      "articles.lead",
      "articles.published_at",
      "articles.updated_at",
      "c.slug as category_slug",
      "cn.name as category_name",
      "au.names as author_names",
      "au.slug as author_slug",
      ...COVER_COLUMNS,
      "m.alt as cover_alt",
    ])
    .where((eb) => visible(eb, now));
}

type Row = Awaited<ReturnType<ReturnType<typeof articles>["execute"]>>[number];

function toArticle(row: Row): PublishedArticle {
  const alt = mediaText(row.cover_alt, row.locale);
  const cover = coverOf(row);
  return {
    id: row.id,
    storyId: row.story_id,
    locale: row.locale,
    title: row.title,
    slug: row.slug,
    lead: row.lead,
    categorySlug: row.category_slug,
    categoryName: row.category_name,
    authorName: bylineOf(row.author_names, row.locale),
    authorSlug: row.author_slug,
    cover: cover && { ...cover, alt: alt ? alt : null },
    publishedAt: row.published_at ?? "",
    updatedAt: row.updated_at,
  };
}

export class PublishedRepository {
  constructor(private readonly db: Db) {}

  /**
   * Up to `limit` articles newest first, `(published_at, id)` descending. Without a locale, the
   * four locales' ranges are read side by side (each one index range of `limit` rows) and merged.
   */
  async list(filter: PublishedFilter, now: string, limit: number): Promise<PublishedArticle[]> {
    const locales = filter.locale ? [filter.locale] : LOCALES;
    const ranges = await Promise.all(locales.map((locale) => this.range(locale, filter, now, limit)));
    return ranges
      .flat()
      .sort((a, b) => (a.publishedAt === b.publishedAt ? b.id - a.id : a.publishedAt < b.publishedAt ? 1 : -1))
      .slice(0, limit);
  }

  private async range(locale: Locale, filter: PublishedFilter, now: string, limit: number): Promise<PublishedArticle[]> {
    let query = articles(this.db, now).where("articles.locale", "=", locale);
    const { before, since, categoryId, tagId } = filter;
    if (before) query = query.where((eb) => eb(eb.refTuple("articles.published_at", "articles.id"), "<", eb.tuple(before.publishedAt, before.id)));
    if (since !== undefined) query = query.where("articles.published_at", ">=", since);
    if (categoryId !== undefined) query = query.where("articles.category_id", "=", categoryId);
    if (tagId !== undefined) {
      query = query.where((eb) =>
        eb.exists(eb.selectFrom("story_tags as t").select("t.tag_id").whereRef("t.story_id", "=", "articles.story_id").where("t.tag_id", "=", tagId)),
      );
    }
    // A literal LIMIT, as the site's lists use (a parameter hides it from a generic plan).
    const rows = await query
      .orderBy("articles.published_at", "desc")
      .orderBy("articles.id", "desc")
      .limit(sql.lit(Math.max(0, Math.trunc(limit))))
      .execute();
    return rows.map(toArticle);
  }

  async find(id: number, now: string): Promise<PublishedArticleBody | undefined> {
    const row = await articles(this.db, now).select(["articles.body_html", "articles.body_text"]).where("articles.id", "=", id).executeTakeFirst();
    return row ? { ...toArticle(row), bodyHtml: row.body_html, bodyText: row.body_text } : undefined;
  }

  /** The article with this slug in this locale (the newest, should two ever share one). */
  async findBySlug(locale: Locale, slug: string, now: string): Promise<PublishedArticleBody | undefined> {
    const row = await articles(this.db, now)
      .select(["articles.body_html", "articles.body_text"])
      .where("articles.locale", "=", locale)
      .where("articles.slug", "=", slug)
      .orderBy("articles.published_at", "desc")
      .limit(1)
      .executeTakeFirst();
    return row ? { ...toArticle(row), bodyHtml: row.body_html, bodyText: row.body_text } : undefined;
  }

  /** True when a cursor names a real article (whatever its state now: a page's last row may be withdrawn before the next page is asked for). */
  async isCursor(cursor: ListCursor): Promise<boolean> {
    const row = await this.db.selectFrom("articles").select("id").where("id", "=", cursor.id).where("published_at", "=", cursor.publishedAt).executeTakeFirst();
    return row !== undefined;
  }

  /** The tags of these stories, named in each of `locales` that names them, by name. */
  async tagsOf(storyIds: readonly number[], locales: readonly Locale[]): Promise<StoryTag[]> {
    if (!storyIds.length) return [];
    const rows = await this.db
      .selectFrom("story_tags as st")
      .innerJoin("tags as t", "t.id", "st.tag_id")
      .innerJoin("tag_names as tn", "tn.tag_id", "t.id")
      .select(["st.story_id", "tn.locale", "t.slug", "tn.name"])
      .where("st.story_id", "in", [...storyIds])
      .where("tn.locale", "in", [...locales])
      .orderBy("st.position")
      .orderBy("tn.name")
      .orderBy("t.slug")
      .execute();
    return rows.map((r) => ({ storyId: r.story_id, locale: r.locale, slug: r.slug, name: r.name }));
  }

  /** The renditions of these stories that are on the site now. */
  async renditionsOf(storyIds: readonly number[], now: string): Promise<StoryRendition[]> {
    if (!storyIds.length) return [];
    const rows = await this.db
      .selectFrom("articles")
      .innerJoin("stories as s", "s.id", "articles.story_id")
      .innerJoin("categories as c", "c.id", "s.category_id")
      .select(["articles.story_id", "articles.id", "articles.locale", "articles.slug", "c.slug as category_slug"])
      .where("articles.story_id", "in", [...storyIds])
      .where((eb) => visible(eb, now))
      .execute();
    return rows
      .map((r) => ({ storyId: r.story_id, id: r.id, locale: r.locale, slug: r.slug, categorySlug: r.category_slug }))
      .sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
  }

  /** Tags named in `locale`, by slug, after `after` (a slug): up to `limit`. */
  async tags(locale: Locale, limit: number, after?: string): Promise<Array<{ slug: string; name: string }>> {
    let query = this.db
      .selectFrom("tags as t")
      .innerJoin("tag_names as tn", (join) => join.onRef("tn.tag_id", "=", "t.id").on("tn.locale", "=", locale))
      .select(["t.slug", "tn.name"]);
    if (after !== undefined) query = query.where("t.slug", ">", after);
    return query
      .orderBy("t.slug")
      .limit(sql.lit(Math.max(0, Math.trunc(limit))))
      .execute();
  }

  async tagId(slug: string): Promise<number | undefined> {
    return (await this.db.selectFrom("tags").select("id").where("slug", "=", slug).executeTakeFirst())?.id;
  }

  async categoryId(slug: string): Promise<number | undefined> {
    return (await this.db.selectFrom("categories").select("id").where("slug", "=", slug).executeTakeFirst())?.id;
  }
}
