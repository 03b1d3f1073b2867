/**
 * A real server process: buffered views are written when it gets SIGTERM, and it exits cleanly.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoryService } from "../src/content/story.service.js";
import { migrateToLatest, openSqlite } from "../src/db/database.js";
import { Events } from "../src/events.js";
import { seedTaxonomy } from "./factories.js";

const dir = mkdtempSync(join(tmpdir(), "xabar-shutdown-"));
let articleId = 0;
let server: ChildProcess;
let baseUrl = "";

beforeAll(async () => {
  const handle = openSqlite(join(dir, "xabar.sqlite"));
  await migrateToLatest(handle);
  await seedTaxonomy(handle.db);
  const created = await new StoryService(handle.db, new Events()).create({
    category: "world",
    renditions: { en: { title: "Shutdown test", bodyHtml: "<p>x</p>" } },
  });
  articleId = created.articles[0]?.id ?? 0;
  await handle.close();

  server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      ...process.env,
      DATA_DIR: dir,
      PORT: "0",
      HOST: "127.0.0.1",
      SEED_DEMO: "0",
      VIEW_FLUSH_MS: "600000",
      WEATHER_API_URL: "http://127.0.0.1:9/",
      CBU_API_URL: "http://127.0.0.1:9/json/",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  baseUrl = await new Promise<string>((resolve, reject) => {
    let output = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Xabar is serving (http:\/\/[^"\s]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    server.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}, 60_000);

afterAll(() => {
  if (server.exitCode === null) server.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("graceful shutdown", () => {
  it("flushes buffered views on SIGTERM and exits 0", async () => {
    for (let i = 0; i < 3; i++) {
      // A new visitor each time, given its id by the stats call first (views count only from an issued id).
      const headers = { "user-agent": "Mozilla/5.0 Firefox/130.0" };
      const issued = await fetch(`${baseUrl}/api/v1/articles/${articleId}/stats`, { headers });
      const cookie = (issued.headers.get("set-cookie") ?? "").split(";", 1)[0] ?? "";
      const res = await fetch(`${baseUrl}/api/v1/articles/${articleId}/views`, { method: "POST", headers: { ...headers, cookie } });
      expect(await res.json()).toEqual({ views: i + 1, counted: true });
    }
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    const handle = openSqlite(join(dir, "xabar.sqlite"));
    const row = await handle.db.selectFrom("article_stats").select("views").where("article_id", "=", articleId).executeTakeFirstOrThrow();
    await handle.close();
    expect(row.views).toBe(3);
  });
});
