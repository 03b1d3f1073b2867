/**
 * `xabar import wordpress` of scheduled posts (issue 12, "Import"), SQLite and PostgreSQL: a post
 * scheduled for later stays scheduled with its publishing job, one whose time passed unpublished
 * comes in as a draft, reported.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLISH_JOB } from "../src/content/story.repository.js";
import { WorkflowService } from "../src/content/workflow.service.js";
import { type TestApp, createTestApp } from "./app.js";
import { FIXTURES, type Run, wordpress } from "./import-run.js";

describe("xabar import wordpress (scheduled posts)", () => {
  let x: TestApp;
  let run: Run;
  beforeAll(async () => {
    x = await createTestApp();
    run = await wordpress(x, `${FIXTURES}/scheduled.xml`);
  });
  afterAll(async () => {
    await x.close();
  });

  it("keeps a scheduled post scheduled for its time, its uz-Cyrl rendition with it; one whose time passed comes in as a draft", async () => {
    const rows = await x.db.selectFrom("articles").select(["id", "locale", "slug", "status", "published_at"]).orderBy("id").execute();
    expect(rows.map((r) => [r.locale, r.slug, r.status, r.published_at])).toEqual([
      ["uz", "navroz-dasturi", "scheduled", "2099-03-21T04:00:00.000Z"],
      ["oz", "navroz-dasturi", "scheduled", "2099-03-21T04:00:00.000Z"],
      ["uz", "kechikkan-elon", "draft", null],
      ["oz", "kechikkan-elon", "draft", null],
    ]);
    expect(Object.fromEntries(run.report.notes)).toEqual({ "scheduled post whose time has passed (missed schedule): imported as a draft": 1 });
    const jobs = await x.db.selectFrom("jobs").select(["key", "run_at", "status"]).where("kind", "=", PUBLISH_JOB).orderBy("key").execute();
    const due = Date.parse("2099-03-21T04:00:00Z");
    expect(jobs.map((j) => [j.key, Date.parse(j.run_at), j.status])).toEqual(rows.slice(0, 2).map((r) => [`publish:article:${r.id}`, due, "queued"]));
    // Not on the site until then.
    expect((await x.app.inject({ url: "/uz/latest" })).body).not.toContain("Navroʻz bayrami");
  });

  it("publishes it when its time comes, as the newsroom's scheduling does; a second run changes nothing", async () => {
    const [uz] = await x.db.selectFrom("articles").select("id").where("slug", "=", "navroz-dasturi").where("locale", "=", "uz").execute();
    const workflow = new WorkflowService(x.db, x.events, () => new Date("2099-03-21T04:00:01Z"));
    expect(await workflow.publishScheduled({ articleId: uz?.id ?? 0 })).toBe(true);
    expect(
      (
        await x.db
          .selectFrom("articles")
          .select("status")
          .where("id", "=", uz?.id ?? 0)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("published");
    const again = await wordpress(x, `${FIXTURES}/scheduled.xml`);
    expect([again.report.imported, again.report.unchanged]).toEqual([0, 2]);
  });
});
