/**
 * SQL of the newsroom's writing: stories and articles as editors see them (any state), bylines,
 * slugs, revisions, the activity log, corrections and soft locks. Called with the transaction a
 * service call runs in, so that one call writes everything or nothing.
 */
import type { Insertable, Selectable, Updateable } from "kysely";
import type { Db } from "../db/database.js";
import type { ArticleTable, ArticleStatus, Database, RevisionKind, StoryTable } from "../db/schema.js";
import { enqueueJob } from "../jobs/jobs.js";
import type { Locale } from "../lang/locales.js";
import { slugify } from "../lang/slug.js";
import { PUBLISH_JOB } from "./story.repository.js";
import { TaxonomyRepository, bylineNamesFrom } from "./taxonomy.repository.js";

/** An article with its story's fields, as the newsroom works on it. */
export interface DeskArticle {
  id: number;
  storyId: number;
  locale: Locale;
  status: ArticleStatus;
  version: number;
  title: string;
  slug: string;
  lead: string;
  bodyHtml: string;
  publishedAt: string | null;
  updatedAt: string;
  authorId: number | null;
  derivedFrom: number | null;
  sourceRevision: number | null;
  /** The story's. */
  createdBy: number | null;
  sourceLocale: Locale | null;
  categorySlug: string;
  coverMediaId: number | null;
  sourceName: string | null;
  sourceUrl: string | null;
  pinned: boolean;
  breaking: boolean;
}

export interface RevisionRow {
  id: number;
  articleId: number;
  userId: number | null;
  userName: string | null;
  kind: RevisionKind;
  createdAt: string;
  updatedAt: string;
  changed: string[];
  title: string;
  slug: string;
  lead: string;
  bodyHtml: string;
}

export interface ActivityRow {
  id: number;
  articleId: number | null;
  locale: Locale | null;
  userId: number | null;
  userName: string | null;
  action: string;
  detail: Record<string, unknown>;
  at: string;
}

export interface Editing {
  userId: number;
  name: string;
  until: string;
}

type ArticleSet = Updateable<ArticleTable>;

/** `base`, or `base-2`, `base-3` …: the first that `taken` does not hold. */
function firstFree(base: string, taken: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
type StorySet = Updateable<StoryTable>;

function desk(db: Db) {
  return db
    .selectFrom("articles as a")
    .innerJoin("stories as s", "s.id", "a.story_id")
    .innerJoin("categories as c", "c.id", "s.category_id")
    .select([
      "a.id",
      "a.story_id",
      "a.locale",
      "a.status",
      "a.version",
      "a.title",
      "a.slug",
      "a.lead",
      "a.body_html",
      "a.published_at",
      "a.updated_at",
      "a.author_id",
      "a.derived_from",
      "a.source_revision",
      "s.created_by",
      "s.source_locale",
      "c.slug as category_slug",
      "s.cover_media_id",
      "s.source_name",
      "s.source_url",
      "s.pinned",
      "s.breaking",
    ]);
}

type DeskRow = Awaited<ReturnType<ReturnType<typeof desk>["executeTakeFirstOrThrow"]>>;

function toDesk(row: DeskRow): DeskArticle {
  return {
    id: row.id,
    storyId: row.story_id,
    locale: row.locale,
    status: row.status,
    version: row.version,
    title: row.title,
    slug: row.slug,
    lead: row.lead,
    bodyHtml: row.body_html,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    authorId: row.author_id,
    derivedFrom: row.derived_from,
    sourceRevision: row.source_revision,
    createdBy: row.created_by,
    sourceLocale: row.source_locale,
    categorySlug: row.category_slug,
    coverMediaId: row.cover_media_id,
    sourceName: row.source_name,
    sourceUrl: row.source_url,
    pinned: row.pinned === 1,
    breaking: row.breaking === 1,
  };
}

function toRevision(row: Selectable<Database["article_revisions"]> & { user_name: string | null }): RevisionRow {
  return {
    id: row.id,
    articleId: row.article_id,
    userId: row.user_id,
    userName: row.user_name,
    kind: row.kind,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    changed: JSON.parse(row.changed) as string[],
    title: row.title,
    slug: row.slug,
    lead: row.lead,
    bodyHtml: row.body_html,
  };
}

export class EditorialRepository {
  constructor(private readonly db: Db) {}

  /** Categories and tags (the story's tags by name, new tags) on the same connection. */
  get taxonomy(): TaxonomyRepository {
    return new TaxonomyRepository(this.db);
  }

  async article(id: number): Promise<DeskArticle | undefined> {
    const row = await desk(this.db).where("a.id", "=", id).executeTakeFirst();
    return row ? toDesk(row) : undefined;
  }

  async storyArticles(storyId: number): Promise<DeskArticle[]> {
    return (await desk(this.db).where("a.story_id", "=", storyId).orderBy("a.id").execute()).map(toDesk);
  }

  async storyTags(storyId: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom("story_tags as st")
      .innerJoin("tags as t", "t.id", "st.tag_id")
      .select("t.slug")
      .where("st.story_id", "=", storyId)
      .orderBy("st.position")
      .orderBy("t.slug")
      .execute();
    return rows.map((r) => r.slug);
  }

  async categoryId(slug: string): Promise<number | undefined> {
    return (await this.db.selectFrom("categories").select("id").where("slug", "=", slug).executeTakeFirst())?.id;
  }

  /**
   * The tags named (by slug or by a label such as "Toshkent"), made when new: a new tag is named
   * with its label in every locale (Cyrillic derived) until an editor names it better. Returns
   * their ids and slugs, or the first label that makes no slug.
   */
  async mediaExists(id: number): Promise<boolean> {
    return (await this.db.selectFrom("media").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
  }

  async authorExists(id: number): Promise<boolean> {
    return (await this.db.selectFrom("authors").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
  }

  /** `slug`, or `slug-2`, `slug-3` … : the first one no other article of the locale uses. */
  async freeSlug(locale: Locale, slug: string, exceptId?: number): Promise<string> {
    const rows = await this.db
      .selectFrom("articles")
      .select("slug")
      .where("locale", "=", locale)
      .where((eb) => eb.or([eb("slug", "=", slug), eb("slug", "like", `${slug}-%`)]))
      .$if(exceptId !== undefined, (q) => q.where("id", "!=", exceptId ?? 0))
      .execute();
    return firstFree(slug, new Set(rows.map((r) => r.slug)));
  }

  async slugTaken(locale: Locale, slug: string, exceptId: number): Promise<boolean> {
    const row = await this.db
      .selectFrom("articles")
      .select("id")
      .where("locale", "=", locale)
      .where("slug", "=", slug)
      .where("id", "!=", exceptId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The byline of a newsroom user, made (from their name) the first time they need one. */
  async bylineOf(user: { id: number; name: string }): Promise<number> {
    const found = await this.db.selectFrom("authors").select("id").where("user_id", "=", user.id).executeTakeFirst();
    if (found) return found.id;
    const base = slugify(user.name, "uz") || `author-${user.id}`;
    const taken = new Set((await this.db.selectFrom("authors").select("slug").where("slug", "like", `${base}%`).execute()).map((r) => r.slug));
    const slug = firstFree(base, taken);
    const names = bylineNamesFrom(user.name);
    const { id } = await this.db
      .insertInto("authors")
      .values({ slug, names: JSON.stringify(names), user_id: user.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    return id;
  }

  async insertStory(values: Insertable<StoryTable>): Promise<number> {
    const { id } = await this.db.insertInto("stories").values(values).returning("id").executeTakeFirstOrThrow();
    return id;
  }

  /** The article and its (empty) view counter. */
  async insertArticle(values: Insertable<ArticleTable>): Promise<number> {
    const { id } = await this.db.insertInto("articles").values(values).returning("id").executeTakeFirstOrThrow();
    await this.db.insertInto("article_stats").values({ article_id: id, views: 0 }).execute();
    return id;
  }

  async updateStory(storyId: number, set: StorySet): Promise<void> {
    await this.db.updateTable("stories").set(set).where("id", "=", storyId).execute();
  }

  async setTags(storyId: number, tagIds: readonly number[]): Promise<void> {
    await this.db.deleteFrom("story_tags").where("story_id", "=", storyId).execute();
    if (tagIds.length)
      await this.db
        .insertInto("story_tags")
        .values(tagIds.map((tagId, position) => ({ story_id: storyId, tag_id: tagId, position })))
        .execute();
  }

  /** Updates the article if it is still at `version` (in `status`, due by `dueBy`, when given); false when it moved on. */
  async updateArticle(id: number, set: ArticleSet, expected: { version?: number; status?: ArticleStatus; dueBy?: string } = {}): Promise<boolean> {
    const result = await this.db
      .updateTable("articles")
      .set((eb) => ({ ...set, version: eb("version", "+", 1) }))
      .where("id", "=", id)
      .$if(expected.version !== undefined, (q) => q.where("version", "=", expected.version ?? 0))
      .$if(expected.status !== undefined, (q) => q.where("status", "=", expected.status ?? "draft"))
      .$if(expected.dueBy !== undefined, (q) => q.where("published_at", "<=", expected.dueBy ?? ""))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** The publishing job of a scheduled article, at `at` (enqueueing again moves it: one job per article). */
  async schedulePublishing(articleId: number, at: Date, now: string): Promise<void> {
    await enqueueJob(this.db, { kind: PUBLISH_JOB, payload: { articleId }, runAt: at, key: `publish:article:${articleId}` }, new Date(now));
  }

  /** True when a translation was brought up to this revision (so it must not be folded into). */
  async isTranslationBase(revisionId: number): Promise<boolean> {
    return (await this.db.selectFrom("articles").select("id").where("source_revision", "=", revisionId).limit(1).executeTakeFirst()) !== undefined;
  }

  async latestRevision(articleId: number): Promise<RevisionRow | undefined> {
    const row = await this.revisionsQuery(articleId).orderBy("r.id", "desc").limit(1).executeTakeFirst();
    return row ? toRevision(row) : undefined;
  }

  async revisions(articleId: number): Promise<RevisionRow[]> {
    return (await this.revisionsQuery(articleId).orderBy("r.id", "desc").execute()).map(toRevision);
  }

  async revision(articleId: number, revisionId: number): Promise<RevisionRow | undefined> {
    const row = await this.revisionsQuery(articleId).where("r.id", "=", revisionId).executeTakeFirst();
    return row ? toRevision(row) : undefined;
  }

  private revisionsQuery(articleId: number) {
    return this.db
      .selectFrom("article_revisions as r")
      .leftJoin("users as u", "u.id", "r.user_id")
      .selectAll("r")
      .select("u.name as user_name")
      .where("r.article_id", "=", articleId);
  }

  async addRevision(revision: {
    articleId: number;
    userId: number | null;
    kind: RevisionKind;
    at: string;
    changed: string[];
    text: { title: string; slug: string; lead: string; bodyHtml: string };
  }): Promise<number> {
    const { id } = await this.db
      .insertInto("article_revisions")
      .values({
        article_id: revision.articleId,
        user_id: revision.userId,
        kind: revision.kind,
        created_at: revision.at,
        updated_at: revision.at,
        changed: JSON.stringify(revision.changed),
        title: revision.text.title,
        slug: revision.text.slug,
        lead: revision.text.lead,
        body_html: revision.text.bodyHtml,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return id;
  }

  /** An autosave folded into the one before it: its text and time move on, its start stays. */
  async foldRevision(id: number, at: string, changed: string[], text: { title: string; slug: string; lead: string; bodyHtml: string }): Promise<void> {
    await this.db
      .updateTable("article_revisions")
      .set({ updated_at: at, changed: JSON.stringify(changed), title: text.title, slug: text.slug, lead: text.lead, body_html: text.bodyHtml })
      .where("id", "=", id)
      .execute();
  }

  async addActivity(entry: { storyId: number; articleId: number | null; userId: number | null; action: string; detail?: object; at: string }): Promise<void> {
    await this.db
      .insertInto("story_activity")
      .values({
        story_id: entry.storyId,
        article_id: entry.articleId,
        user_id: entry.userId,
        action: entry.action,
        detail: JSON.stringify(entry.detail ?? {}),
        at: entry.at,
      })
      .execute();
  }

  async activity(storyId: number): Promise<ActivityRow[]> {
    const rows = await this.db
      .selectFrom("story_activity as x")
      .leftJoin("users as u", "u.id", "x.user_id")
      .leftJoin("articles as a", "a.id", "x.article_id")
      .select(["x.id", "x.article_id", "a.locale", "x.user_id", "u.name as user_name", "x.action", "x.detail", "x.at"])
      .where("x.story_id", "=", storyId)
      .orderBy("x.id", "desc")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      articleId: r.article_id,
      locale: r.locale,
      userId: r.user_id,
      userName: r.user_name,
      action: r.action,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
      at: r.at,
    }));
  }

  async addCorrection(articleId: number, userId: number, text: string, at: string): Promise<number> {
    const { id } = await this.db
      .insertInto("corrections")
      .values({ article_id: articleId, user_id: userId, text, created_at: at })
      .returning("id")
      .executeTakeFirstOrThrow();
    return id;
  }

  async corrections(articleId: number): Promise<Array<{ id: number; text: string; createdAt: string }>> {
    const rows = await this.db.selectFrom("corrections").select(["id", "text", "created_at"]).where("article_id", "=", articleId).orderBy("id").execute();
    return rows.map((r) => ({ id: r.id, text: r.text, createdAt: r.created_at }));
  }

  /** Takes or renews the soft lock for `userId`, unless someone else holds it; returns who holds it now. */
  async lock(articleId: number, userId: number, now: string, until: string): Promise<Editing | undefined> {
    await this.db
      .insertInto("article_locks")
      .values({ article_id: articleId, user_id: userId, until })
      .onConflict((oc) =>
        oc
          .column("article_id")
          .doUpdateSet({ user_id: userId, until })
          .where((eb) => eb.or([eb("article_locks.until", "<=", now), eb("article_locks.user_id", "=", userId)])),
      )
      .execute();
    return this.editing(articleId, now);
  }

  async unlock(articleId: number, userId: number): Promise<void> {
    await this.db.deleteFrom("article_locks").where("article_id", "=", articleId).where("user_id", "=", userId).execute();
  }

  async editing(articleId: number, now: string): Promise<Editing | undefined> {
    const row = await this.db
      .selectFrom("article_locks as l")
      .innerJoin("users as u", "u.id", "l.user_id")
      .select(["l.user_id", "u.name", "l.until"])
      .where("l.article_id", "=", articleId)
      .where("l.until", ">", now)
      .executeTakeFirst();
    return row ? { userId: row.user_id, name: row.name, until: row.until } : undefined;
  }
}
