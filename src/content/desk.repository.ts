/**
 * The newsroom's list of articles: any state, newest change first, filtered by status, locale,
 * category, the story's creator, text, or a locale the story still lacks. Keyset pages on
 * `(updated_at, id)`, never OFFSET: the articles_updated index, or articles_status_updated /
 * articles_locale_updated when the list is of one status or one locale.
 */
import { type InferResult, sql } from "kysely";
import { localizedTexts } from "../db/byline.js";
import type { Db } from "../db/database.js";
import type { ArticleStatus } from "../db/schema.js";
import type { Locale } from "../lang/locales.js";
import { searchKey } from "../lang/search-key.js";

export interface DeskFilter {
  status?: ArticleStatus;
  locale?: Locale;
  category?: string;
  /** The user who created the story. */
  author?: number;
  q?: string;
  /** Only stories with no rendition in this locale (one row a story: its first rendition). */
  missing?: Locale;
  /** Continue after this row. */
  after?: { updatedAt: string; id: number };
  limit: number;
}

export interface DeskListItem {
  id: number;
  storyId: number;
  locale: Locale;
  status: ArticleStatus;
  version: number;
  title: string;
  slug: string;
  categorySlug: string;
  updatedAt: string;
  /** When it went (or goes, when scheduled) on the site. */
  publishedAt: string | null;
  derived: boolean;
  createdBy: { id: number; name: string } | null;
  editing: { userId: number; name: string; until: string } | null;
}

/** `%`, `_` and `\` match themselves in a LIKE pattern. */
const likeEscaped = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function toItem(r: DeskRow): DeskListItem {
  return {
    id: r.id,
    storyId: r.story_id,
    locale: r.locale,
    status: r.status,
    version: r.version,
    title: r.title,
    slug: r.slug,
    categorySlug: r.category_slug,
    updatedAt: r.updated_at,
    publishedAt: r.published_at,
    derived: r.derived_from !== null,
    createdBy: r.creator_id !== null && r.creator_name !== null ? { id: r.creator_id, name: r.creator_name } : null,
    editing: r.lock_user !== null && r.lock_name !== null && r.lock_until !== null ? { userId: r.lock_user, name: r.lock_name, until: r.lock_until } : null,
  };
}

function deskRows(db: Db, now: string) {
  return (
    db
      .selectFrom("articles as a")
      .innerJoin("stories as s", "s.id", "a.story_id")
      // The article's copy of its story's category (kept equal by triggers): joined through the
      // story, SQLite's planner started from the categories and sorted every article of the site.
      .innerJoin("categories as c", "c.id", "a.category_id")
      .leftJoin("users as u", "u.id", "s.created_by")
      .leftJoin("article_locks as l", (join) => join.onRef("l.article_id", "=", "a.id").on("l.until", ">", now))
      .leftJoin("users as lu", "lu.id", "l.user_id")
      .select([
        "a.id",
        "a.story_id",
        "a.locale",
        "a.status",
        "a.version",
        "a.title",
        "a.slug",
        "c.slug as category_slug",
        "a.updated_at",
        "a.published_at",
        "a.derived_from",
        "u.id as creator_id",
        "u.name as creator_name",
        "l.user_id as lock_user",
        "lu.name as lock_name",
        "l.until as lock_until",
      ])
  );
}

type DeskRow = InferResult<ReturnType<typeof deskRows>>[number];

/** The list's query, not yet run (desk-list.test.ts reads its plan). */
export function deskQuery(db: Db, filter: DeskFilter, now: string) {
  let query = deskRows(db, now);
  if (filter.status) query = query.where("a.status", "=", filter.status);
  if (filter.locale) query = query.where("a.locale", "=", filter.locale);
  if (filter.category) query = query.where("c.slug", "=", filter.category);
  if (filter.author !== undefined) query = query.where("s.created_by", "=", filter.author);
  const key = filter.q ? searchKey(filter.q) : "";
  if (key) query = query.where(sql<boolean>`a.search_text like ${`%${likeEscaped(key)}%`} escape '\\'`);
  const missing = filter.missing;
  if (missing)
    query = query
      .where((eb) => eb.not(eb.exists(eb.selectFrom("articles as m").select("m.id").whereRef("m.story_id", "=", "a.story_id").where("m.locale", "=", missing))))
      .where((eb) =>
        eb(
          "a.id",
          "=",
          eb
            .selectFrom("articles as f")
            .select((f) => f.fn.min("f.id").as("first"))
            .whereRef("f.story_id", "=", "a.story_id"),
        ),
      );
  const after = filter.after;
  if (after) query = query.where((eb) => eb(eb.refTuple("a.updated_at", "a.id"), "<", eb.tuple(after.updatedAt, after.id)));
  return query
    .orderBy("a.updated_at", "desc")
    .orderBy("a.id", "desc")
    .limit(sql.lit(Math.max(1, Math.trunc(filter.limit))));
}

export async function listDesk(db: Db, filter: DeskFilter, now: string): Promise<DeskListItem[]> {
  const rows = await deskQuery(db, filter, now).execute();
  return rows.map(toItem);
}

type Names = Partial<Record<Locale, string>>;

/** Rows of (id, slug, locale, name) folded into one entry a slug with its names per locale. */
function withNames<T extends { id: number; slug: string; locale: Locale; name: string }>(rows: T[]): Array<{ id: number; slug: string; names: Names }> {
  const bySlug = new Map<string, { id: number; slug: string; names: Names }>();
  for (const row of rows) {
    const entry = bySlug.get(row.slug) ?? { id: row.id, slug: row.slug, names: {} };
    entry.names[row.locale] = row.name;
    bySlug.set(row.slug, entry);
  }
  return [...bySlug.values()];
}

/** What a story can be filed under and by: categories in their order, tags (matching `q`), bylines. */
export async function categoriesOf(db: Db) {
  const rows = await db
    .selectFrom("categories as c")
    .innerJoin("category_names as n", "n.category_id", "c.id")
    .select(["c.id", "c.slug", "n.locale", "n.name"])
    .orderBy("c.position")
    .orderBy("c.id")
    .execute();
  return withNames(rows);
}

export async function tagsMatching(db: Db, q: string | undefined, limit: number) {
  const key = q ? searchKey(q) : "";
  const matching = db
    .selectFrom("tags as t")
    .select("t.id")
    .$if(key !== "", (query) =>
      query.where((eb) =>
        eb.or([
          sql<boolean>`t.slug like ${`%${likeEscaped(key.replace(/\s+/g, "-"))}%`} escape '\\'`,
          eb.exists(
            eb
              .selectFrom("tag_names as m")
              .select("m.tag_id")
              .whereRef("m.tag_id", "=", "t.id")
              .where(sql<boolean>`m.name like ${`%${likeEscaped(q ?? "")}%`} escape '\\'`),
          ),
        ]),
      ),
    )
    .orderBy("t.slug")
    .limit(sql.lit(Math.max(1, Math.trunc(limit))));
  const rows = await db
    .selectFrom("tags as t")
    .innerJoin("tag_names as n", "n.tag_id", "t.id")
    .select(["t.id", "t.slug", "n.locale", "n.name"])
    .where("t.id", "in", matching)
    .orderBy("t.slug")
    .execute();
  return withNames(rows);
}

/** Every byline with its names and biographies per locale, and the newsroom user who writes under it. */
export async function bylines(db: Db) {
  const rows = await db.selectFrom("authors").select(["id", "slug", "names", "bios", "user_id"]).orderBy("slug").execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, names: localizedTexts(r.names), bios: localizedTexts(r.bios), userId: r.user_id }));
}
