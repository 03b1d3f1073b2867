/**
 * What differs between the embedded database and PostgreSQL, in one small interface: column
 * types, DDL that only one of them understands (migrations), bulk-load housekeeping (bench data)
 * and row locking (jobs). Shared code never writes SQL that only one of them understands; it asks
 * the dialect.
 */
import type { ColumnDataType, CreateTableBuilder, Kysely } from "kysely";

export type DialectName = "sqlite" | "postgres";

/**
 * Tables the database keeps itself, by triggers, from the rows of others (the search index): a
 * backup leaves them out and a restore gets them back by writing the rows they come from.
 */
export const DERIVED_TABLES: readonly string[] = ["article_search"];

export interface DialectInfo {
  name: DialectName;
  /** Column type of a double-precision float. */
  floatType: ColumnDataType;
  /**
   * SELECT … FOR UPDATE SKIP LOCKED, so that many workers can take rows from one queue. SQLite has
   * no row locks: one writer at a time, and a single job runner per database file.
   */
  skipLocked: boolean;
  /**
   * Adds an auto-incrementing integer primary key column, e.g.
   * `db.schema.createTable("tags").$call((t) => dialect.addSerialPrimaryKey(t, "id"))`.
   */
  addSerialPrimaryKey<TB extends string, C extends string, CN extends string>(table: CreateTableBuilder<TB, C>, column: CN): CreateTableBuilder<TB, C | CN>;
  /**
   * The triggers of the 2026-11-26 list-indexes migration that keep `articles.category_id` equal to
   * the story's: filled on insert when a writer leaves it null, followed when the story moves.
   * Installed databases hold exactly this DDL: a change belongs in a new migration and helper.
   */
  createArticleCategoryTriggers(db: Kysely<unknown>): Promise<void>;
  /**
   * The full-text index of the 2026-12-04-search migration over `articles.search_title` and
   * `search_body` (published articles only), kept in step with every write by the database
   * itself: an FTS5 table and triggers on SQLite, a narrow table of tsvectors (kept by a trigger)
   * and a GIN index on PostgreSQL. Built for the rows already there too. Installed databases hold exactly this DDL.
   */
  createArticleSearch(db: Kysely<unknown>): Promise<void>;
  /**
   * The newest `limit` visible articles (highest id first) whose search terms match `match.any`, each with its relevance: higher is better, a title
   * term weighing ten times a body term.
   */
  searchArticles<DB>(db: Kysely<DB>, match: SearchMatch): Promise<Array<{ id: number; score: number }>>;
  /** Settings of this connection for writing many rows at once (before a bulk load). */
  prepareBulkLoad<DB>(db: Kysely<DB>): Promise<void>;
  /**
   * After rows were inserted with explicit ids into `tables` (each with a serial `id`): the next
   * generated id follows the largest one stored.
   */
  resetSerials<DB>(db: Kysely<DB>, tables: readonly string[]): Promise<void>;
  /**
   * Planner statistics after a bulk load. `indexWalked` are tables whose lists are walked through
   * an index alone: PostgreSQL vacuums them, so that those walks are index-only from the start.
   */
  refreshStatistics<DB>(db: Kysely<DB>, indexWalked: readonly string[]): Promise<void>;
}

/** What full-text search asks the database for: terms (lang/search-terms.ts: letters and digits only) and filters. */
export interface SearchMatch {
  /**
   * An article matches when every term of one of these lists does (a term matches an equal index
   * term, or with `prefix` any index term it starts): one list per way the query's locales fold it.
   */
  any: ReadonlyArray<ReadonlyArray<{ text: string; prefix: boolean }>>;
  locales: readonly string[];
  /** Visible by then: published, published_at <= now (ISO 8601 UTC, like the column). */
  now: string;
  categoryId?: number;
  /** published_at >= from and < to (ISO 8601 UTC). */
  from?: string;
  to?: string;
  limit: number;
}

export interface DatabaseHandle<DB> {
  db: Kysely<DB>;
  dialect: DialectInfo;
  /** Where the data lives, for messages: the SQLite file, or "PostgreSQL (DATABASE_URL)". */
  location: string;
  /** Bytes the embedded database takes on disk (file and WAL); undefined when a server keeps the data. */
  fileBytes(): number | undefined;
  /** Connections of the pool (PostgreSQL), for metrics. */
  poolStats?: () => { total: number; idle: number; waiting: number };
  /** The PostgreSQL schema everything lives in, when not the default one. */
  schema?: string;
  close(): Promise<void>;
}

/** Bounds on waiting for a database server (milliseconds; 0: wait as long as it takes). */
export interface DatabaseTimeouts {
  /** Opening a connection (TCP, TLS, authentication). */
  connectMs: number;
  /**
   * One statement: PostgreSQL cancels it after this (statement_timeout), and the client gives up
   * on the connection a little later when no answer comes at all (a network partition).
   */
  statementMs: number;
  /** A query waiting for a connection of the pool, all of them busy (or being opened). */
  acquireMs: number;
}
