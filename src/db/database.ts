/**
 * The Kysely instance: embedded SQLite (WAL) by default, PostgreSQL when DATABASE_URL says so.
 * Migrations are in-code modules named by date, run in order; on PostgreSQL Kysely's migrator
 * holds an advisory lock, so instances starting together migrate once.
 */
import { type Kysely, type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from "kysely";
import { openSqlite as openSqliteFile } from "./dialects/sqlite.js";
import type { DatabaseHandle, DatabaseTimeouts, DialectInfo } from "./dialects/types.js";
import type { Database } from "./schema.js";

export type Db = Kysely<Database>;
export type XabarDatabase = DatabaseHandle<Database>;
export type { DatabaseTimeouts, DialectInfo };

type DialectMigration = { up(db: Kysely<unknown>, dialect: DialectInfo): Promise<void> };

/**
 * The migrations by name, oldest first. Each module loads only when its migration runs: a start
 * on an up-to-date database compares names and loads none.
 */
const MIGRATIONS: Record<string, () => Promise<DialectMigration>> = {
  "2026-11-25-initial": () => import("./migrations/2026-11-25-initial.js"),
  "2026-11-26-list-indexes": () => import("./migrations/2026-11-26-list-indexes.js"),
  "2026-11-27-jobs": () => import("./migrations/2026-11-27-jobs.js"),
  "2026-12-01-accounts": () => import("./migrations/2026-12-01-accounts.js"),
  "2026-12-01-media": () => import("./migrations/2026-12-01-media.js"),
  "2026-12-01-newsroom": () => import("./migrations/2026-12-01-newsroom.js"),
  "2026-12-02-desk-list": () => import("./migrations/2026-12-02-desk-list.js"),
  "2026-12-03-distribution": () => import("./migrations/2026-12-03-distribution.js"),
  "2026-12-03-import": () => import("./migrations/2026-12-03-import.js"),
  "2026-12-03-rates": () => import("./migrations/2026-12-03-rates.js"),
  "2026-12-03-sitemaps": () => import("./migrations/2026-12-03-sitemaps.js"),
  "2026-12-03-structured-lists": () => import("./migrations/2026-12-03-structured-lists.js"),
  "2026-12-04-search": () => import("./migrations/2026-12-04-search.js"),
  "2026-12-05-telegram-slots": () => import("./migrations/2026-12-05-telegram-slots.js"),
  "2026-12-06-tag-order": () => import("./migrations/2026-12-06-tag-order.js"),
};

class InCodeMigrations implements MigrationProvider {
  constructor(private readonly dialect: DialectInfo) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, load]) => [name, { up: async (db: Kysely<unknown>) => (await load()).up(db, this.dialect) }]),
    );
  }
}

export function openSqlite(file: string): XabarDatabase {
  return openSqliteFile<Database>(file);
}

/** SQLite at `sqliteFile` unless `url` is a postgres:// URL. */
export async function openDatabase(options: {
  url?: string | undefined;
  sqliteFile: string;
  schema?: string | undefined;
  onConnectionError?: ((error: Error) => void) | undefined;
  /** PostgreSQL only: bounds on connecting, on a statement and on waiting for a pooled connection. */
  timeouts?: DatabaseTimeouts | undefined;
}): Promise<XabarDatabase> {
  if (options.url && /^postgres(ql)?:\/\//.test(options.url)) {
    // The pg driver loads only when it is used.
    const { openPostgres } = await import("./dialects/postgres.js");
    return openPostgres<Database>({
      url: options.url,
      ...(options.schema ? { schema: options.schema } : {}),
      ...(options.onConnectionError ? { onConnectionError: options.onConnectionError } : {}),
      ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    });
  }
  return openSqlite(options.sqliteFile);
}

/**
 * The database the configuration names, migrated to the latest schema. `timeouts` (a serving
 * process's) bound its queries; migrations run before, on connections of their own with the
 * connect timeout only: building an index on a large table may take longer than any request may.
 */
export async function openConfiguredDatabase(
  config: { databaseUrl: string | undefined; databaseSchema: string | undefined; databaseFile: string },
  options: { onConnectionError?: (error: Error) => void; timeouts?: DatabaseTimeouts } = {},
): Promise<XabarDatabase> {
  const open = (timeouts: DatabaseTimeouts | undefined) =>
    openDatabase({
      url: config.databaseUrl,
      sqliteFile: config.databaseFile,
      schema: config.databaseSchema,
      onConnectionError: options.onConnectionError,
      timeouts,
    });
  const migrating = await open(options.timeouts && { connectMs: options.timeouts.connectMs, statementMs: 0, acquireMs: 0 });
  try {
    await migrateToLatest(migrating);
  } catch (error) {
    await migrating.close();
    throw error;
  }
  if (!options.timeouts || migrating.dialect.name !== "postgres") return migrating;
  await migrating.close();
  return open(options.timeouts);
}

export async function migrateToLatest(handle: XabarDatabase): Promise<void> {
  await migrate(handle, (migrator) => migrator.migrateToLatest());
}

/** The migrations this code knows, oldest first (backups name the level their data is at). */
export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS);

/** Migrates up to and including `name` only (a restore loads a backup's rows at the level they were taken at). */
export async function migrateTo(handle: XabarDatabase, name: string): Promise<void> {
  if (!MIGRATION_NAMES.includes(name)) throw new Error(`unknown migration ${name}`);
  await migrate(handle, (migrator) => migrator.migrateTo(name));
}

async function migrate(handle: XabarDatabase, run: (migrator: Migrator) => Promise<MigrationResultSet>): Promise<void> {
  // Kysely looks for its own tables across schemas unless told which one is ours.
  const migrator = new Migrator({
    db: handle.db,
    provider: new InCodeMigrations(handle.dialect),
    ...(handle.schema ? { migrationTableSchema: handle.schema } : {}),
  });
  const { error, results } = await run(migrator);
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ""} failed: ${String((error as Error)?.message ?? error)}`);
  }
}
