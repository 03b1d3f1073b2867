/**
 * The production topology with two server processes on one PostgreSQL and one Redis (what
 * docker-compose runs, without Docker): a scheduled story goes live once and shows on both within
 * a second of its job; a story an editor publishes on one shows on the other within a second;
 * views posted to both add up exactly; kill -9 of one leaves the other serving.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoryService } from "../../src/content/story.service.js";
import { Events } from "../../src/events.js";
import { AccountService } from "../../src/newsroom/accounts.service.js";
import { type TestDatabase, openTestDatabase } from "../database.js";
import { seedTaxonomy } from "../factories.js";

const dir = mkdtempSync(join(tmpdir(), "xabar-instances-"));
let database: TestDatabase;
const servers: ChildProcess[] = [];
const urls: string[] = [];
let publishAt = 0;
let articleId = 0;
const browser = { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0" };
const EDITOR_PASSWORD = "Registon-maydoni-2026";

/** An editor signed in on `url`: fetch with their cookie, CSRF token and origin. */
async function editorOn(url: string) {
  const login = await fetch(`${url}/api/admin/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "editor@example.uz", password: EDITOR_PASSWORD }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return (path: string, body: object) =>
    fetch(`${url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
      body: JSON.stringify(body),
    });
}

function startServer(env: Record<string, string>): Promise<string> {
  const server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  servers.push(server);
  return new Promise<string>((resolve, reject) => {
    let output = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Xabar is serving (http:\/\/[^"\s]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    server.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    server.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

beforeAll(async () => {
  database = await openTestDatabase(dir);
  await seedTaxonomy(database.handle.db);
  const stories = new StoryService(database.handle.db, new Events());
  await stories.create({ category: "world", renditions: { en: { title: "Already out", bodyHtml: "<p>x</p>" } } });
  publishAt = Date.now() + 6_000;
  const scheduled = await stories.create({
    category: "world",
    renditions: { en: { title: "Goes live later", bodyHtml: "<p>y</p>", status: "scheduled", publishedAt: new Date(publishAt).toISOString() } },
  });
  articleId = scheduled.articles[0]?.id ?? 0;
  await new AccountService(database.handle.db).createUser({ email: "editor@example.uz", name: "Dilnoza", role: "editor", password: EDITOR_PASSWORD });
  const env = {
    DATABASE_URL: database.url ?? "",
    DATABASE_SCHEMA: database.schema ?? "",
    REDIS_URL: "redis://127.0.0.1:6379",
    REDIS_PREFIX: `xabar-test-${randomBytes(4).toString("hex")}`,
    DATA_DIR: dir,
    PORT: "0",
    HOST: "127.0.0.1",
    SEED_DEMO: "0",
    JOB_POLL_MS: "200",
    VIEW_FLUSH_MS: "200",
    WEATHER_API_URL: "http://127.0.0.1:9/",
    LOG_LEVEL: "info",
  };
  urls.push(...(await Promise.all([startServer(env), startServer(env)])));
}, 90_000);

afterAll(async () => {
  for (const server of servers) if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("two instances, one PostgreSQL, one Redis", () => {
  it("publishes a scheduled story once and both instances show it within a second", async () => {
    const [a = "", b = ""] = urls;
    for (const url of [a, b]) {
      await fetch(`${url}/en/world/`);
      const cached = await fetch(`${url}/en/world/`);
      expect(cached.headers.get("x-cache")).toBe("HIT");
      expect(await cached.text()).not.toContain("Goes live later");
    }
    // The job is due at publishAt; the runner polls every 200 ms; then Redis tells the other.
    await expect
      .poll(
        async () =>
          (await (await fetch(`${a}/en/world/`)).text()).includes("Goes live later") &&
          (await (await fetch(`${b}/en/world/`)).text()).includes("Goes live later"),
        {
          timeout: publishAt - Date.now() + 1_500,
          interval: 100,
        },
      )
      .toBe(true);
    const jobs = await database.handle.db.selectFrom("jobs").select(["status", "attempts"]).execute();
    expect(jobs).toEqual([{ status: "done", attempts: 1 }]);
    const article = await database.handle.db.selectFrom("articles").select("status").where("id", "=", articleId).executeTakeFirstOrThrow();
    expect(article.status).toBe("published");
  }, 30_000);

  it("shows a story an editor publishes on one instance on the other within a second", async () => {
    const [a = "", b = ""] = urls;
    const post = await editorOn(a);
    const created = await post("/api/admin/stories", { category: "world", renditions: { uz: { title: "Ikki nusxada eʼlon", body: "<p>Matn.</p>" } } });
    expect(created.status).toBe(201);
    const { articles } = (await created.json()) as { articles: Array<{ id: number; url: string }> };
    const [uz, oz] = articles;
    await fetch(`${b}/uz/world/`);
    expect((await fetch(`${b}/uz/world/`)).headers.get("x-cache")).toBe("HIT");
    expect((await fetch(`${b}${uz?.url ?? ""}`)).status).toBe(404);

    expect((await post(`/api/admin/articles/${uz?.id ?? 0}/transitions`, { to: "published" })).status).toBe(200);
    const published = Date.now();
    await expect
      .poll(
        async () =>
          (await fetch(`${b}${uz?.url ?? ""}`)).status === 200 &&
          (await fetch(`${b}${oz?.url ?? ""}`)).status === 200 &&
          (await (await fetch(`${b}/uz/world/`)).text()).includes("Ikki nusxada eʼlon"),
        { timeout: 1_000, interval: 50 },
      )
      .toBe(true);
    expect(Date.now() - published).toBeLessThan(1_000);
  });

  it("adds up views posted to both instances exactly, a visitor on both counting once", async () => {
    const [a = "", b = ""] = urls;
    const post = (url: string, cookie: string) => fetch(`${url}/api/v1/articles/${articleId}/views`, { method: "POST", headers: { ...browser, cookie } });
    // Each reader's id is issued by one instance (its stats call) and counts on both: they share the secret.
    const issued = async (url: string) =>
      ((await fetch(`${url}/api/v1/articles/${articleId}/stats`, { headers: browser })).headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const visitors = await Promise.all(Array.from({ length: 7 }, (_, i) => issued(i % 2 === 0 ? b : a)));
    expect(visitors.every((cookie) => /^xv=[^.]+\.[^.]+$/.test(cookie))).toBe(true);
    for (const [i, visitor] of visitors.entries()) await post(i % 2 === 0 ? a : b, visitor);
    await post(b, visitors[0] ?? ""); // already counted on A today
    await expect
      .poll(
        async () => (await database.handle.db.selectFrom("article_stats").select("views").where("article_id", "=", articleId).executeTakeFirstOrThrow()).views,
        { timeout: 5_000 },
      )
      .toBe(7);
  });

  it("keeps serving from B after A is killed with SIGKILL", async () => {
    const [, b = ""] = urls;
    const a = servers[0];
    const exited = new Promise((resolve) => a?.once("exit", resolve));
    a?.kill("SIGKILL");
    await exited;
    expect((await fetch(`${b}/en/`)).status).toBe(200);
    expect((await fetch(`${b}/api/v1/articles/${articleId}/stats`)).status).toBe(200);
  });
});
