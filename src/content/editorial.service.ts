/**
 * Writing in the newsroom: a story with its renditions, another rendition, a change to an article
 * (If-Match on its version), re-deriving the Cyrillic rendition, restoring a revision, the soft
 * lock. Each call is one transaction: a failure leaves nothing half-written. Every text change
 * keeps a revision; a uz-Latn change flows into its derived uz-Cyrl sibling; a translator's save
 * brings the translation up to the source's latest revision (which clears "source changed").
 */
import type { Db } from "../db/database.js";
import type { RevisionKind } from "../db/schema.js";
import { AppError } from "../errors.js";
import type { Events } from "../events.js";
import { LOCALES, type Locale } from "../lang/locales.js";
import { slugify } from "../lang/slug.js";
import { AUTOSAVE_FOLD_MS, type Editor, LOCK_MS, announce, announceWithin, announcement, invalid, notFound, resourceOf } from "./editorial.js";
import { type DeskArticle, type Editing, EditorialRepository } from "./editorial.repository.js";
import type { ArticleChange, NewRendition, NewStory, RenditionFields } from "./editorial.schema.js";
import { READERS_SEE, type RenditionText, type TextDiff, changedText, deriveCyrillic, hasBody, textColumns, storedText, textDiff } from "./renditions.js";

export interface CreatedArticle {
  id: number;
  locale: Locale;
  status: DeskArticle["status"];
  derived: boolean;
  slug: string;
  categorySlug: string;
}

const STORY_FIELDS = ["category", "tags", "author", "sourceName", "sourceUrl", "cover", "pinned", "breaking"] as const;

/** The order renditions are written in: the source first, uz before its derived oz. */
function writingOrder(locales: Locale[], source: Locale): Locale[] {
  return [source, ...LOCALES.filter((lc) => lc !== source && locales.includes(lc))];
}

const asText = (a: { title: string; lead: string; bodyHtml: string }): RenditionText => ({ title: a.title, lead: a.lead, bodyHtml: a.bodyHtml });

export class EditorialService {
  constructor(
    private readonly db: Db,
    private readonly events: Events,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async inTransaction<T>(work: (repo: EditorialRepository, now: string, trx: Db) => Promise<T>): Promise<T> {
    const now = this.now().toISOString();
    return this.db.transaction().execute((trx) => work(new EditorialRepository(trx), now, trx));
  }

  async createStory(story: NewStory, by: Editor): Promise<{ storyId: number; tags: string[]; articles: CreatedArticle[] }> {
    by.may("story.create");
    const given = Object.keys(story.renditions) as Locale[];
    const source = story.sourceLocale ?? given[0];
    if (!source || !story.renditions[source]) invalid("sourceLocale", "invalid_choice", "must be one of the renditions' locales");
    const first = story.renditions[source];
    const created = await this.inTransaction(async (repo, now) => {
      const categoryId =
        (await repo.categoryId(story.category)) ?? invalid("category", "unknown", `unknown category "${story.category}"`, { value: story.category });
      const tags = await repo.taxonomy.ensureTags(story.tags, source);
      if (tags.invalid !== undefined) invalid("tags", "bad_tag", `"${tags.invalid}" makes no tag: use letters or digits`, { value: tags.invalid });
      if (story.cover != null && !(await repo.mediaExists(story.cover))) invalid("cover", "unknown", "no such media");
      const storyId = await repo.insertStory({
        category_id: categoryId,
        cover_media_id: story.cover ?? null,
        source_name: first?.sourceName ?? null,
        source_url: first?.sourceUrl ?? null,
        pinned: story.pinned ? 1 : 0,
        breaking: story.breaking ? 1 : 0,
        created_at: now,
        created_by: by.id,
        source_locale: source,
      });
      await repo.setTags(storyId, tags.ids);
      const byline = await repo.bylineOf(by);
      const articles: Array<Omit<CreatedArticle, "categorySlug">> = [];
      const context = { repo, now, storyId, categoryId, byline, by };
      for (const locale of writingOrder(given, source)) {
        const rendition = story.renditions[locale];
        if (rendition) articles.push(...(await this.writeRendition(context, locale, rendition)));
      }
      await repo.addActivity({ storyId, articleId: null, userId: by.id, action: "created", detail: { locales: articles.map((a) => a.locale) }, at: now });
      return { storyId, tags: tags.slugs, articles: articles.map((a) => ({ ...a, categorySlug: story.category })) };
    });
    return created;
  }

  /**
   * Writes one rendition (and the uz-Cyrl one derived from a uz-Latn one when the story has none),
   * each with its first revision; a translation starts at the source's latest revision.
   */
  private async writeRendition(
    context: { repo: EditorialRepository; now: string; storyId: number; categoryId: number; byline: number; by: Editor },
    locale: Locale,
    rendition: RenditionFields,
  ): Promise<Omit<CreatedArticle, "categorySlug">[]> {
    const { repo, now, storyId, by } = context;
    const siblings = await repo.storyArticles(storyId);
    if (siblings.some((a) => a.locale === locale))
      throw new AppError("XABAR_CONFLICT", `The story already has a ${locale} rendition`, { data: { reason: "rendition_exists" } });
    const sourceArticle = siblings.find((a) => a.locale === siblings[0]?.sourceLocale);
    const sourceRevision = sourceArticle ? ((await repo.latestRevision(sourceArticle.id))?.id ?? null) : null;
    const text = await storedText({ title: rendition.title, lead: rendition.lead, bodyHtml: rendition.body }, locale);
    const insert = async (lc: Locale, t: typeof text, derivedFrom: number | null, slugWanted?: string) => {
      const slug = await repo.freeSlug(lc, slugWanted ?? (slugify(t.title, lc) || `story-${storyId}`));
      const id = await repo.insertArticle({
        story_id: storyId,
        locale: lc,
        status: "draft",
        published_at: null,
        updated_at: now,
        author_id: context.byline,
        derived_from: derivedFrom,
        category_id: context.categoryId,
        ...textColumns(t),
        slug,
        source_revision: derivedFrom === null ? sourceRevision : null,
      });
      const kind: RevisionKind = derivedFrom === null ? "create" : "derive";
      await repo.addRevision({ articleId: id, userId: by.id, kind, at: now, changed: ["title", "lead", "body", "slug"], text: { ...t, slug } });
      return { id, locale: lc, status: "draft" as const, derived: derivedFrom !== null, slug };
    };
    const written = [await insert(locale, text, null, rendition.slug)];
    if (locale === "uz" && !siblings.some((a) => a.locale === "oz")) {
      const cyrillic = await storedText(deriveCyrillic(text), "oz");
      written.push(await insert("oz", cyrillic, written[0]?.id ?? null));
    }
    return written;
  }

  /** Adds a translation to a story (a uz-Latn one brings its derived uz-Cyrl sibling). */
  async addRendition(storyId: number, rendition: NewRendition, by: Editor): Promise<CreatedArticle[]> {
    const result = await this.inTransaction(async (repo, now) => {
      const siblings = await repo.storyArticles(storyId);
      const any = siblings[0];
      if (!any) throw new AppError("XABAR_NOT_FOUND", "No such story");
      by.may("rendition.add", { authorId: any.createdBy, locale: rendition.locale });
      const categoryId = (await repo.categoryId(any.categorySlug)) ?? notFound();
      // A translation carries the story's byline, not the translator's.
      const byline = any.authorId ?? (await repo.bylineOf(by));
      const written = await this.writeRendition({ repo, now, storyId, categoryId, byline, by }, rendition.locale, rendition);
      await repo.addActivity({
        storyId,
        articleId: written[0]?.id ?? null,
        userId: by.id,
        action: "rendition.added",
        detail: { locale: rendition.locale },
        at: now,
      });
      return written.map((a) => ({ ...a, categorySlug: any.categorySlug }));
    });
    return result;
  }

  /**
   * Applies a change if the article is still at `version` (else 409 XABAR_CONFLICT with the
   * current one). Story fields change for every rendition; text changes keep a revision.
   */
  async change(id: number, version: number, change: ArticleChange, by: Editor, kind: RevisionKind = "save"): Promise<void> {
    const announced = await this.inTransaction(async (repo, now, trx) => {
      const article = (await repo.article(id)) ?? notFound();
      by.may("article.edit", resourceOf(article));
      if (article.version !== version)
        throw new AppError("XABAR_CONFLICT", "Someone else saved this article since you loaded it", { data: { version: article.version } });
      // What readers, feeds, Telegram and webhooks get changes by a deliberate save only.
      if (change.autosave && article.status === "published")
        throw new AppError("XABAR_CONFLICT", "A published article changes only by a deliberate save, not by an autosave", { data: { reason: "published" } });
      const before = { category: article.categorySlug, tags: await repo.storyTags(article.storyId) };
      const storyChanged = await this.changeStory(repo, article, change, by);
      const changedFields = [...storyChanged];
      changedFields.push(
        ...(await this.changeText(repo, article, change, { by, now, kind: change.autosave ? "autosave" : kind, storyChanged: storyChanged.length > 0 })),
      );
      if (changedFields.length === 0) return undefined;
      if (!change.autosave || changedFields.some((f) => !["title", "lead", "body"].includes(f)))
        await repo.addActivity({
          storyId: article.storyId,
          articleId: id,
          userId: by.id,
          action: kind === "restore" ? "restored" : "edited",
          detail: { fields: changedFields },
          at: now,
        });
      await repo.lock(id, by.id, now, new Date(Date.parse(now) + LOCK_MS).toISOString());
      const siblings = await repo.storyArticles(article.storyId);
      const touched = storyChanged.length ? siblings : siblings.filter((a) => a.id === id || a.derivedFrom === id);
      const after = await repo.storyTags(article.storyId);
      return announceWithin(this.events, trx, announcement(touched, "article.updated", { categories: [before.category], tags: [...before.tags, ...after] }));
    });
    await announce(this.events, announced);
  }

  /** The story's fields in the change; returns the names of those that changed. */
  private async changeStory(repo: EditorialRepository, article: DeskArticle, change: ArticleChange, by: Editor): Promise<string[]> {
    const named = STORY_FIELDS.filter((field) => change[field] !== undefined);
    if (named.length === 0) return [];
    // The story's fields are every rendition's: whoever changes them must be allowed to on each one.
    for (const rendition of await repo.storyArticles(article.storyId)) by.may("story.edit", resourceOf(rendition));
    const set: Parameters<EditorialRepository["updateStory"]>[1] = {};
    if (change.category !== undefined)
      set.category_id =
        (await repo.categoryId(change.category)) ?? invalid("category", "unknown", `unknown category "${change.category}"`, { value: change.category });
    if (change.cover !== undefined) {
      if (change.cover !== null && !(await repo.mediaExists(change.cover))) invalid("cover", "unknown", "no such media");
      set.cover_media_id = change.cover;
    }
    if (change.sourceName !== undefined) set.source_name = change.sourceName || null;
    if (change.sourceUrl !== undefined) set.source_url = change.sourceUrl;
    if (change.pinned !== undefined) set.pinned = change.pinned ? 1 : 0;
    if (change.breaking !== undefined) set.breaking = change.breaking ? 1 : 0;
    if (Object.keys(set).length) await repo.updateStory(article.storyId, set);
    if (change.tags !== undefined) {
      const tags = await repo.taxonomy.ensureTags(change.tags, article.locale);
      if (tags.invalid !== undefined) invalid("tags", "bad_tag", `"${tags.invalid}" makes no tag: use letters or digits`, { value: tags.invalid });
      await repo.setTags(article.storyId, tags.ids);
    }
    if (change.author !== undefined) {
      if (change.author !== null && !(await repo.authorExists(change.author))) invalid("author", "unknown", "no such author");
      // This article's byline changes with its text (one version step); its siblings' here.
      for (const sibling of await repo.storyArticles(article.storyId))
        if (sibling.id !== article.id) await repo.updateArticle(sibling.id, { author_id: change.author });
    }
    return named;
  }

  /** Title, lead, body, slug and scheduled time; a revision when the text changed; returns what changed. */
  private async changeText(
    repo: EditorialRepository,
    article: DeskArticle,
    change: ArticleChange,
    save: { by: Editor; now: string; kind: RevisionKind; storyChanged: boolean },
  ): Promise<string[]> {
    const { by, now, kind } = save;
    const text = await storedText(
      { title: change.title ?? article.title, lead: change.lead ?? article.lead, bodyHtml: change.body ?? article.bodyHtml },
      article.locale,
    );
    const changed: string[] = changedText(asText(article), text);
    if (changed.includes("body") && READERS_SEE.has(article.status) && !hasBody(text.bodyHtml))
      invalid("body", "required", `a ${article.status} article needs its text: move it back to draft to empty it`);
    let slug = article.slug;
    if (change.slug !== undefined && change.slug !== article.slug) {
      if (await repo.slugTaken(article.locale, change.slug, article.id)) invalid("slug", "taken", "another article of this language uses it");
      slug = change.slug;
    } else if (changed.includes("title") && article.publishedAt === null && article.slug.startsWith(slugify(article.title, article.locale) || "\u0000")) {
      // Never on the site and still the title's slug: it follows the title.
      slug = await repo.freeSlug(article.locale, slugify(text.title, article.locale) || article.slug, article.id);
    }
    if (slug !== article.slug) changed.push("slug");
    const set: Parameters<EditorialRepository["updateArticle"]>[1] = { updated_at: now };
    if (change.scheduledAt !== undefined) {
      const at = new Date(change.scheduledAt);
      if (article.status !== "scheduled") invalid("scheduledAt", "not_scheduled", "only a scheduled article has a time to change; move it with a transition");
      if (at.getTime() <= Date.parse(now)) invalid("scheduledAt", "not_future", "must be in the future");
      set.published_at = at.toISOString();
      await repo.schedulePublishing(article.id, at, now);
      // The derived rendition scheduled with it keeps going live with it.
      for (const sibling of await repo.storyArticles(article.storyId))
        if (sibling.derivedFrom === article.id && sibling.status === "scheduled") {
          await repo.updateArticle(sibling.id, { published_at: at.toISOString(), updated_at: now });
          await repo.schedulePublishing(sibling.id, at, now);
        }
      changed.push("scheduledAt");
    }
    if (change.author !== undefined) set.author_id = change.author;
    if (changed.length === 0 && !save.storyChanged) return [];
    const textChanged = changed.some((f) => f !== "scheduledAt");
    if (textChanged) {
      Object.assign(set, { ...textColumns(text), slug });
      // An editor wrote the Cyrillic text: it no longer follows the Latin one.
      if (article.derivedFrom !== null) set.derived_from = null;
    }
    const source =
      article.sourceLocale && article.locale !== article.sourceLocale
        ? (await repo.storyArticles(article.storyId)).find((a) => a.locale === article.sourceLocale)
        : undefined;
    // A translation is brought up to its source by a deliberate save, not by an autosave or a restore of older text.
    if (source && textChanged && kind === "save") set.source_revision = (await repo.latestRevision(source.id))?.id ?? null;
    if (!(await repo.updateArticle(article.id, set, { version: article.version })))
      throw new AppError("XABAR_CONFLICT", "Someone else saved this article just now", { data: { version: article.version + 1 } });
    if (textChanged) {
      await this.keepRevision(repo, article.id, by, now, kind, changed, { ...text, slug });
      if (article.locale === "uz") await this.followLatin(repo, article, text, by, now);
    }
    return changed;
  }

  private async keepRevision(
    repo: EditorialRepository,
    articleId: number,
    by: Editor,
    now: string,
    kind: RevisionKind,
    changed: string[],
    text: RenditionText & { slug: string },
  ) {
    const last = await repo.latestRevision(articleId);
    const fold =
      kind === "autosave" &&
      last?.kind === "autosave" &&
      last.userId === by.id &&
      Date.parse(now) - Date.parse(last.updatedAt) < AUTOSAVE_FOLD_MS &&
      !(await repo.isTranslationBase(last.id));
    if (fold && last) await repo.foldRevision(last.id, now, [...new Set([...last.changed, ...changed])], text);
    else await repo.addRevision({ articleId, userId: by.id, kind, at: now, changed, text });
  }

  /**
   * The derived uz-Cyrl sibling follows a uz-Latn change while it stands where the uz-Latn one
   * does (or is a draft) and the editor may edit it too; otherwise it waits for a re-derive.
   */
  private async followLatin(repo: EditorialRepository, latinArticle: DeskArticle, latin: RenditionText, by: Editor, now: string): Promise<void> {
    const derived = (await repo.storyArticles(latinArticle.storyId)).find((a) => a.locale === "oz" && a.derivedFrom === latinArticle.id);
    if (!derived || !(derived.status === latinArticle.status || derived.status === "draft") || !by.can("article.edit", resourceOf(derived))) return;
    const text = await storedText(deriveCyrillic(latin), "oz");
    const changed = changedText(asText(derived), text);
    if (changed.length === 0) return;
    await repo.updateArticle(derived.id, {
      ...textColumns(text),
      updated_at: now,
    });
    await repo.addRevision({ articleId: derived.id, userId: by.id, kind: "derive", at: now, changed, text: { ...text, slug: derived.slug } });
  }

  /**
   * The uz-Cyrl rendition transliterated from uz-Latn again: the diff, applied when `confirm`
   * (refused with 409 when `version` is given and the article moved on since the diff was shown).
   */
  async rederive(id: number, confirm: boolean, by: Editor, version?: number): Promise<{ diff: TextDiff; applied: boolean; version: number }> {
    const outcome = await this.inTransaction(async (repo, now, trx) => {
      const article = (await repo.article(id)) ?? notFound();
      if (article.locale !== "oz") invalid("locale", "not_derived", "only a uz-Cyrl (oz) rendition is derived");
      by.may("article.edit", resourceOf(article));
      const siblings = await repo.storyArticles(article.storyId);
      const latin = siblings.find((a) => a.locale === "uz") ?? invalid("locale", "no_source", "the story has no uz-Latn rendition to derive from");
      const text = await storedText(deriveCyrillic(asText(latin)), "oz");
      const diff = await textDiff(asText(article), text);
      const unchanged = Object.keys(diff).length === 0 && article.derivedFrom === latin.id;
      if (!confirm || unchanged) return { diff, applied: false, version: article.version, announced: undefined };
      const stale = () => new AppError("XABAR_CONFLICT", "The article changed since the diff was shown", { data: { version: article.version } });
      if (version !== undefined && version !== article.version) throw stale();
      const set = {
        ...textColumns(text),
        ...{ derived_from: latin.id, source_revision: null, updated_at: now },
      };
      if (!(await repo.updateArticle(article.id, set, { version: article.version }))) throw stale();
      await repo.addRevision({
        articleId: id,
        userId: by.id,
        kind: "derive",
        at: now,
        changed: changedText(asText(article), text),
        text: { ...text, slug: article.slug },
      });
      await repo.addActivity({ storyId: article.storyId, articleId: id, userId: by.id, action: "rederived", at: now });
      const announced = await announceWithin(this.events, trx, announcement([article], "article.updated", { tags: await repo.storyTags(article.storyId) }));
      return { diff, applied: true, version: article.version + 1, announced };
    });
    await announce(this.events, outcome.announced);
    return { diff: outcome.diff, applied: outcome.applied, version: outcome.version };
  }

  /** A revision's text as a new save (history is never rewritten); `version`, when given, must be the current one. */
  async restore(id: number, revisionId: number, by: Editor, version?: number): Promise<void> {
    const repo = new EditorialRepository(this.db);
    const article = (await repo.article(id)) ?? notFound();
    const revision = (await repo.revision(id, revisionId)) ?? invalid("revision", "unknown", "no such revision of this article");
    await this.change(
      id,
      version ?? article.version,
      { title: revision.title, lead: revision.lead, body: revision.bodyHtml, slug: revision.slug },
      by,
      "restore",
    );
  }

  /** Takes or renews the soft lock ("who is editing"); returns who holds it. */
  async lock(id: number, by: Editor): Promise<Editing | undefined> {
    return this.inTransaction(async (repo, now) => {
      const article = (await repo.article(id)) ?? notFound();
      // Someone who may only read the article is not "editing" it.
      if (!by.can("article.edit", resourceOf(article))) return repo.editing(id, now);
      return repo.lock(id, by.id, now, new Date(Date.parse(now) + LOCK_MS).toISOString());
    });
  }

  async unlock(id: number, by: Editor): Promise<void> {
    await new EditorialRepository(this.db).unlock(id, by.id);
  }
}
