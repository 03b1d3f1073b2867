import { type Kysely, sql } from "kysely";
import type { Locale } from "../../lang/locales.js";
import { searchTerms } from "../../lang/search-terms.js";
import type { DialectInfo } from "../dialects/types.js";

/** Rows per batch of the backfill. */
const BATCH = 500;

/**
 * Full-text search: the search terms of every article (lang/search-terms.ts: folded, and stemmed
 * in Russian and English) in `search_title` and `search_body`, which the writers fill from now
 * on (content/renditions.ts), and the index over them (FTS5 / tsvector + GIN, see the dialects).
 * The terms of the articles already stored are computed here, a batch at a time: the stemmers
 * are JavaScript, not SQL.
 */
export async function up(db: Kysely<unknown>, dialect: DialectInfo): Promise<void> {
  await db.schema
    .alterTable("articles")
    .addColumn("search_title", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("articles")
    .addColumn("search_body", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  let after = 0;
  for (;;) {
    const { rows } = await sql<{ id: number; locale: Locale; title: string; lead: string; body_text: string }>`select id, locale, title, lead, body_text
      from articles where id > ${after} order by id limit ${sql.lit(BATCH)}`.execute(db);
    for (const row of rows) {
      const title = searchTerms(row.title, row.locale).join(" ");
      const body = searchTerms(`${row.lead} ${row.body_text}`, row.locale).join(" ");
      await sql`update articles set search_title = ${title}, search_body = ${body} where id = ${row.id}`.execute(db);
    }
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) break;
    after = last.id;
  }
  await dialect.createArticleSearch(db);
}
