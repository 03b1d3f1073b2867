/**
 * Overload and stampedes. A shed request is answered before its route runs (no query, no render,
 * no "Reply was already sent"); /healthz and /metrics are never shed. A page is rendered once at a
 * time: a burst on an expired or dropped page makes one render, the others get the stale copy or
 * wait for that render. Renders are counted in xabar_page_renders_total.
 */
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RenderedPage } from "../src/cache/page.js";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";

const METRICS_TOKEN = "overload-test-metrics-token";
const METRICS_AUTH = { authorization: `Bearer ${METRICS_TOKEN}` };

/** xabar_page_renders_total as /metrics shows it. */
async function renders(x: TestApp): Promise<number> {
  const metrics = await x.app.inject({ url: "/metrics", headers: METRICS_AUTH });
  expect(metrics.statusCode).toBe(200);
  return Number(/^xabar_page_renders_total (\d+)$/m.exec(metrics.body)?.[1] ?? Number.NaN);
}

async function articleUrl(x: TestApp, title: string): Promise<string> {
  const story = await buildStory(x, { locales: ["en"], title });
  const row = await x.db
    .selectFrom("articles")
    .select(["id", "slug"])
    .where("id", "=", story.ids.en ?? 0)
    .executeTakeFirstOrThrow();
  return `/en/world/${row.id}-${row.slug}`;
}

describe("shedding under load", () => {
  let x: TestApp;
  const logs: string[] = [];
  let url = "";

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString());
        done();
      },
    });
    // Any heap is over 1 MB: the process counts as overloaded from the first sample on.
    x = await createTestApp({ OVERLOAD_HEAP_USED_MB: "1", METRICS_TOKEN }, { log: pino({ level: "warn" }, sink) });
    url = await articleUrl(x, "Shed me");
    // An onSend hook that yields for a moment, as hooks do on a loaded event loop: a shed reply
    // is then not finished when the request would go on to its route.
    x.app.addHook("onSend", async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    for (let waited = 0; !x.app.isUnderPressure() && waited < 5_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  });

  afterAll(async () => {
    await x.close();
  });

  it("answers 503 with Retry-After before the route runs: no render, no reply sent twice", async () => {
    const before = await renders(x);
    // Over real sockets: the reply is written asynchronously, as under load.
    const base = await x.app.listen({ host: "127.0.0.1", port: 0 });
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => fetch(base + ([url, "/en/", "/en/world/", "/ru/world/"][i % 4] ?? "/en/"))));
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("10");
      await response.arrayBuffer();
    }
    const api = await x.app.inject({ url: "/api/v1/articles/1/stats" });
    expect([api.statusCode, api.json<{ error: { code: string } }>().error.code]).toEqual([503, "XABAR_UNAVAILABLE"]);
    // Let anything a shed request might still be doing finish before counting.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await renders(x)).toBe(before);
    expect(logs.filter((line) => line.includes("Reply was already sent"))).toEqual([]);
  });

  it("keeps /healthz and /metrics answering", async () => {
    expect(x.app.isUnderPressure()).toBe(true);
    const health = await x.app.inject({ url: "/healthz" });
    expect([health.statusCode, health.json()]).toEqual([200, { status: "ok" }]);
    expect((await x.app.inject({ url: "/metrics", headers: METRICS_AUTH })).statusCode).toBe(200);
  });

  it("serves a cached copy to a shed request", async () => {
    const page = await x.app.inject({ url: "/oz/" });
    expect(page.statusCode).toBe(503);
    // Put there by hand: shedding renders nothing, but what is cached is still served.
    x.cache?.set("/oz/", RenderedPage.html("<p>cached</p>", 200, ["home:oz"], "public"));
    const shed = await x.app.inject({ url: "/oz/" });
    expect([shed.statusCode, shed.body]).toEqual([200, "<p>cached</p>"]);
  });
});

describe("stampedes", () => {
  let x: TestApp;
  let clock = Date.now();
  let url = "";

  beforeAll(async () => {
    x = await createTestApp({ PAGE_CACHE_TTL_SECONDS: "60", METRICS_TOKEN }, { now: () => clock });
    url = await articleUrl(x, "Hot news");
  });

  afterAll(async () => {
    await x.close();
  });

  const burst = (n: number) => Promise.all(Array.from({ length: n }, () => x.app.inject({ url })));

  it("renders an expired page once for 100 concurrent requests; the others get the stale copy", async () => {
    // Similar news, recomputed in the background after the publication, drops the page once more.
    await expect.poll(async () => (await x.app.inject({ url })).headers["x-cache"], { timeout: 10_000 }).toBe("HIT");
    clock += 61_000;
    const before = await renders(x);
    const responses = await burst(100);
    expect(await renders(x)).toBe(before + 1);
    expect(responses.every((r) => r.statusCode === 200)).toBe(true);
    const states = responses.map((r) => String(r.headers["x-cache"]));
    expect(states.filter((s) => s === "MISS")).toHaveLength(1);
    expect(states.filter((s) => s !== "MISS" && s !== "STALE" && s !== "HIT")).toEqual([]);
    expect((await x.app.inject({ url })).headers["x-cache"]).toBe("HIT");
  });

  it("renders a dropped page once for 100 concurrent requests; the others wait for that render", async () => {
    x.cache?.invalidate(["home:en", `article:${/\/(\d+)-/.exec(url)?.[1]}`]);
    const before = await renders(x);
    const responses = await burst(100);
    expect(await renders(x)).toBe(before + 1);
    expect(responses.every((r) => r.statusCode === 200)).toBe(true);
    expect(new Set(responses.map((r) => r.headers.etag)).size).toBe(1);
    expect(responses.filter((r) => r.headers["x-cache"] === "STALE")).toEqual([]);
  });
});
