/**
 * The cards of articles: the columns every list and article page reads, and the list query
 * (`latest`'s), apart from the repository that runs them.
 */
import { type InferResult, sql } from "kysely";
import { COVER_COLUMNS, type MediaCover, coverOf, mediaText } from "../db/cover.js";
import type { Db } from "../db/database.js";
import type { Locale } from "../lang/locales.js";

/** An article page's cover: a card's, with the crops that exist for its structured data and link previews, and the library's words for it. */
export interface Cover extends MediaCover {
  /** media/files.ts CROPS: `"16x9"` → [width, height]. */
  crops: Record<string, readonly [number, number]>;
  /** The media library's alt text and caption in the article's locale; "" where it has none. */
  alt: string;
  caption: string;
}

/** The media columns an article page reads beyond a card's. */
export interface CoverDetailRow {
  locale: Locale;
  cover_crops: string | null;
  cover_alt: string | null;
  cover_caption: string | null;
}

const EXCERPT_SOURCE_LENGTH = 320;

export interface ArticleCard {
  id: number;
  storyId: number;
  locale: Locale;
  title: string;
  slug: string;
  lead: string;
  /** The start of the body's text (enough for an excerpt) when there is no lead to show instead; else empty. */
  bodyStart: string;
  categoryId: number;
  categorySlug: string;
  categoryName: string;
  publishedAt: string;
  /** What a card shows: variants and formats; an article page's own cover has its crops too (ArticleDetail). */
  cover: MediaCover | null;
  views: number;
}

/** A position in a list: the row a page continues after. */
export interface ListCursor {
  publishedAt: string;
  id: number;
}

export interface ListFilter {
  categoryId?: number;
  tagId?: number;
  authorId?: number;
}

/** Published articles with what a card shows. */
export function cards(db: Db, now: string) {
  return anyCards(db).where("a.status", "=", "published").where("a.published_at", "<=", now);
}

/** The card columns of any article, whatever its status (a preview shows a draft as it will be). */
export function anyCards(db: Db) {
  return db
    .selectFrom("articles as a")
    .innerJoin("stories as s", "s.id", "a.story_id")
    .innerJoin("categories as c", "c.id", "s.category_id")
    .innerJoin("category_names as cn", (join) => join.onRef("cn.category_id", "=", "c.id").onRef("cn.locale", "=", "a.locale"))
    .leftJoin("media as m", "m.id", "s.cover_media_id")
    .leftJoin("article_stats as st", "st.article_id", "a.id")
    .select([
      "a.id",
      "a.story_id",
      "a.locale",
      "a.title",
      "a.slug",
      "a.lead",
      "a.published_at",
      // A card shows the lead, or without one an excerpt of the body: never the whole text, and
      // no text at all when there is a lead (reading the body's column was half a card's cost).
      sql<string>`case when ${sql.ref("a.lead")} = '' then substr(${sql.ref("a.body_text")}, 1, ${sql.lit(EXCERPT_SOURCE_LENGTH)}) else '' end`.as(
        "body_start",
      ),
      "c.id as category_id",
      "c.slug as category_slug",
      "cn.name as category_name",
      ...COVER_COLUMNS,
      "st.views",
    ]);
}

/** A card's row as `cards` returns it: its type follows that select list and the schema, so the two cannot drift apart. */
export type CardRow = InferResult<ReturnType<typeof cards>>[number];

/** The stored crops (a JSON object of [width, height]); anything unreadable: none. */
function cropsOf(text: string | null): Cover["crops"] {
  const crops: Cover["crops"] = {};
  try {
    for (const [name, size] of Object.entries((text ? JSON.parse(text) : {}) as Record<string, unknown>)) {
      if (Array.isArray(size) && size.length === 2 && size.every((n) => Number.isInteger(n) && n > 0)) crops[name] = [size[0] as number, size[1] as number];
    }
  } catch {
    // none
  }
  return crops;
}

export function detailCover(cover: MediaCover | null, row: CoverDetailRow): Cover | null {
  return cover && { ...cover, crops: cropsOf(row.cover_crops), alt: mediaText(row.cover_alt, row.locale), caption: mediaText(row.cover_caption, row.locale) };
}

export function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    storyId: row.story_id,
    locale: row.locale,
    title: row.title,
    slug: row.slug,
    lead: row.lead,
    bodyStart: row.body_start,
    categoryId: row.category_id,
    categorySlug: row.category_slug,
    categoryName: row.category_name,
    publishedAt: row.published_at ?? "",
    cover: coverOf(row),
    views: row.views ?? 0,
  };
}

export type LatestOptions = { limit: number; before?: ListCursor; after?: ListCursor; excludeIds?: number[] } & ListFilter;

/** What changes a list query's SQL (one prepared query each): its filters, the cursor's kind, the excluded ids' count, LIMIT. */
export interface ListShape {
  before: "none" | "cursor" | "late";
  after: boolean;
  category: boolean;
  author: boolean;
  tag: boolean;
  exclude: number;
  limit: number;
}

/** A list query's parameters; those its shape does not use are undefined. */
export type ListValues = {
  locale: Locale;
  now: string | undefined;
  beforeAt: string | undefined;
  beforeId: number | undefined;
  afterAt: string | undefined;
  afterId: number | undefined;
  categoryId: number | undefined;
  authorId: number | undefined;
  tagId: number | undefined;
  excludeIds: number[] | undefined;
};

/**
 * A list of cards as `latest` reads it; it branches on the shape only (the values may be
 * placeholders). With a cursor published by `now`, `(published_at, id) < cursor` is the only
 * upper bound, so the index range starts at the cursor instead of at `now` and filtering its way down.
 */
export function listQuery(db: Db, shape: ListShape, v: ListValues) {
  let query = anyCards(db).where("a.status", "=", "published").where("a.locale", "=", v.locale);
  const beforeTuple = () => query.where((eb) => eb(eb.refTuple("a.published_at", "a.id"), "<", eb.tuple(v.beforeAt as string, v.beforeId as number)));
  if (shape.before === "cursor") query = beforeTuple();
  else query = query.where("a.published_at", "<=", v.now as string);
  if (shape.after) query = query.where((eb) => eb(eb.refTuple("a.published_at", "a.id"), ">", eb.tuple(v.afterAt as string, v.afterId as number)));
  if (shape.category) query = query.where("a.category_id", "=", v.categoryId as number);
  if (shape.author) query = query.where("a.author_id", "=", v.authorId as number);
  if (shape.tag) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("story_tags as t")
          .select("t.tag_id")
          .whereRef("t.story_id", "=", "a.story_id")
          .where("t.tag_id", "=", v.tagId as number),
      ),
    );
  }
  if (shape.before === "late") query = beforeTuple();
  if (shape.exclude) query = query.where("a.id", "not in", v.excludeIds as number[]);
  // `after` walks up from the cursor (the page before, newest last); the caller reverses it.
  const direction = shape.after ? "asc" : "desc";
  // A literal LIMIT: in a reused (generic) plan a parameter hides it, and PostgreSQL then plans
  // for reading a tenth of the list (a sort) instead of the first rows of the index.
  return query.orderBy("a.published_at", direction).orderBy("a.id", direction).limit(sql.lit(shape.limit));
}
