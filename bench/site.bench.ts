/**
 * `npm run bench`: HTTP throughput of the public site with autocannon, over loopback only.
 *
 * Two Xabar servers on one fresh temporary DATA_DIR (the first seeds the demo content): one with
 * the page cache on, one with PAGE_CACHE=0. A bare Fastify route serving the cached article's
 * bytes is the reference. Each scenario: 1 s warm-up, then `--duration` seconds (default 5),
 * 10 connections, pipelining 1. Weather points at a closed local port, so nothing leaves the box.
 *
 * By default every server is a child process (`node dist/src/main.js`, the bare route likewise),
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
 * Goals (from the issue): cached article ≥ 50 % of the bare route; uncached article ≥ 2,000
 * req/s; RSS < 120 MB. The benchmark reports them and exits 0 whether they are met or not.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import Fastify from "fastify";

const HERE = dirname(fileURLToPath(import.meta.url));
const SELF = fileURLToPath(import.meta.url);
/** This file runs from dist/bench/, next to dist/src/. */
const MAIN_JS = resolve(HERE, "../src/main.js");
const HOST = "127.0.0.1";
const CONNECTIONS = 10;
const PIPELINING = 1;
const WARMUP_SECONDS = 1;
const READY_TIMEOUT_MS = 120_000;
/** A fixed visitor (22 url-safe characters), so every view is the same visitor and dedups. */
const VISITOR_COOKIE = "xv=benchVisitor0123456789";
/** Without a user agent the API treats the caller as a bot and counts nothing. */
const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 xabar-bench";
const GOAL_RATIO = 0.5;
const GOAL_UNCACHED_RPS = 2_000;
const GOAL_RSS_MB = 120;

// ---------------------------------------------------------------------------------------------
// Arguments

const DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/test";
const DEEP_PAGE = 500;
const XABAR_BIN = resolve(HERE, "../../bin/xabar.js");

const USAGE = `usage: node dist/bench/site.bench.js [--duration N] [--spawn | --in-process] [--db sqlite|postgres] [--articles N]
  --duration N         seconds per measured run, after a ${WARMUP_SECONDS} s warm-up (default 5)
  --spawn              servers as child processes: node dist/src/main.js (default)
  --in-process         servers inside the benchmark process (RSS then includes autocannon)
  --db sqlite|postgres where the servers keep their data (default sqlite, a fresh file)
  --postgres-url URL   the PostgreSQL server for --db postgres (default ${DEFAULT_POSTGRES_URL}); a
                       database xabar_bench_<random> is created there and dropped at the end
  --articles N         content from \`xabar bench-data --articles N\` instead of the demo stories
  --data-dir DIR       bench an existing SQLite DATA_DIR as it is (not seeded, not deleted)
  --database-url URL   bench an existing PostgreSQL database as it is (not seeded, not dropped)`;

interface Args {
  duration: number;
  spawn: boolean;
  bareServer: { file: string; port: number } | undefined;
  db: "sqlite" | "postgres";
  postgresUrl: string;
  articles: number | undefined;
  dataDir: string | undefined;
  databaseUrl: string | undefined;
}

function parseCli(argv: string[]): Args {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string" },
      spawn: { type: "boolean" },
      "in-process": { type: "boolean" },
      "bare-server": { type: "string" },
      port: { type: "string" },
      db: { type: "string" },
      "postgres-url": { type: "string" },
      articles: { type: "string" },
      "data-dir": { type: "string" },
      "database-url": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const duration = values.duration === undefined ? 5 : Number(values.duration);
  if (!Number.isInteger(duration) || duration < 1 || duration > 600) throw new UsageError("--duration must be a whole number of seconds, 1 to 600");
  if (values.spawn && values["in-process"]) throw new UsageError("--spawn and --in-process exclude each other");
  const bareFile = values["bare-server"];
  const bareServer = bareFile === undefined ? undefined : { file: bareFile, port: Number(values.port ?? "0") };
  const db = values.db ?? (values["database-url"] ? "postgres" : "sqlite");
  if (db !== "sqlite" && db !== "postgres") throw new UsageError("--db must be sqlite or postgres");
  const articles = values.articles === undefined ? undefined : Number(values.articles);
  if (articles !== undefined && (!Number.isInteger(articles) || articles < 1)) throw new UsageError("--articles must be a whole number ≥ 1");
  const dataDir = values["data-dir"];
  const databaseUrl = values["database-url"];
  if (dataDir !== undefined && db !== "sqlite") throw new UsageError("--data-dir is for --db sqlite");
  if ((dataDir !== undefined || databaseUrl !== undefined) && articles !== undefined)
    throw new UsageError("--articles makes fresh content; --data-dir / --database-url use what is there");
  const postgresUrl = values["postgres-url"] ?? DEFAULT_POSTGRES_URL;
  if (!/^postgres(ql)?:\/\//.test(postgresUrl) || (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)))
    throw new UsageError("PostgreSQL URLs start with postgres://");
  return {
    duration,
    spawn: !values["in-process"],
    bareServer,
    db,
    postgresUrl,
    articles,
    dataDir: dataDir === undefined ? undefined : resolve(dataDir),
    databaseUrl,
  };
}

// ---------------------------------------------------------------------------------------------
// Databases and content

/** A fresh PostgreSQL database next to `baseUrl`'s, and how to drop it. */
async function createPostgresDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { default: pg } = await import("pg");
  const name = `xabar_bench_${randomBytes(5).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** `xabar bench-data --articles N` into the servers' database; its summary lines come back. */
async function generateContent(articles: number, env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [XABAR_BIN, "bench-data", "--articles", String(articles)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", 2],
  });
  children.add(child);
  let out = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
  });
  const code = await new Promise<number | null>((done) => child.once("exit", (c) => done(c)));
  children.delete(child);
  if (code !== 0) throw new Error(`xabar bench-data exited with ${code}`);
  return out.trim();
}

/** The deepest page of a list up to `wanted`, found by halving (a missing page answers 404). */
async function deepestPage(baseUrl: string, path: string, wanted: number): Promise<number> {
  const exists = async (page: number) => {
    const response = await fetch(`${baseUrl}${path}?page=${page}`, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return response.status === 200;
  };
  if (await exists(wanted)) return wanted;
  let low = 1;
  let high = wanted;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await exists(middle)) low = middle;
    else high = middle;
  }
  return low;
}

/**
 * The URL a reader reaches page `page` by: the pager's "older" link on the page before, which
 * carries a keyset cursor (a bare `?page=N` walks the index to the start instead).
 */
async function pagerUrl(baseUrl: string, path: string, page: number): Promise<string> {
  if (page <= 1) return path;
  const before = await fetch(`${baseUrl}${path}${page > 2 ? `?page=${page - 1}` : ""}`, { signal: AbortSignal.timeout(30_000) });
  const next = /rel="next" href="([^"]+)"/.exec(await before.text())?.[1];
  return next ? next.replace(/&amp;/g, "&") : `${path}?page=${page}`;
}

class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// Servers

interface Target {
  name: string;
  url: string;
  /** The child's pid; undefined when the server runs in this process. */
  pid: number | undefined;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();

function killChildren(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

/** The bare reference: one route, the given bytes as HTML. */
async function serveBare(body: Buffer, port: number): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  app.get("/", async (_request, reply) => reply.type("text/html; charset=utf-8").send(body));
  const url = await app.listen({ host: HOST, port });
  return { url, close: () => app.close() };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      if (address === null || typeof address === "string") return reject(new Error("no port"));
      server.close(() => resolvePort(address.port));
    });
  });
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

async function waitReady(url: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited during start-up (${child.exitCode ?? child.signalCode})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${name} not ready after ${READY_TIMEOUT_MS / 1000} s`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
  children.delete(child);
}

/** The node flags of `npm run serve` (what `npm start` runs), so the benchmark measures the same process. */
function serveNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(resolve(HERE, "../../package.json"), "utf8")) as { scripts?: Record<string, string> };
  return (pkg.scripts?.serve ?? "").split(/\s+/).filter((part) => part.startsWith("--"));
}

async function spawnServer(name: string, args: string[], env: Record<string, string>, readyPath: string, port: number): Promise<Target> {
  // The child's log lines go to our stderr, so stdout stays the report.
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", 2, 2] });
  children.add(child);
  const url = `http://${HOST}:${port}`;
  await waitReady(`${url}${readyPath}`, child, name);
  return { name, url, pid: child.pid, stop: () => stopChild(child) };
}

/** Environment for a Xabar server: loopback, quiet, no outside calls. */
function xabarEnv(dataDir: string, port: number, extra: Record<string, string>): Record<string, string> {
  return {
    HOST,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    SEED_DEMO: "1",
    WEATHER_API_URL: "http://127.0.0.1:9/",
    WEATHER_TIMEOUT_MS: "500",
    ...extra,
  };
}

async function startXabar(name: string, spawnIt: boolean, dataDir: string, extra: Record<string, string>): Promise<Target> {
  if (spawnIt) {
    const port = await freePort();
    return spawnServer(name, [...serveNodeFlags(), MAIN_JS], xabarEnv(dataDir, port, extra), "/healthz", port);
  }
  const [{ start }, { loadConfig }] = await Promise.all([import("../src/app/start.js"), import("../src/config.js")]);
  const running = await start(loadConfig(xabarEnv(dataDir, 0, extra)));
  return { name, url: running.url.replace(/\/$/, ""), pid: undefined, stop: () => running.stop() };
}

async function startBare(spawnIt: boolean, body: Buffer, dir: string): Promise<Target> {
  if (spawnIt) {
    const file = join(dir, "bare.html");
    await writeFile(file, body);
    const port = await freePort();
    return spawnServer("bare Fastify", [SELF, "--bare-server", file, "--port", String(port)], {}, "/", port);
  }
  const bare = await serveBare(body, 0);
  return { name: "bare Fastify", url: bare.url, pid: undefined, stop: () => bare.close() };
}

/** VmRSS and VmHWM (peak) of a process, in MB; undefined without /proc. */
async function memoryOf(pid: number): Promise<{ rss: number; peak: number } | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, "m").exec(status)?.[1] ?? Number.NaN);
    return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Load

interface Scenario {
  label: string;
  target: Target;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

interface Measured {
  scenario: Scenario;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  probe: string;
}

/** One request as the load sends it: status, and the x-cache header when there is one. */
async function probe(s: Scenario): Promise<string> {
  const response = await fetch(`${s.target.url}${s.path}`, {
    method: s.method ?? "GET",
    headers: s.headers,
    body: s.body,
    redirect: "manual",
    signal: AbortSignal.timeout(5_000),
  });
  await response.arrayBuffer();
  const cache = response.headers.get("x-cache");
  return cache ? `${response.status} ${cache}` : String(response.status);
}

async function load(s: Scenario, duration: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${s.target.url}${s.path}`,
    method: s.method ?? "GET",
    headers: s.headers,
    body: s.body,
    connections: CONNECTIONS,
    pipelining: PIPELINING,
    duration,
    timeout: 10,
    title: s.label,
  });
}

async function measure(s: Scenario, duration: number): Promise<Measured> {
  process.stderr.write(`  ${s.label} …\n`);
  await load(s, WARMUP_SECONDS);
  const state = await probe(s);
  const result = await load(s, duration);
  return {
    scenario: s,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    probe: state,
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const int = (n: number) => Math.round(n).toLocaleString("en-US");
/** autocannon records latency in whole milliseconds (its mean too), so 0 means under 1 ms. */
const ms = (n: number) => (n < 1 ? "<1" : n.toFixed(0));
const mb = (n: number) => `${n.toFixed(1)} MB`;
const verdict = (ok: boolean) => (ok ? "met" : "MISSED");

function table(headers: string[], rows: string[][], right: boolean[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => ((right[i] ?? false) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

// ---------------------------------------------------------------------------------------------
// Main

async function bareServerMain(file: string, port: number): Promise<void> {
  const body = await readFile(file);
  const bare = await serveBare(body, port);
  const shutdown = () =>
    bare.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

async function bench(args: Args): Promise<void> {
  if (args.spawn && !existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: run npm run build first`);
  const { duration } = args;
  const runs = 9;
  const generating = args.articles ?? 0;
  // Start-up (seeding included) plus every run, with room to spare; a hang ends the process.
  const watchdog = setTimeout(
    () => {
      console.error("bench: took too long, giving up");
      killChildren();
      process.exit(1);
    },
    2 * READY_TIMEOUT_MS + runs * (duration + WARMUP_SECONDS + 15) * 1000 + generating * 2,
  );
  watchdog.unref();
  process.once("SIGINT", () => {
    killChildren();
    process.exit(130);
  });

  const dir = await mkdtemp(join(tmpdir(), "xabar-bench-"));
  const dataDir = args.dataDir ?? join(dir, "data");
  const targets: Target[] = [];
  let dropDatabase: (() => Promise<void>) | undefined;
  let contentSummary = "demo stories (seed-demo)";
  try {
    const dbEnv: Record<string, string> = {};
    if (args.db === "postgres") {
      if (args.databaseUrl) dbEnv.DATABASE_URL = args.databaseUrl;
      else {
        const created = await createPostgresDatabase(args.postgresUrl);
        dropDatabase = created.drop;
        dbEnv.DATABASE_URL = created.url;
      }
    }
    const reuse = args.dataDir !== undefined || args.databaseUrl !== undefined;
    const where = args.db === "postgres" ? `PostgreSQL ${(dbEnv.DATABASE_URL ?? "").replace(/\/\/[^@/]*@/, "//")}` : `SQLite in ${dataDir}`;
    process.stderr.write(`starting servers (${args.spawn ? "child processes" : "in this process"}), ${where}\n`);
    if (args.articles !== undefined) {
      process.stderr.write(`generating ${args.articles.toLocaleString("en-US")} articles (xabar bench-data)\n`);
      contentSummary = await generateContent(args.articles, { DATA_DIR: dataDir, ...dbEnv });
    } else if (reuse) {
      contentSummary = "an existing database, as it is";
    }
    const seed = args.articles === undefined && !reuse ? "1" : "0";
    // Seeding the demo content (images included) leaves its memory in the process that did it.
    // When spawning, a throwaway server seeds first, so neither measured server carries that
    // and both start as a restarted production server would. In-process, the first one seeds.
    if (args.spawn && seed === "1") await (await startXabar("seeding server", true, dataDir, { PAGE_CACHE: "0", ...dbEnv })).stop();
    const cached = await startXabar("Xabar, cache on", args.spawn, dataDir, { PAGE_CACHE: "1", SEED_DEMO: seed, ...dbEnv });
    targets.push(cached);
    const uncached = await startXabar("Xabar, cache off", args.spawn, dataDir, {
      PAGE_CACHE: "0",
      SEED_DEMO: seed,
      RATE_LIMIT_PER_MINUTE: "100000000",
      ...dbEnv,
    });
    targets.push(uncached);

    const home = await fetch(`${cached.url}/en/`, { signal: AbortSignal.timeout(10_000) });
    const homeHtml = await home.text();
    if (!home.ok) throw new Error(`GET /en/ answered ${home.status}`);
    const link = /href="(\/en\/[a-z0-9-]+\/(\d{1,12})(?:-[a-z0-9-]*)?)"/.exec(homeHtml);
    const articlePath = link?.[1];
    const articleId = link?.[2];
    if (articlePath === undefined || articleId === undefined) throw new Error("no article link on /en/");
    const article = await fetch(`${cached.url}${articlePath}`, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
    const articleBytes = Buffer.from(await article.arrayBuffer());
    if (article.status !== 200) throw new Error(`GET ${articlePath} answered ${article.status}`);

    const bare = await startBare(args.spawn, articleBytes, dir);
    targets.push(bare);

    const cpu = cpus();
    console.log(`Xabar site benchmark — node ${process.version}, ${cpu.length} CPU × ${cpu[0]?.model.trim() ?? "unknown"}`);
    console.log(
      `mode: ${args.spawn ? "spawn (each server is its own process; autocannon runs here)" : "in-process (servers, bare route and autocannon share ONE process and thread)"}`,
    );
    console.log(`load: autocannon, ${CONNECTIONS} connections, pipelining ${PIPELINING}, ${WARMUP_SECONDS} s warm-up + ${duration} s per run, loopback`);
    const deepPage = await deepestPage(uncached.url, "/en/world/", DEEP_PAGE);
    const deepPath = await pagerUrl(uncached.url, "/en/world/", deepPage);
    console.log(`database: ${args.db}; content: ${contentSummary.replace(/\n/g, "\n  ")}`);
    console.log(`article: ${articlePath} (${int(articleBytes.length)} bytes; the bare route serves the same bytes)`);
    console.log("");

    const viewHeaders = { "content-type": "application/json", cookie: VISITOR_COOKIE, "user-agent": BROWSER_UA };
    const scenarios: Scenario[] = [
      { label: "1 bare Fastify route (reference)", target: bare, path: "/" },
      { label: "2 article, cache on", target: cached, path: articlePath },
      { label: "3 article, cache off", target: uncached, path: articlePath },
      { label: "4a home /en/, cache on", target: cached, path: "/en/" },
      { label: "4b home /en/, cache off", target: uncached, path: "/en/" },
      { label: "5 category /en/world/, cache off", target: uncached, path: "/en/world/" },
      { label: `5b deep category, page ${deepPage} by the pager's link, cache off`, target: uncached, path: deepPath },
      { label: `5c deep category /en/world/?page=${deepPage} typed, cache off`, target: uncached, path: `/en/world/?page=${deepPage}` },
      {
        label: `6 POST views (article ${articleId})`,
        target: uncached,
        path: `/api/v1/articles/${articleId}/views`,
        method: "POST",
        headers: viewHeaders,
        body: "{}",
      },
    ];

    const results: Measured[] = [];
    for (const s of scenarios) results.push(await measure(s, duration));

    // Memory after the load, before anything stops.
    const memory = new Map<Target, { rss: number; peak: number } | undefined>();
    for (const t of targets) memory.set(t, t.pid === undefined ? undefined : await memoryOf(t.pid));
    const ownRss = process.memoryUsage().rss / (1024 * 1024);

    console.log(
      table(
        ["scenario", "req/s (mean)", "p50 ms", "p99 ms", "errors", "non-2xx", "probe"],
        results.map((r) => [r.scenario.label, int(r.rps), ms(r.p50), ms(r.p99), String(r.errors), String(r.non2xx), r.probe]),
        [false, true, true, true, true, true, false],
      ),
    );
    console.log("(p50/p99: autocannon's resolution is 1 ms; errors: connection errors and timeouts;");
    console.log(" probe: status and x-cache of one request after the warm-up)");
    console.log("");

    const rps = (label: string) => results.find((r) => r.scenario.label.startsWith(label))?.rps ?? Number.NaN;
    const ratio = rps("2 ") / rps("1 ");
    const uncachedArticle = rps("3 ");
    const goals: string[][] = [
      ["cached article / bare route", `${(ratio * 100).toFixed(1)} %`, `≥ ${GOAL_RATIO * 100} %`, verdict(ratio >= GOAL_RATIO)],
      ["uncached article", `${int(uncachedArticle)} req/s`, `≥ ${int(GOAL_UNCACHED_RPS)} req/s`, verdict(uncachedArticle >= GOAL_UNCACHED_RPS)],
    ];
    if (args.spawn) {
      for (const t of targets) {
        const m = memory.get(t);
        const isXabar = t !== bare;
        goals.push([
          `RSS after load, ${t.name} (pid ${t.pid ?? "?"}; peak ${m ? mb(m.peak) : "n/a"})`,
          m ? mb(m.rss) : "n/a (no /proc)",
          isXabar ? `< ${GOAL_RSS_MB} MB` : "(reference)",
          isXabar && m ? verdict(m.rss < GOAL_RSS_MB) : "",
        ]);
      }
    } else {
      goals.push([
        "RSS after load, whole process: autocannon + 2 Xabar + bare route, ALL IN ONE PROCESS",
        mb(ownRss),
        `< ${GOAL_RSS_MB} MB`,
        "not comparable (use --spawn)",
      ]);
    }
    console.log(table(["goal (from the issue)", "figure", "goal", "verdict"], goals, [false, true, false, false]));
    if (args.spawn) console.log(`(benchmark process itself, autocannon only: ${mb(ownRss)} RSS)`);
  } finally {
    for (const t of targets.reverse()) await t.stop().catch((error: unknown) => console.error(`stopping ${t.name}:`, error));
    killChildren();
    if (dropDatabase) await dropDatabase().catch((error: unknown) => console.error("dropping the bench database:", error));
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
  if (error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
}
