/**
 * What the sitemaps list: published articles by calendar month (UTC) with their translations and
 * covers, the newest of the last two days for Google News, and the categories. A month's articles
 * are in locale order, then oldest first, so a file is a slice of one or more ranges of the
 * `articles_list` index (locale, status, published_at, id, story_id). Everything else a URL needs
 * comes from `articles_sitemap` (story_id, status, published_at, locale, updated_at, category_id,
 * slug, id): no article row is read (on SQLite those columns sit behind the body's overflow
 * pages). Kysely's query builder only, the same SQL on both databases.
 */
import { sql } from "kysely";
import type { Db } from "../db/database.js";
import { LOCALES, type Locale } from "../lang/locales.js";
import { COVER_COLUMNS, type MediaCover, coverOf } from "../db/cover.js";

/** How many articles a locale has in a month, and when the newest change among them was. */
export interface MonthCount {
  /** `YYYY-MM` (UTC). */
  month: string;
  locale: Locale;
  count: number;
  lastmod: string;
}

export interface SitemapTranslation {
  locale: Locale;
  id: number;
  slug: string;
  categorySlug: string;
}

export interface SitemapEntry {
  id: number;
  storyId: number;
  locale: Locale;
  slug: string;
  categorySlug: string;
  publishedAt: string;
  updatedAt: string;
  cover: MediaCover | null;
  /** Every published rendition of the story, this one included. */
  translations: SitemapTranslation[];
}

/** Rows per `IN (…)` list: well below both databases' bound-parameter limits. */
const CHUNK = 500;

/** `YYYY-MM` → the first instant of that month and of the next, as stored times compare. */
export function monthRange(month: string): { from: string; to: string } {
  const [year = 0, m = 1] = month.split("-").map(Number);
  const from = new Date(Date.UTC(year, m - 1, 1)).toISOString();
  const to = new Date(Date.UTC(year, m, 1)).toISOString();
  return { from, to };
}

export class SitemapRepository {
  constructor(private readonly db: Db) {}

  /**
   * Published articles per month and locale (visible at `now`), oldest month first. Filtered by
   * CASE rather than WHERE: a whole scan of the covering `articles_sitemap` index, never a walk
   * of the status index that reads every row.
   */
  async months(now: Date): Promise<MonthCount[]> {
    const month = sql<string>`substr(published_at, 1, 7)`;
    const visible = sql<number>`case when status = 'published' and published_at <= ${now.toISOString()} then 1 end`;
    const rows = await this.db
      .selectFrom("articles")
      .select([
        month.as("month"),
        "locale",
        (eb) => eb.fn.count<string | number>(visible).as("count"),
        (eb) => eb.fn.max(sql<string>`case when status = 'published' and published_at <= ${now.toISOString()} then updated_at end`).as("lastmod"),
      ])
      .where("published_at", "is not", null)
      .groupBy([month, "locale"])
      .orderBy("month")
      .execute();
    return rows.map((r) => ({ month: r.month, locale: r.locale, count: Number(r.count), lastmod: r.lastmod ?? "" })).filter((r) => r.count > 0);
  }

  /** How many articles each locale has in `month` (visible at `now`): one index range per locale. */
  async monthCounts(month: string, now: Date): Promise<Map<Locale, number>> {
    const { from, to } = monthRange(month);
    const counts = new Map<Locale, number>();
    for (const locale of LOCALES) {
      const row = await this.db
        .selectFrom("articles")
        .select((eb) => eb.fn.countAll<string | number>().as("count"))
        .where("locale", "=", locale)
        .where("status", "=", "published")
        .where("published_at", ">=", from)
        .where("published_at", "<", to)
        .where("published_at", "<=", now.toISOString())
        .executeTakeFirst();
      counts.set(locale, Number(row?.count ?? 0));
    }
    return counts;
  }

  /**
   * The articles at positions [offset, offset + limit) of `month`, the month's articles being the
   * concatenation of each locale's (in LOCALES order), oldest first. `counts` are the month's, from `monthCounts`.
   */
  async monthSlice(month: string, counts: ReadonlyMap<Locale, number>, offset: number, limit: number, now: Date): Promise<SitemapEntry[]> {
    const { from, to } = monthRange(month);
    const nowIso = now.toISOString();
    const found: Array<{ id: number; story_id: number }> = [];
    let start = 0;
    for (const locale of LOCALES) {
      const count = counts.get(locale) ?? 0;
      const skip = Math.max(0, offset - start);
      const take = Math.min(count - skip, offset + limit - start - skip);
      start += count;
      if (take <= 0) continue;
      // The index alone answers this: no row is read to skip the first `skip`.
      const rows = await this.db
        .selectFrom("articles")
        .select(["id", "story_id"])
        .where("locale", "=", locale)
        .where("status", "=", "published")
        .where("published_at", ">=", from)
        .where("published_at", "<", to)
        .where("published_at", "<=", nowIso)
        .orderBy("published_at")
        .orderBy("id")
        .limit(take)
        .offset(skip)
        .execute();
      found.push(...rows);
    }
    return this.entries(found, now);
  }

  /** Articles published after `since` and visible at `now`, newest first, at most `limit` (Google News), with their titles. */
  async recent(since: Date, now: Date, limit: number): Promise<Array<SitemapEntry & { title: string }>> {
    const found: Array<{ id: number; story_id: number; published_at: string | null }> = [];
    for (const locale of LOCALES) {
      const rows = await this.db
        .selectFrom("articles")
        .select(["id", "story_id", "published_at"])
        .where("locale", "=", locale)
        .where("status", "=", "published")
        .where("published_at", ">", since.toISOString())
        .where("published_at", "<=", now.toISOString())
        .orderBy("published_at", "desc")
        .orderBy("id", "desc")
        .limit(limit)
        .execute();
      found.push(...rows);
    }
    found.sort((a, b) => (b.published_at ?? "").localeCompare(a.published_at ?? "") || b.id - a.id);
    const newest = found.slice(0, limit);
    const entries = await this.entries(newest, now);
    const titles = new Map<number, string>();
    for (let i = 0; i < newest.length; i += CHUNK) {
      // The title is stored before the body: reading it touches no overflow page.
      const rows = await this.db
        .selectFrom("articles")
        .select(["id", "title"])
        .where(
          "id",
          "in",
          newest.slice(i, i + CHUNK).map((r) => r.id),
        )
        .execute();
      for (const row of rows) titles.set(row.id, row.title);
    }
    return entries.map((entry) => ({ ...entry, title: titles.get(entry.id) ?? "" }));
  }

  /** Every category's slug. */
  async categorySlugs(): Promise<string[]> {
    const rows = await this.db.selectFrom("categories").select("slug").orderBy("position").orderBy("id").execute();
    return rows.map((r) => r.slug);
  }

  /** Where articles are (or were) on the site, whatever their status: for telling search engines of a change. */
  async articlePaths(ids: number[]): Promise<SitemapTranslation[]> {
    const paths: SitemapTranslation[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom("articles as a")
        .innerJoin("categories as c", "c.id", "a.category_id")
        .select(["a.id", "a.locale", "a.slug", "c.slug as category_slug"])
        .where("a.id", "in", ids.slice(i, i + CHUNK))
        .execute();
      paths.push(...rows.map((r) => ({ id: r.id, locale: r.locale, slug: r.slug, categorySlug: r.category_slug })));
    }
    return paths;
  }

  /** `articles` (in that order) as sitemap entries: their stories' visible renditions (each article's own among them) and covers. */
  private async entries(articles: Array<{ id: number; story_id: number }>, now: Date): Promise<SitemapEntry[]> {
    const storyIds = [...new Set(articles.map((a) => a.story_id))];
    const [renditions, covers, categories] = await Promise.all([this.renditions(storyIds, now), this.covers(storyIds), this.categorySlugsById()]);
    const entries: SitemapEntry[] = [];
    for (const { id, story_id } of articles) {
      const rows = renditions.get(story_id) ?? [];
      const own = rows.find((r) => r.id === id);
      const categorySlug = own?.category_id === null || own === undefined ? undefined : categories.get(own.category_id);
      if (!own || categorySlug === undefined) continue;
      entries.push({
        id,
        storyId: story_id,
        locale: own.locale,
        slug: own.slug,
        categorySlug,
        publishedAt: own.published_at ?? "",
        updatedAt: own.updated_at,
        cover: covers.get(story_id) ?? null,
        translations: rows.flatMap((r) => {
          const slug = r.category_id === null ? undefined : categories.get(r.category_id);
          return slug === undefined ? [] : [{ locale: r.locale, id: r.id, slug: r.slug, categorySlug: slug }];
        }),
      });
    }
    return entries;
  }

  /**
   * Every visible rendition of `storyIds`, in LOCALES order. Only the story is a condition of the
   * query (status and time are checked here): so the planner takes the covering `articles_sitemap`
   * range per story, whatever the length of the list.
   */
  private async renditions(storyIds: number[], now: Date) {
    const nowIso = now.toISOString();
    const byStory = new Map<
      number,
      Array<{ id: number; locale: Locale; slug: string; category_id: number | null; published_at: string | null; updated_at: string }>
    >();
    for (let i = 0; i < storyIds.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom("articles")
        .select(["id", "story_id", "status", "published_at", "locale", "updated_at", "category_id", "slug"])
        .where("story_id", "in", storyIds.slice(i, i + CHUNK))
        .execute();
      for (const row of rows) {
        if (row.status !== "published" || row.published_at === null || row.published_at > nowIso) continue;
        const list = byStory.get(row.story_id) ?? [];
        list.push(row);
        byStory.set(row.story_id, list);
      }
    }
    for (const list of byStory.values()) list.sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
    return byStory;
  }

  private async covers(storyIds: number[]): Promise<Map<number, MediaCover>> {
    const covers = new Map<number, MediaCover>();
    for (let i = 0; i < storyIds.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom("stories as s")
        .innerJoin("media as m", "m.id", "s.cover_media_id")
        .select(["s.id", ...COVER_COLUMNS])
        .where("s.id", "in", storyIds.slice(i, i + CHUNK))
        .execute();
      for (const row of rows) {
        const cover = coverOf(row);
        if (cover) covers.set(row.id, cover);
      }
    }
    return covers;
  }

  private async categorySlugsById(): Promise<Map<number, string>> {
    const rows = await this.db.selectFrom("categories").select(["id", "slug"]).execute();
    return new Map(rows.map((r) => [r.id, r.slug]));
  }
}
