/** The command line of `npm run bench` (bench/site.bench.ts): options, their checks, the usage text. */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { WARMUP_SECONDS } from "./site-load.js";

export const DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/test";

export const USAGE = `usage: node dist/bench/site.bench.js [--duration N] [--spawn | --in-process] [--db sqlite|postgres] [--articles N]
  --duration N         seconds per measured run, after a ${WARMUP_SECONDS} s warm-up (default 5)
  --spawn              servers as child processes, as npm run serve starts them (default)
  --in-process         servers inside the benchmark process (RSS then includes autocannon)
  --db sqlite|postgres where the servers keep their data (default sqlite, a fresh file)
  --postgres-url URL   the PostgreSQL server for --db postgres (default ${DEFAULT_POSTGRES_URL}); a
                       database xabar_bench_<random> is created there and dropped at the end
  --articles N         content from \`xabar bench-data --articles N\` instead of the demo stories
  --data-dir DIR       bench an existing SQLite DATA_DIR as it is (not seeded, not deleted)
  --database-url URL   bench an existing PostgreSQL database as it is (not seeded, not dropped)`;

export interface Args {
  duration: number;
  spawn: boolean;
  /** Set in the child that serves the bare reference route (the options --bare-server and --port). */
  bareServer: { file: string; port: number } | undefined;
  db: "sqlite" | "postgres";
  postgresUrl: string;
  articles: number | undefined;
  dataDir: string | undefined;
  databaseUrl: string | undefined;
}

export class UsageError extends Error {}

/** A mistake in the command line (ours, or parseArgs' own), answered with the usage text. */
export function isUsageError(error: unknown): error is Error {
  return error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"));
}

const OPTIONS = {
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
} as const;

/** The options that say where the data is and what content it gets. */
interface DatabaseOptions {
  db?: string;
  "postgres-url"?: string;
  articles?: string;
  "data-dir"?: string;
  "database-url"?: string;
}

export function parseCli(argv: string[]): Args {
  const { values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const duration = values.duration === undefined ? 5 : Number(values.duration);
  if (!Number.isInteger(duration) || duration < 1 || duration > 600) throw new UsageError("--duration must be a whole number of seconds, 1 to 600");
  if (values.spawn && values["in-process"]) throw new UsageError("--spawn and --in-process exclude each other");
  const bareFile = values["bare-server"];
  const bareServer = bareFile === undefined ? undefined : { file: bareFile, port: Number(values.port ?? "0") };
  const dataDir = values["data-dir"];
  return {
    duration,
    spawn: !values["in-process"],
    bareServer,
    ...databaseArgs(values),
    dataDir: dataDir === undefined ? undefined : resolve(dataDir),
  };
}

/** Where the servers keep their data and what content they get; the options that exclude each other. */
function databaseArgs(values: DatabaseOptions): Pick<Args, "db" | "postgresUrl" | "articles" | "databaseUrl"> {
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
  return { db, postgresUrl, articles, databaseUrl };
}
