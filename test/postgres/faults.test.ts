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

/** Until `url` is in the cache: similar news, recomputed in the background after a publication, drops pages once more. */
async function cached(app: TestApp, url: string): Promise<void> {
  await expect.poll(async () => (await app.app.inject({ url })).headers["x-cache"], { timeout: 10_000 }).toBe("HIT");
}

afterAll(async () => {
  await proxy.restore();
  await x.close();
  await proxy.cut();
});

describe("database unreachable", () => {
  it("keeps serving cached pages, answers 503 for the rest, and recovers", async () => {
    await cached(x, articleUrl);
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
    expect([api.statusCode, api.json<{ error: { code: string } }>().error.code]).toEqual([503, "XABAR_UNAVAILABLE"]);
    expect(api.headers["retry-after"]).toBe("5");
    const ready = await x.app.inject({ url: "/readyz" });
    expect([ready.statusCode, ready.json<{ status: string }>().status]).toEqual([503, "unavailable"]);

    await proxy.restore();
    await expect.poll(async () => (await x.app.inject({ url: "/readyz" })).statusCode, { timeout: 10_000 }).toBe(200);
    expect((await x.app.inject({ url: "/ru/world/" })).statusCode).toBe(200);
    const renewed = await x.app.inject({ url: articleUrl });
    expect([renewed.statusCode, renewed.headers["x-cache"]]).toEqual([200, "MISS"]);
  });
});

describe("network partition", () => {
  const partitioned = new TcpProxy(target.hostname, Number(target.port || 5432));
  let y: TestApp;
  let now = Date.now();
  let url = "";

  beforeAll(async () => {
    const viaProxy = new URL(TEST_POSTGRES_URL);
    viaProxy.port = String(await partitioned.start());
    const timeouts = { DATABASE_CONNECT_TIMEOUT_MS: "800", DATABASE_STATEMENT_TIMEOUT_MS: "800", DATABASE_ACQUIRE_TIMEOUT_MS: "800" };
    y = await createTestApp({ PAGE_CACHE_TTL_SECONDS: "1", ...timeouts }, { postgresUrl: viaProxy.toString(), now: () => now });
    const story = await buildStory(y, { locales: ["en", "ru"], title: "Partition" });
    url = `/en/world/${story.ids.en}-partition-en`;
  });

  afterAll(async () => {
    partitioned.heal();
    await y.close();
    await partitioned.cut();
  });

  /** A request, and how long it took. */
  async function timed(path: string) {
    const started = Date.now();
    const response = await y.app.inject({ url: path });
    return { response, ms: Date.now() - started };
  }

  it("survives the sockets resetting under queries in flight", async () => {
    await cached(y, url);
    partitioned.partition();
    const inFlight = Promise.all([timed("/ru/world/"), timed("/ru/"), timed("/readyz")]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The partition ends with every stuck socket reset while the queries wait on them: pg's
    // clients emit 'error' then (an unhandled one would end this process, and vitest report it).
    partitioned.heal();
    for (const { response, ms } of await inFlight) {
      expect(response.statusCode).toBe(503);
      expect(ms).toBeLessThan(1_000);
    }
    await expect.poll(async () => (await y.app.inject({ url: "/readyz" })).statusCode, { timeout: 10_000 }).toBe(200);
    expect((await y.app.inject({ url: "/ru/world/" })).statusCode).toBe(200);
  });

  it("answers within seconds while packets are dropped, and recovers after", async () => {
    await cached(y, url);
    partitioned.partition();
    now += 1_100; // the cached article is stale now

    // In flight on connections that will never answer: the statement's read timeout ends them.
    const first = await Promise.all([timed("/oz/"), timed("/readyz"), timed("/api/v1/articles/1/stats"), timed(url)]);
    const [page, ready, api, stale] = first;
    expect([page?.response.statusCode, ready?.response.statusCode, api?.response.statusCode]).toEqual([503, 503, 503]);
    expect(api?.response.json<{ error: { code: string } }>().error.code).toBe("XABAR_UNAVAILABLE");
    expect([stale?.response.statusCode, stale?.response.headers["x-cache"]]).toEqual([200, "STALE"]);
    for (const { ms } of first) expect(ms).toBeLessThan(4_000);

    // Later requests open new connections, which never get past the handshake: the connect
    // timeout; those that queue behind them for the pool: the acquire timeout.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const again = await Promise.all(Array.from({ length: 15 }, () => timed("/en/world/")));
    for (const { response, ms } of again) {
      expect(response.statusCode).toBe(503);
      expect(ms).toBeLessThan(4_000);
    }
    const readyAgain = await timed("/readyz");
    expect([readyAgain.response.statusCode, readyAgain.ms < 2_500]).toEqual([503, true]);

    partitioned.heal();
    await expect.poll(async () => (await y.app.inject({ url: "/readyz" })).statusCode, { timeout: 10_000 }).toBe(200);
    expect((await y.app.inject({ url: "/oz/" })).statusCode).toBe(200);
    const renewed = await y.app.inject({ url });
    expect([renewed.statusCode, renewed.headers["x-cache"]]).toEqual([200, "MISS"]);
  });
});
