import { Kysely, PostgresDialect, sql } from "kysely";
import { createHash } from "node:crypto";
import pg from "pg";
import type { DatabaseHandle, DialectInfo } from "./types.js";

export const postgresInfo: DialectInfo = { name: "postgres", serialType: "serial", floatType: "double precision", skipLocked: true };

export interface PostgresOptions {
  url: string;
  /** A schema of its own (created when missing), e.g. one per test run. */
  schema?: string;
  poolSize?: number;
  onIdleError?: (error: Error) => void;
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
  (client as unknown as { query: typeof named }).query = named;
}

export async function openPostgres<DB>(options: PostgresOptions): Promise<DatabaseHandle<DB>> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) throw new Error(`invalid schema name "${options.schema}"`);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    // Named statements keep one generic plan instead of planning each call anew: the page
    // queries' plans do not depend on their values (an index range, a key). The schema name is
    // lower-case and validated: safe inside the options string.
    options: ["-c plan_cache_mode=force_generic_plan", ...(options.schema ? [`-c search_path=${options.schema}`] : [])].join(" "),
  });
  pool.on("connect", (client) => useNamedStatements(client));
  // An idle connection that drops (database restarted, network cut) is an 'error' event on the
  // pool: without a listener it would crash the process. The pool replaces it on the next query.
  pool.on("error", (error) => options.onIdleError?.(error));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
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
