/**
 * The 2026-12-04-search migration on a database that already has articles: their search terms
 * are computed and indexed, so they are found at once.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, type Migration, Migrator, sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { TEST_DIALECT, TEST_POSTGRES_URL } from "../../test/database.js";
import { type XabarDatabase, migrateToLatest, openDatabase } from "../db/database.js";
import type { DialectInfo } from "../db/dialects/types.js";
import { dropSchema } from "../db/dialects/postgres.js";
import * as initial from "../db/migrations/2026-11-25-initial.js";
import * as listIndexes from "../db/migrations/2026-11-26-list-indexes.js";
import * as jobs from "../db/migrations/2026-11-27-jobs.js";
import * as accounts from "../db/migrations/2026-12-01-accounts.js";
import * as media from "../db/migrations/2026-12-01-media.js";
import * as newsroom from "../db/migrations/2026-12-01-newsroom.js";
import * as deskList from "../db/migrations/2026-12-02-desk-list.js";
import { SearchService } from "./search.js";

/** The migrations before search, as they were. */
const BEFORE: Record<string, { up(db: Kysely<unknown>, dialect: DialectInfo): Promise<void> }> = {
  "2026-11-25-initial": initial,
  "2026-11-26-list-indexes": listIndexes,
  "2026-11-27-jobs": jobs,
  "2026-12-01-accounts": accounts,
  "2026-12-01-media": media,
  "2026-12-01-newsroom": newsroom,
  "2026-12-02-desk-list": deskList,
};

let dir: string;
let handle: XabarDatabase;
let schema: string | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "xabar-search-migration-"));
  schema = TEST_DIALECT === "postgres" ? `xabar_m_${process.pid}_${Date.now() % 1_000_000}` : undefined;
  handle = await openDatabase(schema ? { url: TEST_POSTGRES_URL, schema, sqliteFile: "" } : { sqliteFile: join(dir, "xabar.sqlite") });
  const migrator = new Migrator({
    db: handle.db,
    provider: {
      getMigrations: () =>
        Promise.resolve(
          Object.fromEntries(Object.entries(BEFORE).map(([name, m]) => [name, { up: (db: Kysely<unknown>) => m.up(db, handle.dialect) } satisfies Migration])),
        ),
    },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) throw new Error("migrating to 2026-12-02-desk-list failed", { cause: error });
  // Rows as the code before search wrote them: no search terms.
  await sql`insert into categories (slug, position) values ('world', 1)`.execute(handle.db);
  await sql`insert into category_names (category_id, locale, name) values (1, 'ru', 'Мир'), (1, 'oz', 'Дунё')`.execute(handle.db);
  await sql`insert into stories (category_id, created_at) values (1, '2026-11-20T10:00:00.000Z')`.execute(handle.db);
  const article = (locale: string, slug: string, title: string, body: string) =>
    sql`insert into articles (story_id, locale, title, slug, lead, body_html, body_text, search_text, status, published_at, updated_at)
      values (1, ${locale}, ${title}, ${slug}, '', ${`<p>${body}</p>`}, ${body}, '', 'published', '2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z')`.execute(
      handle.db,
    );
  await article("ru", "novosti", "Главные новости", "Обзор недели.");
  await article("oz", "toshkent", "Тошкентда янги боғ", "Боғ очилди.");
  await migrateToLatest(handle);
});

afterAll(async () => {
  await handle.close();
  if (schema) await dropSchema(TEST_POSTGRES_URL, schema);
  rmSync(dir, { recursive: true, force: true });
});

it("indexes the articles that were there before it", async () => {
  const search = new SearchService(handle.db, handle.dialect, { timeZone: "Asia/Tashkent", candidates: 100 });
  const found = async (q: string) => {
    const outcome = await search.search({ q });
    return outcome.kind === "results" ? outcome.results.hits.map((h) => h.slug) : [];
  };
  expect(await found("новостями")).toEqual(["novosti"]);
  expect(await found("toshkent")).toEqual(["toshkent"]);
});
