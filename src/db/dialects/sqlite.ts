import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import type { DatabaseHandle, DialectInfo, SearchMatch } from "./types.js";

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
  async createArticleSearch(db) {
    // Contentless: the index holds the terms' positions only (the text is in articles); rows can
    // still be deleted (SQLite 3.43+). unicode61 without folding: the terms come folded already.
    await sql`create virtual table article_search using fts5(title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')`.execute(
      db,
    );
    await sql`create trigger articles_search_on_insert after insert on articles for each row when new.status = 'published'
      begin
        insert into article_search (rowid, title, body) values (new.id, new.search_title, new.search_body);
      end`.execute(db);
    await sql`create trigger articles_search_on_update after update of status, search_title, search_body on articles for each row
      begin
        delete from article_search where rowid = old.id and old.status = 'published';
        insert into article_search (rowid, title, body) select new.id, new.search_title, new.search_body where new.status = 'published';
      end`.execute(db);
    await sql`create trigger articles_search_on_delete after delete on articles for each row when old.status = 'published'
      begin
        delete from article_search where rowid = old.id;
      end`.execute(db);
    await sql`insert into article_search (rowid, title, body) select id, search_title, search_body from articles where status = 'published'`.execute(db);
    // What a match is filtered by, by id, in a small index: the rows themselves are kilobytes
    // each, and reading one per match was most of a query's time.
    await sql`create index articles_search_filter on articles (id, status, locale, published_at, category_id)`.execute(db);
  },
  async searchArticles(db, match) {
    const rows = await sql<{ id: number; score: number }>`select article_search.rowid as id, -bm25(article_search, 10.0, 1.0) as score
      from article_search cross join articles a indexed by articles_search_filter
      where article_search match ${ftsQuery(match)} and a.id = article_search.rowid
        and a.status = 'published' and a.published_at <= ${match.now} and a.locale in (${sql.join(match.locales)})
        ${match.categoryId === undefined ? sql`` : sql`and a.category_id = ${match.categoryId}`}
        ${match.from === undefined ? sql`` : sql`and a.published_at >= ${match.from}`}
        ${match.to === undefined ? sql`` : sql`and a.published_at < ${match.to}`}
      order by article_search.rowid desc
      limit ${sql.lit(Math.max(1, Math.trunc(match.limit)))}`.execute(db);
    return rows.rows;
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

/**
 * An FTS5 query: any of the lists, each of all its terms (each a string, so no term is read as
 * syntax; `*` after it for a prefix). Terms are letters and digits only (lang/search-terms.ts); quotes are doubled anyway.
 */
function ftsQuery(match: SearchMatch): string {
  const all = (terms: SearchMatch["any"][number]) => terms.map((term) => `"${term.text.replace(/"/g, '""')}"${term.prefix ? "*" : ""}`).join(" AND ");
  return match.any.map((terms) => `(${all(terms)})`).join(" OR ");
}

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
