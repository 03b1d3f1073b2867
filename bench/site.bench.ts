/**
 * `npm run bench`: HTTP throughput of the public site with autocannon, over loopback only.
 *
 * Two Xabar servers on one fresh temporary DATA_DIR (the first seeds the demo content): one with
 * the page cache on, one with PAGE_CACHE=0. A bare Fastify route serving the cached article's
 * bytes is the reference. Each scenario: 1 s warm-up, then `--duration` seconds (default 5),
 * 10 connections, pipelining 1. Weather points at a closed local port, so nothing leaves the box.
 *
 * By default every server is a child process, started as `npm run serve` starts it (the bundle in
 * dist/server; site-servers.ts reads the command from package.json), the bare route likewise,
 * so autocannon does not share a thread with the server and the RSS is what a user would run.
 * `--in-process` runs them all inside this process instead; its RSS then counts everything.
 *
 * Content: the demo stories by default; `--articles N` generates N articles with `xabar bench-data`
 * instead (then the report adds a deep category page, page 500 or the last one), so runs at 10k
 * and 1M can be compared. `--data-dir DIR` (SQLite) or `--database-url URL` (PostgreSQL) bench an
 * existing database as it is, and leave it. `--db postgres` runs the servers on PostgreSQL: a
 * fresh database `xabar_bench_<random>` is created on `--postgres-url` (default
 * postgres://postgres@127.0.0.1:5432/test) and dropped at the end.
 *
 * The newsroom's admin API (publish-to-visible, the article list at 100k articles) is
 * `npm run bench:admin` (bench/admin.bench.ts).
 *
 * Goals (from the issues): cached article ≥ 50 % of the bare route; uncached article ≥ 2,000
 * req/s, and ≥ 15 % of the bare route; uncached home ≥ 10 % of it; RSS < 120 MB; with
 * `--articles`, cold start < 0.5 s. The benchmark reports them and exits 0 whether they are met or not.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Args, USAGE, isUsageError, parseCli } from "./site-args.js";
import { createPostgresDatabase, deepestPage, firstArticle, generateContent, pagerUrl } from "./site-content.js";
import { type Measured, WARMUP_SECONDS, issuedVisitorCookie, measure, siteScenarios } from "./site-load.js";
import { type TargetMemory, printGoals, printRuns, printSetting } from "./site-report.js";
import { searchScenarios } from "./site-search.js";
import {
  READY_TIMEOUT_MS,
  type Target,
  bareServerMain,
  freePort,
  killChildren,
  memoryOf,
  serveArgs,
  serveEntry,
  spawnServer,
  startBare,
  xabarEnv,
} from "./site-servers.js";

const SELF = fileURLToPath(import.meta.url);
const DEEP_PAGE = 500;
/** How many scenarios run: the watchdog's budget. */
const RUNS = 11;

/** One benchmark run, and what it leaves behind to undo however it ends. */
interface Run {
  args: Args;
  /** A temporary directory, deleted at the end. */
  dir: string;
  dataDir: string;
  /** Servers started so far, stopped at the end in reverse order. */
  targets: Target[];
  dropDatabase: (() => Promise<void>) | undefined;
}

async function startXabar(name: string, spawnIt: boolean, dataDir: string, extra: Record<string, string>): Promise<Target> {
  if (spawnIt) {
    const port = await freePort();
    return spawnServer(name, serveArgs(), xabarEnv(dataDir, port, extra), "/healthz", port);
  }
  const [{ start }, { loadConfig }] = await Promise.all([import("../src/app/start.js"), import("../src/config.js")]);
  const running = await start(loadConfig(xabarEnv(dataDir, 0, extra)));
  return { name, url: running.url.replace(/\/$/, ""), pid: undefined, stop: () => running.stop() };
}

/** Start-up (seeding included) plus every run, with room to spare: a hang ends the process. Ctrl-C takes the children along. */
function guard(args: Args): NodeJS.Timeout {
  const watchdog = setTimeout(
    () => {
      console.error("bench: took too long, giving up");
      killChildren();
      process.exit(1);
    },
    2 * READY_TIMEOUT_MS + RUNS * (args.duration + WARMUP_SECONDS + 15) * 1000 + (args.articles ?? 0) * 2,
  );
  watchdog.unref();
  process.once("SIGINT", () => {
    killChildren();
    process.exit(130);
  });
  return watchdog;
}

/** DATABASE_URL for the servers: the one given, a fresh PostgreSQL database (dropped at the end), or none for SQLite. */
async function databaseEnv(run: Run): Promise<Record<string, string>> {
  const { args } = run;
  const dbEnv: Record<string, string> = {};
  if (args.db === "postgres") {
    if (args.databaseUrl) dbEnv.DATABASE_URL = args.databaseUrl;
    else {
      const created = await createPostgresDatabase(args.postgresUrl);
      run.dropDatabase = created.drop;
      dbEnv.DATABASE_URL = created.url;
    }
  }
  return dbEnv;
}

/** Generated content when asked for; whether the servers seed the demo stories ("1") or serve what is there ("0"). */
async function prepareContent(run: Run, dbEnv: Record<string, string>): Promise<{ contentSummary: string; seed: "0" | "1" }> {
  const { args, dataDir } = run;
  const reuse = args.dataDir !== undefined || args.databaseUrl !== undefined;
  const where = args.db === "postgres" ? `PostgreSQL ${(dbEnv.DATABASE_URL ?? "").replace(/\/\/[^@/]*@/, "//")}` : `SQLite in ${dataDir}`;
  process.stderr.write(`starting servers (${args.spawn ? "child processes" : "in this process"}), ${where}\n`);
  let contentSummary = "demo stories (seed-demo)";
  if (args.articles !== undefined) {
    process.stderr.write(`generating ${args.articles.toLocaleString("en-US")} articles (xabar bench-data)\n`);
    contentSummary = await generateContent(args.articles, { DATA_DIR: dataDir, ...dbEnv });
  } else if (reuse) {
    contentSummary = "an existing database, as it is";
  }
  return { contentSummary, seed: args.articles === undefined && !reuse ? "1" : "0" };
}

/** The two measured Xabar servers: page cache on, and off (with a rate limit it cannot reach). */
async function startXabars(run: Run, seed: "0" | "1", dbEnv: Record<string, string>): Promise<{ cached: Target; uncached: Target }> {
  const { args, dataDir } = run;
  // The first server runs exactly as `npm start` does on a fresh DATA_DIR: it seeds the demo
  // (in a child process, src/app/seed-process.ts) and then serves; its RSS after the load is the
  // figure a user sees. With --articles it is the cold start on the generated database.
  const first = args.spawn && seed === "1" ? "Xabar as npm start runs it (fresh DATA_DIR, seeding included), cache on" : "Xabar, cache on";
  const cached = await startXabar(first, args.spawn, dataDir, { PAGE_CACHE: "1", SEED_DEMO: seed, ...dbEnv });
  run.targets.push(cached);
  const uncached = await startXabar("Xabar, cache off", args.spawn, dataDir, {
    PAGE_CACHE: "0",
    SEED_DEMO: seed,
    // One address sends everything here: the per-address limits would answer 429s, not measure the work.
    RATE_LIMIT_PER_MINUTE: "100000000",
    API_RATE_LIMIT_PER_MINUTE: "100000000",
    ...dbEnv,
  });
  run.targets.push(uncached);
  return { cached, uncached };
}

/** Each server's memory now; the bare route is the reference. */
async function memories(targets: Target[], bare: Target): Promise<TargetMemory[]> {
  const measured: TargetMemory[] = [];
  for (const target of targets)
    measured.push({ target, memory: target.pid === undefined ? undefined : await memoryOf(target.pid), reference: target === bare });
  return measured;
}

async function benchIn(run: Run): Promise<void> {
  const { args } = run;
  const dbEnv = await databaseEnv(run);
  const { contentSummary, seed } = await prepareContent(run, dbEnv);
  const { cached, uncached } = await startXabars(run, seed, dbEnv);
  const article = await firstArticle(cached.url);
  const bare = await startBare(args.spawn ? SELF : undefined, article.bytes, run.dir);
  run.targets.push(bare);

  const deepPage = await deepestPage(uncached.url, "/en/world/", DEEP_PAGE);
  const deepPath = await pagerUrl(uncached.url, "/en/world/", deepPage);
  printSetting({ spawn: args.spawn, duration: args.duration, db: args.db, contentSummary, articlePath: article.path, articleBytes: article.bytes.length });

  const results: Measured[] = [];
  const visitorCookie = await issuedVisitorCookie(uncached, article.id);
  const scenarios = siteScenarios({ bare, cached, uncached, articlePath: article.path, articleId: article.id, deepPage, deepPath, visitorCookie });
  for (const s of [...scenarios, ...searchScenarios(uncached)]) results.push(await measure(s, args.duration));

  // Memory after the load, before anything stops.
  const servers = args.spawn ? await memories(run.targets, bare) : undefined;
  const ownRss = process.memoryUsage().rss / (1024 * 1024);
  printRuns(results);
  const coldStart = args.articles !== undefined && cached.readyMs !== undefined ? { articles: args.articles, ms: cached.readyMs } : undefined;
  printGoals(results, servers, ownRss, coldStart);
}

async function bench(args: Args): Promise<void> {
  if (args.spawn && !existsSync(serveEntry())) throw new Error(`${serveEntry()} is missing: run npm run build first`);
  const watchdog = guard(args);
  const dir = await mkdtemp(join(tmpdir(), "xabar-bench-"));
  const run: Run = { args, dir, dataDir: args.dataDir ?? join(dir, "data"), targets: [], dropDatabase: undefined };
  try {
    await benchIn(run);
  } finally {
    for (const t of run.targets.reverse()) await t.stop().catch((error: unknown) => console.error(`stopping ${t.name}:`, error));
    killChildren();
    if (run.dropDatabase) await run.dropDatabase().catch((error: unknown) => console.error("dropping the bench database:", error));
    await rm(dir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}

try {
  const args = parseCli(process.argv.slice(2));
  if (args.bareServer) await bareServerMain(args.bareServer.file, args.bareServer.port);
  else await bench(args);
} catch (error) {
  killChildren();
  if (isUsageError(error)) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
}
