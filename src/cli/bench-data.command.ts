/**
 * `xabar bench-data --articles N [--locales uz,oz,ru,en] [--years Y] [--similar K] [--seed S]`:
 * adds N generated articles to the configured database (the SQLite file in DATA_DIR, or
 * PostgreSQL when DATABASE_URL is set), for benchmarks at scale. Progress on stderr, summary on
 * stdout. Existing content stays; missing demo categories and tags are added.
 */
import { loadConfig } from "../config.js";
import { type XabarDatabase, openConfiguredDatabase } from "../db/database.js";
import { isLocale, type Locale } from "../lang/locales.js";
import { UsageError, parseArgs } from "./args.js";
import { type BenchDataResult, generateBenchData } from "./bench-data/generate.js";
import type { Command } from "./command.js";

const MAX_ARTICLES = 20_000_000;

function wholeNumber(value: string | true | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

const duration = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
};

/** One `\r` line on stderr, at most every 200 ms (and the last one always). */
function progressBar(stream: NodeJS.WriteStream): { update(done: number, total: number): void; end(): void } {
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < 200) return;
      last = now;
      const elapsed = (now - started) / 1000;
      const rate = elapsed > 0 ? done / elapsed : 0;
      const eta = rate > 0 ? ((total - done) / rate) * 1000 : 0;
      const width = 30;
      const filled = Math.round((done / total) * width);
      const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${((done / total) * 100).toFixed(1).padStart(5)}%  ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} articles  ${Math.round(rate).toLocaleString("en-US")}/s  ETA ${duration(eta)}`;
      stream.write(stream.isTTY ? `\r${line}\x1b[K` : `\r${line}`);
      shown = true;
    },
    end() {
      if (shown) stream.write("\n");
      shown = false;
    },
  };
}

interface BenchArgs {
  articles: number;
  years: number;
  similar: number;
  seed: number;
  locales: Locale[];
  quiet: boolean;
}

/** The command line as options; a UsageError says what is wrong with it. */
function parseBenchArgs(argv: string[]): BenchArgs {
  const parsed = parseArgs(argv, { values: ["articles", "locales", "years", "similar", "seed"], flags: ["quiet"] });
  if (parsed.positional.length) throw new UsageError(`unexpected argument ${parsed.positional[0]}`);
  if (!parsed.options.has("articles")) throw new UsageError("--articles N is required");
  return {
    articles: wholeNumber(parsed.options.get("articles"), "articles", 0, 1, MAX_ARTICLES),
    years: wholeNumber(parsed.options.get("years"), "years", 3, 1, 50),
    similar: wholeNumber(parsed.options.get("similar"), "similar", 6, 0, 6),
    seed: wholeNumber(parsed.options.get("seed"), "seed", 20261126, 0, 2 ** 31),
    locales: parseLocales(parsed.options.get("locales")),
    quiet: parsed.options.has("quiet"),
  };
}

/** `--locales uz,ru`: known locales, each once; all four when not given. */
function parseLocales(list: string | true | undefined): Locale[] {
  const names =
    typeof list === "string"
      ? list
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : ["uz", "oz", "ru", "en"];
  const unknown = names.find((name) => !isLocale(name));
  if (unknown !== undefined) throw new UsageError(`unknown locale "${unknown}" (uz, oz, ru, en)`);
  const locales = [...new Set(names.filter(isLocale))];
  if (locales.length === 0) throw new UsageError("--locales needs at least one locale");
  return locales;
}

/** What was written, where, and how fast: the lines printed on stdout. */
function summary(result: BenchDataResult, handle: XabarDatabase, seconds: number): string {
  const bytes = handle.fileBytes();
  const size = bytes === undefined ? "" : `, database file ${(bytes / 1024 ** 2).toFixed(0)} MB`;
  const perLocale = Object.entries(result.perLocale)
    .map(([lc, n]) => `${lc} ${n.toLocaleString("en-US")}`)
    .join(", ");
  return [
    `bench-data: ${result.articles.toLocaleString("en-US")} articles in ${result.stories.toLocaleString("en-US")} stories (${perLocale}) into ${handle.location}`,
    `  published ${result.published.toLocaleString("en-US")} (the rest drafts or scheduled), ${result.oldest.slice(0, 10)} … ${result.newest.slice(0, 10)}; article ids ${result.firstArticleId}–${result.lastArticleId}`,
    `  story tags ${result.storyTags.toLocaleString("en-US")}, daily view rows ${result.dailyRows.toLocaleString("en-US")}, similar rows ${result.similarRows.toLocaleString("en-US")} (cheap: newest earlier articles of the same locale and category, not BM25)`,
    `  took ${seconds.toFixed(1)} s (${Math.round(result.articles / seconds).toLocaleString("en-US")} articles/s)${size}`,
    "",
  ].join("\n");
}

export const benchDataCommand: Command = {
  summary: "add N generated articles for benchmarks at scale",
  async run(argv) {
    let args: BenchArgs;
    try {
      args = parseBenchArgs(argv);
    } catch (error) {
      if (error instanceof UsageError) {
        process.stderr.write(`xabar bench-data: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
    const config = loadConfig();
    const handle = await openConfiguredDatabase(config);
    const bar = progressBar(process.stderr);
    const started = Date.now();
    try {
      const { quiet, ...counts } = args;
      const result = await generateBenchData({
        db: handle.db,
        dialect: handle.dialect,
        ...counts,
        timeZone: config.timeZone,
        onProgress: quiet ? undefined : (done, total) => bar.update(done, total),
      });
      bar.end();
      process.stdout.write(summary(result, handle, (Date.now() - started) / 1000));
      return 0;
    } finally {
      bar.end();
      await handle.close();
    }
  },
};
