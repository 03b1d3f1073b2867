/**
 * SQL for full-text search. The match itself is the dialect's (db/dialects: FTS5 on SQLite, a
 * tsvector and GIN on PostgreSQL); what a result shows is read here, for one page of ids.
 */
import type { Db, DialectInfo } from "../db/database.js";
import type { SearchMatch } from "../db/dialects/types.js";
import type { Locale } from "../lang/locales.js";

export interface SearchRow {
  id: number;
  locale: Locale;
  title: string;
  slug: string;
  lead: string;
  bodyText: string;
  publishedAt: string;
  categorySlug: string;
  categoryName: string;
}

export class SearchRepository {
  constructor(
    private readonly db: Db,
    private readonly dialect: DialectInfo,
  ) {}

  matches(match: SearchMatch): Promise<Array<{ id: number; score: number }>> {
    return this.dialect.searchArticles(this.db, match);
  }

  /** The rows of `ids` still visible at `now` (a page of results), in no particular order. */
  async rows(ids: readonly number[], now: string): Promise<SearchRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom("articles as a")
      .innerJoin("stories as s", "s.id", "a.story_id")
      .innerJoin("categories as c", "c.id", "s.category_id")
      .innerJoin("category_names as cn", (join) => join.onRef("cn.category_id", "=", "c.id").onRef("cn.locale", "=", "a.locale"))
      .select(["a.id", "a.locale", "a.title", "a.slug", "a.lead", "a.body_text", "a.published_at", "c.slug as category_slug", "cn.name as category_name"])
      .where("a.id", "in", ids)
      .where("a.status", "=", "published")
      .where("a.published_at", "<=", now)
      .execute();
    const out: SearchRow[] = [];
    for (const r of rows) {
      if (r.published_at === null) continue;
      out.push({
        id: r.id,
        locale: r.locale,
        title: r.title,
        slug: r.slug,
        lead: r.lead,
        bodyText: r.body_text,
        publishedAt: r.published_at,
        categorySlug: r.category_slug,
        categoryName: r.category_name,
      });
    }
    return out;
  }

  async categoryId(slug: string): Promise<number | undefined> {
    const row = await this.db.selectFrom("categories").select("id").where("slug", "=", slug).executeTakeFirst();
    return row?.id;
  }
}
