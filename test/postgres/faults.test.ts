/**
 * When the database cannot be reached: cached pages still answer 200 (stale if need be),
 * uncached pages a localised 503 with Retry-After, /readyz says so; all recovers without a
 * restart once the database is back. Runs on PostgreSQL through a TCP proxy we can cut.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp } from "../app.js";
import { TEST_POSTGRES_URL } from "../database.js";
import { buildStory } from "../factories.js";
import { TcpProxy } from "../tcp-proxy.js";

const target = new URL(TEST_POSTGRES_URL);
const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
let x: TestApp;
let articleUrl = "";
/** The page cache's clock, moved by hand: the TTL passes without waiting for it. */
let clock = Date.now();

beforeAll(async () => {
  const port = await proxy.start();
  const viaProxy = new URL(TEST_POSTGRES_URL);
  viaProxy.port = String(port);
  x = await createTestApp({ PAGE_CACHE_TTL_SECONDS: "1" }, { postgresUrl: viaProxy.toString(), now: () => clock });
  const story = await buildStory(x, { locales: ["en", "ru"], title: "Fault tolerance" });
  const row = await x.db
    .selectFrom("articles")
    .select(["id", "slug"])
    .where("id", "=", story.ids.en ?? 0)
    .executeTakeFirstOrThrow();
  articleUrl = `/en/world/${row.id}-${row.slug}`;
  // Similar news follows a publication in the background and drops the pages it changes: let it finish.
  await x.settled();
});

afterAll(async () => {
  await proxy.restore();
  await x.close();
  await proxy.cut();
});

describe("database unreachable", () => {
  it("keeps serving cached pages, answers 503 for the rest, and recovers", async () => {
    expect((await x.app.inject({ url: articleUrl })).statusCode).toBe(200);
    expect((await x.app.inject({ url: "/ru/" })).statusCode).toBe(200);
    await proxy.cut();

    const fresh = await x.app.inject({ url: articleUrl });
    expect([fresh.statusCode, fresh.headers["x-cache"]]).toEqual([200, "HIT"]);
    // Past the TTL the cache would render again; it cannot, so the stale copy answers.
    clock += 1_100;
    const stale = await x.app.inject({ url: articleUrl });
    expect([stale.statusCode, stale.headers["x-cache"]]).toEqual([200, "STALE"]);

    const uncached = await x.app.inject({ url: "/ru/world/" });
    expect(uncached.statusCode).toBe(503);
    expect(uncached.headers["retry-after"]).toBeDefined();
    expect(uncached.body).toContain("Временно недоступно");
    expect(uncached.body).not.toMatch(/Error|at \//);
    const api = await x.app.inject({ url: "/api/v1/articles/1/stats" });
    expect(api.statusCode).toBe(500);
    expect(api.json<{ error: { code: string } }>().error.code).toBe("XABAR_INTERNAL");
    const ready = await x.app.inject({ url: "/readyz" });
    expect([ready.statusCode, ready.json<{ status: string }>().status]).toEqual([503, "unavailable"]);

    await proxy.restore();
    await expect.poll(async () => (await x.app.inject({ url: "/readyz" })).statusCode, { timeout: 10_000 }).toBe(200);
    expect((await x.app.inject({ url: "/ru/world/" })).statusCode).toBe(200);
    const renewed = await x.app.inject({ url: articleUrl });
    expect([renewed.statusCode, renewed.headers["x-cache"]]).toEqual([200, "MISS"]);
  });
});
