/**
 * `npm run bench:admin`: the newsroom's admin API as a user runs the product — servers started
 * as `npm run serve` starts them (the bundle in dist/server), on a fresh DATA_DIR (or a fresh
 * PostgreSQL database with `--db postgres`), the first admin from ADMIN_EMAIL / ADMIN_PASSWORD,
 * generated content from `xabar bench-data --articles N` (default 100,000), loopback only.
 *
 * 1. Publish-to-visible: `--repeats` times (default 20) an editor creates a story (uz + its
 *    derived oz) and publishes it; from sending the publish request, pollers fetch the uz
 *    article, the oz article and the uz home (page cache on and warmed: its invalidation is what
 *    is measured) back to back until each shows the publication. p50 / p95 / max. With `--db
 *    postgres` a second instance B shares the database and Redis (127.0.0.1:6379, a prefix of its
 *    own): the same pages on B show when the Redis invalidation reached it.
 * 2. The article list `GET /api/admin/articles` with the session cookie, autocannon at 10
 *    connections (1 s warm-up + `--duration` s) for each shape of bench/admin-shapes.ts: first
 *    page, a deep keyset page (nextCursor followed `--deep-pages` times), status=draft,
 *    locale+category, missing=en, and q= (a LIKE scan: a word of the text, and a word no article
 *    has). Goal p99 < 50 ms.
 *
 * Separate from `npm run bench` (the public site on demo content by default) because it needs
 * 100k articles to mean anything, and writes to the database it measures.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ABSENT_WORD, adminListShapes, shapePath } from "./admin-shapes.js";
import { type PublishRun, type Session, adminGet, publishToVisible, quantile, signIn, watches } from "./admin-publish.js";
import { DEFAULT_POSTGRES_URL } from "./site-args.js";
import { createPostgresDatabase, generateContent } from "./site-content.js";
import { CONNECTIONS, type Measured, measure } from "./site-load.js";
import { int, ms, table } from "./site-report.js";
import { type Target, freePort, killChildren, serveArgs, serveEntry, spawnServer, xabarEnv } from "./site-servers.js";

const ADMIN_EMAIL = "bench-admin@example.uz";
const ADMIN_PASSWORD = "Registon-maydoni-2026";
const REDIS_URL = "redis://127.0.0.1:6379";
const GOAL_P99_MS = 50;

const USAGE = `usage: npm run bench:admin -- [--db sqlite|postgres] [--articles N] [--repeats N] [--duration N] [--deep-pages N] [--only publish|list] [--single]
  --db sqlite|postgres  a fresh SQLite DATA_DIR (default), or a fresh database on --postgres-url (dropped at the end)
  --postgres-url URL    default ${DEFAULT_POSTGRES_URL}
  --articles N          generated content (xabar bench-data), default 100000
  --repeats N           publications measured, default 20
  --duration N          seconds of load per list shape, after a 1 s warm-up (default 5)
  --deep-pages N        pages of the list followed for the deep keyset page, default 300
  --only publish|list   one of the two measurements
  --single              PostgreSQL: no second instance (by default B polls through Redis)`;

interface Args {
  db: "sqlite" | "postgres";
  postgresUrl: string;
  articles: number;
  repeats: number;
  duration: number;
  deepPages: number;
  only: "publish" | "list" | undefined;
  single: boolean;
}

function whole(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}\n${USAGE}`);
  return n;
}

function parseCli(argv: string[]): Args {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      db: { type: "string" },
      "postgres-url": { type: "string" },
      articles: { type: "string" },
      repeats: { type: "string" },
      duration: { type: "string" },
      "deep-pages": { type: "string" },
      only: { type: "string" },
      single: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const db = values.db ?? "sqlite";
  if (db !== "sqlite" && db !== "postgres") throw new Error(`--db must be sqlite or postgres\n${USAGE}`);
  const only = values.only;
  if (only !== undefined && only !== "publish" && only !== "list") throw new Error(`--only must be publish or list\n${USAGE}`);
  return {
    db,
    postgresUrl: values["postgres-url"] ?? DEFAULT_POSTGRES_URL,
    articles: whole(values.articles, "articles", 100_000, 1, 20_000_000),
    repeats: whole(values.repeats, "repeats", 20, 1, 1_000),
    duration: whole(values.duration, "duration", 5, 1, 600),
    deepPages: whole(values["deep-pages"], "deep-pages", 300, 1, 100_000),
    only,
    single: values.single ?? false,
  };
}

async function startServer(name: string, dataDir: string, extra: Record<string, string>): Promise<Target> {
  const port = await freePort();
  const env = xabarEnv(dataDir, port, {
    SEED_DEMO: "0",
    PAGE_CACHE: "1",
    SITE_URL: `http://127.0.0.1:${port}`,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    ...extra,
  });
  return spawnServer(name, serveArgs(), env, "/healthz", port);
}

const f1 = (n: number) => n.toFixed(1);

function printPublish(run: PublishRun, repeats: number): void {
  console.log(`\nPublish-to-visible (${repeats} publications; ms from sending POST …/transitions {"to":"published"})`);
  const rows = [
    ["publish request (its response)", run.requestMs, undefined] as const,
    ...[...run.visibleMs.entries()].map(([label, values]) => [label, values, run.polls.get(label)] as const),
  ].map(([label, values, polls]) => [
    label,
    f1(quantile(values, 0.5)),
    f1(quantile(values, 0.95)),
    f1(Math.max(...values)),
    polls ? f1(polls.reduce((s, p) => s + p, 0) / polls.length) : "",
  ]);
  console.log(table(["page", "p50 ms", "p95 ms", "max ms", "polls (mean)"], rows, [false, true, true, true, true]));
  console.log("(pollers start with the publish request and fetch back to back, on the same 2 cores as the servers)");
}

function printList(results: Measured[]): void {
  console.log(`\nThe list: GET /api/admin/articles (50 a page), autocannon ${CONNECTIONS} connections, session cookie; goal p99 < ${GOAL_P99_MS} ms`);
  console.log(
    table(
      ["shape", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "goal"],
      results.map((r) => [
        r.scenario.label,
        int(r.rps),
        ms(r.p50),
        ms(r.p99),
        String(r.non2xx),
        String(r.errors),
        r.non2xx > 0 || r.errors > 0 ? "MISSED (errors)" : r.p99 < GOAL_P99_MS ? "met" : "MISSED",
      ]),
      [false, true, true, true, true, true, false],
    ),
  );
  console.log(`(q=${ABSENT_WORD} matches nothing: every article's search_text is read, the LIKE '%…%' worst case;`);
  console.log(" non-2xx are 503s of load shedding: the event loop lagged over OVERLOAD_EVENT_LOOP_DELAY_MS, and req/s and latency are theirs)");
}

async function deepCursor(target: Target, session: Session, pages: number): Promise<string | undefined> {
  let cursor: string | undefined;
  for (let i = 0; i < pages; i++) {
    const page = await adminGet<{ nextCursor: string | null }>(target, session, `/api/admin/articles${cursor ? `?cursor=${cursor}` : ""}`);
    if (!page.nextCursor) return cursor;
    cursor = page.nextCursor;
  }
  return cursor;
}

async function benchIn(args: Args, dataDir: string, targets: Target[], dbEnv: Record<string, string>): Promise<void> {
  process.stderr.write(`generating ${args.articles.toLocaleString("en-US")} articles (xabar bench-data)\n`);
  const summary = await generateContent(args.articles, { DATA_DIR: dataDir, ...dbEnv });
  const runId = randomBytes(3).toString("hex");
  const twoInstances = args.db === "postgres" && !args.single && args.only !== "list";
  const shared: Record<string, string> = twoInstances ? { REDIS_URL, REDIS_PREFIX: `xabar-bench-${runId}` } : {};
  const a = await startServer(twoInstances ? "Xabar A" : "Xabar", dataDir, { ...dbEnv, ...shared });
  targets.push(a);
  const b = twoInstances ? await startServer("Xabar B", dataDir, { ...dbEnv, ...shared }) : undefined;
  if (b) targets.push(b);

  const session = await signIn(a, ADMIN_EMAIL, ADMIN_PASSWORD, a.url);
  const first = await adminGet<{ articles: Array<{ categorySlug: string }> }>(a, session, "/api/admin/articles?limit=1");
  const category = first.articles[0]?.categorySlug ?? "uzbekistan";

  const cpu = cpus();
  console.log(`Xabar admin API benchmark — node ${process.version}, ${cpu.length} CPU × ${cpu[0]?.model.trim() ?? "unknown"}`);
  console.log(
    `servers: node ${serveArgs().join(" ")}, page cache on; ${b ? "two instances (A publishes, B polls) sharing PostgreSQL and Redis" : "one instance"}`,
  );
  console.log(`database: ${args.db}; content: ${summary.replace(/\n/g, "\n  ")}`);

  if (args.only !== "publish") {
    process.stderr.write(`following the list ${args.deepPages} pages down\n`);
    const cursor = await deepCursor(a, session, args.deepPages);
    const results: Measured[] = [];
    for (const shape of adminListShapes({ cursor, deepPages: args.deepPages, category })) {
      results.push(await measure({ label: shape.label, target: a, path: shapePath(shape), headers: { cookie: session.cookie } }, args.duration));
    }
    printList(results);
  }
  // After the list: a publication's similar-news refresh (15 s later) would stall the load.
  if (args.only !== "list") {
    process.stderr.write(`publish-to-visible, ${args.repeats} publications\n`);
    printPublish(await publishToVisible(a, session, category, watches(a, b), args.repeats, runId), args.repeats);
    // The similar-news refresh of every locale's window runs 15 s after a publication, in the server's event loop.
    await new Promise((done) => setTimeout(done, 16_000));
    const started = performance.now();
    await (await fetch(`${a.url}/uz/`, { signal: AbortSignal.timeout(600_000) })).arrayBuffer();
    console.log(`GET /uz/ (a cached page) 16 s after the last publication, during the similar-news refresh: ${f1(performance.now() - started)} ms`);
  }
}

async function bench(args: Args): Promise<void> {
  if (!existsSync(serveEntry())) throw new Error(`${serveEntry()} is missing: run npm run build first`);
  const watchdog = setTimeout(
    () => {
      console.error("bench:admin: took too long, giving up");
      killChildren();
      process.exit(1);
    },
    600_000 + args.articles * 2 + args.repeats * 60_000 + 10 * (args.duration + 2) * 1000,
  );
  watchdog.unref();
  process.once("SIGINT", () => {
    killChildren();
    process.exit(130);
  });
  const dir = await mkdtemp(join(tmpdir(), "xabar-bench-admin-"));
  const targets: Target[] = [];
  let drop: (() => Promise<void>) | undefined;
  try {
    const dbEnv: Record<string, string> = {};
    if (args.db === "postgres") {
      const created = await createPostgresDatabase(args.postgresUrl);
      drop = created.drop;
      dbEnv.DATABASE_URL = created.url;
    }
    await benchIn(args, join(dir, "data"), targets, dbEnv);
  } finally {
    for (const t of targets.reverse()) await t.stop().catch((error: unknown) => console.error(`stopping ${t.name}:`, error));
    killChildren();
    if (drop) await drop().catch((error: unknown) => console.error("dropping the bench database:", error));
    await rm(dir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}

try {
  await bench(parseCli(process.argv.slice(2)));
} catch (error) {
  killChildren();
  console.error(error instanceof Error && error.message.includes("usage:") ? error.message : error);
  process.exit(1);
}
