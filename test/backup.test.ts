/**
 * `xabar backup` and `xabar restore` as an operator runs them (child processes): a backup of a
 * running site (demo content, covers, an admin, a revision, rates) taken while requests go on,
 * restored into a fresh DATA_DIR (and, on PostgreSQL, a fresh schema), then compared table by
 * table, row by row, and file by file; a non-empty target refused; a damaged archive refused
 * with nothing written. On PostgreSQL the archive is also restored into SQLite.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { create, extract } from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Running, start } from "../src/app/start.js";
import { listMedia } from "../src/cli/backup/backup.js";
import { listTables } from "../src/cli/backup/catalog.js";
import { loadConfig } from "../src/config.js";
import { MIGRATION_NAMES, type XabarDatabase, openDatabase } from "../src/db/database.js";
import { dropSchema } from "../src/db/dialects/postgres.js";
import { TEST_DIALECT, TEST_POSTGRES_URL } from "./database.js";

const dir = mkdtempSync(join(tmpdir(), "xabar-backup-"));
const pg = TEST_DIALECT === "postgres";
const schemas: string[] = [];
let running: Running;
let archive: string;

const BASE = {
  LOG_LEVEL: "silent",
  HOST: "127.0.0.1",
  PORT: "0",
  // Every read renders (and reads the database); on a shared machine the site must not shed them (503) while the backup runs.
  PAGE_CACHE: "0",
  OVERLOAD_EVENT_LOOP_DELAY_MS: "60000",
  WEATHER_API_URL: "http://127.0.0.1:9/v1/forecast",
  WEATHER_TIMEOUT_MS: "200",
  CBU_API_URL: "http://127.0.0.1:9/json/",
  RATES_TIMEOUT_MS: "200",
};

/** A site's environment: its own DATA_DIR, and on PostgreSQL its own schema (`sqlite` forces the embedded database). */
function site(name: string, options: { sqlite?: boolean } = {}): Record<string, string> {
  const env: Record<string, string> = { ...BASE, DATA_DIR: join(dir, name) };
  if (pg && !options.sqlite) {
    const schema = `xabar_b_${process.pid}_${name.replace(/\W/g, "")}_${randomBytes(3).toString("hex")}`;
    schemas.push(schema);
    Object.assign(env, { DATABASE_URL: TEST_POSTGRES_URL, DATABASE_SCHEMA: schema });
  }
  return env;
}

function xabar(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("DATABASE_") && k !== "XABAR_SECRET"));
    const child = spawn(process.execPath, ["--import", "tsx", "test/xabar.ts", ...args], { env: { ...clean, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const open = (env: Record<string, string>): Promise<XabarDatabase> => {
  const config = loadConfig(env);
  return openDatabase({ url: config.databaseUrl, schema: config.databaseSchema, sqliteFile: config.databaseFile });
};

/** Every table's rows, in key order: what "the same site" means. */
async function contents(handle: XabarDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of await listTables(handle.db, handle.dialect.name)) {
    const order = sql.join((table.primaryKey.length ? table.primaryKey : table.columns).map((c) => sql.ref(c)));
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table.name)} order by ${order}`.execute(handle.db)).rows;
    // Text keys sort by each database's collation: compare in one order of our own.
    out[table.name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return out;
}

async function sameSite(sourceEnv: Record<string, string>, targetEnv: Record<string, string>): Promise<void> {
  const [source, target] = await Promise.all([open(sourceEnv), open(targetEnv)]);
  try {
    const [a, b] = await Promise.all([contents(source), contents(target)]);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const table of Object.keys(a)) expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });
    // What the comparison covers is real content, not empty tables.
    for (const table of [
      "stories",
      "articles",
      "article_stats",
      "reaction_votes",
      "article_views_daily",
      "article_revisions",
      "users",
      "media",
      "exchange_rates",
    ])
      expect({ table, some: (a[table]?.length ?? 0) > 0 }).toEqual({ table, some: true });
  } finally {
    await source.close();
    await target.close();
  }
  const mediaA = join(sourceEnv.DATA_DIR ?? "", "media");
  const mediaB = join(targetEnv.DATA_DIR ?? "", "media");
  const files = await listMedia(mediaA);
  expect(files.length).toBeGreaterThan(10);
  expect(await listMedia(mediaB)).toEqual(files);
  for (const file of files) expect(readFileSync(join(mediaB, file)).equals(readFileSync(join(mediaA, file)))).toBe(true);
  expect(readFileSync(join(targetEnv.DATA_DIR ?? "", "secret"), "utf8")).toBe(readFileSync(join(sourceEnv.DATA_DIR ?? "", "secret"), "utf8"));
}

/** The tables of a PostgreSQL target's schema (none on SQLite: its file does not exist). */
async function tablesOf(env: Record<string, string>): Promise<string[]> {
  if (!pg) return [];
  const handle = await open(env);
  try {
    return (await listTables(handle.db, "postgres")).map((t) => t.name);
  } finally {
    await handle.close();
  }
}

const sourceEnv = { ...site("source"), SEED_DEMO: "1", ADMIN_EMAIL: "admin@example.uz", ADMIN_PASSWORD: "Samarqand-2026-zaxira" };

beforeAll(async () => {
  running = await start(loadConfig(sourceEnv));
  const db = running.xabar.db;
  const article = await db.selectFrom("articles").select(["id", "title", "slug", "lead", "body_html"]).orderBy("id").executeTakeFirstOrThrow();
  const admin = await db.selectFrom("users").select("id").executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  await db
    .insertInto("article_revisions")
    .values({
      article_id: article.id,
      user_id: admin.id,
      kind: "save",
      created_at: now,
      updated_at: now,
      changed: '["title"]',
      title: `${article.title} ✓`,
      slug: article.slug,
      lead: article.lead,
      body_html: article.body_html,
    })
    .execute();
  // The demo brings a month of exchange rates: they must come back too.
  if (!(await db.selectFrom("exchange_rates").select("ccy").executeTakeFirst())) throw new Error("the demo seeded no exchange rates");
  archive = join(dir, "site.tar.gz");
}, 120_000);

afterAll(async () => {
  await running?.stop();
  for (const schema of schemas) await dropSchema(TEST_POSTGRES_URL, schema).catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe("xabar backup and restore", () => {
  it("backs up a serving site and restores it elsewhere: every row, media file and the secret the same", async () => {
    // Readers keep coming while the backup runs.
    let reading = true;
    const statuses: number[] = [];
    const paths = ["/uz/", "/ru/", "/en/", "/oz/", "/en/rates"];
    const readers = Array.from({ length: 2 }, async (_, i) => {
      for (let n = i; reading; n++) statuses.push((await fetch(`${running.url}${paths[n % paths.length]}`)).status);
    });
    const backup = await xabar(["backup", archive], sourceEnv);
    reading = false;
    await Promise.all(readers);
    expect([backup.code, backup.stderr]).toEqual([0, ""]);
    expect(backup.stdout).toMatch(
      new RegExp(`^Backed up \\d+ rows in \\d+ tables \\(${pg ? "postgres" : "sqlite"}, at ${MIGRATION_NAMES.at(-1) ?? ""}\\) and \\d+ media files to `),
    );
    expect(statuses.length).toBeGreaterThan(3);
    expect(new Set(statuses)).toEqual(new Set([200]));

    const targetEnv = site("restored");
    const restore = await xabar(["restore", archive], targetEnv);
    expect([restore.code, restore.stderr]).toEqual([0, ""]);
    await sameSite(sourceEnv, targetEnv);

    // The restored site takes new rows after the restored ones (PostgreSQL's sequences were moved on).
    const restored = await open(targetEnv);
    try {
      const max = await restored.db
        .selectFrom("categories")
        .select(({ fn }) => fn.max("id").as("id"))
        .executeTakeFirstOrThrow();
      const made = await restored.db.insertInto("categories").values({ slug: "zaxira", position: 99 }).returning("id").executeTakeFirstOrThrow();
      expect(made.id).toBeGreaterThan(Number(max.id));
    } finally {
      await restored.close();
    }

    // The restored site serves the same home page.
    const again = await start(loadConfig({ ...targetEnv, SEED_DEMO: "0" }));
    try {
      const [a, b] = await Promise.all([fetch(`${running.url}/en/`).then((r) => r.text()), fetch(`${again.url}/en/`).then((r) => r.text())]);
      const main = (html: string) => /<main.*?<\/main>/s.exec(html)?.[0] ?? "";
      expect(main(a)).toContain("<article");
      expect(main(b)).toBe(main(a));
      // The search index is not in the archive: the restore rebuilt it from the articles it wrote.
      const search = (url: string) => fetch(`${url}/api/v1/search?q=toshkent`).then((r) => r.json() as Promise<{ items: { id: number }[] }>);
      const [found, foundAgain] = await Promise.all([search(running.url), search(again.url)]);
      expect(found.items.length).toBeGreaterThan(0);
      expect(foundAgain.items.map((i) => i.id)).toEqual(found.items.map((i) => i.id));
    } finally {
      await again.stop();
    }
  }, 180_000);

  it.runIf(pg)(
    "restores a PostgreSQL backup into SQLite too",
    async () => {
      const targetEnv = site("into-sqlite", { sqlite: true });
      const restore = await xabar(["restore", archive], targetEnv);
      expect([restore.code, restore.stderr]).toEqual([0, ""]);
      expect(restore.stdout).toMatch(/from postgres, .* into sqlite/);
      await sameSite(sourceEnv, targetEnv);
    },
    120_000,
  );

  it("refuses a target that is not empty (exit 3) and leaves it as it was; --force replaces it", async () => {
    // The source itself is the fullest target there is.
    const before = await open(sourceEnv).then(async (h) => {
      const rows = await contents(h);
      await h.close();
      return rows;
    });
    const refused = await xabar(["restore", archive], sourceEnv);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/is not empty \(table \w+ has rows\); --force replaces it/);
    const after = await open(sourceEnv);
    expect(await contents(after)).toEqual(before);
    await after.close();

    const target = site("forced");
    expect((await xabar(["restore", archive], target)).code).toBe(0);
    const handle = await open(target);
    await handle.db.deleteFrom("exchange_rates").execute();
    await handle.close();
    expect((await xabar(["restore", archive], target)).code).toBe(3);
    const forced = await xabar(["restore", archive, "--force"], target);
    expect([forced.code, forced.stderr]).toEqual([0, ""]);
    await sameSite(sourceEnv, target);
  }, 180_000);

  it("refuses a damaged archive with a clear error and writes nothing", async () => {
    const truncated = join(dir, "truncated.tar.gz");
    writeFileSync(truncated, readFileSync(archive).subarray(0, 2_000));
    // A table file changed after the manifest was written: the archive is readable, its checksum is not right.
    const unpacked = join(dir, "unpacked");
    rmSync(unpacked, { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(unpacked));
    await extract({ file: archive, cwd: unpacked });
    const articles = join(unpacked, "db", "articles.jsonl");
    writeFileSync(articles, readFileSync(articles, "utf8").replace("a", "b"));
    const tampered = join(dir, "tampered.tar.gz");
    await create({ gzip: true, file: tampered, cwd: unpacked }, ["manifest.json", "db", "media", "secret"]);
    // A link among the media would serve the secret (or the database) under /media/ once restored.
    symlinkSync("../secret", join(unpacked, "media", "leak.jpg"));
    const linked = join(dir, "linked.tar.gz");
    await create({ gzip: true, file: linked, cwd: unpacked }, ["manifest.json", "db", "media", "secret"]);
    const notTar = join(dir, "not-a-backup.tar.gz");
    writeFileSync(notTar, "<html>not a backup</html>");

    for (const [file, message] of [
      [truncated, /is not a readable backup archive/],
      [tampered, /table articles is damaged \(checksum mismatch\)/],
      [notTar, /is not a readable backup archive/],
      [linked, /media\/leak\.jpg, which is not a plain file/],
    ] as const) {
      const target = site(`damaged${randomBytes(2).toString("hex")}`);
      const run = await xabar(["restore", file], target);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: expect.stringMatching(message) as unknown });
      expect(existsSync(target.DATA_DIR ?? "")).toBe(false);
      expect(await tablesOf(target)).toEqual([]);
    }
  }, 120_000);
});
