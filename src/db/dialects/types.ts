/**
 * What differs between the embedded database and PostgreSQL, in one small interface. Shared code
 * never writes SQL that only one of them understands.
 */
import type { ColumnDataType, Expression, Kysely } from "kysely";

export type DialectName = "sqlite" | "postgres";

export interface DialectInfo {
  name: DialectName;
  /** Column type of an auto-incrementing integer primary key. */
  serialType: ColumnDataType | Expression<unknown>;
  /** Column type of a double-precision float. */
  floatType: ColumnDataType;
  /**
   * SELECT … FOR UPDATE SKIP LOCKED, so that many workers can take rows from one queue. SQLite has
   * no row locks: one writer at a time, and a single job runner per database file.
   */
  skipLocked: boolean;
}

export interface DatabaseHandle<DB> {
  db: Kysely<DB>;
  dialect: DialectInfo;
  /** Connections of the pool (PostgreSQL), for metrics. */
  poolStats?: () => { total: number; idle: number; waiting: number };
  /** The PostgreSQL schema everything lives in, when not the default one. */
  schema?: string;
  close(): Promise<void>;
}
