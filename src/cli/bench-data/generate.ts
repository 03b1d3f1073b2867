/**
 * Generated bench content at scale: stories with 1–4 renditions, publish times spread over years,
 * word-list text per language (bench-data/text.ts), stats, recent daily views and cheap "similar
 * news". Written with multi-row inserts in large transactions and explicit ids, never through
 * StoryService (which validates, sanitizes and transliterates one story at a time: hours for a
 * million). Slugs come from slugify, as the newsroom's do.
 */
import type { Selectable } from "kysely";
import { searchFields } from "../../content/renditions.js";
import { TaxonomyRepository } from "../../content/taxonomy.repository.js";
import type { Db, DialectInfo } from "../../db/database.js";
import type { ArticleStatus, ArticleTable, StoryTable } from "../../db/schema.js";
import { calendarDate } from "../../lang/format.js";
import type { Locale } from "../../lang/locales.js";
import { slugify } from "../../lang/slug.js";
import { DEMO_CATEGORIES, DEMO_TAGS, withCyrillic } from "../demo/catalog.js";
import { Draws, type Rendition, cyrillic, drawWords, render } from "./text.js";
import { AUTHORS, SOURCES } from "./words.js";

/** The full-text search columns, as the newsroom's writers fill them (content/renditions.ts). */
function searchColumnsOf(rendition: Rendition, locale: Locale): { search_title: string; search_body: string } {
  const fields = searchFields(rendition.title, rendition.lead, rendition.bodyText, locale);
  return { search_title: fields.searchTitle, search_body: fields.searchBody };
}

export interface BenchDataOptions {
  db: Db;
  dialect: DialectInfo;
  articles: number;
  locales: Locale[];
  /** Publish times are spread over this many years before `now`. */
  years: number;
  /** "Similar news" rows per article (0–6), filled cheaply: the newest earlier articles of the same locale and category. */
  similar: number;
  timeZone: string;
  now?: Date;
  seed?: number;
  onProgress?: (articlesDone: number, total: number) => void;
}

export interface BenchDataResult {
  stories: number;
  articles: number;
  published: number;
  perLocale: Record<string, number>;
  storyTags: number;
  dailyRows: number;
  similarRows: number;
  firstArticleId: number;
  lastArticleId: number;
  oldest: string;
  newest: string;
}

/** Articles per transaction, and rows per INSERT statement (well under SQLite's 32,766 variables). */
const TRANSACTION_ARTICLES = 20_000;
const ROWS_PER_INSERT = 500;
const RECENT_DAYS = 7;
const DAY_MS = 86_400_000;
/** How many locales a story has: 1 for a quarter of them, 2 up to 55 %, 3 up to 80 %, else 4. */
const LOCALE_COUNT_SHARES = [0.25, 0.55, 0.8, 1];

/** Rows with their ids chosen here (the generator numbers them itself, for speed). */
type StoryRow = Selectable<StoryTable>;
type ArticleRowOut = Selectable<ArticleTable>;

/** The rows of one transaction. */
interface Batch {
  stories: StoryRow[];
  storyTags: Array<{ story_id: number; tag_id: number }>;
  articles: ArticleRowOut[];
  stats: Array<{ article_id: number; views: number }>;
  daily: Array<{ article_id: number; day: string; views: number }>;
  similar: Array<{ article_id: number; rank: number; similar_id: number; score: number }>;
}

const emptyBatch = (): Batch => ({ stories: [], storyTags: [], articles: [], stats: [], daily: [], similar: [] });

interface Catalog {
  categoryIds: number[];
  tagIds: number[];
  authorIds: number[];
  mediaIds: number[];
}

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await insert(rows.slice(i, i + ROWS_PER_INSERT));
}

/** Categories and tags of the demo catalog that are missing, and the bench authors. */
async function ensureCatalog(db: Db): Promise<Catalog> {
  const taxonomy = new TaxonomyRepository(db);
  const haveCategories = new Set((await db.selectFrom("categories").select("slug").execute()).map((r) => r.slug));
  const maxPosition =
    (
      await db
        .selectFrom("categories")
        .select((eb) => eb.fn.max("position").as("p"))
        .executeTakeFirst()
    )?.p ?? 0;
  let position = Number(maxPosition);
  for (const category of DEMO_CATEGORIES) {
    if (!haveCategories.has(category.slug)) await taxonomy.upsertCategory(category.slug, ++position, withCyrillic(category.names));
  }
  const haveTags = new Set((await db.selectFrom("tags").select("slug").execute()).map((r) => r.slug));
  for (const [slug, names] of Object.entries(DEMO_TAGS)) if (!haveTags.has(slug)) await taxonomy.upsertTag(slug, withCyrillic(names));
  const haveAuthors = new Set((await db.selectFrom("authors").select("slug").execute()).map((r) => r.slug));
  for (const author of AUTHORS) {
    if (haveAuthors.has(author.slug)) continue;
    await db
      .insertInto("authors")
      .values({ slug: author.slug, names: JSON.stringify(withCyrillic(author)) })
      .execute();
  }
  const ids = async (table: "categories" | "tags" | "authors" | "media") => (await db.selectFrom(table).select("id").orderBy("id").execute()).map((r) => r.id);
  return { categoryIds: await ids("categories"), tagIds: await ids("tags"), authorIds: await ids("authors"), mediaIds: await ids("media") };
}

async function maxId(db: Db, table: "stories" | "articles"): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max("id").as("m"))
    .executeTakeFirst();
  return Number(row?.m ?? 0);
}

async function writeBatch(db: Db, batch: Batch): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertChunks(batch.stories, (rows) => trx.insertInto("stories").values(rows).execute());
    await insertChunks(batch.storyTags, (rows) => trx.insertInto("story_tags").values(rows).execute());
    await insertChunks(batch.articles, (rows) => trx.insertInto("articles").values(rows).execute());
    await insertChunks(batch.stats, (rows) => trx.insertInto("article_stats").values(rows).execute());
    await insertChunks(batch.daily, (rows) => trx.insertInto("article_views_daily").values(rows).execute());
    await insertChunks(batch.similar, (rows) => trx.insertInto("similar_articles").values(rows).execute());
  });
}

/** Uneven category sizes, like a real portal (and a small category to keep lists honest). */
function categoryPicker(categoryIds: readonly number[], draw: Draws): () => number {
  const weights = categoryIds.map((_, i) => 1 / (i + 1.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  return () => {
    let r = draw.next() * sum;
    for (let i = 0; i < categoryIds.length; i++) {
      r -= weights[i];
      if (r <= 0) return categoryIds[i];
    }
    return categoryIds[categoryIds.length - 1];
  };
}

/** Publish times spread evenly over the years before now, and the recent days that get daily views. */
interface Timeline {
  nowMs: number;
  start: number;
  /** Between two consecutive articles. */
  spacing: number;
  /** Today first, in the site's time zone. */
  recentDays: string[];
  dayOf(ms: number): string;
}

function timeline(now: Date, options: BenchDataOptions): Timeline {
  const nowMs = now.getTime();
  const span = options.years * 365 * DAY_MS;
  const dayOf = (ms: number) => calendarDate(ms, options.timeZone);
  return {
    nowMs,
    start: nowMs - span,
    spacing: span / options.articles,
    recentDays: Array.from({ length: RECENT_DAYS }, (_, i) => dayOf(nowMs - i * DAY_MS)),
    dayOf,
  };
}

/** One story being generated: what its articles share. */
interface StoryDraft {
  id: number;
  /** When it was written (ms); its publish time unless scheduled or a draft. */
  at: number;
  status: ArticleStatus;
  publishedAt: string | null;
  createdAt: string;
  categoryId: number;
}

/**
 * Generates stories one at a time into a batch of rows, numbering stories and articles after the
 * largest ids stored. The draws happen in a fixed order, so a seed always gives the same content.
 */
class BenchGenerator {
  readonly result: BenchDataResult;
  private batch = emptyBatch();
  private storyId: number;
  private articleId: number;
  /** Newest earlier published articles per locale and category, for cheap similar news. */
  private readonly recent = new Map<string, number[]>();
  private readonly pickCategory: () => number;
  private readonly similarCount: number;

  constructor(
    private readonly options: BenchDataOptions,
    private readonly catalog: Catalog,
    private readonly draw: Draws,
    private readonly time: Timeline,
    last: { storyId: number; articleId: number },
  ) {
    this.storyId = last.storyId;
    this.articleId = last.articleId;
    this.pickCategory = categoryPicker(catalog.categoryIds, draw);
    this.similarCount = Math.max(0, Math.min(6, options.similar));
    this.result = {
      stories: 0,
      articles: 0,
      published: 0,
      perLocale: {},
      storyTags: 0,
      dailyRows: 0,
      similarRows: 0,
      firstArticleId: last.articleId + 1,
      lastArticleId: last.articleId,
      oldest: "",
      newest: "",
    };
  }

  get done(): boolean {
    return this.result.articles >= this.options.articles;
  }

  /** Articles generated and not yet taken. */
  get pending(): number {
    return this.batch.articles.length;
  }

  takeBatch(): Batch {
    const batch = this.batch;
    this.batch = emptyBatch();
    return batch;
  }

  /** One story: its row, its tags and its renditions with their stats and engagement. */
  addStory(): void {
    const story = this.newStory();
    this.addTags(story.id);
    const locales = this.chooseLocales();
    const uzWords = locales.includes("uz") || locales.includes("oz") ? drawWords(this.draw, "uz") : undefined;
    const authorId = this.catalog.authorIds.length ? this.draw.pick(this.catalog.authorIds) : null;
    let latinId: number | null = null;
    for (const locale of locales) {
      const rendition =
        locale === "uz" && uzWords
          ? render(uzWords, (w) => w)
          : locale === "oz" && uzWords
            ? render(uzWords, cyrillic)
            : render(drawWords(this.draw, locale === "ru" ? "ru" : "en"), (w) => w);
      const id = this.addArticle(story, locale, rendition, authorId, locale === "oz" ? latinId : null);
      if (locale === "uz") latinId = id;
      this.addEngagement(story, id, locale);
    }
  }

  private newStory(): StoryDraft {
    const { draw, time } = this;
    const id = ++this.storyId;
    // Stories in publish order (ids grow with time, as they do on a live site), with jitter.
    const at = Math.min(time.nowMs - 60_000, Math.round(time.start + this.result.articles * time.spacing + (draw.next() - 0.5) * time.spacing * 4));
    const roll = draw.next();
    const status: ArticleStatus = roll < 0.01 ? "draft" : roll < 0.015 ? "scheduled" : "published";
    const publishedAt =
      status === "draft" ? null : status === "scheduled" ? new Date(time.nowMs + draw.next() * 7 * DAY_MS).toISOString() : new Date(at).toISOString();
    const createdAt = new Date(at).toISOString();
    const categoryId = this.pickCategory();
    const { mediaIds } = this.catalog;
    const cover = mediaIds.length && draw.next() < 0.6 ? draw.pick(mediaIds) : null;
    const source = draw.next() < 0.3 ? draw.pick(SOURCES) : undefined;
    this.batch.stories.push({
      id,
      category_id: categoryId,
      cover_media_id: cover,
      source_name: source?.name ?? null,
      source_url: source ? `${source.url}/${id}` : null,
      created_by: null,
      source_locale: null,
      breaking: 0,
      pinned: draw.next() < 0.002 ? 1 : 0,
      created_at: createdAt,
    });
    this.result.stories++;
    return { id, at, status, publishedAt, createdAt, categoryId };
  }

  /** Up to three distinct tags. */
  private addTags(storyId: number): void {
    const { tagIds } = this.catalog;
    const count = tagIds.length ? this.draw.int(0, 3) : 0;
    const tags = new Set<number>();
    for (let i = 0; i < count; i++) tags.add(this.draw.pick(tagIds));
    for (const tagId of tags) this.batch.storyTags.push({ story_id: storyId, tag_id: tagId });
    this.result.storyTags += tags.size;
  }

  /** 1–4 renditions (as many as the chosen locales allow), uz before oz so oz can derive from it. */
  private chooseLocales(): Locale[] {
    const { locales } = this.options;
    const r = this.draw.next();
    const want = Math.min(locales.length, LOCALE_COUNT_SHARES.findIndex((p) => r < p) + 1, this.options.articles - this.result.articles);
    const chosen = new Set<Locale>();
    while (chosen.size < want) chosen.add(this.draw.pick(locales));
    return (["uz", "oz", "ru", "en"] as const).filter((lc) => chosen.has(lc));
  }

  private addArticle(story: StoryDraft, locale: Locale, rendition: Rendition, authorId: number | null, derivedFrom: number | null): number {
    const id = ++this.articleId;
    this.batch.articles.push({
      id,
      story_id: story.id,
      locale,
      status: story.status,
      published_at: story.publishedAt,
      updated_at: story.publishedAt ?? story.createdAt,
      author_id: authorId,
      derived_from: derivedFrom,
      category_id: story.categoryId,
      title: rendition.title,
      slug: slugify(rendition.title, locale) || `story-${story.id}`,
      lead: rendition.lead,
      body_html: rendition.bodyHtml,
      body_text: rendition.bodyText,
      search_text: rendition.searchText,
      ...searchColumnsOf(rendition, locale),
      version: 1,
      source_revision: null,
    });
    this.result.articles++;
    this.result.lastArticleId = id;
    this.result.perLocale[locale] = (this.result.perLocale[locale] ?? 0) + 1;
    return id;
  }

  /** Views (the total, and per day when recent) and similar news, for a published article. */
  private addEngagement(story: StoryDraft, articleId: number, locale: Locale): void {
    const { result } = this;
    // Views: most articles few, some many; newer ones more.
    const age = (this.time.nowMs - story.at) / DAY_MS;
    const views = story.status === "published" ? Math.round(this.draw.next() ** 3 * 20_000 * (age < 30 ? 2 : 1)) : 0;
    this.batch.stats.push({ article_id: articleId, views });
    if (story.status !== "published") return;
    result.published++;
    const publishedAt = story.publishedAt;
    if (publishedAt && (!result.oldest || publishedAt < result.oldest)) result.oldest = publishedAt;
    if (publishedAt && publishedAt > result.newest) result.newest = publishedAt;
    if (age < RECENT_DAYS) this.addDailyViews(articleId, story.at, views);
    if (this.similarCount > 0) this.addSimilar(articleId, `${locale}:${story.categoryId}`);
  }

  /** Daily views on each recent day since it was published. */
  private addDailyViews(articleId: number, at: number, views: number): void {
    const published = this.time.dayOf(at);
    for (const day of this.time.recentDays) {
      if (day < published) break;
      this.batch.daily.push({ article_id: articleId, day, views: 1 + Math.round(this.draw.next() * views * 0.3) });
      this.result.dailyRows++;
    }
  }

  /** Cheap similar news: the newest earlier articles of the same locale and category (`key`). */
  private addSimilar(articleId: number, key: string): void {
    const earlier = this.recent.get(key) ?? [];
    earlier.forEach((similarId, rank) => this.batch.similar.push({ article_id: articleId, rank: rank + 1, similar_id: similarId, score: 1 - rank * 0.1 }));
    this.result.similarRows += earlier.length;
    this.recent.set(key, [articleId, ...earlier].slice(0, this.similarCount));
  }
}

export async function generateBenchData(options: BenchDataOptions): Promise<BenchDataResult> {
  const { db, dialect } = options;
  if (options.articles < 1) throw new Error("articles must be at least 1");
  if (options.locales.length === 0) throw new Error("at least one locale is needed");
  const now = options.now ?? new Date();
  const draw = new Draws(options.seed ?? 20261126);
  await dialect.prepareBulkLoad(db);
  const catalog = await ensureCatalog(db);
  const last = { storyId: await maxId(db, "stories"), articleId: await maxId(db, "articles") };
  const generator = new BenchGenerator(options, catalog, draw, timeline(now, options), last);
  const flush = async () => {
    if (generator.pending === 0) return;
    await writeBatch(db, generator.takeBatch());
    options.onProgress?.(generator.result.articles, options.articles);
  };
  while (!generator.done) {
    generator.addStory();
    if (generator.pending >= TRANSACTION_ARTICLES) await flush();
  }
  await flush();
  await dialect.resetSerials(db, ["stories", "articles"]);
  await dialect.refreshStatistics(db, ["articles"]);
  return generator.result;
}
