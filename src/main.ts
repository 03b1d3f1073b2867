/**
 * The process: config → database (migrated, demo content when empty) → services → app → listen.
 * SIGTERM/SIGINT: stop accepting, flush buffered views, stop timers, close the database.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import pino, { type Logger } from "pino";
import { type InvalidationBus, LocalBus, RedisBus } from "./cache/bus.js";
import { PageCache } from "./cache/page-cache.js";
import { defaultDictionary } from "./lang/translit-dictionary.js";
import { readExceptionsFile } from "./lang/translit-files.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { ArticleRepository } from "./content/article.repository.js";
import { type Db, type XabarDatabase, openConfiguredDatabase } from "./db/database.js";
import { JobRunner } from "./jobs/jobs.js";
import { recomputeSimilar } from "./discovery/similar.js";
import { ReactionService } from "./engagement/reactions.service.js";
import { ViewCounter } from "./engagement/views.service.js";
import { PUBLISH_JOB, StoryService } from "./content/story.service.js";
import { Events } from "./events.js";
import { buildApp } from "./server/app.js";
import { loadAssets } from "./site/assets.js";
import { SiteService } from "./site/site.service.js";
import { WeatherService, describeWeather } from "./widgets/weather/index.js";

/**
 * How long other articles' "similar news" may lag behind a publication (plus the page cache TTL
 * before their pages show it). Coalesces bursts of publishing into one recomputation.
 */
export const SIMILAR_REFRESH_DELAY_MS = 15_000;

/**
 * Runs `task` once `delayMs` after the first `schedule()` of a burst — later calls in the burst
 * join it, so steady publishing cannot postpone it for ever; never two runs at once.
 */
class Coalesced {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly delayMs: number,
    private readonly task: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.running.then(this.task).catch(this.onError);
    }, this.delayMs);
    this.timer.unref();
  }

  /** Drops a pending run and waits for one in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

/** Asks a CDN to drop the pages carrying `keys` (Surrogate-Key); failures are logged, not fatal. */
async function purgeCdn(url: string, keys: string[], log: Logger): Promise<void> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ keys }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) log.warn({ status: response.status }, "CDN purge refused");
  } catch (error) {
    log.warn({ err: String(error) }, "CDN purge failed");
  }
}

/** A per-install secret for hashing visitor ids, kept in DATA_DIR. */
function loadSecret(dataDir: string): string {
  const file = join(dataDir, "secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export interface Xabar {
  app: FastifyInstance;
  db: Db;
  events: Events;
  stories: StoryService;
  jobs: JobRunner;
  views: ViewCounter;
  weather: WeatherService;
  cache: PageCache | undefined;
  /** Flushes counters and stops timers; the caller closes the app and the database. */
  stopServices(): Promise<void>;
}

/** The services and the app over an open, migrated database: the wiring shared by main and tests. */
export async function assemble(config: Config, database: XabarDatabase, log: Logger, secret: string): Promise<Xabar> {
  const { db } = database;
  const siteUrl = config.siteUrl ?? `http://localhost:${config.port}`;
  const articles = new ArticleRepository(db);
  const reactions = new ReactionService(db);
  const views = new ViewCounter(db, { flushMs: config.viewFlushMs, timeZone: config.timeZone, secret, log });
  const weather = new WeatherService(db, config.weather, log);
  const cache = config.pageCache.enabled ? new PageCache({ maxEntries: config.pageCache.maxEntries, ttlMs: config.pageCache.ttlSeconds * 1000 }) : undefined;
  const assets = await loadAssets();
  const site = new SiteService({
    articles,
    reactions,
    weather: (locale) => {
      const now = weather.current();
      return now ? describeWeather(now, locale, config.weather.cityNames?.[locale]) : undefined;
    },
    assets,
    siteUrl,
    timeZone: config.timeZone,
  });

  // When content changes: similar news for the changed articles at once, everybody else's lists
  // (which may now include the new story) a little later in one pass, then the affected pages.
  const events = new Events((error, event) => log.error({ err: error, event }, "event listener failed"));
  const similarRefresh = new Coalesced(
    SIMILAR_REFRESH_DELAY_MS,
    async () => {
      await recomputeSimilar(db);
    },
    (error) => log.error({ err: error }, "similar news refresh failed"),
  );
  events.on("articles.changed", async ({ articleIds }) => {
    await recomputeSimilar(db, { articleIds });
    similarRefresh.schedule();
  });
  // Pages to drop, here and on every instance (Redis), and at the CDN when one is configured.
  const bus: InvalidationBus = config.redisUrl ? new RedisBus(config.redisUrl, config.redisPrefix, log) : new LocalBus();
  bus.subscribe((tags) => {
    site.forget();
    cache?.invalidate(tags);
  });
  events.on("articles.changed", async ({ articleIds, storyIds, locales, categorySlugs, tagSlugs }) => {
    const tags = [
      ...articleIds.map((id) => `article:${id}`),
      ...storyIds.map((id) => `story:${id}`),
      ...locales.flatMap((lc) => [`home:${lc}`, ...categorySlugs.map((c) => `list:${lc}:${c}`), ...tagSlugs.map((tag) => `list:${lc}:tag:${tag}`)]),
    ];
    await bus.publish(tags);
    if (config.cdnPurgeUrl) await purgeCdn(config.cdnPurgeUrl, tags, log);
  });

  const stories = new StoryService(db, events);
  const jobs = new JobRunner(db, { dialect: database.dialect, pollMs: config.jobPollMs, log });
  jobs.handle(PUBLISH_JOB, async (payload) => {
    await stories.publishScheduled(payload);
  });

  await weather.start();
  views.start();
  jobs.start();
  const app = await buildApp({
    db,
    site,
    articles,
    views,
    reactions,
    assets,
    cache,
    mediaDir: config.mediaDir,
    secret,
    siteUrl,
    timeZone: config.timeZone,
    rateLimitPerMinute: config.rateLimitPerMinute,
    maxEventLoopDelayMs: config.overloadEventLoopDelayMs,
    trustProxy: config.trustProxyHops > 0 ? config.trustProxyHops : false,
    logLevel: config.logLevel,
    ...(bus instanceof RedisBus ? { redis: bus.publisher } : {}),
    metrics: { cache, views, jobs, pool: database.poolStats },
  });
  return {
    app,
    db,
    events,
    stories,
    jobs,
    views,
    weather,
    cache,
    async stopServices() {
      await jobs.stop();
      await bus.close();
      await similarRefresh.stop();
      weather.stop();
      await views.stop();
    },
  };
}

export interface Running {
  url: string;
  xabar: Xabar;
  stop(): Promise<void>;
}

export async function start(config: Config): Promise<Running> {
  const log = pino({ level: config.logLevel });
  mkdirSync(config.mediaDir, { recursive: true });
  // The whole process derives Cyrillic with the editor's exceptions, not only the CLI.
  if (config.translitExceptions) {
    const file = await readExceptionsFile(config.translitExceptions).catch((error: Error) => {
      throw new ConfigError(`XABAR_TRANSLIT_EXCEPTIONS: ${error.message}`);
    });
    defaultDictionary.extend(file);
  }
  const handle = await openConfiguredDatabase(config, (error) => log.warn({ err: error }, "database connection lost; reconnecting on next use"));
  if (config.seedDemo && (await new ArticleRepository(handle.db).isEmpty())) {
    log.info("empty database: seeding demo content");
    // Loaded only here: the seeder draws covers with sharp, which a running server never needs.
    const { seedDemo } = await import("./cli/demo/seed.js");
    await seedDemo({ db: handle.db, mediaDir: config.mediaDir, timeZone: config.timeZone, weatherCity: config.weather.city, log: (m) => log.info(m) });
  }
  const xabar = await assemble(config, handle, log, loadSecret(config.dataDir));
  const address = await xabar.app.listen({ host: config.host, port: config.port });
  const url = address.replace("0.0.0.0", "localhost").replace("[::]", "localhost");
  log.info({ url }, `Xabar is serving ${url}`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    xabar,
    stop: () =>
      (stopping ??= (async () => {
        await xabar.app.close();
        await xabar.stopServices();
        await handle.close();
        log.info("stopped");
      })()),
  };
}

async function main(): Promise<void> {
  let running: Running;
  try {
    running = await start(loadConfig());
  } catch (error) {
    // A configuration the operator must fix: say what, without a stack trace.
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const shutdown = (signal: string) => {
    console.error(`${signal}: shutting down`);
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  await main();
}
