/**
 * Telegram channels, one per locale, through the newsroom API and the job runner against a local
 * Bot API (test/fake-telegram.ts) that records every call: what is posted on publish (with and
 * without a cover), edited, deleted or marked withdrawn, and how 429, 5xx, 400, 403, refused connections and timeouts are taken;
 * two runners on one database post once. On SQLite and PostgreSQL.
 */
import { type AddressInfo, createServer } from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { postgresInfo } from "../src/db/dialects/postgres.js";
import { sqliteInfo } from "../src/db/dialects/sqlite.js";
import type { UserRole } from "../src/db/schema.js";
import { TELEGRAM_JOB, telegramJobKey } from "../src/distribution/distribution.repository.js";
import { CAPTION_LIMIT, TEXT_LIMIT, TelegramClient } from "../src/distribution/telegram.js";
import { TelegramService } from "../src/distribution/telegram.service.js";
import { JobRunner } from "../src/jobs/jobs.js";
import { t } from "../src/lang/messages.js";
import { MediaService } from "../src/media/media.service.js";
import { DiskStorage } from "../src/media/storage.js";
import { type Client, caller, newsroom } from "./admin-client.js";
import { type TestApp, createTestApp } from "./app.js";
import { FAILURES, FAKE_TOKEN, FakeTelegram, type RecordedCall } from "./fake-telegram.js";

const ORIGIN = "http://news.example.uz";
const CHANNELS = { uz: "@xabar_uz", oz: "@xabar_oz", ru: "-1001234567890" };
let x: TestApp;
let fake: FakeTelegram;
let call: ReturnType<typeof caller>;
let clients: Record<UserRole, Client>;
let ids: Record<UserRole, number>;

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

interface Created {
  story: { id: number };
  articles: Array<{ id: number; locale: string; url: string }>;
}

async function story(renditions: object, cover?: number): Promise<Created> {
  const res = await call(clients.editor, "POST", "/api/admin/stories", { category: "world", renditions, ...(cover ? { cover } : {}) });
  expect(res.statusCode).toBe(201);
  return res.json<Created>();
}
const idOf = (created: Created, locale: string): number => created.articles.find((a) => a.locale === locale)?.id ?? 0;
const urlOf = (created: Created, locale: string): string => `${ORIGIN}${created.articles.find((a) => a.locale === locale)?.url ?? ""}`;
const move = async (id: number, to: string) =>
  expect((await call(clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to })).statusCode).toBe(200);
const version = async (id: number) => (await call(clients.editor, "GET", `/api/admin/articles/${id}`)).json<{ article: { version: number } }>().article.version;
async function patch(id: number, change: object): Promise<void> {
  const res = await call(clients.editor, "PATCH", `/api/admin/articles/${id}`, change, { "if-match": `"${await version(id)}"` });
  expect(res.statusCode).toBe(200);
}
const job = (articleId: number) => x.db.selectFrom("jobs").selectAll().where("key", "=", telegramJobKey(articleId)).executeTakeFirst();
const post = (articleId: number) => x.db.selectFrom("telegram_posts").selectAll().where("article_id", "=", articleId).executeTakeFirst();
/** Time passes: every queued job is due now. */
const due = () =>
  x.db
    .updateTable("jobs")
    .set({ run_at: new Date(0).toISOString() })
    .where("status", "=", "queued")
    .execute();

/** What Telegram shows of an HTML text: tags dropped, entities decoded. */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

const only = (method: string): RecordedCall => {
  const calls = fake.of(method);
  expect(calls).toHaveLength(1);
  const [first] = calls;
  if (!first) throw new Error(`no ${method}`);
  return first;
};

async function coverId(): Promise<number> {
  const media = new MediaService(x.db, { storage: new DiskStorage(x.config.mediaDir), maxPixels: 50_000_000, concurrency: 1 });
  const bytes = await sharp({ create: { width: 800, height: 450, channels: 3, background: "#2a6f97" } })
    .jpeg()
    .toBuffer();
  return (await media.upload({ bytes, originalName: "chorsu.jpg", uploadedBy: ids.editor })).id;
}

describe("publishing", () => {
  it("posts a story with a cover as sendPhoto, the caption in each rendition's language, cut at 1,024 characters", async () => {
    // 990 characters: with the title and the link, past the caption's 1,024.
    const lead = `Bozorda narxlar <pasaydi> & savdo jonlandi. ${"Sotuvchilar mamnun. ".repeat(48)}`.slice(0, 990);
    const created = await story(
      {
        uz: { title: "Chorsu bozori <yangilandi> & kengaydi", lead, body: "<p>Matn.</p>" },
        ru: { title: "Рынок Чорсу обновлён", lead: "Цены снизились.", body: "<p>Текст.</p>" },
        en: { title: "Chorsu bazaar renewed", lead: "Prices fell.", body: "<p>Text.</p>" },
      },
      await coverId(),
    );
    for (const locale of ["uz", "ru", "en"]) await move(idOf(created, locale), "published");
    expect(await x.jobs.tick()).toBeGreaterThanOrEqual(3);

    const photos = fake.of("sendPhoto");
    // uz, its derived oz and ru; en has no channel.
    expect(photos.map((c) => c.args.chat_id).sort()).toEqual([CHANNELS.ru, CHANNELS.oz, CHANNELS.uz].sort());
    expect(fake.calls.every((c) => c.method === "sendPhoto")).toBe(true);
    const uz = photos.find((c) => c.args.chat_id === CHANNELS.uz);
    expect(uz?.contentType).toMatch(/^multipart\/form-data/);
    expect(uz?.files.photo).toMatchObject({ type: "image/jpeg", name: "cover.jpg" });
    expect(uz?.files.photo?.size).toBeGreaterThan(1000);
    expect(uz?.args.parse_mode).toBe("HTML");
    const caption = String(uz?.args.caption);
    expect(caption.startsWith("<b>Chorsu bozori &lt;yangilandi&gt; &amp; kengaydi</b>\n\nBozorda narxlar &lt;pasaydi&gt; &amp; savdo")).toBe(true);
    expect(caption.endsWith(`…\n\n<a href="${urlOf(created, "uz")}">${t("uz", "readOnSite")}</a>`)).toBe(true);
    const shown = visible(caption);
    expect(shown.length).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(shown.length).toBeGreaterThan(CAPTION_LIMIT - 40);
    // No tag or entity cut in half: without our two tags and the four entities, no <, > or & is left.
    expect(caption.replace(/<\/?b>|<a href="[^"<>]*">|<\/a>/g, "").replace(/&(amp|lt|gt|quot);/g, "")).not.toMatch(/[&<>]/);

    const oz = photos.find((c) => c.args.chat_id === CHANNELS.oz);
    expect(String(oz?.args.caption)).toContain(t("oz", "readOnSite"));
    expect(String(oz?.args.caption)).toMatch(/<b>Чорсу бозори/);
    const ru = photos.find((c) => c.args.chat_id === CHANNELS.ru);
    expect(ru?.args.caption).toBe(`<b>Рынок Чорсу обновлён</b>\n\nЦены снизились.\n\n<a href="${urlOf(created, "ru")}">${t("ru", "readOnSite")}</a>`);

    const stored = await post(idOf(created, "ru"));
    expect([stored?.state, stored?.kind, stored?.chat, stored?.message_id]).toEqual(["posted", "photo", CHANNELS.ru, matching(/^\d+$/)]);
    expect(await post(idOf(created, "en"))).toBeUndefined();
    // Again: nothing more.
    fake.reset();
    await due();
    await x.jobs.tick();
    expect(fake.calls).toEqual([]);

    // A new cover replaces the photo of every rendition's post, the caption kept.
    await patch(idOf(created, "ru"), { cover: await coverId() });
    await x.jobs.tick();
    const replaced = fake.of("editMessageMedia");
    expect(replaced.map((c) => c.args.chat_id).sort()).toEqual([CHANNELS.ru, CHANNELS.oz, CHANNELS.uz].sort());
    expect(fake.calls.every((c) => c.method === "editMessageMedia")).toBe(true);
    const ruMedia = replaced.find((c) => c.args.chat_id === CHANNELS.ru);
    expect(ruMedia?.args.message_id).toBe(stored?.message_id);
    expect(JSON.parse(String(ruMedia?.args.media))).toEqual({ type: "photo", media: "attach://photo", caption: ru?.args.caption, parse_mode: "HTML" });
    expect(ruMedia?.files.photo).toMatchObject({ type: "image/jpeg" });
  });

  it("posts a story without a cover as sendMessage with a link preview, the whole lead (under 4,096 characters)", async () => {
    const lead = "Снег & ветер. ".repeat(70).trim();
    const created = await story({ ru: { title: "Снегопад в Ташкенте", lead, body: "<p>Текст.</p>" } });
    const id = idOf(created, "ru");
    await move(id, "published");
    await x.jobs.tick();
    const sent = only("sendMessage");
    expect(sent.contentType).toMatch(/^application\/json/);
    expect(sent.args).toMatchObject({
      chat_id: CHANNELS.ru,
      parse_mode: "HTML",
      link_preview_options: { url: urlOf(created, "ru"), prefer_large_media: true },
    });
    const shown = visible(String(sent.args.text));
    expect(shown.length).toBeLessThanOrEqual(TEXT_LIMIT);
    expect(shown).toBe(`Снегопад в Ташкенте\n\n${lead}\n\n${t("ru", "readOnSite")}`);
    expect(String(sent.args.text)).toContain("Снег &amp; ветер.");
  });
});

describe("the outbox", () => {
  it("posts a scheduled story when the publishing job makes it visible", async () => {
    const created = await story({ ru: { title: "По расписанию", lead: "", body: "<p>x</p>" } });
    const id = idOf(created, "ru");
    const at = new Date(Date.now() + 3_000).toISOString();
    expect((await call(clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to: "scheduled", at })).statusCode).toBe(200);
    await x.jobs.tick();
    expect(fake.calls).toEqual([]);
    expect(await job(id)).toBeUndefined();
    // Its time comes: the publishing job runs, and enqueues the post in its transaction.
    await new Promise((resolve) => setTimeout(resolve, Date.parse(at) - Date.now() + 50));
    await x.jobs.tick();
    expect((await job(id))?.status).toBe("queued");
    await x.jobs.tick();
    expect(only("sendMessage").args.chat_id).toBe(CHANNELS.ru);
  });

  it("enqueues in the publishing transaction: a publication without its job is never committed", async () => {
    const created = await story({ ru: { title: "Транзакция", lead: "", body: "<p>x</p>" } });
    const id = idOf(created, "ru");
    x.events.onWithin("article.published", (event) => (event.articleId === id ? Promise.reject(new Error("the outbox is away")) : Promise.resolve()));
    const res = await call(clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to: "published" });
    expect(res.statusCode).toBe(500);
    const article = await x.db.selectFrom("articles").select("status").where("id", "=", id).executeTakeFirstOrThrow();
    expect(article.status).toBe("draft");
    expect(await job(id)).toBeUndefined();
  });
});

describe("edits and withdrawals", () => {
  async function posted(): Promise<{ id: number; created: Created; messageId: number }> {
    const created = await story({ ru: { title: "Курс доллара", lead: "Сум укрепился.", body: "<p>Текст.</p>" } });
    const id = idOf(created, "ru");
    await move(id, "published");
    await x.jobs.tick();
    const messageId = Number((await post(id))?.message_id);
    fake.reset();
    return { id, created, messageId };
  }

  it("edits the post when its title or lead changes; 'not modified' is success; a body edit sends nothing", async () => {
    const { id, created, messageId } = await posted();
    await patch(id, { title: "Курс доллара снизился" });
    await x.jobs.tick();
    const edit = only("editMessageText");
    expect(edit.args).toEqual({
      chat_id: CHANNELS.ru,
      message_id: messageId,
      text: `<b>Курс доллара снизился</b>\n\nСум укрепился.\n\n<a href="${urlOf(created, "ru")}">${t("ru", "readOnSite")}</a>`,
      parse_mode: "HTML",
      link_preview_options: { url: urlOf(created, "ru"), prefer_large_media: true },
    });

    fake.reset();
    await patch(id, { body: "<p>Новый текст.</p>" });
    await x.jobs.tick();
    expect(fake.calls).toEqual([]);

    fake.failNext("editMessageText", FAILURES.notModified());
    await patch(id, { lead: "Сум заметно укрепился." });
    await x.jobs.tick();
    expect(fake.of("editMessageText")).toHaveLength(1);
    expect((await job(id))?.status).toBe("done");
    expect((await post(id))?.state).toBe("posted");
  });

  it("deletes the post on unpublishing, and posts afresh when published again", async () => {
    const { id, messageId } = await posted();
    await move(id, "unpublished");
    await x.jobs.tick();
    expect(only("deleteMessage").args).toEqual({ chat_id: CHANNELS.ru, message_id: messageId });
    expect(await post(id)).toMatchObject({ state: "deleted", message_id: null });
    fake.reset();
    await move(id, "published");
    await x.jobs.tick();
    expect(only("sendMessage").args.chat_id).toBe(CHANNELS.ru);
  });

  it("edits the post to say the story was withdrawn when Telegram refuses to delete it", async () => {
    const { id, messageId } = await posted();
    fake.failNext("deleteMessage", FAILURES.cannotDelete());
    await move(id, "unpublished");
    await x.jobs.tick();
    expect(fake.calls.map((c) => c.method)).toEqual(["deleteMessage", "editMessageText"]);
    expect(fake.of("editMessageText")[0]?.args).toEqual({
      chat_id: CHANNELS.ru,
      message_id: messageId,
      text: `<b>${t("ru", "goneTitle")}</b>\n\n${t("ru", "goneText")}`,
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    });
    expect((await post(id))?.state).toBe("withdrawn");
  });
});

/** Another instance on the same database: its own runner, Telegram service and gate (and its own Bot API address and timeout). */
function instance(client = { apiUrl: fake.apiUrl, timeoutMs: 5_000 }): JobRunner {
  const runner = new JobRunner(x.db, { dialect: process.env.XABAR_TEST_DB === "postgres" ? postgresInfo : sqliteInfo, pollMs: 600_000 });
  const telegram = new TelegramService(x.db, {
    client: new TelegramClient({ ...client, token: FAKE_TOKEN }),
    channels: CHANNELS,
    articleUrl: (a) => `${ORIGIN}/${a.locale}/${a.category}/${a.id}-${a.slug}`,
    cover: () => Promise.resolve(undefined),
    runnerId: runner.id,
  });
  runner.handle(TELEGRAM_JOB, (payload) => telegram.sync(payload));
  return runner;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("failures", () => {
  it("honours 429 retry_after: the job comes back after it, and is sent once", async () => {
    const created = await story({ ru: { title: "Флуд", lead: "", body: "<p>x</p>" } });
    const id = idOf(created, "ru");
    fake.failNext("sendMessage", FAILURES.flood(2));
    const before = Date.now();
    await move(id, "published");
    await x.jobs.tick();
    const waiting = await job(id);
    expect(waiting?.status).toBe("queued");
    expect(Date.parse(waiting?.run_at ?? "")).toBeGreaterThanOrEqual(before + 2_000);
    expect(waiting?.last_error).toMatch(/429 Too Many Requests/);
    await x.jobs.tick();
    expect(fake.of("sendMessage")).toHaveLength(1);
    // Even when the job is run early, the channel's gate holds the message until retry_after has passed.
    await due();
    await x.jobs.tick();
    const [refused, sent] = fake.of("sendMessage");
    expect(sent?.at).toBeGreaterThanOrEqual((refused?.at ?? 0) + 1_900);
    expect((await job(id))?.status).toBe("done");
    expect(fake.of("sendMessage")).toHaveLength(2);
  });

  it("retries 5xx and network errors with backoff", async () => {
    const created = await story({ ru: { title: "Сбой", lead: "", body: "<p>x</p>" } });
    const id = idOf(created, "ru");
    fake.failNext("sendMessage", FAILURES.serverError());
    await move(id, "published");
    await x.jobs.tick();
    expect(await job(id)).toMatchObject({ status: "queued", attempts: 1, last_error: matching(/502 Bad Gateway/) });
    expect(await post(id)).toMatchObject({ state: "failed", message_id: null });
    await due();
    await x.jobs.tick();
    expect(fake.of("sendMessage")).toHaveLength(2);
    expect(await job(id)).toMatchObject({ status: "done", attempts: 2 });
    expect((await post(id))?.state).toBe("posted");
  });

  it("records a 403 on the job and the post, shows it to editors, and does not retry it", async () => {
    const created = await story({ ru: { title: "Бот удалён", lead: "", body: "<p>x</p>" } });
    const id = idOf(created, "ru");
    fake.failNext("sendMessage", FAILURES.kicked());
    await move(id, "published");
    await x.jobs.tick();
    expect(await job(id)).toMatchObject({ status: "failed", attempts: 1, last_error: matching(/403 Forbidden: bot was kicked/) });
    await due();
    await x.jobs.tick();
    expect(fake.of("sendMessage")).toHaveLength(1);

    const res = await call(clients.editor, "GET", `/api/admin/distribution?article=${id}`);
    expect(res.statusCode).toBe(200);
    const view = res.json<{ posts: Array<{ state: string; error: string }>; failedJobs: Array<{ kind: string; error: string }> }>();
    expect(view.posts).toEqual([expect.objectContaining({ state: "failed", error: matching(/bot was kicked/) })]);
    expect(view.failedJobs).toEqual([expect.objectContaining({ kind: TELEGRAM_JOB, error: matching(/bot was kicked/) })]);
    expect((await call(clients.author, "GET", `/api/admin/distribution?article=${id}`)).statusCode).toBe(403);
    expect((await call(clients.editor, "GET", "/api/admin/distribution?article=07")).statusCode).toBe(400);
  });

  it("does not send again a post whose sender died between Telegram's answer and storing the message id", async () => {
    const created = await story({ ru: { title: "Сбой процесса", lead: "", body: "<p>x</p>" } });
    const id = idOf(created, "ru");
    await move(id, "published");
    // A sender held it and died: the mark lapsed, no message id.
    const past = new Date(Date.now() - 1_000).toISOString();
    await x.db
      .insertInto("telegram_posts")
      .values({ article_id: id, chat: CHANNELS.ru, state: "sending", sending_by: "runner-dead", sending_until: past, updated_at: past })
      .execute();
    await x.jobs.tick();
    expect(fake.calls).toEqual([]);
    expect(await job(id)).toMatchObject({ status: "failed", last_error: matching(/^uncertain/) });
    expect((await post(id))?.state).toBe("uncertain");
    // Withdrawn and published again, it is posted afresh.
    await move(id, "unpublished");
    await x.jobs.tick();
    await move(id, "published");
    await x.jobs.tick();
    expect(only("sendMessage").args.chat_id).toBe(CHANNELS.ru);
  });

  it("does not send a new post again when Telegram took it but its answer timed out", async () => {
    const created = await story({ ru: { title: "Медленный Telegram", lead: "", body: "<p>x</p>" } });
    const id = idOf(created, "ru");
    await move(id, "published");
    // Telegram receives the call and answers after the client has given up waiting.
    fake.delayMs = 600;
    await instance({ apiUrl: fake.apiUrl, timeoutMs: 150 }).tick();
    expect(await job(id)).toMatchObject({ status: "failed", last_error: matching(/^uncertain: Telegram sendMessage: no answer within 150 ms/) });
    expect(await post(id)).toMatchObject({ state: "uncertain", message_id: null });
    await expect.poll(() => fake.of("sendMessage").length).toBe(1);
    fake.delayMs = 0;
    await due();
    await x.jobs.tick();
    expect(fake.of("sendMessage")).toHaveLength(1);
    const view = (await call(clients.editor, "GET", `/api/admin/distribution?article=${id}`)).json<{ posts: Array<{ state: string; error: string }> }>();
    expect(view.posts).toEqual([expect.objectContaining({ state: "uncertain", error: matching(/may be in the channel/) })]);
  });

  it("retries a new post whose request never reached Telegram (connection refused), and edits after a timeout", async () => {
    const created = await story({ ru: { title: "Нет связи", lead: "", body: "<p>x</p>" } });
    const id = idOf(created, "ru");
    await move(id, "published");
    await instance({ apiUrl: `http://127.0.0.1:${await closedPort()}`, timeoutMs: 2_000 }).tick();
    expect(await job(id)).toMatchObject({ status: "queued", attempts: 1, last_error: matching(/ECONNREFUSED/) });
    expect(await post(id)).toMatchObject({ state: "failed", message_id: null });
    expect(fake.calls).toEqual([]);
    await due();
    await x.jobs.tick();
    expect(only("sendMessage").args.chat_id).toBe(CHANNELS.ru);
    expect((await post(id))?.state).toBe("posted");
    // An edit that timed out is sent again: editing twice changes nothing.
    await patch(id, { title: "Нет связи: исправлено" });
    fake.delayMs = 600;
    await instance({ apiUrl: fake.apiUrl, timeoutMs: 150 }).tick();
    expect(await job(id)).toMatchObject({ status: "queued", last_error: matching(/no answer within 150 ms/) });
    fake.delayMs = 0;
    await due();
    await x.jobs.tick();
    expect(fake.of("editMessageText")).toHaveLength(2);
    expect(await post(id)).toMatchObject({ state: "posted" });
  });
});

describe("two instances", () => {
  it("posts once when two runners compete, and when an edit re-queues the job while the first is still sending", async () => {
    const [a, b] = [instance(), instance()];
    const first = await story({ ru: { title: "Два процесса", lead: "", body: "<p>x</p>" } });
    await move(idOf(first, "ru"), "published");
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(only("sendMessage").args.chat_id).toBe(CHANNELS.ru);

    fake.reset();
    const second = await story({ ru: { title: "Медленный ответ", lead: "", body: "<p>x</p>" } });
    const id = idOf(second, "ru");
    await move(id, "published");
    fake.delayMs = 400;
    const sending = a.tick();
    await expect.poll(() => fake.of("sendMessage").length).toBe(1);
    // Edited while A waits for Telegram: the job is queued again and B takes it.
    await patch(id, { title: "Медленный ответ: обновлено" });
    await b.tick();
    await sending;
    fake.delayMs = 0;
    await due();
    await b.tick();
    expect(fake.calls.map((c) => c.method)).toEqual(["sendMessage", "editMessageText"]);
    expect(String(fake.of("editMessageText")[0]?.args.text)).toContain("Медленный ответ: обновлено");
    expect(fake.of("editMessageText")[0]?.args.message_id).toBe(Number((await post(id))?.message_id));
  });
});
