/**
 * `npm run bench:views [-- --db postgres] [--events N]`: view ingest of one instance — count
 * N distinct views (visitor × article) through ViewCounter with its periodic flush running, stop
 * it gracefully, and check that the database holds exactly N. Prints events/s.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type XabarDatabase, openDatabase, migrateToLatest } from "../src/db/database.js";
import { dropSchema } from "../src/db/dialects/postgres.js";
import { ViewCounter } from "../src/engagement/views.service.js";
import { LOCALES } from "../src/lang/locales.js";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const dialect = option("db") === "postgres" ? "postgres" : "sqlite";
const events = Number(option("events") ?? 200_000);
const ARTICLES = 1_000;
const POSTGRES_URL = process.env.XABAR_BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function open(dir: string): Promise<{ handle: XabarDatabase; cleanup: () => Promise<void> }> {
  if (dialect === "postgres") {
    const schema = `xabar_bench_${randomBytes(4).toString("hex")}`;
    const handle = await openDatabase({ url: POSTGRES_URL, schema, sqliteFile: "" });
    return { handle, cleanup: () => dropSchema(POSTGRES_URL, schema) };
  }
  return { handle: await openDatabase({ sqliteFile: join(dir, "views.sqlite") }), cleanup: () => Promise.resolve() };
}

const dir = mkdtempSync(join(tmpdir(), "xabar-views-bench-"));
const { handle, cleanup } = await open(dir);
try {
  await migrateToLatest(handle);
  const { db } = handle;
  // Bare rows: the counter only needs articles to exist (foreign keys).
  const now = new Date().toISOString();
  await db.insertInto("categories").values({ slug: "bench", position: 0 }).execute();
  const category = await db.selectFrom("categories").select("id").executeTakeFirstOrThrow();
  // A story holds one article per locale: as many stories as that takes.
  const stories = await db
    .insertInto("stories")
    .values(
      Array.from({ length: Math.ceil(ARTICLES / LOCALES.length) }, () => ({
        category_id: category.id,
        pinned: 0,
        created_at: now,
        cover_media_id: null,
        source_name: null,
        source_url: null,
      })),
    )
    .returning("id")
    .execute();
  const renditions = Array.from({ length: ARTICLES }, (_, i) => ({
    storyId: stories[Math.floor(i / LOCALES.length)].id,
    locale: LOCALES[i % LOCALES.length],
  }));
  for (let i = 0; i < ARTICLES; i += 250) {
    await db
      .insertInto("articles")
      .values(
        renditions.slice(i, i + 250).map(({ storyId, locale }) => ({
          story_id: storyId,
          locale,
          title: "t",
          slug: "s",
          lead: "",
          body_html: "",
          body_text: "",
          search_text: "",
          status: "published" as const,
          published_at: now,
          updated_at: now,
          author_id: null,
          derived_from: null,
        })),
      )
      .execute();
  }
  const ids = (await db.selectFrom("articles").select("id").execute()).map((r) => r.id);
  const counter = new ViewCounter(db, { flushMs: 1_000, timeZone: "Asia/Tashkent", secret: "bench" });
  counter.start();
  const started = process.hrtime.bigint();
  for (let i = 0; i < events; i++) {
    counter.record(ids[i % ids.length] ?? 0, `visitor-${Math.floor(i / ids.length)}`);
    // Let the flush timer run now and then, as it would between requests.
    if (i % 5_000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  const recorded = Number(process.hrtime.bigint() - started) / 1e9;
  await counter.stop();
  const total = Number(process.hrtime.bigint() - started) / 1e9;
  const row = await db
    .selectFrom("article_stats")
    .select((eb) => eb.fn.sum<number>("views").as("sum"))
    .executeTakeFirst();
  const stored = Number(row?.sum ?? 0);
  console.log(`View ingest on ${dialect}, node ${process.version}: ${events.toLocaleString("en")} distinct views over ${ARTICLES} articles`);
  console.log(`recorded in ${recorded.toFixed(2)} s, written by the graceful stop at ${total.toFixed(2)} s`);
  console.log(
    `ingest: ${Math.round(events / total).toLocaleString("en")} events/s end to end (goal ≥ 20,000); stored ${stored.toLocaleString("en")} — ${stored === events ? "none lost" : `MISMATCH (${events - stored} lost)`}`,
  );
} finally {
  await handle.close();
  await cleanup();
  rmSync(dir, { recursive: true, force: true });
}
