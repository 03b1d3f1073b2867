/**
 * What the sitemaps list: published articles by calendar month (UTC) with their translations and
 * covers, the newest of the last two days for Google News, and the categories. A month's articles
 * are in locale order, then oldest first, so a file is a slice of one or more ranges of the
 * `articles_list` index (locale, status, published_at, id): ids are found in the index alone and
 * only the rows of one file are read. Kysely's query builder only, the same SQL on both databases.
 */
import { sql } from "kysely";
import type { Db } from "../db/database.js";
import { LOCALES, type Locale } from "../lang/locales.js";
import { type FeedCover, coverOf } from "./feeds.js";

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
  title: string;
  slug: string;
  categorySlug: string;
  publishedAt: string;
  updatedAt: string;
  cover: FeedCover | null;
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

  /** Published articles per month and locale (visible at `now`), oldest month first. */
  async months(now: Date): Promise<MonthCount[]> {
    const month = sql<string>`substr(published_at, 1, 7)`;
    const rows = await this.db
      .selectFrom("articles")
      .select([month.as("month"), "locale", (eb) => eb.fn.countAll<string | number>().as("count"), (eb) => eb.fn.max("updated_at").as("lastmod")])
      .where("status", "=", "published")
      .where("published_at", "<=", now.toISOString())
      .groupBy([month, "locale"])
      .orderBy("month")
      .execute();
    return rows.map((r) => ({ month: r.month, locale: r.locale, count: Number(r.count), lastmod: r.lastmod }));
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
   * concatenation of each locale's (in LOCALES order), oldest first. `counts` are the month's, from `months`.
   */
  async monthSlice(month: string, counts: ReadonlyMap<Locale, number>, offset: number, limit: number, now: Date): Promise<SitemapEntry[]> {
    const { from, to } = monthRange(month);
    const nowIso = now.toISOString();
    const ids: number[] = [];
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
        .select("id")
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
      ids.push(...rows.map((r) => r.id));
    }
    return this.entries(ids, now);
  }

  /** Articles published after `since` and visible at `now`, newest first, at most `limit` (Google News). */
  async recent(since: Date, now: Date, limit: number): Promise<SitemapEntry[]> {
    const found: Array<{ id: number; published_at: string | null }> = [];
    for (const locale of LOCALES) {
      const rows = await this.db
        .selectFrom("articles")
        .select(["id", "published_at"])
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
    const entries = await this.entries(
      found.slice(0, limit).map((r) => r.id),
      now,
    );
    return entries.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id);
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

  /** Every category's slug. */
  async categorySlugs(): Promise<string[]> {
    const rows = await this.db.selectFrom("categories").select("slug").orderBy("position").orderBy("id").execute();
    return rows.map((r) => r.slug);
  }

  /** The rows of `ids` (in that order), each with its story's published translations. */
  private async entries(ids: number[], now: Date): Promise<SitemapEntry[]> {
    const byId = new Map<number, SitemapEntry>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom("articles as a")
        .innerJoin("categories as c", "c.id", "a.category_id")
        .innerJoin("stories as s", "s.id", "a.story_id")
        .leftJoin("media as m", "m.id", "s.cover_media_id")
        .select([
          "a.id",
          "a.story_id",
          "a.locale",
          "a.title",
          "a.slug",
          "a.published_at",
          "a.updated_at",
          "c.slug as category_slug",
          "m.file as cover_file",
          "m.width as cover_width",
          "m.height as cover_height",
          "m.variants as cover_variants",
          "m.formats as cover_formats",
        ])
        .where("a.id", "in", ids.slice(i, i + CHUNK))
        .execute();
      for (const row of rows) {
        byId.set(row.id, {
          id: row.id,
          storyId: row.story_id,
          locale: row.locale,
          title: row.title,
          slug: row.slug,
          categorySlug: row.category_slug,
          publishedAt: row.published_at ?? "",
          updatedAt: row.updated_at,
          cover: coverOf(row),
          translations: [],
        });
      }
    }
    const translations = await this.translations([...new Set([...byId.values()].map((e) => e.storyId))], now);
    const entries: SitemapEntry[] = [];
    for (const id of ids) {
      const entry = byId.get(id);
      if (!entry) continue;
      entry.translations = translations.get(entry.storyId) ?? [];
      entries.push(entry);
    }
    return entries;
  }

  private async translations(storyIds: number[], now: Date): Promise<Map<number, SitemapTranslation[]>> {
    const byStory = new Map<number, SitemapTranslation[]>();
    for (let i = 0; i < storyIds.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom("articles as a")
        .innerJoin("categories as c", "c.id", "a.category_id")
        .select(["a.id", "a.story_id", "a.locale", "a.slug", "c.slug as category_slug"])
        .where("a.story_id", "in", storyIds.slice(i, i + CHUNK))
        .where("a.status", "=", "published")
        .where("a.published_at", "<=", now.toISOString())
        .execute();
      for (const row of rows) {
        const list = byStory.get(row.story_id) ?? [];
        list.push({ locale: row.locale, id: row.id, slug: row.slug, categorySlug: row.category_slug });
        byStory.set(row.story_id, list);
      }
    }
    for (const list of byStory.values()) list.sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
    return byStory;
  }
}
