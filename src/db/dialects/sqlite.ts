import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { DatabaseHandle, DialectInfo } from "./types.js";

export const sqliteInfo: DialectInfo = { name: "sqlite", serialType: "integer", floatType: "real" };

/** The embedded database: one file, WAL, foreign keys on. */
export function openSqlite<DB>(file: string): DatabaseHandle<DB> {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: sqliteInfo, close: () => db.destroy() };
}
