/**
 * The process: config → database (migrated, demo content when empty) → services → app → listen.
 * SIGTERM/SIGINT: stop accepting, flush buffered views, stop timers, close the database.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pino from "pino";
import { PageCache } from "./cache/page-cache.js";
import { isEmpty, seedDemo } from "./cli/demo/seed.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { ArticleRepository } from "./content/article.repository.js";
import { type DatabaseHandle, migrateToLatest, openSqlite } from "./db/database.js";
import { recomputeSimilar } from "./discovery/similar.js";
import { ReactionService } from "./engagement/reactions.service.js";
import { ViewCounter } from "./engagement/views.service.js";
import { Events } from "./events.js";
import { buildApp } from "./server/app.js";
import { buildAssets } from "./site/assets.js";
import { SiteService } from "./site/site.service.js";
import { WeatherService, describeWeather } from "./widgets/weather/index.js";

/** A per-install secret for hashing visitor ids, kept in DATA_DIR. */
function loadSecret(dataDir: string): string {
  const file = join(dataDir, "secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export interface Running {
  url: string;
  stop(): Promise<void>;
}

export async function start(config: Config): Promise<Running> {
  const log = pino({ level: config.logLevel });
  mkdirSync(config.mediaDir, { recursive: true });
  const handle: DatabaseHandle = openSqlite(config.databaseFile);
  const { db } = handle;
  await migrateToLatest(db);
  if (config.seedDemo && (await isEmpty(db))) {
    log.info("empty database: seeding demo content");
    await seedDemo({ db, mediaDir: config.mediaDir, timeZone: config.timeZone, weatherCity: config.weather.city, log: (m) => log.info(m) });
  }

  const secret = loadSecret(config.dataDir);
  const siteUrl = config.siteUrl ?? `http://localhost:${config.port}`;
  const articles = new ArticleRepository(db);
  const reactions = new ReactionService(db);
  const views = new ViewCounter(db, { flushMs: config.viewFlushMs, timeZone: config.timeZone, secret, log });
  const weather = new WeatherService(db, config.weather, log);
  const cache = config.pageCache.enabled ? new PageCache({ maxEntries: config.pageCache.maxEntries, ttlMs: config.pageCache.ttlSeconds * 1000 }) : undefined;
  const assets = await buildAssets();
  const site = new SiteService({
    articles,
    reactions,
    weather: (locale) => {
      const now = weather.current();
      return now ? describeWeather(now, locale) : undefined;
    },
    assets,
    siteUrl,
    timeZone: config.timeZone,
  });

  // When content changes: similar news for the changed articles, then the affected pages.
  const events = new Events((error, event) => log.error({ err: error, event }, "event listener failed"));
  events.on("articles.changed", async ({ articleIds }) => recomputeSimilar(db, { articleIds }));
  events.on("articles.changed", ({ articleIds, storyIds, locales, categorySlugs }) => {
    site.forget();
    cache?.invalidate([
      ...articleIds.map((id) => `article:${id}`),
      ...storyIds.map((id) => `story:${id}`),
      ...locales.flatMap((lc) => [`home:${lc}`, ...categorySlugs.map((c) => `list:${lc}:${c}`)]),
    ]);
  });

  await weather.start();
  views.start();
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
    logLevel: config.logLevel,
  });
  const address = await app.listen({ host: config.host, port: config.port });
  const url = address.replace("0.0.0.0", "localhost").replace("[::]", "localhost");
  log.info({ url }, `Xabar is serving ${url}`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop: () =>
      (stopping ??= (async () => {
        await app.close();
        weather.stop();
        await views.stop();
        await handle.close();
        log.info("stopped");
      })()),
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const running = await start(config);
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
