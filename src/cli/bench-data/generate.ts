/**
 * Generated bench content at scale: stories with 1–4 renditions, publish times spread over years,
 * word-list text per language, stats, recent daily views and cheap "similar news". Written with
 * multi-row inserts in large transactions and explicit ids, never through StoryService (which
 * validates, sanitizes and transliterates one story at a time: hours for a million).
 *
 * Text comes from WORDS; Uzbek Cyrillic is the Latin words through toCyrillic, slugs come from
 * slugify, and search_text is searchKey applied word by word (memoised: searchKey folds each word
 * on its own, so joining the words' keys gives what searchKey of the whole text gives).
 */
import { calendarDate } from "../../lang/format.js";
import type { Selectable } from "kysely";
import { TaxonomyRepository } from "../../content/taxonomy.repository.js";
import type { Db, DialectInfo } from "../../db/database.js";
import type { ArticleStatus, ArticleTable, StoryTable } from "../../db/schema.js";
import type { Locale } from "../../lang/locales.js";
import { searchKey } from "../../lang/search-key.js";
import { slugify } from "../../lang/slug.js";
import { toCyrillic } from "../../lang/translit.js";
import { DEMO_CATEGORIES, DEMO_TAGS, type Names } from "../demo/catalog.js";
import { AUTHORS, type BenchWrittenLocale, SOURCES, WORDS } from "./words.js";

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

/** mulberry32: small, fast, deterministic. */
function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const withCyrillic = (names: Names): Record<string, string> => ({ uz: names.uz, oz: toCyrillic(names.uz), ru: names.ru, en: names.en });

function memo(fn: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      value = fn(word);
      cache.set(word, value);
    }
    return value;
  };
}

const cyrillic = memo((word) => toCyrillic(word));
const keyOf = memo((word) => searchKey(word));
const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/** A text as words: title, lead sentence, body paragraphs of sentences. */
interface Words {
  title: string[];
  lead: string[];
  body: string[][][];
}

interface Rendition {
  title: string;
  lead: string;
  bodyHtml: string;
  bodyText: string;
  searchText: string;
}

function render(words: Words, map: (word: string) => string): Rendition {
  const sentence = (ws: string[]) => `${ws.map((w, i) => (i === 0 ? capitalize(map(w)) : map(w))).join(" ")}.`;
  const paragraphs = words.body.map((p) => p.map(sentence).join(" "));
  const title = words.title.map((w, i) => (i === 0 ? capitalize(map(w)) : map(w))).join(" ");
  const lead = sentence(words.lead);
  const keys: string[] = [];
  for (const w of words.title) keys.push(keyOf(map(w)));
  for (const w of words.lead) keys.push(keyOf(map(w)));
  for (const p of words.body) for (const s of p) for (const w of s) keys.push(keyOf(map(w)));
  return {
    title,
    lead,
    bodyHtml: paragraphs.map((p) => `<p>${p}</p>`).join("\n"),
    bodyText: paragraphs.join("\n\n"),
    searchText: keys.filter(Boolean).join(" "),
  };
}

/** Rows with their ids chosen here (the generator numbers them itself, for speed). */
type StoryRow = Selectable<StoryTable>;
type ArticleRowOut = Selectable<ArticleTable>;

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await insert(rows.slice(i, i + ROWS_PER_INSERT));
}

/** Categories and tags of the demo catalog that are missing, and the bench authors. */
async function ensureCatalog(db: Db): Promise<{ categoryIds: number[]; tagIds: number[]; authorIds: number[]; mediaIds: number[] }> {
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
    const names = JSON.stringify({ uz: author.uz, oz: toCyrillic(author.uz), ru: author.ru, en: author.en });
    await db.insertInto("authors").values({ slug: author.slug, names }).execute();
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

export async function generateBenchData(options: BenchDataOptions): Promise<BenchDataResult> {
  const { db, dialect, locales } = options;
  if (options.articles < 1) throw new Error("articles must be at least 1");
  if (locales.length === 0) throw new Error("at least one locale is needed");
  const now = options.now ?? new Date();
  const random = randomFrom(options.seed ?? 20261126);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  await dialect.prepareBulkLoad(db);
  const { categoryIds, tagIds, authorIds, mediaIds } = await ensureCatalog(db);
  // Uneven category sizes, like a real portal (and a small category to keep lists honest).
  const categoryWeights = categoryIds.map((_, i) => 1 / (i + 1.5));
  const weightSum = categoryWeights.reduce((a, b) => a + b, 0);
  const pickCategory = (): number => {
    let r = random() * weightSum;
    for (let i = 0; i < categoryIds.length; i++) {
      r -= categoryWeights[i] as number;
      if (r <= 0) return categoryIds[i] as number;
    }
    return categoryIds[categoryIds.length - 1] as number;
  };

  const dayOf = (ms: number) => calendarDate(ms, options.timeZone);
  const recentDays = Array.from({ length: RECENT_DAYS }, (_, i) => dayOf(now.getTime() - i * DAY_MS));
  const nowMs = now.getTime();
  const span = options.years * 365 * DAY_MS;
  const start = nowMs - span;
  const spacing = span / options.articles;
  const similarCount = Math.max(0, Math.min(6, options.similar));

  let storyId = await maxId(db, "stories");
  let articleId = await maxId(db, "articles");
  const firstArticleId = articleId + 1;
  /** Newest earlier published articles per locale and category, for cheap similar news. */
  const recent = new Map<string, number[]>();

  const result: BenchDataResult = {
    stories: 0,
    articles: 0,
    published: 0,
    perLocale: {},
    storyTags: 0,
    dailyRows: 0,
    similarRows: 0,
    firstArticleId,
    lastArticleId: articleId,
    oldest: "",
    newest: "",
  };

  let stories: StoryRow[] = [];
  let storyTags: Array<{ story_id: number; tag_id: number }> = [];
  let articles: ArticleRowOut[] = [];
  let stats: Array<{ article_id: number; views: number }> = [];
  let daily: Array<{ article_id: number; day: string; views: number }> = [];
  let similar: Array<{ article_id: number; rank: number; similar_id: number; score: number }> = [];

  const flush = async () => {
    if (articles.length === 0) return;
    const batch = { stories, storyTags, articles, stats, daily, similar };
    stories = [];
    storyTags = [];
    articles = [];
    stats = [];
    daily = [];
    similar = [];
    await db.transaction().execute(async (trx) => {
      await insertChunks(batch.stories, (rows) => trx.insertInto("stories").values(rows).execute());
      await insertChunks(batch.storyTags, (rows) => trx.insertInto("story_tags").values(rows).execute());
      await insertChunks(batch.articles, (rows) => trx.insertInto("articles").values(rows).execute());
      await insertChunks(batch.stats, (rows) => trx.insertInto("article_stats").values(rows).execute());
      await insertChunks(batch.daily, (rows) => trx.insertInto("article_views_daily").values(rows).execute());
      await insertChunks(batch.similar, (rows) => trx.insertInto("similar_articles").values(rows).execute());
    });
    options.onProgress?.(result.articles, options.articles);
  };

  const sentence = (lang: BenchWrittenLocale, min: number, max: number) => Array.from({ length: int(min, max) }, () => pick(WORDS[lang]));
  const text = (lang: BenchWrittenLocale): Words => ({
    title: sentence(lang, 5, 9),
    lead: sentence(lang, 10, 16),
    body: Array.from({ length: int(2, 4) }, () => Array.from({ length: int(2, 3) }, () => sentence(lang, 6, 12))),
  });
  const localeCounts = [0.25, 0.55, 0.8, 1];

  while (result.articles < options.articles) {
    storyId++;
    // Stories in publish order (ids grow with time, as they do on a live site), with jitter.
    const at = Math.min(nowMs - 60_000, Math.round(start + result.articles * spacing + (random() - 0.5) * spacing * 4));
    const roll = random();
    const status: ArticleStatus = roll < 0.01 ? "draft" : roll < 0.015 ? "scheduled" : "published";
    const publishedAt = status === "draft" ? null : status === "scheduled" ? new Date(nowMs + random() * 7 * DAY_MS).toISOString() : new Date(at).toISOString();
    const createdAt = new Date(at).toISOString();
    const categoryId = pickCategory();
    const cover = mediaIds.length && random() < 0.6 ? pick(mediaIds) : null;
    const source = random() < 0.3 ? pick(SOURCES) : undefined;
    stories.push({
      id: storyId,
      category_id: categoryId,
      cover_media_id: cover,
      source_name: source?.name ?? null,
      source_url: source ? `${source.url}/${storyId}` : null,
      pinned: random() < 0.002 ? 1 : 0,
      created_at: createdAt,
    });
    result.stories++;
    const tagCount = tagIds.length ? int(0, 3) : 0;
    const tagsOfStory = new Set<number>();
    for (let i = 0; i < tagCount; i++) tagsOfStory.add(pick(tagIds));
    for (const tagId of tagsOfStory) storyTags.push({ story_id: storyId, tag_id: tagId });
    result.storyTags += tagsOfStory.size;

    // 1–4 renditions (as many as the chosen locales allow), uz before oz so oz can derive from it.
    const r = random();
    const want = Math.min(locales.length, localeCounts.findIndex((p) => r < p) + 1, options.articles - result.articles);
    const chosen = new Set<Locale>();
    while (chosen.size < want) chosen.add(pick(locales));
    const ordered = (["uz", "oz", "ru", "en"] as const).filter((lc) => chosen.has(lc));
    const uzWords = chosen.has("uz") || chosen.has("oz") ? text("uz") : undefined;
    const authorId = authorIds.length ? pick(authorIds) : null;
    let latinId: number | null = null;
    for (const locale of ordered) {
      articleId++;
      const rendition =
        locale === "uz" && uzWords
          ? render(uzWords, (w) => w)
          : locale === "oz" && uzWords
            ? render(uzWords, cyrillic)
            : render(text(locale === "ru" ? "ru" : "en"), (w) => w);
      articles.push({
        id: articleId,
        story_id: storyId,
        locale,
        status,
        published_at: publishedAt,
        updated_at: publishedAt ?? createdAt,
        author_id: authorId,
        derived_from: locale === "oz" ? latinId : null,
        category_id: categoryId,
        title: rendition.title,
        slug: slugify(rendition.title, locale) || `story-${storyId}`,
        lead: rendition.lead,
        body_html: rendition.bodyHtml,
        body_text: rendition.bodyText,
        search_text: rendition.searchText,
      });
      if (locale === "uz") latinId = articleId;
      result.articles++;
      result.perLocale[locale] = (result.perLocale[locale] ?? 0) + 1;
      // Views: most articles few, some many; newer ones more.
      const age = (nowMs - at) / DAY_MS;
      const views = status === "published" ? Math.round(random() ** 3 * 20_000 * (age < 30 ? 2 : 1)) : 0;
      stats.push({ article_id: articleId, views });
      if (status !== "published") continue;
      result.published++;
      if (publishedAt && (!result.oldest || publishedAt < result.oldest)) result.oldest = publishedAt;
      if (publishedAt && publishedAt > result.newest) result.newest = publishedAt;
      if (age < RECENT_DAYS) {
        const published = dayOf(at);
        for (const day of recentDays) {
          if (day < published) break;
          daily.push({ article_id: articleId, day, views: 1 + Math.round(random() * views * 0.3) });
          result.dailyRows++;
        }
      }
      if (similarCount > 0) {
        const key = `${locale}:${categoryId}`;
        const earlier = recent.get(key) ?? [];
        earlier.forEach((similarId, rank) => similar.push({ article_id: articleId, rank: rank + 1, similar_id: similarId, score: 1 - rank * 0.1 }));
        result.similarRows += earlier.length;
        recent.set(key, [articleId, ...earlier].slice(0, similarCount));
      }
    }
    if (articles.length >= TRANSACTION_ARTICLES) await flush();
  }
  await flush();
  result.lastArticleId = articleId;

  await dialect.resetSerials(db, ["stories", "articles"]);
  await dialect.refreshStatistics(db, ["articles"]);
  return result;
}
