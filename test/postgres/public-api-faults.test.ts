/**
 * The public content API when the database cannot be reached (PostgreSQL through a TCP proxy we
 * cut): an answer it made before is still sent (stale-if-error), anything else is 503
 * XABAR_UNAVAILABLE with Retry-After, never a 500; all recovers once the database is back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp } from "../app.js";
import { TEST_POSTGRES_URL } from "../database.js";
import { buildStory } from "../factories.js";
import { TcpProxy } from "../tcp-proxy.js";

const target = new URL(TEST_POSTGRES_URL);
const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
let x: TestApp;
let id = 0;
/** The page cache's clock, moved by hand: the TTL passes without waiting for it. */
let clock = Date.now();

beforeAll(async () => {
  const port = await proxy.start();
  const viaProxy = new URL(TEST_POSTGRES_URL);
  viaProxy.port = String(port);
  x = await createTestApp({ PAGE_CACHE_TTL_SECONDS: "1" }, { postgresUrl: viaProxy.toString(), now: () => clock });
  id = (await buildStory(x, { locales: ["en"], title: "Reachable" })).ids.en ?? 0;
  await x.settled();
});

afterAll(async () => {
  await proxy.restore();
  await x.close();
  await proxy.cut();
});

describe("the public API without its database", () => {
  it("sends what it answered before, 503 for the rest, and recovers", async () => {
    const url = `/api/v1/articles/${id}`;
    const first = await x.app.inject({ url });
    expect(first.statusCode).toBe(200);
    await proxy.cut();
    clock += 1_100;
    const stale = await x.app.inject({ url });
    expect([stale.statusCode, stale.headers["x-cache"], stale.headers.etag]).toEqual([200, "STALE", first.headers.etag]);
    const uncached = await x.app.inject({ url: "/api/v1/articles?locale=en" });
    expect([uncached.statusCode, uncached.json<{ error: { code: string } }>().error.code, uncached.headers["retry-after"]]).toEqual([
      503,
      "XABAR_UNAVAILABLE",
      "5",
    ]);
    await proxy.restore();
    await expect.poll(async () => (await x.app.inject({ url: "/api/v1/articles?locale=en" })).statusCode, { timeout: 10_000 }).toBe(200);
  });
});
