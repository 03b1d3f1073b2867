/**
 * SQL of imports (`xabar import`): stories and articles written in batches inside the caller's
 * transaction, what each source item became (`import_items`), bylines and categories made on
 * first sight, and the old addresses of articles (`redirects`). The rules are import.service.ts's.
 */
import type { Insertable, Updateable } from "kysely";
import type { Db } from "../db/database.js";
import type { ArticleTable, ImportItemKind, StoryTable } from "../db/schema.js";
import type { Locale } from "../lang/locales.js";
import { searchKey } from "../lang/search-key.js";
import { EditorialRepository } from "./editorial.repository.js";

export interface ImportedItemRow {
  guid: string;
  storyId: number | null;
  articleId: number | null;
  mediaId: number | null;
  checksum: string;
}

export interface StoryArticleRow {
  id: number;
  locale: Locale;
  derivedFrom: number | null;
}

export class ImportRepository {
  readonly editorial: EditorialRepository;

  constructor(private readonly db: Db) {
    this.editorial = new EditorialRepository(db);
  }

  async items(source: string, kind: ImportItemKind, guids: readonly string[]): Promise<Map<string, ImportedItemRow>> {
    if (guids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom("import_items")
      .select(["guid", "story_id", "article_id", "media_id", "checksum"])
      .where("source", "=", source)
      .where("kind", "=", kind)
      .where("guid", "in", [...guids])
      .execute();
    return new Map(rows.map((r) => [r.guid, { guid: r.guid, storyId: r.story_id, articleId: r.article_id, mediaId: r.media_id, checksum: r.checksum }]));
  }

  async saveItem(source: string, kind: ImportItemKind, item: ImportedItemRow, at: string): Promise<void> {
    await this.saveItems(source, kind, [item], at);
  }

  async categoryId(slug: string): Promise<number | undefined> {
    return (await this.db.selectFrom("categories").select("id").where("slug", "=", slug).executeTakeFirst())?.id;
  }

  /**
   * An existing category named as one of `names` in that locale, in either script, with or
   * without apostrophes (searchKey): a source's "iqtisod" called "Iqtisodiyot" is the site's
   * "economy" called "Iqtisodiyot", not a second section of the same name.
   */
  async categoryByName(names: Partial<Record<Locale, string>>): Promise<number | undefined> {
    const wanted = Object.entries(names).flatMap(([locale, name]) => (name && searchKey(name) ? [[locale, searchKey(name)] as const] : []));
    if (!wanted.length) return undefined;
    const rows = await this.db
      .selectFrom("category_names")
      .select(["category_id", "locale", "name"])
      .where(
        "locale",
        "in",
        wanted.map(([locale]) => locale as Locale),
      )
      .orderBy("category_id")
      .execute();
    return rows.find((row) => wanted.some(([locale, key]) => row.locale === locale && searchKey(row.name) === key))?.category_id;
  }

  /** A new category, after the existing ones in the menu, named in the locales given. */
  async createCategory(slug: string, names: Partial<Record<Locale, string>>): Promise<number> {
    const last = await this.db
      .selectFrom("categories")
      .select((eb) => eb.fn.max("position").as("position"))
      .executeTakeFirst();
    await this.db
      .insertInto("categories")
      .values({ slug, position: Number(last?.position ?? 0) + 1 })
      .onConflict((oc) => oc.column("slug").doNothing())
      .execute();
    const { id } = await this.db.selectFrom("categories").select("id").where("slug", "=", slug).executeTakeFirstOrThrow();
    await this.nameCategory(id, names);
    return id;
  }

  /** Names for the locales that have none yet (an editor's names are never replaced). */
  async nameCategory(id: number, names: Partial<Record<Locale, string>>): Promise<void> {
    const rows = Object.entries(names).flatMap(([locale, name]) => (name ? [{ category_id: id, locale: locale as Locale, name }] : []));
    if (rows.length)
      await this.db
        .insertInto("category_names")
        .values(rows)
        .onConflict((oc) => oc.columns(["category_id", "locale"]).doNothing())
        .execute();
  }

  async authorBySlug(slugs: readonly string[]): Promise<number | undefined> {
    const wanted = slugs.filter(Boolean);
    if (!wanted.length) return undefined;
    const rows = await this.db.selectFrom("authors").select(["id", "slug"]).where("slug", "in", wanted).execute();
    for (const slug of wanted) {
      const row = rows.find((r) => r.slug === slug);
      if (row) return row.id;
    }
    return undefined;
  }

  async createAuthor(slug: string, names: Partial<Record<Locale, string>>): Promise<number> {
    const { id } = await this.db
      .insertInto("authors")
      .values({ slug, names: JSON.stringify(names), user_id: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    return id;
  }

  async insertStory(values: Insertable<StoryTable>): Promise<number> {
    return this.editorial.insertStory(values);
  }

  async updateStory(id: number, set: Updateable<StoryTable>): Promise<void> {
    await this.editorial.updateStory(id, set);
  }

  /**
   * `slug` when no article of the locale has it (one indexed equality: an import's slugs are
   * mostly free), else the newsroom's first free `slug-N`.
   */
  async freeSlug(locale: Locale, slug: string): Promise<string> {
    const taken = await this.db.selectFrom("articles").select("id").where("locale", "=", locale).where("slug", "=", slug).executeTakeFirst();
    return taken ? this.editorial.freeSlug(locale, slug) : slug;
  }

  async addTags(storyId: number, tagIds: readonly number[]): Promise<void> {
    if (tagIds.length)
      await this.db
        .insertInto("story_tags")
        .values([...new Set(tagIds)].map((tagId, position) => ({ story_id: storyId, tag_id: tagId, position })))
        .execute();
  }

  async storyArticles(storyId: number): Promise<StoryArticleRow[]> {
    const rows = await this.db.selectFrom("articles").select(["id", "locale", "derived_from"]).where("story_id", "=", storyId).execute();
    return rows.map((r) => ({ id: r.id, locale: r.locale, derivedFrom: r.derived_from }));
  }

  /** The article without its view counter: `addStats` makes the batch's counters in one statement. */
  async insertArticle(values: Insertable<ArticleTable>): Promise<number> {
    const { id } = await this.db.insertInto("articles").values(values).returning("id").executeTakeFirstOrThrow();
    return id;
  }

  async addStats(articleIds: readonly number[]): Promise<void> {
    for (const ids of chunks(articleIds, 500))
      await this.db
        .insertInto("article_stats")
        .values(ids.map((id) => ({ article_id: id, views: 0 })))
        .execute();
  }

  async saveItems(source: string, kind: ImportItemKind, items: readonly ImportedItemRow[], at: string): Promise<void> {
    for (const rows of chunks(items, 200))
      await this.db
        .insertInto("import_items")
        .values(
          rows.map((item) => ({
            source,
            kind,
            guid: item.guid,
            story_id: item.storyId,
            article_id: item.articleId,
            media_id: item.mediaId,
            checksum: item.checksum,
            imported_at: at,
            updated_at: at,
          })),
        )
        .onConflict((oc) =>
          oc.columns(["source", "kind", "guid"]).doUpdateSet((eb) => ({
            story_id: eb.ref("excluded.story_id"),
            article_id: eb.ref("excluded.article_id"),
            media_id: eb.ref("excluded.media_id"),
            checksum: eb.ref("excluded.checksum"),
            updated_at: eb.ref("excluded.updated_at"),
          })),
        )
        .execute();
  }

  async updateArticle(id: number, set: Updateable<ArticleTable>): Promise<void> {
    await this.db
      .updateTable("articles")
      .set((eb) => ({ ...set, version: eb("version", "+", 1) }))
      .where("id", "=", id)
      .execute();
  }

  /** Old addresses → articles; a path given twice goes to the last article named. */
  async addRedirects(redirects: ReadonlyMap<string, number>, at: string): Promise<void> {
    for (const rows of chunks([...redirects], 300))
      await this.db
        .insertInto("redirects")
        .values(rows.map(([path, articleId]) => ({ path, article_id: articleId, created_at: at })))
        .onConflict((oc) => oc.column("path").doUpdateSet((eb) => ({ article_id: eb.ref("excluded.article_id") })))
        .execute();
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
