/**
 * IndexNow end to end: the key file, a publication's job, the protocol's request as a local
 * endpoint receives it, retries when it fails, and nothing at all when no key is set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleEvent } from "../src/events.js";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";
import { FakeIndexNow } from "./fake-indexnow.js";

const SITE = "https://xabar.example";
const KEY = "b7a1d2c3e4f5a6b7c8d9e0f1";

let fake: FakeIndexNow;
let x: TestApp;
let off: TestApp;

beforeAll(async () => {
  fake = new FakeIndexNow();
  await fake.start();
  x = await createTestApp({ SITE_URL: SITE, INDEXNOW_KEY: KEY, INDEXNOW_URL: fake.url, JOB_POLL_MS: "600000" });
  off = await createTestApp({ SITE_URL: SITE });
});

afterAll(async () => {
  await x.close();
  await off.close();
  await fake.stop();
});

/** The pending IndexNow jobs, made due now (the job waits a few seconds so that a burst of edits is one ping). */
async function makeDue(app: TestApp): Promise<Array<{ key: string | null; attempts: number; status: string }>> {
  await app.db
    .updateTable("jobs")
    .set({ run_at: new Date(Date.now() - 1_000).toISOString() })
    .where("kind", "=", "indexnow.submit")
    .where("status", "=", "queued")
    .execute();
  return app.db.selectFrom("jobs").select(["key", "attempts", "status"]).where("kind", "=", "indexnow.submit").execute();
}

/** As the newsroom announces a change: inside the transaction that makes it. */
const announce = (app: TestApp, name: "article.published" | "article.updated" | "article.unpublished", event: ArticleEvent) =>
  app.db.transaction().execute((trx) => app.events.emitWithin(trx, name, event));

describe("IndexNow", () => {
  it("serves the key file at /{key}.txt", async () => {
    const response = await x.app.inject({ url: `/${KEY}.txt` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(response.body).toBe(KEY);
    expect((await x.app.inject({ url: "/someotherkey123.txt" })).statusCode).toBe(404);
  });

  it("submits a published article's canonical URL with host, key and key location", async () => {
    const story = await buildStory(x, { locales: ["en"], category: "sport", title: "Match report" });
    const id = story.ids.en ?? 0;
    await announce(x, "article.published", { articleId: id, storyId: story.storyId, locale: "en" });
    // Published again before the ping went: still one job.
    await announce(x, "article.updated", { articleId: id, storyId: story.storyId, locale: "en" });
    expect((await makeDue(x)).filter((job) => job.status === "queued")).toEqual([{ key: `indexnow:article:${id}`, attempts: 0, status: "queued" }]);
    const before = fake.requests.length;
    await x.jobs.tick();
    const sent = fake.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe("POST");
    expect(sent[0]?.contentType).toMatch(/^application\/json/);
    expect(sent[0]?.body).toEqual({ host: "xabar.example", key: KEY, keyLocation: `${SITE}/${KEY}.txt`, urlList: [`${SITE}/en/sport/${id}-match-report-en`] });
    // The URL is the article's canonical page.
    expect((await x.app.inject({ url: `/en/sport/${id}-match-report-en` })).statusCode).toBe(200);
    const jobs = await x.db.selectFrom("jobs").select(["status"]).where("key", "=", `indexnow:article:${id}`).execute();
    expect(jobs).toEqual([{ status: "done" }]);
  });

  it("retries with backoff when the endpoint fails, and pings an unpublished article's URL too", async () => {
    const story = await buildStory(x, { locales: ["uz"], category: "world", title: "Olib tashlangan xabar" });
    const id = story.ids.uz ?? 0;
    fake.failWith = { status: 429, times: 1 };
    await announce(x, "article.unpublished", { articleId: id, storyId: story.storyId, locale: "uz" });
    await makeDue(x);
    await x.jobs.tick();
    const failed = await x.db
      .selectFrom("jobs")
      .select(["status", "attempts", "last_error", "run_at"])
      .where("key", "=", `indexnow:article:${id}`)
      .executeTakeFirstOrThrow();
    expect(failed.status).toBe("queued");
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toContain("429");
    expect(failed.run_at > new Date().toISOString()).toBe(true);
    await makeDue(x);
    const before = fake.requests.length;
    await x.jobs.tick();
    expect(fake.requests.slice(before).map((r) => (r.body as { urlList: string[] }).urlList)).toEqual([[`${SITE}/uz/world/${id}-olib-tashlangan-xabar-uz`]]);
    expect((await x.db.selectFrom("jobs").select("status").where("key", "=", `indexnow:article:${id}`).executeTakeFirstOrThrow()).status).toBe("done");
  });

  it("is off without INDEXNOW_KEY: no key file, no job", async () => {
    expect((await off.app.inject({ url: `/${KEY}.txt` })).statusCode).toBe(404);
    const story = await buildStory(off, { locales: ["en"] });
    await announce(off, "article.published", { articleId: story.ids.en ?? 0, storyId: story.storyId, locale: "en" });
    expect(await off.db.selectFrom("jobs").select("id").where("kind", "=", "indexnow.submit").execute()).toEqual([]);
  });
});
