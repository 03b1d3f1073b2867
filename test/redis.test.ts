/**
 * Two instances on one database and the machine's Redis: a change on A invalidates B's pages
 * within a second. And an instance whose Redis is unreachable keeps working on its own.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Xabar, assemble } from "../src/app/assemble.js";
import { testConfig } from "./app.js";
import { type TestDatabase, openTestDatabase } from "./database.js";
import { buildStory, seedTaxonomy } from "./factories.js";

const dir = mkdtempSync(join(tmpdir(), "xabar-redis-"));
const prefix = `xabar-test-${randomBytes(4).toString("hex")}`;
let database: TestDatabase;
const instances: Xabar[] = [];

async function instance(env: Record<string, string>): Promise<Xabar> {
  const config = testConfig(dir, env);
  const xabar = await assemble(config, database.handle, pino({ level: "silent" }), "test-secret");
  instances.push(xabar);
  return xabar;
}

beforeAll(async () => {
  database = await openTestDatabase(dir);
  await seedTaxonomy(database.handle.db);
});

afterAll(async () => {
  for (const x of instances) {
    await x.app.close();
    await x.stopServices();
  }
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("instances sharing Redis", () => {
  it("a story published on A shows on B's cached list within a second", async () => {
    const redis = { REDIS_URL: "redis://127.0.0.1:6379", REDIS_PREFIX: prefix };
    const a = await instance(redis);
    const b = await instance(redis);
    await buildStory(a, { locales: ["en"], title: "First story", category: "world" });
    await b.app.inject({ url: "/en/world/" });
    const cached = await b.app.inject({ url: "/en/world/" });
    expect(cached.headers["x-cache"]).toBe("HIT");
    expect(cached.body).not.toContain("Second story");

    await buildStory(a, { locales: ["en"], title: "Second story", category: "world" });
    await expect.poll(async () => (await b.app.inject({ url: "/en/world/" })).body, { timeout: 1_000, interval: 50 }).toContain("Second story en");
  });

  it("keeps serving and writing when its Redis is unreachable", async () => {
    const lonely = await instance({ REDIS_URL: "redis://127.0.0.1:1", REDIS_PREFIX: prefix });
    await buildStory(lonely, { locales: ["en"], title: "Written without Redis", category: "sport" });
    const page = await lonely.app.inject({ url: "/en/sport/" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Written without Redis en");
    const stats = await lonely.app.inject({ url: "/api/v1/articles/1/stats" });
    expect(stats.statusCode).toBe(200);
  });
});
