import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import type { DatabaseHandle, DialectInfo } from "./types.js";

export const sqliteInfo: DialectInfo = {
  name: "sqlite",
  floatType: "real",
  skipLocked: false,
  addSerialPrimaryKey: (table, column) => table.addColumn(column, "integer", (c) => c.primaryKey().autoIncrement()),
  // The statements' text is what installed databases hold (sqlite_master keeps it as written).
  async createArticleCategoryTriggers(db) {
    await sql`create trigger articles_category_on_insert after insert on articles for each row when new.category_id is null
      begin
        update articles set category_id = (select s.category_id from stories s where s.id = new.story_id) where id = new.id;
      end`.execute(db);
    await sql`create trigger stories_category_on_update after update of category_id on stories for each row
      begin
        update articles set category_id = new.category_id where story_id = new.id;
      end`.execute(db);
  },
  async prepareBulkLoad(db) {
    // A bigger page cache for the load, on this connection only.
    await sql`pragma cache_size = -262144`.execute(db);
  },
  // AUTOINCREMENT keeps the largest id ever inserted (sqlite_sequence), explicit ones included.
  resetSerials: () => Promise.resolve(),
  async refreshStatistics(db) {
    // Planner statistics from a sample (analysis_limit keeps ANALYZE to seconds at a million rows).
    await sql`pragma analysis_limit = 1000`.execute(db);
    await sql`analyze`.execute(db);
  },
};

/** The database file and its write-ahead log, in bytes (a missing one counts nothing). */
function bytesOnDisk(file: string): number {
  return [file, `${file}-wal`].reduce((sum, path) => {
    try {
      return sum + statSync(path).size;
    } catch {
      return sum;
    }
  }, 0);
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing costs more than running a small indexed query.
 * The same SQL text gets the same prepared statement (the driver is synchronous and has one
 * connection, so a statement is never in use twice at once).
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const statements = new Map<string, SQLite.Statement>();
  const prepare = (source: string): SQLite.Statement => {
    let statement = statements.get(source);
    if (!statement) {
      statement = sqlite.prepare(source);
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
      statements.set(source, statement);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property === "prepare") return prepare;
      const value: unknown = Reflect.get(target, property, receiver);
      // Methods run on the real database, not on the proxy (better-sqlite3 checks its receiver).
      return typeof value === "function" ? (value.bind(target) as unknown) : value;
    },
  });
}

/** The embedded database: one file, WAL, foreign keys on. */
export function openSqlite<DB>(file: string): DatabaseHandle<DB> {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: sqliteInfo, location: file, fileBytes: () => bytesOnDisk(file), close: () => db.destroy() };
}
