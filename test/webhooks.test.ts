/**
 * Webhooks through the newsroom API and the job runner, against local receivers: signed JSON on
 * published / updated / unpublished, retries of 5xx, no retry of 4xx, redirects not followed, the
 * delivery log, and private addresses refused when WEBHOOKS_ALLOW_PRIVATE is off. On SQLite and
 * PostgreSQL.
 */
import { createHmac } from "node:crypto";
import { type IncomingHttpHeaders, type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { UserRole } from "../src/db/schema.js";
import { WEBHOOK_JOB } from "../src/distribution/distribution.repository.js";
import { isPrivateAddress, resolveTarget } from "../src/distribution/webhooks.js";
import { type Client, caller, newsroom } from "./admin-client.js";
import { type TestApp, createTestApp } from "./app.js";

const ORIGIN = "http://news.example.uz";
const SECRET = "webhook-secret-0123456789";

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver that records every request and answers with the next status of `answers` (200 when none). */
class Receiver {
  readonly received: Received[] = [];
  answers: number[] = [];
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      this.received.push({ path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const status = this.answers.shift() ?? 200;
      res.writeHead(status, status >= 300 && status < 400 ? { location: "http://127.0.0.1:9/elsewhere" } : {});
      res.end("ok");
    });
  });
  url = "";

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/xabar`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

let receiver: Receiver;
let x: TestApp;
let call: ReturnType<typeof caller>;
let clients: Record<UserRole, Client>;

beforeAll(async () => {
  receiver = new Receiver();
  await receiver.start();
  x = await createTestApp({ SITE_URL: ORIGIN, JOB_POLL_MS: "600000", WEBHOOK_URLS: receiver.url, WEBHOOK_SECRET: SECRET, WEBHOOKS_ALLOW_PRIVATE: "1" });
  call = caller(x.app, ORIGIN);
  ({ clients } = await newsroom(x.app, x.db));
});

afterAll(async () => {
  await x.close();
  await receiver.stop();
});

beforeEach(() => {
  receiver.received.length = 0;
  receiver.answers = [];
});

async function published(title: string): Promise<{ id: number; url: string }> {
  const res = await call(clients.editor, "POST", "/api/admin/stories", { category: "world", renditions: { en: { title, lead: "Lead.", body: "<p>x</p>" } } });
  const article = res.json<{ articles: Array<{ id: number; url: string }> }>().articles[0];
  const id = article?.id ?? 0;
  expect((await call(clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to: "published" })).statusCode).toBe(200);
  return { id, url: `${ORIGIN}${article?.url ?? ""}` };
}
const deliveries = (articleId: number) => x.db.selectFrom("webhook_deliveries").selectAll().where("article_id", "=", articleId).orderBy("id").execute();
const jobsOf = (articleId: number) =>
  x.db.selectFrom("jobs").selectAll().where("kind", "=", WEBHOOK_JOB).where("key", "like", `webhook:article:${articleId}:%`).orderBy("id").execute();
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
const due = () =>
  x.db
    .updateTable("jobs")
    .set({ run_at: new Date(0).toISOString() })
    .where("status", "=", "queued")
    .execute();

describe("webhooks", () => {
  it("sends signed JSON on published, updated and unpublished, and logs each delivery", async () => {
    const { id, url } = await published("Samarkand hosts the forum");
    const version = (await call(clients.editor, "GET", `/api/admin/articles/${id}`)).json<{ article: { version: number } }>().article.version;
    await call(clients.editor, "PATCH", `/api/admin/articles/${id}`, { title: "Samarkand hosts the forum again" }, { "if-match": `"${version}"` });
    await call(clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to: "unpublished" });
    await x.jobs.tick();

    expect(receiver.received).toHaveLength(3);
    const events = receiver.received.map((r) => JSON.parse(r.body) as { id: string; event: string; occurredAt: string; article: Record<string, unknown> });
    expect(events.map((e) => e.event).sort()).toEqual(["article.published", "article.unpublished", "article.updated"]);
    const of = (name: string) => events.find((e) => e.event === name)?.article;
    expect(of("article.published")).toMatchObject({ id, locale: "en", url, title: "Samarkand hosts the forum", status: "published", category: "world" });
    expect(of("article.updated")).toMatchObject({ title: "Samarkand hosts the forum again", status: "published" });
    expect(of("article.unpublished")).toMatchObject({ title: "Samarkand hosts the forum again", status: "unpublished" });
    for (const [i, r] of receiver.received.entries()) {
      const timestamp = String(r.headers["x-xabar-timestamp"]);
      expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
      // Checked as a receiver would: HMAC of "timestamp.body" with the shared secret.
      expect(r.headers["x-xabar-signature"]).toBe(`sha256=${createHmac("sha256", SECRET).update(`${timestamp}.${r.body}`).digest("hex")}`);
      expect(r.headers["content-type"]).toBe("application/json");
      expect(r.headers["x-xabar-event"]).toBe(events[i]?.event);
      expect(r.headers["x-xabar-delivery"]).toBe(events[i]?.id);
      expect(r.path).toBe("/hooks/xabar");
    }
    const log = await deliveries(id);
    expect(log.map((d) => [d.event, d.status, d.response_code, d.attempt]).sort()).toEqual([
      ["article.published", "delivered", 200, 1],
      ["article.unpublished", "delivered", 200, 1],
      ["article.updated", "delivered", 200, 1],
    ]);
    const view = (await call(clients.editor, "GET", `/api/admin/distribution?article=${id}`)).json<{ deliveries: unknown[] }>();
    expect(view.deliveries).toHaveLength(3);
  });

  it("retries a 5xx with backoff, with the same delivery id and a fresh signature", async () => {
    receiver.answers = [503];
    const { id } = await published("Retry me");
    await x.jobs.tick();
    expect((await jobsOf(id)).map((j) => [j.status, j.attempts])).toEqual([["queued", 1]]);
    await due();
    await x.jobs.tick();
    expect((await jobsOf(id)).map((j) => [j.status, j.attempts])).toEqual([["done", 2]]);
    expect((await deliveries(id)).map((d) => [d.status, d.response_code, d.attempt])).toEqual([
      ["failed", 503, 1],
      ["delivered", 200, 2],
    ]);
    const [first, second] = receiver.received;
    expect(second?.headers["x-xabar-delivery"]).toBe(first?.headers["x-xabar-delivery"]);
    expect(second?.body).toBe(first?.body);
  });

  it("does not retry a 4xx, nor follow a redirect", async () => {
    receiver.answers = [410];
    const gone = await published("Gone receiver");
    await x.jobs.tick();
    expect((await jobsOf(gone.id)).map((j) => [j.status, j.last_error])).toEqual([["failed", "answered 410"]]);
    receiver.answers = [302];
    const moved = await published("Moved receiver");
    await x.jobs.tick();
    expect((await jobsOf(moved.id)).map((j) => j.status)).toEqual(["failed"]);
    expect((await deliveries(moved.id)).map((d) => [d.status, d.response_code, d.error])).toEqual([
      ["failed", 302, "answered 302: redirects are not followed"],
    ]);
    await due();
    await x.jobs.tick();
    expect(receiver.received).toHaveLength(2);
  });
});

describe("private addresses", () => {
  it("refuses loopback, private, link-local and unique-local targets when WEBHOOKS_ALLOW_PRIVATE is off", async () => {
    const strict = await createTestApp({ SITE_URL: ORIGIN, JOB_POLL_MS: "600000", WEBHOOK_URLS: receiver.url, WEBHOOK_SECRET: SECRET });
    try {
      const { clients: editors } = await newsroom(strict.app, strict.db);
      const ask = caller(strict.app, ORIGIN);
      const res = await ask(editors.editor, "POST", "/api/admin/stories", { category: "world", renditions: { en: { title: "Inside", body: "<p>x</p>" } } });
      const id = res.json<{ articles: Array<{ id: number }> }>().articles[0]?.id ?? 0;
      await ask(editors.editor, "POST", `/api/admin/articles/${id}/transitions`, { to: "published" });
      await strict.jobs.tick();
      expect(receiver.received).toEqual([]);
      const log = await strict.db.selectFrom("webhook_deliveries").selectAll().execute();
      expect(log.map((d) => [d.status, d.error])).toEqual([["refused", matching(/127\.0\.0\.1, a private or loopback address/)]]);
      const jobs = await strict.db.selectFrom("jobs").select(["status"]).where("kind", "=", WEBHOOK_JOB).execute();
      expect(jobs.map((j) => j.status)).toEqual(["failed"]);
    } finally {
      await strict.close();
    }
  });

  it("judges IPv4 and IPv6 addresses, IPv4 inside IPv6 as IPv4", () => {
    const inside = [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "::",
      "fc00::1",
      "fd12:3456::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "::ffff:10.0.0.1",
      "ff02::1",
    ];
    const outside = ["8.8.8.8", "172.32.0.1", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2001:4860:4860::8888"];
    expect(inside.filter((a) => !isPrivateAddress(a))).toEqual([]);
    expect(outside.filter((a) => isPrivateAddress(a))).toEqual([]);
  });

  it("judges a host name by the addresses it resolves to", async () => {
    await expect(resolveTarget("localhost", false)).rejects.toThrow(/localhost resolves to (127\.0\.0\.1|::1), a private or loopback address/);
    await expect(resolveTarget("localhost", true)).resolves.toMatchObject({ address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/) as unknown });
    await expect(resolveTarget("[::1]", false)).rejects.toThrow(/private or loopback/);
  });
});
