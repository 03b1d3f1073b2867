/**
 * Test factories: a real SQLite database in a temporary directory, migrated, with a few
 * categories and tags, and `buildStory` for stories in any locales.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db, DialectInfo } from "../src/db/database.js";
import { StoryService, type StoryInput } from "../src/content/story.service.js";
import { TaxonomyRepository } from "../src/content/taxonomy.repository.js";
import { Events } from "../src/events.js";
import type { Locale } from "../src/lang/locales.js";
import { openTestDatabase } from "./database.js";

export interface TestDb {
  db: Db;
  dialect: DialectInfo;
  dir: string;
  events: Events;
  stories: StoryService;
  close(): Promise<void>;
}

export async function createTestDb(now: () => Date = () => new Date()): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), "xabar-test-"));
  const database = await openTestDatabase(dir);
  const handle = database.handle;
  await seedTaxonomy(handle.db);
  const events = new Events((error) => {
    throw error;
  });
  return {
    db: handle.db,
    dialect: handle.dialect,
    dir,
    events,
    stories: new StoryService(handle.db, events, now),
    async close() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Three categories and two tags, named in all four locales. */
export async function seedTaxonomy(db: Db): Promise<void> {
  const taxonomy = new TaxonomyRepository(db);
  await taxonomy.upsertCategory("world", 1, { uz: "Dunyo", oz: "Дунё", ru: "Мир", en: "World" });
  await taxonomy.upsertCategory("sport", 2, { uz: "Sport", oz: "Спорт", ru: "Спорт", en: "Sport" });
  await taxonomy.upsertCategory("economy", 3, { uz: "Iqtisodiyot", oz: "Иқтисодиёт", ru: "Экономика", en: "Economy" });
  await taxonomy.upsertTag("football", { uz: "Futbol", oz: "Футбол", ru: "Футбол", en: "Football" });
  await taxonomy.upsertTag("chess", { uz: "Shaxmat", oz: "Шахмат", ru: "Шахматы", en: "Chess" });
}

let counter = 0;

export interface StoryOptions {
  category?: string;
  tags?: string[];
  locales?: Locale[];
  title?: string;
  body?: string;
  publishedAt?: Date;
  pinned?: boolean;
  source?: { name: string; url?: string };
}

/** A published story with a rendition in each of `locales` (default uz and en; oz is derived). */
export async function buildStory(t: { stories: StoryService }, options: StoryOptions = {}): Promise<{ storyId: number; ids: Partial<Record<Locale, number>> }> {
  counter++;
  const title = options.title ?? `Test story ${counter}`;
  const body = options.body ?? `<p>Body of story ${counter} with some words.</p>`;
  const publishedAt = (options.publishedAt ?? new Date()).toISOString();
  const renditions: StoryInput["renditions"] = {};
  for (const locale of options.locales ?? ["uz", "en"]) {
    renditions[locale] = { title: `${title} ${locale}`, lead: `Lead ${counter}`, bodyHtml: body, publishedAt };
  }
  const input: StoryInput = { category: options.category ?? "world", tags: options.tags ?? [], pinned: options.pinned ?? false, renditions };
  if (options.source) input.source = options.source;
  const created = await t.stories.create(input);
  return { storyId: created.storyId, ids: Object.fromEntries(created.articles.map((a) => [a.locale, a.id])) };
}
