/**
 * Test factories: a real SQLite database in a temporary directory, migrated, with a few
 * categories and tags, `buildStory` for stories in any locales and `buildUser` for newsroom
 * accounts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db, DialectInfo } from "../src/db/database.js";
import { StoryService, type StoryInput } from "../src/content/story.service.js";
import { TaxonomyRepository } from "../src/content/taxonomy.repository.js";
import { Events } from "../src/events.js";
import type { Locale } from "../src/lang/locales.js";
import type { UserRole } from "../src/db/schema.js";
import { AccountService, type AccountServiceOptions, type PublicUser } from "../src/newsroom/accounts.service.js";
import type { PasswordCost } from "../src/newsroom/passwords.js";
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

/** argon2id at the smallest cost it takes: tests hash many passwords and test no strength. */
export const TEST_PASSWORD_COST: PasswordCost = { memoryCost: 64, timeCost: 1, parallelism: 1 };

/** An AccountService with cheap hashing (and whatever else a test injects: the clock, chance). */
export function testAccounts(db: Db, options: AccountServiceOptions = {}): AccountService {
  return new AccountService(db, { passwordCost: TEST_PASSWORD_COST, ...options });
}

/** A password that passes the rules, for users built in tests. */
export const TEST_PASSWORD = "Samarqand-ko'k-gumbaz-1404";

let userCounter = 0;

/** A user who can sign in with TEST_PASSWORD (or `password`), an author by default. */
export async function buildUser(
  accounts: AccountService,
  options: { email?: string; name?: string; role?: UserRole; locales?: Locale[]; password?: string } = {},
): Promise<PublicUser> {
  userCounter++;
  const created = await accounts.createUser({
    email: options.email ?? `user${userCounter}@example.uz`,
    name: options.name ?? `User ${userCounter}`,
    role: options.role ?? "author",
    locales: options.locales ?? [],
    password: options.password ?? TEST_PASSWORD,
  });
  return created.user;
}
