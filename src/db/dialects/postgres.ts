import { Kysely, PostgresDialect, sql } from "kysely";
import { createHash } from "node:crypto";
import pg from "pg";
import type { DatabaseHandle, DatabaseTimeouts, DialectInfo, SearchMatch } from "./types.js";

export const postgresInfo: DialectInfo = {
  name: "postgres",
  floatType: "double precision",
  skipLocked: true,
  addSerialPrimaryKey: (table, column) => table.addColumn(column, "serial", (c) => c.primaryKey()),
  // The functions' text is what installed databases hold (pg_proc keeps the body as written).
  async createArticleCategoryTriggers(db) {
    await sql`create function xabar_article_category() returns trigger language plpgsql as $$
      begin
        if new.category_id is null then
          select s.category_id into new.category_id from stories s where s.id = new.story_id;
        end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger articles_category_on_insert before insert on articles for each row execute function xabar_article_category()`.execute(db);
    await sql`create function xabar_story_category() returns trigger language plpgsql as $$
      begin
        update articles set category_id = new.category_id where story_id = new.id;
        return new;
      end $$`.execute(db);
    await sql`create trigger stories_category_on_update after update of category_id on stories for each row
      when (old.category_id is distinct from new.category_id) execute function xabar_story_category()`.execute(db);
  },
  async createArticleSearch(db) {
    // A narrow table of the published articles: a match is filtered (locale, date, category)
    // from rows of a few dozen bytes, the tsvector kept out of line (read only to rank the
    // newest matches). The 'simple' configuration only lower-cases: the terms come folded and
    // stemmed already, so both databases index the same forms. Title terms weigh A, the rest D.
    await sql`create table article_search (
      id integer primary key references articles (id) on delete cascade,
      locale text not null,
      published_at text,
      category_id integer,
      vector tsvector not null
    ) with (toast_tuple_target = 128)`.execute(db);
    await sql`alter table article_search alter column vector set storage external`.execute(db);
    await sql`create function xabar_article_search() returns trigger language plpgsql as $$
      begin
        if new.status = 'published' then
          insert into article_search (id, locale, published_at, category_id, vector)
          values (new.id, new.locale, new.published_at, new.category_id,
            setweight(to_tsvector('simple', new.search_title), 'A') || setweight(to_tsvector('simple', new.search_body), 'D'))
          on conflict (id) do update set locale = excluded.locale, published_at = excluded.published_at,
            category_id = excluded.category_id, vector = excluded.vector;
        else
          delete from article_search where id = new.id;
        end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger articles_search after insert or update of status, search_title, search_body, locale, published_at, category_id on articles
      for each row execute function xabar_article_search()`.execute(db);
    await sql`insert into article_search (id, locale, published_at, category_id, vector)
      select id, locale, published_at, category_id, setweight(to_tsvector('simple', search_title), 'A') || setweight(to_tsvector('simple', search_body), 'D')
      from articles where status = 'published'`.execute(db);
    await sql`create index article_search_vector on article_search using gin (vector)`.execute(db);
  },
  async searchArticles(db, match) {
    // The newest matches first (ids only, from the narrow rows), then the rank of those alone:
    // ranking reads each one's tsvector, and a common word matches a third of the archive.
    const query = tsQuery(match);
    const rows = await sql<{ id: number; score: number }>`select c.id, ts_rank(b.vector, to_tsquery('simple', ${query}), 1) as score
      from (
        select s.id from article_search s
        where s.vector @@ to_tsquery('simple', ${query}) and s.published_at <= ${match.now} and s.locale in (${sql.join(match.locales)})
          ${match.categoryId === undefined ? sql`` : sql`and s.category_id = ${match.categoryId}`}
          ${match.from === undefined ? sql`` : sql`and s.published_at >= ${match.from}`}
          ${match.to === undefined ? sql`` : sql`and s.published_at < ${match.to}`}
        order by s.id desc
        limit ${sql.lit(Math.max(1, Math.trunc(match.limit)))}
      ) c
      join article_search b on b.id = c.id`.execute(db);
    return rows.rows;
  },
  // The server's defaults serve a bulk load.
  prepareBulkLoad: () => Promise.resolve(),
  async resetSerials(db, tables) {
    // Explicit ids leave the serial sequences behind.
    for (const table of tables) await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(db);
  },
  async refreshStatistics(db, indexWalked) {
    // VACUUM sets the visibility map, so the page walks are index-only scans from the start
    // (autovacuum would get there later); ANALYZE gives the planner the new sizes.
    for (const table of indexWalked) await sql`vacuum (analyze) ${sql.table(table)}`.execute(db);
    await sql`analyze`.execute(db);
  },
};

/** A tsquery: any of the lists, each of all its terms, each quoted (`:*` for a prefix). Terms are letters and digits only (lang/search-terms.ts). */
function tsQuery(match: SearchMatch): string {
  const all = (terms: SearchMatch["any"][number]) => terms.map((term) => `'${term.text.replace(/['\\]/g, "")}'${term.prefix ? ":*" : ""}`).join(" & ");
  return match.any.map((terms) => `(${all(terms)})`).join(" | ");
}

export interface PostgresOptions {
  url: string;
  /** A schema of its own (created when missing), e.g. one per test run. */
  schema?: string;
  poolSize?: number;
  onConnectionError?: (error: Error) => void;
  /** Bounds on waiting for the database (milliseconds; 0 or absent: wait as long as it takes). */
  timeouts?: DatabaseTimeouts;
}

/** The client gives up this long after PostgreSQL should have cancelled the statement itself. */
const READ_TIMEOUT_GRACE_MS = 500;

/** The error of a query that waited longer than the acquire timeout for a connection. */
export class PoolTimeoutError extends Error {
  readonly code = "DB_POOL_TIMEOUT";
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** SQL texts seen so far, and how often: only repeated ones become named statements. */
const seen = new Map<string, number>();
const SEEN_LIMIT = 10_000;

/**
 * Runs repeated queries as named (prepared) statements: PostgreSQL then parses and plans each
 * once per connection instead of on every call. Planning a page's many-join queries took far
 * longer than running them (5.8 ms against 0.2 ms). Kysely sends (text, values); the name is a
 * hash of the text, so the same text always maps to the same statement.
 */
function useNamedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (config: unknown, values?: unknown) => Promise<unknown>;
  const named = (text: unknown, values?: unknown): Promise<unknown> => {
    if (typeof text !== "string" || !Array.isArray(values)) return query(text, values);
    const count = (seen.get(text) ?? 0) + 1;
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(text, count);
    if (count < 2) return query(text, values);
    return query({ name: `x_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`, text, values });
  };
  (client as unknown as { query: typeof named }).query = (text, values) => named(text, values).catch((error: unknown) => dropIfSilent(client, error));
}

/**
 * No answer within the read timeout: the connection is dead or cut off (a partition), and a query
 * sent after this one would wait behind it. Its socket is destroyed, so the pool discards it (the
 * client's 'error' follows, to the listener every client has) and opens a new one when needed.
 */
function dropIfSilent(client: pg.PoolClient, error: unknown): never {
  if ((error as Error | undefined)?.message === "Query read timeout")
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  throw error;
}

/**
 * Every client gets an 'error' listener when it is made, before it connects: pg emits 'error' on a
 * client whose connection drops, and the pool listens only while the client is idle. Without a
 * listener a connection lost mid-query (or in a state the pool does not watch) ends the process.
 */
function clientClass(onError: (error: Error) => void, connectMs: number): typeof pg.Client {
  return class XabarClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, ...(connectMs > 0 ? { connectionTimeoutMillis: connectMs } : {}) });
      this.on("error", onError);
    }
  };
}

/**
 * The pool as Kysely sees it, with a bound on waiting for a connection. A connection that arrives
 * after its query gave up goes straight back to the pool.
 */
function boundedPool(pool: pg.Pool, acquireMs: number): { connect(): Promise<pg.PoolClient>; end(): Promise<void> } {
  if (acquireMs <= 0) return pool;
  return {
    end: () => pool.end(),
    connect: () =>
      new Promise<pg.PoolClient>((resolve, reject) => {
        let late = false;
        const timer = setTimeout(() => {
          late = true;
          reject(new PoolTimeoutError(`no database connection within ${acquireMs} ms`));
        }, acquireMs);
        pool.connect().then(
          (client) => {
            clearTimeout(timer);
            if (late) client.release();
            else resolve(client);
          },
          (error: unknown) => {
            clearTimeout(timer);
            if (!late) reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      }),
  };
}

export async function openPostgres<DB>(options: PostgresOptions): Promise<DatabaseHandle<DB>> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) throw new Error(`invalid schema name "${options.schema}"`);
  const { connectMs = 0, statementMs = 0, acquireMs = 0 } = options.timeouts ?? {};
  const onError = (error: Error) => options.onConnectionError?.(error);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    Client: clientClass(onError, connectMs),
    // Named statements keep one generic plan instead of planning each call anew: the page
    // queries' plans do not depend on their values (an index range, a key). The schema name is
    // lower-case and validated: safe inside the options string.
    options: [
      "-c plan_cache_mode=force_generic_plan",
      ...(statementMs > 0 ? [`-c statement_timeout=${statementMs}`] : []),
      ...(options.schema ? [`-c search_path=${options.schema}`] : []),
    ].join(" "),
    ...(statementMs > 0 ? { query_timeout: statementMs + READ_TIMEOUT_GRACE_MS } : {}),
  });
  pool.on("connect", (client) => useNamedStatements(client));
  // An idle connection that drops (database restarted, network cut) is also an 'error' event on
  // the pool: without a listener it would crash the process. The client's own listener has
  // reported it already; the pool replaces the client on the next query.
  pool.on("error", () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: boundedPool(pool, acquireMs) }) });
  const schema = options.schema;
  if (schema) {
    // "if not exists" is not safe when instances start together: serialise them on a lock.
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext(${`xabar-schema:${schema}`}))`.execute(trx);
      await sql`create schema if not exists ${sql.id(schema)}`.execute(trx);
    });
  }
  return {
    db,
    dialect: postgresInfo,
    location: "PostgreSQL (DATABASE_URL)",
    fileBytes: () => undefined,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    ...(options.schema ? { schema: options.schema } : {}),
    close: () => db.destroy(),
  };
}

/** Drops a schema and everything in it (test clean-up). */
export async function dropSchema(url: string, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
