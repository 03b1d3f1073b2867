/**
 * SQL for "Similar news". Kysely's query builder only, no dialect-specific SQL: the same queries
 * run on SQLite and PostgreSQL. Times are ISO 8601 UTC strings, so `published_at <= now` compares
 * as text on both.
 */
import type { Db } from "../db/database.js";
import type { Locale } from "../lang/locales.js";

/** One published article as the similarity engine needs it. */
export interface CorpusRow {
  id: number;
  storyId: number;
  locale: Locale;
  categoryId: number;
  publishedAt: string;
  title: string;
  searchText: string;
}

export interface TargetRow {
  id: number;
  locale: Locale;
  published: boolean;
}

export interface SimilarRow {
  article_id: number;
  rank: number;
  similar_id: number;
  score: number;
}

/** Rows per statement: well below SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;
/** Articles per statement of the corpus. */
const CORPUS_PAGE = 2_000;
/** Lets the event loop serve requests between statements (SQLite's answer to an await does not). */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class SimilarRepository {
  constructor(private readonly db: Db) {}

  /** The requested articles, whatever their status, so unpublished ones can be cleared. */
  async targets(ids: readonly number[], now: Date): Promise<TargetRow[]> {
    const nowIso = now.toISOString();
    const rows: TargetRow[] = [];
    for (const part of chunks(ids)) {
      const found = await this.db.selectFrom("articles").select(["id", "locale", "status", "published_at"]).where("id", "in", part).execute();
      for (const r of found) {
        rows.push({ id: r.id, locale: r.locale, published: r.status === "published" && r.published_at !== null && r.published_at <= nowIso });
      }
    }
    return rows;
  }

  /**
   * The newest `window` articles a reader can see at `now` in `locale` (an index range on
   * locale, status, published_at), oldest id first. Read in pages of CORPUS_PAGE with the event
   * loop given back between them: one statement of 20,000 texts held the pages for a third of a second.
   */
  async corpus(now: Date, locale: Locale, window: number, page = CORPUS_PAGE): Promise<CorpusRow[]> {
    const out: CorpusRow[] = [];
    let before: { publishedAt: string; id: number } | undefined;
    while (out.length < window) {
      const cursor = before;
      const rows = await this.db
        .selectFrom("articles")
        .innerJoin("stories", "stories.id", "articles.story_id")
        .select([
          "articles.id as id",
          "articles.story_id as storyId",
          "articles.locale as locale",
          "stories.category_id as categoryId",
          "articles.published_at as publishedAt",
          "articles.title as title",
          "articles.search_text as searchText",
        ])
        .where("articles.locale", "=", locale)
        .where("articles.status", "=", "published")
        .where("articles.published_at", "<=", now.toISOString())
        .$if(cursor !== undefined, (q) =>
          q.where((eb) => eb(eb.refTuple("articles.published_at", "articles.id"), "<", eb.tuple(cursor?.publishedAt ?? "", cursor?.id ?? 0))),
        )
        .orderBy("articles.published_at", "desc")
        .orderBy("articles.id", "desc")
        .limit(Math.min(page, window - out.length))
        .execute();
      // The `<=` above already excludes NULL; the check narrows the type without a cast.
      for (const r of rows) if (r.publishedAt !== null) out.push({ ...r, publishedAt: r.publishedAt });
      const last = out[out.length - 1];
      if (rows.length < page || !last) break;
      before = { publishedAt: last.publishedAt, id: last.id };
      await breathe();
    }
    return out.sort((a, b) => a.id - b.id);
  }

  /** Tag ids per story, for the given stories. */
  async tagsByStory(storyIds: readonly number[]): Promise<Map<number, number[]>> {
    const map = new Map<number, number[]>();
    for (const part of chunks([...new Set(storyIds)])) {
      const rows = await this.db.selectFrom("story_tags").select(["story_id", "tag_id"]).where("story_id", "in", part).execute();
      await breathe();
      for (const r of rows) {
        const list = map.get(r.story_id);
        if (list) list.push(r.tag_id);
        else map.set(r.story_id, [r.tag_id]);
      }
    }
    return map;
  }

  /**
   * Replaces the stored lists in one transaction, so a reader sees either the old or the new
   * lists, never a half-written one. `clear` says whose rows go: the given articles, or all of
   * them (a full recompute also drops lists of articles that are no longer published).
   */
  async replace(clear: { all: true } | { articleIds: readonly number[] }, rows: readonly SimilarRow[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if ("all" in clear) {
        await trx.deleteFrom("similar_articles").execute();
      } else {
        for (const part of chunks(clear.articleIds)) {
          await trx.deleteFrom("similar_articles").where("article_id", "in", part).execute();
        }
      }
      // Another pass (here or on another instance) may write the same lists at the same time: the last one wins.
      for (const part of chunks(rows)) {
        await trx
          .insertInto("similar_articles")
          .values(part)
          .onConflict((oc) =>
            oc.columns(["article_id", "rank"]).doUpdateSet((eb) => ({ similar_id: eb.ref("excluded.similar_id"), score: eb.ref("excluded.score") })),
          )
          .execute();
      }
    });
  }

  /** The articles whose stored list names any of `ids`: their lists may change when those do. */
  async listing(ids: readonly number[]): Promise<number[]> {
    const found = new Set<number>();
    for (const part of chunks(ids)) {
      const rows = await this.db.selectFrom("similar_articles").select("article_id").distinct().where("similar_id", "in", part).execute();
      for (const row of rows) found.add(row.article_id);
    }
    return [...found];
  }

  async similarIds(articleId: number): Promise<number[]> {
    const rows = await this.db.selectFrom("similar_articles").select("similar_id").where("article_id", "=", articleId).orderBy("rank").execute();
    return rows.map((r) => r.similar_id);
  }
}
