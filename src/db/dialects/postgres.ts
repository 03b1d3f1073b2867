import { Kysely, PostgresDialect, sql } from "kysely";
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

export async function openPostgres<DB>(options: PostgresOptions): Promise<DatabaseHandle<DB>> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) throw new Error(`invalid schema name "${options.schema}"`);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    // Lower-case, validated: safe inside the options string.
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
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
