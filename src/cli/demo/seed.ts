/**
 * Demo content: categories, tags, authors, 60+ stories in uz (and derived oz), ru and en with
 * drawn covers, publish times spread over the last five days, some views and reactions, one
 * weather observation, a month of exchange rates and precomputed similar news. `xabar seed-demo` re-creates it.
 */
import { calendarDate } from "../../lang/format.js";
import { StoryService, type StoryInput } from "../../content/story.service.js";
import { TaxonomyRepository } from "../../content/taxonomy.repository.js";
import type { Db } from "../../db/database.js";
import { recomputeSimilar } from "../../discovery/similar.js";
import { REACTIONS } from "../../engagement/reactions.js";
import { Events } from "../../events.js";
import { DEMO_CATEGORIES, DEMO_TAGS, type DemoArticle, type DemoStory, withCyrillic } from "./catalog.js";
import { renderCover } from "./covers.js";
import { seedRates } from "./rates.js";
import { STORIES_A } from "./stories-a.js";
import { STORIES_B } from "./stories-b.js";
import { STORIES_C } from "./stories-c.js";

export const DEMO_STORIES: DemoStory[] = [...STORIES_A, ...STORIES_B, ...STORIES_C];

const DEMO_AUTHORS = [
  {
    slug: "dilnoza-karimova",
    names: { uz: "Dilnoza Karimova", ru: "Дильноза Каримова", en: "Dilnoza Karimova" },
    bios: {
      uz: "Toshkentdagi muxbir: shahar hayoti, transport va taʼlim haqida yozadi.",
      ru: "Корреспондент в Ташкенте: пишет о городской жизни, транспорте и образовании.",
      en: "Tashkent correspondent covering city life, transport and education.",
    },
  },
  {
    slug: "sardor-rahimov",
    names: { uz: "Sardor Rahimov", ru: "Сардор Рахимов", en: "Sardor Rakhimov" },
    bios: {
      uz: "Iqtisodiyot va sport sharhlovchisi, oʻn yildan beri tahririyatda.",
      ru: "Обозреватель экономики и спорта, в редакции десять лет.",
      en: "Economy and sport writer, ten years on the desk.",
    },
  },
  {
    slug: "elena-kim",
    names: { uz: "Yelena Kim", ru: "Елена Ким", en: "Elena Kim" },
    bios: {
      uz: "Madaniyat, sogʻliqni saqlash va texnologiyalar boʻyicha muxbir.",
      ru: "Корреспондент по культуре, здравоохранению и технологиям.",
      en: "Reporter on culture, health and technology.",
    },
  },
];

/** Tables emptied before seeding, children first. */
const CONTENT_TABLES = [
  "jobs",
  "similar_articles",
  "reaction_votes",
  "view_marks",
  "article_views_daily",
  "article_stats",
  "articles",
  "story_tags",
  "stories",
  "media",
  "authors",
  "tag_names",
  "tags",
  "category_names",
  "categories",
  "weather_observations",
  "exchange_rates",
] as const;

export interface SeedOptions {
  db: Db;
  mediaDir: string;
  timeZone: string;
  weatherCity: string;
  /** Days of demo exchange rates (the chart's span, RATES_HISTORY_DAYS); 30 when not given. */
  ratesDays?: number;
  now?: Date;
  log?: (message: string) => void;
}

function bodyHtml(article: DemoArticle): string {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return article.body
    .map((paragraph) => (paragraph.startsWith("> ") ? `<blockquote><p>${escape(paragraph.slice(2))}</p></blockquote>` : `<p>${escape(paragraph)}</p>`))
    .join("\n");
}

/** A small deterministic generator, so the demo looks the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export async function seedDemo(options: SeedOptions): Promise<{ stories: number; articles: number }> {
  const { db } = options;
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);
  for (const table of CONTENT_TABLES) await db.deleteFrom(table).execute();
  const authorIds = await seedCatalog(db);
  const articleCount = await seedStories(options, now, authorIds);
  await seedEngagement(db, options.timeZone, now, seededRandom(20261125));
  await seedWeather(db, options.weatherCity, now);
  await seedRates(db, now, options.timeZone, options.ratesDays ?? 30);
  await recomputeSimilar(db, { now });
  log(`demo content: ${DEMO_STORIES.length} stories, ${articleCount} articles`);
  return { stories: DEMO_STORIES.length, articles: articleCount };
}

/** Categories and tags in their catalog order, and the demo authors (their ids, in order). */
async function seedCatalog(db: Db): Promise<number[]> {
  const taxonomy = new TaxonomyRepository(db);
  for (const [position, category] of DEMO_CATEGORIES.entries()) {
    await taxonomy.upsertCategory(category.slug, position + 1, withCyrillic(category.names));
  }
  for (const [slug, names] of Object.entries(DEMO_TAGS)) await taxonomy.upsertTag(slug, withCyrillic(names));
  const authorIds: number[] = [];
  for (const author of DEMO_AUTHORS) {
    const row = await db
      .insertInto("authors")
      .values({ slug: author.slug, names: JSON.stringify(withCyrillic(author.names)), bios: JSON.stringify(withCyrillic(author.bios)) })
      .returning("id")
      .executeTakeFirstOrThrow();
    authorIds.push(row.id);
  }
  return authorIds;
}

/** Every demo story through the newsroom's StoryService, each with its drawn cover; returns the articles written. */
async function seedStories(options: SeedOptions, now: Date, authorIds: readonly number[]): Promise<number> {
  const { db } = options;
  // Events without listeners: similar news is computed once at the end, not per story.
  const stories = new StoryService(db, new Events(), () => now);
  let articleCount = 0;
  for (const [index, story] of DEMO_STORIES.entries()) {
    const file = `cover-demo-${index + 1}`;
    const cover = await renderCover(options.mediaDir, file, story.category, index);
    const media = await db
      .insertInto("media")
      .values({
        file,
        width: cover.width,
        height: cover.height,
        variants: JSON.stringify(cover.variants),
        crops: JSON.stringify(cover.crops),
        created_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const publishedAt = new Date(now.getTime() - story.hoursAgo * 3_600_000).toISOString();
    const created = await stories.create(storyInput(story, { coverMediaId: media.id, authorId: authorIds[index % authorIds.length], publishedAt }));
    articleCount += created.articles.length;
  }
  return articleCount;
}

function storyInput(story: DemoStory, extra: { coverMediaId: number; authorId: number; publishedAt: string }): StoryInput {
  const renditions: StoryInput["renditions"] = {};
  for (const locale of ["uz", "ru", "en"] as const) {
    const article = story[locale];
    if (article) renditions[locale] = { title: article.title, lead: article.lead, bodyHtml: bodyHtml(article), publishedAt: extra.publishedAt };
  }
  const input: StoryInput = {
    category: story.category,
    tags: story.tags,
    pinned: story.pinned ?? false,
    coverMediaId: extra.coverMediaId,
    authorId: extra.authorId,
    renditions,
  };
  if (story.source) input.source = story.source;
  return input;
}

/** One observation of the configured city, fetched a day ago, so the widget has something to show offline. */
async function seedWeather(db: Db, city: string, now: Date): Promise<void> {
  await db
    .insertInto("weather_observations")
    .values({
      city,
      observed_at: new Date(now.getTime() - 15 * 60_000).toISOString(),
      fetched_at: new Date(now.getTime() - 24 * 3_600_000).toISOString(),
      temperature: 7.4,
      weather_code: 2,
      wind_speed: 3.2,
      wind_direction: 135,
    })
    .execute();
}

/** Views (total and per day, today and yesterday) and reactions from made-up visitors. */
async function seedEngagement(db: Db, timeZone: string, now: Date, random: () => number): Promise<void> {
  const today = calendarDate(now, timeZone);
  const yesterday = calendarDate(now.getTime() - 86_400_000, timeZone);
  const articles = await db.selectFrom("articles").select(["id", "published_at"]).execute();
  for (const article of articles) {
    const ageHours = (now.getTime() - new Date(article.published_at ?? now).getTime()) / 3_600_000;
    const views = Math.round(random() * 900 * (ageHours < 24 ? 1.5 : 1)) + 3;
    const todayViews = ageHours < 24 ? Math.round(views * 0.7) : Math.round(views * 0.05);
    const yesterdayViews = Math.min(views - todayViews, Math.round(views * 0.3));
    await db.updateTable("article_stats").set({ views }).where("article_id", "=", article.id).execute();
    await db
      .insertInto("article_views_daily")
      .values([
        { article_id: article.id, day: today, views: todayViews },
        { article_id: article.id, day: yesterday, views: yesterdayViews },
      ])
      .execute();
    const voters = Math.floor(random() * 12);
    if (voters > 0) {
      await db
        .insertInto("reaction_votes")
        .values(
          Array.from({ length: voters }, (_, i) => ({
            article_id: article.id,
            visitor: `demo-${article.id}-${i}`,
            reaction: REACTIONS[Math.floor(random() ** 2 * REACTIONS.length)] ?? "like",
            updated_at: now.toISOString(),
          })),
        )
        .execute();
    }
  }
}
