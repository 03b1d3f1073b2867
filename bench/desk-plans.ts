/**
 * `node dist/bench/desk-plans.js [deepPages]`: the query plans (SQLite EXPLAIN QUERY PLAN,
 * PostgreSQL EXPLAIN ANALYZE) and timings of the newsroom's article list (`GET
 * /api/admin/articles`) on the configured database (DATA_DIR or DATABASE_URL), e.g. after `xabar
 * bench-data --articles 100000`. The SQL is what the admin API really sends: a logging Kysely
 * instance captures it while DeskService builds each shape `npm run bench:admin` measures.
 */
import SQLite from "better-sqlite3";
import { type CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { loadConfig } from "../src/config.js";
import { DeskService } from "../src/content/desk.service.js";
import type { Database } from "../src/db/schema.js";
import { adminListShapes } from "./admin-shapes.js";

const config = loadConfig();
const captured: CompiledQuery[] = [];
const postgres = config.databaseUrl !== undefined;
const pool = postgres ? new pg.Pool({ connectionString: config.databaseUrl, max: 2 }) : undefined;
const sqlite = postgres ? undefined : new SQLite(config.databaseFile, { readonly: true });
const dialect = pool ? new PostgresDialect({ pool }) : new SqliteDialect({ database: sqlite as SQLite.Database });
const db = new Kysely<Database>({
  dialect,
  log: (event) => {
    captured.push(event.query);
  },
});
const desk = new DeskService(db);
const deepPages = Number(process.argv[2] ?? "300");

/** Mean time of the statement alone over 10 runs (SQLite; PostgreSQL reports its own). */
function timeIt(query: CompiledQuery): string {
  if (!sqlite) return "";
  const statement = sqlite.prepare(query.sql);
  const started = performance.now();
  for (let i = 0; i < 10; i++) statement.all(...(query.parameters as unknown[]));
  return `  ${((performance.now() - started) / 10).toFixed(2)} ms each`;
}

async function explain(query: CompiledQuery): Promise<string> {
  if (sqlite) {
    const rows = sqlite.prepare(`explain query plan ${query.sql}`).all(...(query.parameters as unknown[])) as Array<{ detail: string }>;
    return rows.map((r) => `    ${r.detail}`).join("\n");
  }
  if (!pool) return "";
  const result = await pool.query<{ "QUERY PLAN": string }>(`explain (analyze, buffers, costs off) ${query.sql}`, query.parameters as unknown[]);
  return result.rows.map((r) => `    ${r["QUERY PLAN"]}`).join("\n");
}

/** The cursor `pages` pages down the unfiltered list, as an editor paging on would reach it. */
async function deepCursor(pages: number): Promise<string | undefined> {
  let cursor: string | undefined;
  for (let i = 0; i < pages; i++) {
    const page = await desk.list({ limit: 50, ...(cursor ? { cursor } : {}) });
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return cursor;
}

try {
  const cursor = await deepCursor(deepPages);
  const category = (await db.selectFrom("categories").select("slug").orderBy("id").executeTakeFirst())?.slug ?? "world";
  for (const shape of adminListShapes({ cursor, category, deepPages })) {
    captured.length = 0;
    const started = performance.now();
    const page = await desk.list({ limit: 50, ...shape.query });
    const ms = performance.now() - started;
    console.log(`\n=== ${shape.label}: ${page.articles.length} rows, ${ms.toFixed(1)} ms (first run)`);
    for (const query of [...captured]) {
      console.log(`  SQL: ${query.sql.replace(/\s+/g, " ").slice(0, 600)}`);
      console.log(`  params: ${JSON.stringify(query.parameters).slice(0, 200)}${timeIt(query)}`);
      console.log(await explain(query));
    }
  }
} finally {
  await db.destroy();
}
