/**
 * SQL for writing stories in bulk (demo content, tests): a story, its articles and their side rows
 * in one transaction. The rules (validation, sanitizing, derived Cyrillic,
 * slugs, search keys) are the service's; rows arrive here ready to store.
 */
import type { Db } from "../db/database.js";
import type { ArticleStatus } from "../db/schema.js";
import { AppError } from "../errors.js";
import { enqueueJob } from "../jobs/jobs.js";
import type { Locale } from "../lang/locales.js";
import { type StoredText, textColumns } from "./renditions.js";

export const PUBLISH_JOB = "publish-article";

export interface ArticleToStore extends StoredText {
  locale: Locale;
  slug: string;
  status: ArticleStatus;
  publishedAt: string | null;
  /** Transliterated from the story's uz-Latn article (stored as derived_from). */
  derivedFromLatin: boolean;
}

export interface StoryToStore {
  categorySlug: string;
  tagSlugs: string[];
  coverMediaId: number | null;
  sourceName: string | null;
  sourceUrl: string | null;
  pinned: boolean;
  authorId: number | null;
  createdAt: string;
  articles: ArticleToStore[];
}

export interface StoredStory {
  storyId: number;
  articles: Array<{ id: number; locale: Locale }>;
}

export class StoryRepository {
  constructor(private readonly db: Db) {}

  /**
   * Stores the story in one transaction: unknown category or tag → XABAR_BAD_REQUEST and nothing
   * written. A scheduled article gets its publishing job in the same transaction.
   */
  async create(story: StoryToStore): Promise<StoredStory> {
    return this.db.transaction().execute(async (trx) => {
      const category = await trx.selectFrom("categories").select("id").where("slug", "=", story.categorySlug).executeTakeFirst();
      if (!category) throw new AppError("XABAR_BAD_REQUEST", `category: unknown category "${story.categorySlug}"`);
      const tagRows = story.tagSlugs.length ? await trx.selectFrom("tags").select(["id", "slug"]).where("slug", "in", story.tagSlugs).execute() : [];
      const unknownTag = story.tagSlugs.find((slug) => !tagRows.some((t) => t.slug === slug));
      if (unknownTag) throw new AppError("XABAR_BAD_REQUEST", `tags: unknown tag "${unknownTag}"`);

      const { id: storyId } = await trx
        .insertInto("stories")
        .values({
          category_id: category.id,
          cover_media_id: story.coverMediaId,
          source_name: story.sourceName,
          source_url: story.sourceUrl,
          pinned: story.pinned ? 1 : 0,
          created_at: story.createdAt,
          source_locale: story.articles[0]?.locale ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (tagRows.length)
        await trx
          .insertInto("story_tags")
          // In the order given (the order typed), each tag once.
          .values(
            [...new Set(story.tagSlugs)].flatMap((slug, position) => {
              const tag = tagRows.find((t) => t.slug === slug);
              return tag ? [{ story_id: storyId, tag_id: tag.id, position }] : [];
            }),
          )
          .execute();

      const stored: StoredStory["articles"] = [];
      let latinId: number | null = null;
      for (const article of story.articles) {
        const { id } = await trx
          .insertInto("articles")
          .values({
            story_id: storyId,
            locale: article.locale,
            ...textColumns(article),
            slug: article.slug || `story-${storyId}`,
            status: article.status,
            published_at: article.publishedAt,
            updated_at: story.createdAt,
            author_id: story.authorId,
            derived_from: article.derivedFromLatin ? latinId : null,
            category_id: category.id,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        if (article.locale === "uz") latinId = id;
        await trx.insertInto("article_stats").values({ article_id: id, views: 0 }).execute();
        if (article.status === "scheduled" && article.publishedAt) {
          const job = { kind: PUBLISH_JOB, payload: { articleId: id }, runAt: new Date(article.publishedAt), key: `publish:article:${id}` };
          await enqueueJob(trx, job, new Date(story.createdAt));
        }
        stored.push({ id, locale: article.locale });
      }
      return { storyId, articles: stored };
    });
  }
}
