import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PUBLISH_JOB } from "../content/story.service.js";
import { WorkflowService } from "../content/workflow.service.js";
import { createTestDb, type TestDb } from "../../test/factories.js";
import { JobRunner, backoffMs, enqueueJob } from "./jobs.js";

let t: TestDb;
let clock: Date;
beforeEach(async () => {
  clock = new Date("2026-11-25T10:00:00Z");
  t = await createTestDb(() => clock);
});
afterEach(async () => {
  await t.close();
});

const runner = (options: { maxAttempts?: number } = {}) => new JobRunner(t.db, { dialect: t.dialect, pollMs: 50, now: () => clock, ...options });
const jobRows = () => t.db.selectFrom("jobs").selectAll().orderBy("id").execute();

describe("scheduled publishing", () => {
  it("publishes a scheduled article when its time comes, once", async () => {
    const later = new Date(clock.getTime() + 3_600_000);
    const created = await t.stories.create({
      category: "world",
      renditions: { en: { title: "Later", bodyHtml: "<p>x</p>", status: "scheduled", publishedAt: later.toISOString() } },
    });
    const id = created.articles[0]?.id ?? 0;
    const jobs = runner();
    const workflow = new WorkflowService(t.db, t.events, () => clock);
    jobs.handle(PUBLISH_JOB, async (payload) => {
      await workflow.publishScheduled(payload);
    });
    expect(await jobs.tick()).toBe(0);
    expect((await t.db.selectFrom("articles").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status).toBe("scheduled");
    clock = new Date(later.getTime() + 1000);
    expect(await jobs.tick()).toBe(1);
    expect((await t.db.selectFrom("articles").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status).toBe("published");
    expect((await jobRows()).map((j) => [j.kind, j.status, j.key])).toEqual([[PUBLISH_JOB, "done", `publish:article:${id}`]]);
    expect(await jobs.tick()).toBe(0);
    expect(await workflow.publishScheduled({ articleId: id })).toBe(false);
  });

  it("refuses a scheduled article without a time, writing nothing", async () => {
    await expect(t.stories.create({ category: "world", renditions: { en: { title: "x", bodyHtml: "", status: "scheduled" } } })).rejects.toThrow(
      /needs a time/,
    );
    expect(await jobRows()).toEqual([]);
  });
});

describe("JobRunner", () => {
  it("retries a failing job with backoff, then gives up", async () => {
    await enqueueJob(t.db, { kind: "flaky", payload: {}, runAt: clock }, clock);
    const jobs = runner({ maxAttempts: 2 });
    let calls = 0;
    jobs.handle("flaky", () => {
      calls++;
      return Promise.reject(new Error("telegram is down"));
    });
    expect(await jobs.tick()).toBe(1);
    let [job] = await jobRows();
    expect([job?.status, job?.attempts, job?.last_error]).toEqual(["queued", 1, "telegram is down"]);
    expect(job?.run_at).toBe(new Date(clock.getTime() + backoffMs(1)).toISOString());
    expect(await jobs.tick()).toBe(0);
    clock = new Date(clock.getTime() + backoffMs(1));
    expect(await jobs.tick()).toBe(1);
    [job] = await jobRows();
    expect([job?.status, job?.attempts, calls]).toEqual(["failed", 2, 2]);
  });

  it("takes over a job whose runner died holding it", async () => {
    await enqueueJob(t.db, { kind: "work", payload: { n: 1 }, runAt: clock }, clock);
    const dead = runner();
    dead.handle("work", () => new Promise<void>(() => undefined)); // never finishes: the process "dies"
    void dead.tick();
    await expect.poll(async () => (await jobRows())[0]?.status).toBe("running");
    const alive = runner();
    const seen: unknown[] = [];
    alive.handle("work", (payload) => {
      seen.push(payload);
      return Promise.resolve();
    });
    expect(await alive.tick()).toBe(0);
    clock = new Date(clock.getTime() + 61_000);
    expect(await alive.tick()).toBe(1);
    expect(seen).toEqual([{ n: 1 }]);
    expect((await jobRows())[0]?.status).toBe("done");
  });

  it("keeps a reschedule that arrives while the job runs", async () => {
    await enqueueJob(t.db, { kind: "slow", payload: {}, runAt: clock, key: "k" }, clock);
    const jobs = runner();
    const later = new Date(clock.getTime() + 3_600_000);
    jobs.handle("slow", async () => {
      await enqueueJob(t.db, { kind: "slow", payload: { again: true }, runAt: later, key: "k" }, clock);
    });
    expect(await jobs.tick()).toBe(1);
    const [job] = await jobRows();
    expect([job?.status, job?.run_at, job?.payload]).toEqual(["queued", later.toISOString(), '{"again":true}']);
  });

  it("runs each job once when several runners compete", async () => {
    for (let i = 0; i < 40; i++) await enqueueJob(t.db, { kind: "count", payload: { i }, runAt: clock }, clock);
    const ran: number[] = [];
    const runners = [runner(), runner(), runner()];
    for (const r of runners) {
      r.handle("count", async (payload) => {
        ran.push((payload as { i: number }).i);
        await new Promise((resolve) => setTimeout(resolve, 1));
      });
    }
    for (let round = 0; round < 10; round++) await Promise.all(runners.map((r) => r.tick()));
    expect(ran.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect((await jobRows()).every((j) => j.status === "done")).toBe(true);
  });
});
