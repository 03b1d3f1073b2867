/**
 * Two instances on one database and the machine's Redis: a change on A invalidates B's pages
 * within a second. And an instance whose Redis is unreachable keeps working on its own, rate
 * limits included (counted in process, never skipped).
 */
import { randomBytes } from "node:crypto";
import { type Server, type Socket, connect, createServer } from "node:net";
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

/** A forwarder to the machine's Redis that can go silent: connections stay open, data is dropped (a partition, not a reset). */
async function silentProxy(): Promise<{ port: number; silence(): void; close(): Promise<void> }> {
  let silent = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(6379, "127.0.0.1");
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(from);
      from.on("data", (chunk) => {
        if (!silent) to.write(chunk);
      });
      from.on("error", () => from.destroy());
      from.on("close", () => to.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    silence: () => {
      silent = true;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Time for a new instance's Redis connection to become ready. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/** The statuses of `count` stats calls from one address, and the slowest answer's milliseconds. */
async function limited(x: Xabar, id: number, count: number): Promise<{ statuses: number[]; slowestMs: number }> {
  const statuses: number[] = [];
  let slowestMs = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    statuses.push((await x.app.inject({ url: `/api/v1/articles/${id}/stats` })).statusCode);
    slowestMs = Math.max(slowestMs, performance.now() - started);
  }
  return { statuses, slowestMs };
}

describe("rate limits without Redis (issue 13, item 8)", () => {
  it("shares the limit between instances while Redis answers", async () => {
    const env = { REDIS_URL: "redis://127.0.0.1:6379", REDIS_PREFIX: `${prefix}-shared`, RATE_LIMIT_PER_MINUTE: "3" };
    const a = await instance(env);
    const b = await instance(env);
    const id = (await buildStory(a, { locales: ["en"] })).ids.en ?? 0;
    await settle();
    // Each instance alone would allow 3; together they allow 3.
    expect([...(await limited(a, id, 2)).statuses, ...(await limited(b, id, 2)).statuses]).toEqual([200, 200, 200, 429]);
  });

  it("still limits when Redis refuses connections: in process, never not at all", async () => {
    const lonely = await instance({ REDIS_URL: "redis://127.0.0.1:1", REDIS_PREFIX: `${prefix}-refused`, RATE_LIMIT_PER_MINUTE: "3" });
    const id = (await buildStory(lonely, { locales: ["en"] })).ids.en ?? 0;
    expect((await limited(lonely, id, 6)).statuses).toEqual([200, 200, 200, 429, 429, 429]);
  });

  it("still limits, within a second, when Redis stops answering on an open connection", async () => {
    const proxy = await silentProxy();
    try {
      const cut = await instance({ REDIS_URL: `redis://127.0.0.1:${proxy.port}`, REDIS_PREFIX: `${prefix}-silent`, RATE_LIMIT_PER_MINUTE: "3" });
      const id = (await buildStory(cut, { locales: ["en"] })).ids.en ?? 0;
      await settle();
      const before = await limited(cut, id, 1);
      proxy.silence();
      const during = await limited(cut, id, 4);
      expect([...before.statuses, ...during.statuses]).toEqual([200, 200, 200, 429, 429]);
      expect(during.slowestMs).toBeLessThan(1_000);
    } finally {
      await proxy.close();
    }
  });
});
