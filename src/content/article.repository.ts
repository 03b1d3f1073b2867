/**
 * SQL for reading published content (the card columns and the list query are in card-query.ts).
 * Kysely only here; services and views get plain objects.
 */
import { type InferResult, sql } from "kysely";
import { bylineOf, localizedTexts } from "../db/byline.js";
import type { Db } from "../db/database.js";
import { prepared, preparedByShape } from "../db/prepared.js";
import type { Locale } from "../lang/locales.js";
import { t } from "../lang/messages.js";
import { toCyrillic } from "../lang/translit.js";
import {
  type ArticleCard,
  type Cover,
  type CardRow,
  type LatestOptions,
  type ListCursor,
  type ListFilter,
  type ListShape,
  type ListValues,
  anyCards,
  cards,
  listQuery,
  toCard,
  detailCover,
} from "./card-query.js";

export type { ArticleCard, Cover, LatestOptions, ListCursor, ListFilter } from "./card-query.js";

/** How many similar articles an article page shows (discovery/similar.ts DEFAULT_SIMILAR_LIMIT keeps as many). */
export const SIMILAR_CARDS = 6;

export interface ArticleDetail extends Omit<ArticleCard, "cover"> {
  cover: Cover | null;
  bodyHtml: string;
  updatedAt: string;
  sourceName: string | null;
  sourceUrl: string | null;
  authorName: string | null;
  authorSlug: string | null;
  pinned: boolean;
  breaking: boolean;
}

/** A dated note of what was corrected, shown at the end of the article. */
export interface Correction {
  text: string;
  createdAt: string;
}

export interface Translation {
  id: number;
  locale: Locale;
  slug: string;
  categorySlug: string;
}

export interface CategoryInfo {
  id: number;
  slug: string;
  name: string;
}

/** A byline as its page shows it: the name and biography in the page's locale (else Uzbek Latin's). */
export interface AuthorInfo {
  id: number;
  slug: string;
  name: string;
  bio: string;
}

export interface TagInfo {
  slug: string;
  name: string;
}

/** The article page's columns beyond a card's. */
function withDetail(query: ReturnType<typeof anyCards>, id: number) {
  return query
    .leftJoin("authors as au", "au.id", "a.author_id")
    .select([
      "m.crops as cover_crops",
      "m.alt as cover_alt",
      "m.caption as cover_caption",
      "a.body_html",
      "a.updated_at",
      "s.source_name",
      "s.source_url",
      "s.pinned",
      "s.breaking",
      "au.names as author_names",
      "au.slug as author_slug",
    ])
    .where("a.id", "=", id);
}

function toDetail(row: InferResult<ReturnType<typeof withDetail>>[number]): ArticleDetail {
  const card = toCard(row);
  return {
    ...card,
    cover: detailCover(card.cover, row),
    bodyHtml: row.body_html,
    updatedAt: row.updated_at,
    // The story's one source name, in the Cyrillic rendition's script too (brands and domains stay
    // as they are, the site's own name as well: "Xabar" on every page, not "Хабар" in the source line).
    sourceName: row.source_name && row.locale === "oz" && row.source_name !== t("oz", "siteName") ? toCyrillic(row.source_name) : row.source_name,
    sourceUrl: row.source_url,
    authorName: bylineOf(row.author_names, row.locale),
    authorSlug: row.author_slug,
    pinned: row.pinned === 1,
    breaking: row.breaking === 1,
  };
}

/** The most-read list's query (mostReadIds): summed views on `days`, of what readers of `locale` can see at `now`. */
export function mostReadQuery(db: Db, locale: Locale, now: string, days: string[], limit: number) {
  // The days' view rows first, each article then by its key: a few thousand rows, where starting
  // from the locale's articles probed every one of them for views (SQLite chose that on a large
  // archive with a short history: 43 ms a list at 100k articles). CROSS JOIN fixes SQLite's
  // order; PostgreSQL plans it like any inner join.
  return db
    .selectFrom("article_views_daily as d")
    .crossJoin("articles as a")
    .whereRef("a.id", "=", "d.article_id")
    .select(["d.article_id", (eb) => eb.fn.sum<number | string>("d.views").as("recent"), (eb) => eb.fn.max("a.published_at").as("published_at")])
    .where("d.day", "in", days)
    .where("a.locale", "=", locale)
    .where("a.status", "=", "published")
    .where("a.published_at", "<=", now)
    .groupBy("d.article_id")
    .orderBy("recent", "desc")
    .orderBy("published_at", "desc")
    .orderBy("d.article_id", "desc")
    .limit(sql.lit(Math.max(0, Math.trunc(limit))));
}

export class ArticleRepository {
  /** The queries every article page runs, compiled once (see db/prepared.ts). */
  private readonly hot;
  /** The lists (home, categories, tags, bylines, latest news), compiled once per shape. */
  private readonly lists: (shape: ListShape, values: ListValues) => Promise<CardRow[]>;

  constructor(private readonly db: Db) {
    this.lists = preparedByShape(db, (shape: ListShape, values: ListValues) => listQuery(db, shape, values));
    this.hot = {
      find: prepared(db, (id: number, now: string) => withDetail(cards(this.db, now), id)),
      translations: prepared(db, (storyId: number, now: string) =>
        db
          .selectFrom("articles as a")
          .innerJoin("stories as s", "s.id", "a.story_id")
          .innerJoin("categories as c", "c.id", "s.category_id")
          .select(["a.id", "a.locale", "a.slug", "c.slug as category_slug"])
          .where("a.story_id", "=", storyId)
          .where("a.status", "=", "published")
          .where("a.published_at", "<=", now),
      ),
      tags: prepared(db, (storyId: number, locale: Locale) =>
        db
          .selectFrom("story_tags as st")
          .innerJoin("tags as t", "t.id", "st.tag_id")
          .innerJoin("tag_names as tn", (join) => join.onRef("tn.tag_id", "=", "t.id").on("tn.locale", "=", locale))
          .select(["t.slug", "tn.name"])
          .where("st.story_id", "=", storyId)
          .orderBy("st.position")
          .orderBy("tn.name"),
      ),
      corrections: prepared(db, (articleId: number) =>
        db.selectFrom("corrections").select(["text", "created_at"]).where("article_id", "=", articleId).orderBy("id"),
      ),
      // A literal LIMIT: bound as a parameter, SQLite took 2.4 times as long over the same six rows
      // (4.6 times in the server: 181 against 39 µs a page on the 100k archive).
      similar: prepared(db, (articleId: number, now: string) =>
        cards(this.db, now)
          .innerJoin("similar_articles as sa", "sa.similar_id", "a.id")
          .where("sa.article_id", "=", articleId)
          .orderBy("sa.rank")
          .limit(sql.lit(SIMILAR_CARDS)),
      ),
    };
  }

  async findPublished(id: number, now: string): Promise<ArticleDetail | undefined> {
    const [row] = await this.hot.find(id, now);
    return row ? toDetail(row) : undefined;
  }

  /** The article in whatever status, as its page would show it (the newsroom's preview; never cached). */
  async findForPreview(id: number): Promise<ArticleDetail | undefined> {
    const row = await withDetail(anyCards(this.db), id).executeTakeFirst();
    return row ? toDetail(row) : undefined;
  }

  /** Its corrections, oldest first. */
  async corrections(articleId: number): Promise<Correction[]> {
    const rows = await this.hot.corrections(articleId);
    return rows.map((r) => ({ text: r.text, createdAt: r.created_at }));
  }

  /** True when the article was on the site in this locale and the newsroom took it off (410, not 404). */
  async wasWithdrawn(id: number, locale: Locale): Promise<boolean> {
    const row = await this.db
      .selectFrom("articles")
      .select("id")
      .where("id", "=", id)
      .where("locale", "=", locale)
      // Once on the site (it has a publication date) and now off it; a scheduled one has a date to come.
      .where("status", "in", ["unpublished", "archived", "draft", "review"])
      .where("published_at", "is not", null)
      .executeTakeFirst();
    return row !== undefined;
  }

  async translations(storyId: number, now: string): Promise<Translation[]> {
    const rows = await this.hot.translations(storyId, now);
    return rows.map((r) => ({ id: r.id, locale: r.locale, slug: r.slug, categorySlug: r.category_slug }));
  }

  async tags(storyId: number, locale: Locale): Promise<TagInfo[]> {
    return this.hot.tags(storyId, locale);
  }

  /**
   * Newest first, `(published_at, id)` descending; `filter` narrows to a category or a tag and
   * `before` continues after a row (keyset pagination: no OFFSET, one index range per list).
   */
  async latest(locale: Locale, now: string, options: LatestOptions): Promise<ArticleCard[]> {
    const { before, after } = options;
    const shape: ListShape = {
      // A cursor published by `now` is the only upper bound; a later one (scheduled since) is a second bound.
      before: before ? (before.publishedAt <= now ? "cursor" : "late") : "none",
      after: after !== undefined,
      category: options.categoryId !== undefined,
      author: options.authorId !== undefined,
      tag: options.tagId !== undefined,
      exclude: options.excludeIds?.length ?? 0,
      limit: Math.max(0, Math.trunc(options.limit)),
    };
    const rows = await this.lists(shape, {
      locale,
      now: shape.before === "cursor" ? undefined : now,
      beforeAt: before?.publishedAt,
      beforeId: before?.id,
      afterAt: after?.publishedAt,
      afterId: after?.id,
      categoryId: options.categoryId,
      authorId: options.authorId,
      tagId: options.tagId,
      excludeIds: options.excludeIds?.length ? options.excludeIds : undefined,
    });
    return rows.map(toCard);
  }

  /** True when a cursor names a real row of the list (so made-up cursors are refused). */
  async isCursor(locale: Locale, cursor: ListCursor): Promise<boolean> {
    const row = await this.db
      .selectFrom("articles")
      .select("id")
      .where("id", "=", cursor.id)
      .where("locale", "=", locale)
      .where("published_at", "=", cursor.publishedAt)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Where list page `page` (1-based, `pageSize` a page) starts: the last row of the page before,
   * or undefined when the list is shorter than that (page 1 always starts at the top: null).
   * The walk reads only the list's index (it holds locale, status, category, published_at, id
   * and story_id), never a row, so a deep page costs an index range, not a table scan.
   */
  async pageStart(locale: Locale, now: string, filter: ListFilter, page: number, pageSize: number): Promise<ListCursor | null | undefined> {
    if (page <= 1) return null;
    let query = this.db
      .selectFrom("articles as a")
      .select(["a.published_at", "a.id"])
      .where("a.locale", "=", locale)
      .where("a.status", "=", "published")
      .where("a.published_at", "<=", now);
    if (filter.categoryId !== undefined) query = query.where("a.category_id", "=", filter.categoryId);
    if (filter.authorId !== undefined) query = query.where("a.author_id", "=", filter.authorId);
    if (filter.tagId !== undefined) {
      const tagId = filter.tagId;
      query = query.where((eb) =>
        eb.exists(eb.selectFrom("story_tags as t").select("t.tag_id").whereRef("t.story_id", "=", "a.story_id").where("t.tag_id", "=", tagId)),
      );
    }
    const row = await query
      .orderBy("a.published_at", "desc")
      .orderBy("a.id", "desc")
      .limit(1)
      .offset((page - 1) * pageSize - 1)
      .executeTakeFirst();
    return row?.published_at ? { publishedAt: row.published_at, id: row.id } : undefined;
  }

  async findTag(slug: string, locale: Locale): Promise<{ id: number; slug: string; name: string } | undefined> {
    return this.db
      .selectFrom("tags as t")
      .innerJoin("tag_names as tn", (join) => join.onRef("tn.tag_id", "=", "t.id").on("tn.locale", "=", locale))
      .select(["t.id", "t.slug", "tn.name"])
      .where("t.slug", "=", slug)
      .executeTakeFirst();
  }

  /**
   * The ids of the locale's most viewed published articles on the given days (site time zone),
   * most views first, newest first on ties. An aggregate over the days' view rows (every article
   * read on those days): callers keep the answer for a while (site/most-read.ts), never run it
   * per page.
   */
  async mostReadIds(locale: Locale, now: string, days: string[], limit: number): Promise<number[]> {
    const rows = await mostReadQuery(this.db, locale, now, days, limit).execute();
    return rows.map((r) => r.article_id);
  }

  /** The published cards of these ids, in the order given (those no longer published are left out). */
  async cardsByIds(ids: readonly number[], now: string): Promise<ArticleCard[]> {
    if (!ids.length) return [];
    const rows = await cards(this.db, now)
      .where("a.id", "in", [...ids])
      .execute();
    const byId = new Map(rows.map((row) => [row.id, toCard(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The byline with this slug, named in `locale` (else uz, else any), its biography in `locale` only; or undefined. */
  async findAuthor(slug: string, locale: Locale): Promise<AuthorInfo | undefined> {
    const row = await this.db.selectFrom("authors").select(["id", "slug", "names", "bios"]).where("slug", "=", slug).executeTakeFirst();
    if (!row) return undefined;
    const names = localizedTexts(row.names);
    // A name may be shown in another locale's spelling; a biography only in the page's language.
    return { id: row.id, slug: row.slug, name: names[locale] ?? names.uz ?? Object.values(names)[0] ?? row.slug, bio: localizedTexts(row.bios)[locale] ?? "" };
  }

  /** The newest story an editor pinned, published since `since`. */
  async pinnedSince(locale: Locale, now: string, since: string): Promise<ArticleCard | undefined> {
    const row = await cards(this.db, now)
      .where("a.locale", "=", locale)
      .where("s.pinned", "=", 1)
      .where("a.published_at", ">=", since)
      .orderBy("a.published_at", "desc")
      .limit(1)
      .executeTakeFirst();
    return row ? toCard(row) : undefined;
  }

  /** The article's similar news, best first: up to SIMILAR_CARDS cards. */
  async similar(articleId: number, now: string): Promise<ArticleCard[]> {
    return (await this.hot.similar(articleId, now)).map(toCard);
  }

  async categories(locale: Locale): Promise<CategoryInfo[]> {
    return this.db
      .selectFrom("categories as c")
      .innerJoin("category_names as cn", (join) => join.onRef("cn.category_id", "=", "c.id").on("cn.locale", "=", locale))
      .select(["c.id", "c.slug", "cn.name"])
      .orderBy("c.position")
      .execute();
  }

  /** True when there are no stories at all (a new install). */
  async isEmpty(): Promise<boolean> {
    const row = await this.db.selectFrom("stories").select("id").limit(1).executeTakeFirst();
    return row === undefined;
  }

  async exists(id: number): Promise<boolean> {
    const row = await this.db.selectFrom("articles").select("id").where("id", "=", id).where("status", "=", "published").executeTakeFirst();
    return row !== undefined;
  }
}
