/**
 * `node dist/bench/list-plans.js`: the query plans (SQLite EXPLAIN QUERY PLAN, PostgreSQL EXPLAIN
 * ANALYZE) and timings of the public lists on the configured database (DATA_DIR or DATABASE_URL),
 * e.g. after `xabar bench-data --articles 1000000`. The SQL is what ArticleRepository really
 * sends: a logging Kysely instance captures it while SiteService builds a home, a category page,
 * a deep category page and a tag page.
 */
import SQLite from "better-sqlite3";
import { type CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { loadConfig } from "../src/config.js";
import { ArticleRepository } from "../src/content/article.repository.js";
import type { Database } from "../src/db/schema.js";
import type { Locale } from "../src/lang/locales.js";
import { SiteService } from "../src/site/site.service.js";
import type { ReactionService } from "../src/engagement/reactions.service.js";

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

const locale = (process.argv[2] ?? "en") as Locale;
const category = process.argv[3] ?? "world";
const deepPage = Number(process.argv[4] ?? "500");
const articles = new ArticleRepository(db);
const site = new SiteService({
  articles,
  reactions: { counts: async () => ({}) } as unknown as ReactionService,
  weather: () => undefined,
  assets: { css: "", js: "" },
  siteUrl: "http://localhost",
  timeZone: config.timeZone,
});

/** Mean time of the statement alone over 20 runs (SQLite; PostgreSQL reports its own). */
function timeIt(query: CompiledQuery): string {
  if (!sqlite) return "";
  const statement = sqlite.prepare(query.sql);
  const started = performance.now();
  for (let i = 0; i < 20; i++) statement.all(...(query.parameters as unknown[]));
  return `  ${((performance.now() - started) / 20).toFixed(2)} ms each`;
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

async function show(label: string, run: () => Promise<unknown>): Promise<void> {
  captured.length = 0;
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  console.log(`\n=== ${label}: ${captured.length} queries, ${ms.toFixed(1)} ms (first run, cold statement cache)`);
  for (const query of [...captured]) {
    console.log(`  SQL: ${query.sql.replace(/\s+/g, " ").slice(0, 400)}`);
    console.log(`  params: ${JSON.stringify(query.parameters).slice(0, 200)}${timeIt(query)}`);
    console.log(await explain(query));
  }
  const again = performance.now();
  await run();
  console.log(`  second run: ${(performance.now() - again).toFixed(1)} ms`);
}

try {
  const newest = (await articles.latest(locale, new Date().toISOString(), { limit: 1 }))[0];
  if (newest) await show(`article ${newest.id}`, () => site.article(locale, newest.categorySlug, newest.id, newest.slug));
  await show(`home /${locale}/`, () => site.home(locale));
  await show(`category /${locale}/${category}/`, () => site.category(locale, category, { page: 1 }));
  await show(`category /${locale}/${category}/?page=${deepPage}`, () => site.category(locale, category, { page: deepPage }));
  const tag = process.argv[5] ?? "tashkent";
  await show(`tag /${locale}/tag/${tag}?page=50`, () => site.tag(locale, tag, { page: 50 }));
} finally {
  await db.destroy();
}
