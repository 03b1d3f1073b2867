/**
 * What the Telegram tests share: a test app with the channels pointed at a local Bot API
 * (test/fake-telegram.ts) that records every call, the newsroom's clients, and helpers to write,
 * publish and inspect stories, posts and jobs; another instance on the same database.
 */
import { type AddressInfo, createServer } from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { postgresInfo } from "../src/db/dialects/postgres.js";
import { sqliteInfo } from "../src/db/dialects/sqlite.js";
import type { UserRole } from "../src/db/schema.js";
import { TELEGRAM_JOB, telegramJobKey } from "../src/distribution/distribution.repository.js";
import { TelegramClient } from "../src/distribution/telegram.js";
import { TelegramService } from "../src/distribution/telegram.service.js";
import { JobRunner } from "../src/jobs/jobs.js";
import { MediaService } from "../src/media/media.service.js";
import { DiskStorage } from "../src/media/storage.js";
import { type Client, caller, newsroom } from "./admin-client.js";
import { type TestApp, createTestApp } from "./app.js";
import { FAKE_TOKEN, FakeTelegram, type RecordedCall } from "./fake-telegram.js";

export const ORIGIN = "http://news.example.uz";
export const CHANNELS = { uz: "@xabar_uz", oz: "@xabar_oz", ru: "-1001234567890" };
export let x: TestApp;
export let fake: FakeTelegram;
export let call: ReturnType<typeof caller>;
export let clients: Record<UserRole, Client>;
export let ids: Record<UserRole, number>;

/** The app (its runner not polling: the tests tick it), the fake Bot API and the newsroom, for the tests of one file. */
export function useTelegramApp(): void {
  beforeAll(async () => {
    fake = new FakeTelegram();
    await fake.start();
    x = await createTestApp({
      SITE_URL: ORIGIN,
      // The runner of the app does not poll during the tests: they tick it.
      JOB_POLL_MS: "600000",
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_URL: fake.apiUrl,
      TELEGRAM_CHANNELS: JSON.stringify(CHANNELS),
      TELEGRAM_CHANNEL_INTERVAL_MS: "0",
    });
    call = caller(x.app, ORIGIN);
    ({ clients, ids } = await newsroom(x.app, x.db));
  });

  afterAll(async () => {
    await x.close();
    await fake.stop();
  });

  beforeEach(() => fake.reset());
}

export interface Created {
  story: { id: number };
  articles: Array<{ id: number; locale: string; url: string }>;
}

export async function story(renditions: object, cover?: number): Promise<Created> {
  const res = await call(clients.editor, "POST", "/api/admin/stories", { category: "world", renditions, ...(cover ? { cover } : {}) });
  expect(res.statusCode).toBe(201);
  return res.json<Created>();
}
export const idOf = (created: Created, locale: string): number => created.articles.find((a) => a.locale === locale)?.id ?? 0;
export const urlOf = (created: Created, locale: string): string => `${ORIGIN}${created.articles.find((a) => a.locale === locale)?.url ?? ""}`;
export const move = async (id: number, to: string) =>
  expect((await call(clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to })).statusCode).toBe(200);
export const version = async (id: number) =>
  (await call(clients.editor, "GET", `/api/admin/articles/${id}`)).json<{ article: { version: number } }>().article.version;
export async function patch(id: number, change: object): Promise<void> {
  const res = await call(clients.editor, "PATCH", `/api/admin/articles/${id}`, change, { "if-match": `"${await version(id)}"` });
  expect(res.statusCode).toBe(200);
}
export const job = (articleId: number) => x.db.selectFrom("jobs").selectAll().where("key", "=", telegramJobKey(articleId)).executeTakeFirst();
export const post = (articleId: number) => x.db.selectFrom("telegram_posts").selectAll().where("article_id", "=", articleId).executeTakeFirst();
/** Time passes: every queued job is due now. */
export const due = () =>
  x.db
    .updateTable("jobs")
    .set({ run_at: new Date(0).toISOString() })
    .where("status", "=", "queued")
    .execute();

export const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

export const only = (method: string): RecordedCall => {
  const calls = fake.of(method);
  expect(calls).toHaveLength(1);
  const [first] = calls;
  if (!first) throw new Error(`no ${method}`);
  return first;
};

export async function coverId(): Promise<number> {
  const media = new MediaService(x.db, { storage: new DiskStorage(x.config.mediaDir), maxPixels: 50_000_000, concurrency: 1 });
  const bytes = await sharp({ create: { width: 800, height: 450, channels: 3, background: "#2a6f97" } })
    .jpeg()
    .toBuffer();
  return (await media.upload({ bytes, originalName: "chorsu.jpg", uploadedBy: ids.editor })).id;
}

/** Another instance on the same database: its own runner, Telegram service and gate (and its own Bot API address and timeout, and channel interval). */
export function instance(client = { apiUrl: fake.apiUrl, timeoutMs: 5_000 }, channelIntervalMs = 0): JobRunner {
  const runner = new JobRunner(x.db, { dialect: process.env.XABAR_TEST_DB === "postgres" ? postgresInfo : sqliteInfo, pollMs: 600_000 });
  const telegram = new TelegramService(x.db, {
    client: new TelegramClient({ ...client, token: FAKE_TOKEN }),
    channels: CHANNELS,
    articleUrl: (a) => `${ORIGIN}/${a.locale}/${a.category}/${a.id}-${a.slug}`,
    cover: () => Promise.resolve(undefined),
    runnerId: runner.id,
    channelIntervalMs,
  });
  runner.handle(TELEGRAM_JOB, (payload) => telegram.sync(payload));
  return runner;
}

/** A port nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
