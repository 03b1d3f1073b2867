/**
 * Writing stories: one story, its renditions per locale. Bodies are sanitized, slugs and search
 * keys derived, and the Uzbek Cyrillic rendition is transliterated from the Latin one unless an
 * editor wrote it. All in one transaction: a failure leaves nothing half-written.
 */
import { z } from "zod";
import type { Db } from "../db/database.js";
import type { ArticleStatus } from "../db/schema.js";
import { AppError } from "../errors.js";
import type { Events } from "../events.js";
import { enqueueJob } from "../jobs/jobs.js";
import { LOCALES, type Locale } from "../lang/locales.js";
import { searchKey } from "../lang/search-key.js";
import { slugify } from "../lang/slug.js";
import { toCyrillic, transliterateHtml } from "../lang/translit.js";

const renditionSchema = z.object({
  title: z.string().trim().min(1).max(300),
  lead: z.string().trim().max(1_000).default(""),
  bodyHtml: z.string().max(500_000),
  status: z.enum(["draft", "review", "scheduled", "published"]).default("published"),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
});

export const storyInputSchema = z.object({
  category: z.string().min(1),
  tags: z.array(z.string().min(1)).max(20).default([]),
  source: z.object({ name: z.string().trim().min(1).max(200), url: z.url({ protocol: /^https?$/ }).optional() }).optional(),
  pinned: z.boolean().default(false),
  coverMediaId: z.number().int().positive().optional(),
  authorId: z.number().int().positive().optional(),
  renditions: z.partialRecord(z.enum(LOCALES), renditionSchema),
  /** Derive uz-Cyrl from uz-Latn when no Cyrillic rendition is given. */
  deriveCyrillic: z.boolean().default(true),
});

export type StoryInput = z.input<typeof storyInputSchema>;

export interface CreatedStory {
  storyId: number;
  articles: Array<{ id: number; locale: Locale }>;
}

interface PreparedArticle {
  locale: Locale;
  title: string;
  lead: string;
  bodyHtml: string;
  status: ArticleStatus;
  publishedAt: string | null;
  derived: boolean;
}

/** The sanitizer (sanitize-html and its parser) loads on the first write, not in every reader. */
const loadSanitizer = () => import("./sanitize.js");

function prepare(input: z.output<typeof storyInputSchema>, now: Date, sanitizeBody: (html: string) => string): PreparedArticle[] {
  const prepared: PreparedArticle[] = [];
  for (const locale of LOCALES) {
    const r = input.renditions[locale];
    if (!r) continue;
    const publishedAt = r.publishedAt ? new Date(r.publishedAt).toISOString() : r.status === "published" ? now.toISOString() : null;
    // "Published" at a future time is scheduled: it needs its job to become visible then.
    const status = r.status === "published" && publishedAt !== null && publishedAt > now.toISOString() ? "scheduled" : r.status;
    prepared.push({ locale, title: r.title, lead: r.lead, bodyHtml: sanitizeBody(r.bodyHtml), status, publishedAt, derived: false });
  }
  const latin = prepared.find((a) => a.locale === "uz");
  if (input.deriveCyrillic && latin && !input.renditions.oz) {
    prepared.push({
      ...latin,
      locale: "oz",
      title: toCyrillic(latin.title),
      lead: toCyrillic(latin.lead),
      bodyHtml: transliterateHtml(latin.bodyHtml, "cyrl"),
      derived: true,
    });
  }
  return prepared;
}

export const PUBLISH_JOB = "publish-article";
const publishPayload = z.object({ articleId: z.number().int().positive() });

export class StoryService {
  constructor(
    private readonly db: Db,
    private readonly events: Events,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * The job handler for scheduled publishing: makes the article visible if it is still scheduled.
   * Idempotent: running it twice, or after an editor published by hand, changes nothing more.
   */
  async publishScheduled(payload: unknown): Promise<boolean> {
    const { articleId } = publishPayload.parse(payload);
    const now = this.now().toISOString();
    const row = await this.db
      .updateTable("articles")
      .set({ status: "published", updated_at: now })
      .where("id", "=", articleId)
      .where("status", "=", "scheduled")
      .returning(["id", "story_id", "locale"])
      .executeTakeFirst();
    if (!row) return false;
    const story = await this.db
      .selectFrom("stories as s")
      .innerJoin("categories as c", "c.id", "s.category_id")
      .select("c.slug")
      .where("s.id", "=", row.story_id)
      .executeTakeFirstOrThrow();
    const tags = await this.db.selectFrom("story_tags as st").innerJoin("tags as t", "t.id", "st.tag_id").select("t.slug").where("st.story_id", "=", row.story_id).execute();
    await this.events.emit("articles.changed", {
      articleIds: [row.id],
      storyIds: [row.story_id],
      locales: [row.locale],
      categorySlugs: [story.slug],
      tagSlugs: tags.map((t) => t.slug),
    });
    return true;
  }

  async create(raw: unknown): Promise<CreatedStory> {
    const parsed = storyInputSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError("XABAR_BAD_REQUEST", `${issue?.path.join(".") || "story"}: ${issue?.message ?? "invalid"}`);
    }
    const input = parsed.data;
    const now = this.now();
    const unscheduled = Object.entries(input.renditions).find(([, r]) => r?.status === "scheduled" && !r.publishedAt);
    if (unscheduled) throw new AppError("XABAR_BAD_REQUEST", `renditions.${unscheduled[0]}.publishedAt: a scheduled article needs a time`);
    const { htmlToText, sanitizeBody } = await loadSanitizer();
    const articles = prepare(input, now, sanitizeBody);
    if (articles.length === 0) throw new AppError("XABAR_BAD_REQUEST", "renditions: at least one locale is needed");

    const created = await this.db.transaction().execute(async (trx) => {
      const category = await trx.selectFrom("categories").select("id").where("slug", "=", input.category).executeTakeFirst();
      if (!category) throw new AppError("XABAR_BAD_REQUEST", `category: unknown category "${input.category}"`);
      const tagRows = input.tags.length ? await trx.selectFrom("tags").select(["id", "slug"]).where("slug", "in", input.tags).execute() : [];
      const unknownTag = input.tags.find((slug) => !tagRows.some((t) => t.slug === slug));
      if (unknownTag) throw new AppError("XABAR_BAD_REQUEST", `tags: unknown tag "${unknownTag}"`);

      const story = await trx
        .insertInto("stories")
        .values({
          category_id: category.id,
          cover_media_id: input.coverMediaId ?? null,
          source_name: input.source?.name ?? null,
          source_url: input.source?.url ?? null,
          pinned: input.pinned ? 1 : 0,
          created_at: now.toISOString(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (tagRows.length) {
        await trx.insertInto("story_tags").values(tagRows.map((t) => ({ story_id: story.id, tag_id: t.id }))).execute();
      }
      const ids: Array<{ id: number; locale: Locale }> = [];
      let latinId: number | null = null;
      for (const article of articles) {
        const bodyText = htmlToText(article.bodyHtml);
        const row = await trx
          .insertInto("articles")
          .values({
            story_id: story.id,
            locale: article.locale,
            title: article.title,
            slug: slugify(article.title, article.locale) || `story-${story.id}`,
            lead: article.lead,
            body_html: article.bodyHtml,
            body_text: bodyText,
            search_text: searchKey(`${article.title} ${article.lead} ${bodyText}`),
            status: article.status,
            published_at: article.publishedAt,
            updated_at: now.toISOString(),
            author_id: input.authorId ?? null,
            derived_from: article.derived ? latinId : null,
            category_id: category.id,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        if (article.locale === "uz") latinId = row.id;
        await trx.insertInto("article_stats").values({ article_id: row.id, views: 0 }).execute();
        if (article.status === "scheduled" && article.publishedAt) {
          // In the same transaction: a scheduled article always has its publishing job.
          await enqueueJob(trx, { kind: PUBLISH_JOB, payload: { articleId: row.id }, runAt: new Date(article.publishedAt), key: `publish:article:${row.id}` }, now);
        }
        ids.push({ id: row.id, locale: article.locale });
      }
      return { storyId: story.id, articles: ids };
    });

    await this.events.emit("articles.changed", {
      articleIds: created.articles.map((a) => a.id),
      storyIds: [created.storyId],
      locales: created.articles.map((a) => a.locale),
      categorySlugs: [input.category],
      tagSlugs: input.tags,
    });
    return created;
  }
}
