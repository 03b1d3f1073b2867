/**
 * What a serving process loads: a real server (src/main.ts) answers the pages a reader asks for,
 * and what only rare routes, commands or optional settings need has not been loaded — argon2
 * (sign-in), ioredis (REDIS_URL), prom-client (METRICS_TOKEN), Fastify's JSON-schema compilers,
 * sharp and file-type (uploads), the sanitizer and the word differ (the newsroom's writes),
 * feedsmith (feeds), the migrations (an up-to-date database). The start-up's time and memory are
 * what serving pages needs.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoryService } from "../src/content/story.service.js";
import { migrateToLatest, openSqlite } from "../src/db/database.js";
import { Events } from "../src/events.js";
import { articleUrl } from "../src/site/urls.js";
import { seedTaxonomy } from "./factories.js";

const dir = mkdtempSync(join(tmpdir(), "xabar-start-modules-"));
const modulesFile = join(dir, "modules.json");
let loaded: string[] = [];
let articlePath = "";

/** The settings that would load more (Redis, metrics, PostgreSQL) are left out of the server's environment. */
const OPTIONAL_SERVICES = new Set(["REDIS_URL", "METRICS_TOKEN", "DATABASE_URL"]);

/** Starts the server, asks for `paths` (each must answer 200), stops it; the modules it loaded. */
async function serveAndRecord(paths: string[]): Promise<string[]> {
  const server = spawn(process.execPath, ["--import", "tsx", "--import", "./test/record-modules.ts", "src/main.ts"], {
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !OPTIONAL_SERVICES.has(name))),
      DATA_DIR: dir,
      PORT: "0",
      HOST: "127.0.0.1",
      SEED_DEMO: "0",
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
      WEATHER_API_URL: "http://127.0.0.1:9/",
      CBU_API_URL: "http://127.0.0.1:9/json/",
      XABAR_MODULES_FILE: modulesFile,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let output = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Xabar is serving (http:\/\/[^"\s]+)/.exec(output);
      if (match?.[1]) resolve(match[1].replace(/\/$/, ""));
    });
    void exited.then((code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const statuses = [];
  for (const path of paths) statuses.push([path, (await fetch(`${baseUrl}${path}`, { redirect: "manual" })).status]);
  expect(statuses).toEqual(paths.map((path) => [path, 200]));
  server.kill("SIGTERM");
  expect(await exited).toBe(0);
  return JSON.parse(readFileSync(modulesFile, "utf8")) as string[];
}

const packageOf = (file: string): string | undefined => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];

beforeAll(async () => {
  const handle = openSqlite(join(dir, "xabar.sqlite"));
  await migrateToLatest(handle);
  await seedTaxonomy(handle.db);
  const created = await new StoryService(handle.db, new Events()).create({
    category: "world",
    renditions: { en: { title: "What a start loads", bodyHtml: "<p>Only what pages need.</p>" } },
  });
  const article = await handle.db
    .selectFrom("articles")
    .select(["id", "slug"])
    .where("id", "=", created.articles[0]?.id ?? 0)
    .executeTakeFirstOrThrow();
  articlePath = articleUrl("en", "world", article.id, article.slug);
  await handle.close();
  loaded = await serveAndRecord(["/healthz", "/en/", articlePath, "/en/world/", "/en/search?q=start", "/favicon.ico"]);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("a serving process", () => {
  it("has loaded what pages need, as the recorder sees both kinds of module", () => {
    const packages = new Set(loaded.map(packageOf));
    // kysely is an ES module, fastify CommonJS: the list is complete enough to trust its absences.
    expect(["kysely", "fastify", "better-sqlite3", "preact-render-to-string"].filter((name) => !packages.has(name))).toEqual([]);
  });

  it("has not loaded what only rare routes, commands or optional settings need", () => {
    const packages = new Set(loaded.map(packageOf));
    const lazy = [
      "@node-rs/argon2",
      "ioredis",
      "prom-client",
      "ajv",
      "@fastify/fast-json-stringify-compiler",
      "sharp",
      "file-type",
      "sanitize-html",
      "diff",
      "feedsmith",
      "pg",
    ];
    expect(lazy.filter((name) => packages.has(name))).toEqual([]);
    expect(loaded.filter((file) => file.includes("/src/db/migrations/"))).toEqual([]);
  });
});
