/**
 * Imported stories (`xabar import wordpress|rss`): whole stories written in batches, one
 * transaction a batch, through renditions.ts like every other write (sanitize → text → search
 * key; uz-Cyrl derived from uz-Latn when the source has no Cyrillic rendition). Each source item
 * is remembered in `import_items` with a checksum: a second run adds nothing, a changed item
 * updates its article, and a run cut short continues where its last batch committed.
 */
import type { Db } from "../db/database.js";
import type { ArticleStatus } from "../db/schema.js";
import type { Locale } from "../lang/locales.js";
import { slugify } from "../lang/slug.js";
import { detectScript } from "../lang/detect-script.js";
import { toCyrillic, toLatin } from "../lang/translit.js";
import { type ImportedItemRow, ImportRepository, type StoryArticleRow } from "./import.repository.js";
import { type StoredText, deriveCyrillic, textColumns, storedText } from "./renditions.js";
import { bylineNamesFrom } from "./taxonomy.repository.js";

export interface ImportedRendition {
  /** The source item's GUID: what makes a second run add nothing. */
  guid: string;
  /** A hash of the source item: a different one means it changed. */
  checksum: string;
  locale: Locale;
  title: string;
  lead: string;
  bodyHtml: string;
  /** A scheduled one is published at `publishedAt` by the publishing job, as if scheduled in the newsroom. */
  status: Extract<ArticleStatus, "draft" | "scheduled" | "published">;
  publishedAt: string | null;
  updatedAt: string;
  /** The source's slug when it makes one of ours, else the title's. */
  slug: string;
  /** Old addresses (content/redirects.ts keys), answered with a 301 to the article. */
  redirects: string[];
}

export interface ImportedStory {
  category: { slug: string; names: Partial<Record<Locale, string>> };
  /** Tag labels: made like the newsroom's new tags (the label in every locale, Cyrillic derived). */
  tags: string[];
  author?: { login: string; name: string } | undefined;
  coverMediaId?: number | null | undefined;
  source?: { name: string; url?: string | undefined } | undefined;
  createdAt: string;
  renditions: ImportedRendition[];
  /** Add a uz-Cyrl rendition transliterated from the uz-Latn one when there is no Cyrillic one. */
  deriveCyrillic: boolean;
}

export type ImportOutcome = "imported" | "updated" | "unchanged";

export interface ItemResult {
  guid: string;
  outcome: ImportOutcome;
  storyId: number;
  articleId: number;
}

export interface MediaItem {
  mediaId: number;
  checksum: string;
}

interface Prepared {
  story: ImportedStory;
  texts: Map<string, StoredText>;
}

export class ImportService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Media already imported from `source` by their GUID (attachment id). */
  async importedMedia(source: string, guids: readonly string[]): Promise<Map<string, MediaItem>> {
    const rows = await new ImportRepository(this.db).items(source, "attachment", guids);
    return new Map([...rows].flatMap(([guid, r]) => (r.mediaId === null ? [] : [[guid, { mediaId: r.mediaId, checksum: r.checksum }] as const])));
  }

  async rememberMedia(source: string, guid: string, item: MediaItem): Promise<void> {
    await new ImportRepository(this.db).saveItem(
      source,
      "attachment",
      { guid, storyId: null, articleId: null, mediaId: item.mediaId, checksum: item.checksum },
      this.now().toISOString(),
    );
  }

  /** The checksums of the items of `source` already imported, by GUID (to skip unchanged ones before any work). */
  async importedChecksums(source: string, guids: readonly string[]): Promise<Map<string, string>> {
    const rows = await new ImportRepository(this.db).items(source, "post", guids);
    return new Map([...rows].map(([guid, r]) => [guid, r.checksum]));
  }

  /** Writes the stories in one transaction: all of them or, on a failure, none. */
  async writeBatch(source: string, stories: readonly ImportedStory[]): Promise<ItemResult[]> {
    const prepared: Prepared[] = [];
    for (const story of stories) {
      const texts = new Map<string, StoredText>();
      for (const r of story.renditions) texts.set(r.guid, await storedText({ title: r.title, lead: r.lead, bodyHtml: r.bodyHtml }, r.locale));
      prepared.push({ story, texts });
    }
    const at = this.now().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const repo = new ImportRepository(trx);
      const known = await repo.items(
        source,
        "post",
        stories.flatMap((s) => s.renditions.map((r) => r.guid)),
      );
      const writer = new BatchWriter(repo, source, at, known);
      const results: ItemResult[] = [];
      for (const p of prepared) results.push(...(await writer.write(p)));
      await writer.finish();
      return results;
    });
  }
}

/** One batch's writes, with what it learnt (categories, tags, bylines) kept for the next stories. */
class BatchWriter {
  private readonly categories = new Map<string, number>();
  private readonly authors = new Map<string, number>();
  /** Written at the end of the batch, a statement for many rows. */
  private readonly items: ImportedItemRow[] = [];
  private readonly redirects = new Map<string, number>();
  private readonly newArticles: number[] = [];

  constructor(
    private readonly repo: ImportRepository,
    private readonly source: string,
    private readonly at: string,
    /** What the source's items became before this batch, and in it so far (an export may repeat a GUID). */
    private readonly imported: Map<string, ImportedItemRow>,
  ) {}

  async finish(): Promise<void> {
    await this.repo.addStats(this.newArticles);
    // One row per GUID (an export that repeats one names its last post).
    await this.repo.saveItems(this.source, "post", [...new Map(this.items.map((i) => [i.guid, i])).values()], this.at);
    await this.repo.addRedirects(this.redirects, this.at);
  }

  async write({ story, texts }: Prepared): Promise<ItemResult[]> {
    const known = new Map(
      story.renditions.flatMap((r) => {
        const row = this.imported.get(r.guid);
        return row ? [[r.guid, row] as const] : [];
      }),
    );
    const changed = story.renditions.filter((r) => known.get(r.guid)?.checksum !== r.checksum);
    const existingStory = [...known.values()].find((k) => k.storyId !== null)?.storyId ?? null;
    if (changed.length === 0 && existingStory !== null) {
      return story.renditions.map((r) => ({ guid: r.guid, outcome: "unchanged", storyId: existingStory, articleId: known.get(r.guid)?.articleId ?? 0 }));
    }
    const { storyId, categoryId, authorId } = await this.story(story, existingStory);
    const articles = existingStory === null ? [] : await this.repo.storyArticles(storyId);
    const results: ItemResult[] = [];
    for (const r of story.renditions) {
      const before = known.get(r.guid);
      const text = texts.get(r.guid);
      if (!text) continue;
      if (before?.checksum === r.checksum && before.articleId !== null) {
        results.push({ guid: r.guid, outcome: "unchanged", storyId, articleId: before.articleId });
        continue;
      }
      // The article this item made, or the one of its locale a derived rendition holds.
      const target = before?.articleId ?? articles.find((a) => a.locale === r.locale)?.id;
      const articleId = await this.article(r, text, target, { storyId, categoryId, authorId });
      if (target === undefined) articles.push({ id: articleId, locale: r.locale, derivedFrom: null });
      for (const key of r.redirects) this.redirects.set(key, articleId);
      const item = { guid: r.guid, storyId, articleId, mediaId: null, checksum: r.checksum };
      this.items.push(item);
      this.imported.set(r.guid, item);
      results.push({ guid: r.guid, outcome: before ? "updated" : "imported", storyId, articleId });
    }
    if (story.deriveCyrillic) await this.deriveCyrillic(story, storyId, categoryId, authorId, articles, texts);
    return results;
  }

  /** The story's row (made, or brought up to date) with its category, tags and byline. */
  private async story(story: ImportedStory, existing: number | null): Promise<{ storyId: number; categoryId: number; authorId: number | null }> {
    const categoryId = await this.category(story.category);
    const authorId = story.author ? await this.author(story.author) : null;
    const tags = await this.repo.editorial.taxonomy.ensureTags(story.tags.filter((label) => slugify(label, "uz")));
    const fields = {
      category_id: categoryId,
      cover_media_id: story.coverMediaId ?? null,
      source_name: story.source?.name ?? null,
      source_url: story.source?.url ?? null,
    };
    if (existing !== null) {
      await this.repo.updateStory(existing, fields);
      await this.repo.editorial.setTags(existing, tags.ids);
      return { storyId: existing, categoryId, authorId };
    }
    const storyId = await this.repo.insertStory({
      ...fields,
      pinned: 0,
      created_at: story.createdAt,
      created_by: null,
      source_locale: story.renditions[0]?.locale ?? null,
    });
    await this.repo.addTags(storyId, tags.ids);
    return { storyId, categoryId, authorId };
  }

  /** The rendition's article: `target` updated (no longer derived), or a new one with a free slug. */
  private async article(
    r: ImportedRendition,
    text: StoredText,
    target: number | undefined,
    story: { storyId: number; categoryId: number; authorId: number | null },
  ): Promise<number> {
    const values = {
      ...textColumns(text),
      status: r.status,
      published_at: r.publishedAt,
      updated_at: r.updatedAt,
      author_id: story.authorId,
      derived_from: null,
    };
    if (target !== undefined) {
      await this.repo.updateArticle(target, values);
      await this.schedule(target, r);
      return target;
    }
    const slug = await this.repo.freeSlug(r.locale, r.slug || slugify(r.title, r.locale) || `story-${story.storyId}`);
    const id = await this.repo.insertArticle({ ...values, story_id: story.storyId, locale: r.locale, slug, category_id: story.categoryId });
    this.newArticles.push(id);
    await this.schedule(id, r);
    return id;
  }

  /** A scheduled article's publishing job, in the batch's transaction (a pending one is moved, not doubled). */
  private async schedule(articleId: number, r: Pick<ImportedRendition, "status" | "publishedAt">): Promise<void> {
    if (r.status === "scheduled" && r.publishedAt !== null) await this.repo.editorial.schedulePublishing(articleId, new Date(r.publishedAt), this.at);
  }

  /** uz-Cyrl from the story's uz-Latn rendition, made or brought up to date while no editor or source wrote it. */
  private async deriveCyrillic(
    story: ImportedStory,
    storyId: number,
    categoryId: number,
    authorId: number | null,
    articles: StoryArticleRow[],
    texts: Map<string, StoredText>,
  ): Promise<void> {
    const latin = story.renditions.find((r) => r.locale === "uz");
    const latinArticle = articles.find((a) => a.locale === "uz");
    if (!latin || !latinArticle || story.renditions.some((r) => r.locale === "oz")) return;
    const existing = articles.find((a) => a.locale === "oz");
    if (existing && existing.derivedFrom === null) return;
    const source = texts.get(latin.guid);
    if (!source) return;
    const text = await storedText(deriveCyrillic(source), "oz");
    const values = {
      ...textColumns(text),
      status: latin.status,
      published_at: latin.publishedAt,
      updated_at: latin.updatedAt,
      author_id: authorId,
      derived_from: latinArticle.id,
    };
    if (existing) {
      await this.repo.updateArticle(existing.id, values);
      return this.schedule(existing.id, latin);
    }
    const slug = await this.repo.freeSlug("oz", latin.slug || slugify(text.title, "oz"));
    const id = await this.repo.insertArticle({ ...values, story_id: storyId, locale: "oz", slug, category_id: categoryId });
    this.newArticles.push(id);
    await this.schedule(id, latin);
    articles.push({ id, locale: "oz", derivedFrom: latinArticle.id });
  }

  private async category(category: ImportedStory["category"]): Promise<number> {
    const cached = this.categories.get(category.slug);
    if (cached !== undefined) return cached;
    const found = (await this.repo.categoryId(category.slug)) ?? (await this.repo.categoryByName(category.names));
    // Named by the slug until an editor names it better, when the source gave no name.
    const label = category.slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
    const names = withCyrillic(Object.keys(category.names).length ? category.names : { uz: label, ru: label, en: label });
    const id = found ?? (await this.repo.createCategory(category.slug, names));
    if (found !== undefined) await this.repo.nameCategory(found, names);
    this.categories.set(category.slug, id);
    return id;
  }

  /** A byline by the login's slug or the display name's, made from the display name the first time. */
  private async author(author: { login: string; name: string }): Promise<number> {
    const key = author.login || author.name;
    const cached = this.authors.get(key);
    if (cached !== undefined) return cached;
    const slugs = [slugify(author.login, "uz"), slugify(author.name, "uz")];
    const name = author.name || author.login;
    const id = (await this.repo.authorBySlug(slugs)) ?? (await this.repo.createAuthor(slugs.find(Boolean) ?? "author", bylineNamesFrom(name)));
    this.authors.set(key, id);
    return id;
  }
}

/** Uzbek names in their locale's script, each Uzbek one transliterated from the other when missing. */
function withCyrillic(names: Partial<Record<Locale, string>>): Partial<Record<Locale, string>> {
  const out = { ...names };
  if (out.uz && detectScript(out.uz) === "uz-Cyrl") out.uz = toLatin(out.uz);
  if (out.oz && !/[\u0400-\u04ff]/.test(out.oz)) out.oz = toCyrillic(out.oz);
  if (out.uz && !out.oz) out.oz = toCyrillic(out.uz);
  if (out.oz && !out.uz) out.uz = toLatin(out.oz);
  return out;
}
