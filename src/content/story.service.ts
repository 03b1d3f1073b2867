/**
 * Writing stories: one story, its renditions per locale. Bodies are sanitized, slugs and search
 * keys derived, and the Uzbek Cyrillic rendition is transliterated from the Latin one unless an
 * editor wrote it. All in one transaction: a failure leaves nothing half-written.
 */
import * as z from "zod";
import type { Db } from "../db/database.js";
import type { ArticleStatus } from "../db/schema.js";
import { AppError } from "../errors.js";
import type { Events } from "../events.js";
import { LOCALES, type Locale } from "../lang/locales.js";
import { slugify } from "../lang/slug.js";
import { type StoredText, deriveCyrillic, storedText } from "./renditions.js";
import { PUBLISH_JOB, StoryRepository } from "./story.repository.js";

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

interface PreparedArticle extends StoredText {
  locale: Locale;
  status: ArticleStatus;
  publishedAt: string | null;
  derived: boolean;
}

/** Each rendition as stored (through renditions.ts, as the newsroom's writes are), and the derived uz-Cyrl one. */
async function prepare(input: z.output<typeof storyInputSchema>, now: Date): Promise<PreparedArticle[]> {
  const prepared: PreparedArticle[] = [];
  for (const locale of LOCALES) {
    const r = input.renditions[locale];
    if (!r) continue;
    const publishedAt = r.publishedAt ? new Date(r.publishedAt).toISOString() : r.status === "published" ? now.toISOString() : null;
    // "Published" at a future time is scheduled: it needs its job to become visible then.
    const status = r.status === "published" && publishedAt !== null && publishedAt > now.toISOString() ? "scheduled" : r.status;
    const text = await storedText({ title: r.title, lead: r.lead, bodyHtml: r.bodyHtml }, locale);
    prepared.push({ locale, ...text, status, publishedAt, derived: false });
  }
  const latin = prepared.find((a) => a.locale === "uz");
  if (input.deriveCyrillic && latin && !input.renditions.oz) {
    prepared.push({ ...latin, ...(await storedText(deriveCyrillic(latin), "oz")), locale: "oz", derived: true });
  }
  return prepared;
}

export { PUBLISH_JOB };

export class StoryService {
  private readonly repository: StoryRepository;

  constructor(
    db: Db,
    private readonly events: Events,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.repository = new StoryRepository(db);
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
    const articles = await prepare(input, now);
    if (articles.length === 0) throw new AppError("XABAR_BAD_REQUEST", "renditions: at least one locale is needed");

    const created = await this.repository.create({
      categorySlug: input.category,
      tagSlugs: input.tags,
      coverMediaId: input.coverMediaId ?? null,
      sourceName: input.source?.name ?? null,
      sourceUrl: input.source?.url ?? null,
      pinned: input.pinned,
      authorId: input.authorId ?? null,
      createdAt: now.toISOString(),
      articles: articles.map(({ derived, ...article }) => ({ ...article, slug: slugify(article.title, article.locale), derivedFromLatin: derived })),
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
