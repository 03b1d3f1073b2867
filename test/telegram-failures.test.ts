/**
 * Telegram failures and instances: 429 retry_after, 5xx and network errors, permanent refusals,
 * timeouts after Telegram may have taken a post; two runners on one database post once and keep a
 * channel's messages an interval apart. On SQLite and PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import { TELEGRAM_JOB } from "../src/distribution/distribution.repository.js";
import { FAILURES } from "./fake-telegram.js";
import {
  CHANNELS,
  x,
  fake,
  call,
  clients,
  story,
  idOf,
  move,
  patch,
  job,
  post,
  due,
  matching,
  only,
  instance,
  closedPort,
  useTelegramApp,
} from "./telegram-fixture.js";

useTelegramApp();

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

  it("keeps one channel's messages an interval apart across instances, and a 429 shuts it for both", async () => {
    const [a, b] = [instance(undefined, 1_000), instance(undefined, 1_000)];
    const publish = async (title: string) => move(idOf(await story({ ru: { title, lead: "", body: "<p>x</p>" } }), "ru"), "published");
    await publish("Первая из двух");
    await a.tick();
    await publish("Вторая из двух");
    // B's own gate has sent nothing; the channel's slot in the database says A sent a moment ago.
    await b.tick();
    const [first, second] = fake.of("sendMessage");
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);

    fake.reset();
    fake.failNext("sendMessage", FAILURES.flood(2));
    await publish("Флуд у первого");
    await a.tick();
    await publish("После флуда");
    await b.tick();
    const [refused, sent] = fake.of("sendMessage");
    expect(String(sent?.args.text)).toContain("После флуда");
    expect((sent?.at ?? 0) - (refused?.at ?? 0)).toBeGreaterThanOrEqual(1_900);
  });
});
