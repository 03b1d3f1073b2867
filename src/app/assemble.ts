/**
 * The wiring: services over an open, migrated database, the events that connect the domains
 * (a publication → similar news, page invalidation here and on other instances, CDN purge), and
 * the HTTP app. Shared by the process (start.ts) and the tests, so both run the same graph.
 */
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { type InvalidationBus, LocalBus, RedisBus } from "../cache/bus.js";
import { purgeCdn } from "../cache/cdn-purge.js";
import { PageCache } from "../cache/page-cache.js";
import { tags, tagsOfChange } from "../cache/tags.js";
import type { Config } from "../config.js";
import { ArticleRepository } from "../content/article.repository.js";
import { PublishedRepository } from "../content/published.repository.js";
import { DeskService } from "../content/desk.service.js";
import { RedirectRepository } from "../content/redirect.repository.js";
import { EditorialService } from "../content/editorial.service.js";
import { TaxonomyService } from "../content/taxonomy.service.js";
import { PUBLISH_JOB, StoryService } from "../content/story.service.js";
import { WorkflowService } from "../content/workflow.service.js";
import type { Db, XabarDatabase } from "../db/database.js";
import { SearchService } from "../discovery/search.js";
import { recomputeSimilar } from "../discovery/similar.js";
import { photoOf } from "../distribution/cover.js";
import { TELEGRAM_JOB, WEBHOOK_JOB, type ArticleToShare } from "../distribution/distribution.repository.js";
import { distributionView, subscribeDistribution } from "../distribution/distribution.js";
import { TelegramClient } from "../distribution/telegram.js";
import { TelegramService } from "../distribution/telegram.service.js";
import { WebhookService } from "../distribution/webhooks.js";
import { ReactionService } from "../engagement/reactions.service.js";
import { ViewCounter } from "../engagement/views.service.js";
import { Events } from "../events.js";
import { JobRunner, enqueueJob } from "../jobs/jobs.js";
import { Limiter } from "../jobs/limiter.js";
import { fallbackFormat, variantFileName } from "../media/files.js";
import { CROPS_JOB, MediaService } from "../media/media.service.js";
import { DiskStorage } from "../media/storage.js";
import { AccountService } from "../newsroom/accounts.service.js";
import type { Locale } from "../lang/locales.js";
import { toCyrillic } from "../lang/translit.js";
import { buildApp } from "../server/app.js";
import { loadAssets } from "../site/assets.js";
import { SitePresenter } from "../site/presenter.js";
import { type SiteDeps, SiteService } from "../site/site.service.js";
import { RatesService } from "../widgets/rates/index.js";
import { articleUrl } from "../site/urls.js";
import { WeatherService, describeWeather } from "../widgets/weather/index.js";
import { discoveryOptions, wireIndexNow } from "./wire-discovery.js";

/**
 * After a change, the lists of this many best candidates of each changed article are recomputed
 * too: the articles whose "similar news" a new or edited article may now enter.
 */
export const SIMILAR_NEIGHBOURS = 60;

export interface Xabar {
  app: FastifyInstance;
  db: Db;
  events: Events;
  stories: StoryService;
  workflow: WorkflowService;
  jobs: JobRunner;
  /** Present when TELEGRAM_BOT_TOKEN is set. */
  telegram: TelegramService | undefined;
  views: ViewCounter;
  weather: WeatherService;
  rates: RatesService;
  cache: PageCache | undefined;
  /** Resolves when the background work that changes started (similar news) is done. */
  settled(): Promise<void>;
  /** Flushes counters and stops timers; the caller closes the app and the database. */
  stopServices(): Promise<void>;
}

/** The weather line of a page: the city named in the page's language (Uzbek Cyrillic derived when not given). */
function weatherLine(weather: WeatherService, cityNames: Config["weather"]["cityNames"]) {
  return (locale: Locale) => {
    const now = weather.current();
    if (!now) return undefined;
    const cityName = cityNames && locale === "oz" ? (cityNames.oz ?? toCyrillic(cityNames.uz)) : cityNames?.[locale];
    return describeWeather(now, locale, cityName);
  };
}

/**
 * Similar news after a change, in the background and one pass at a time (changes that arrive
 * meanwhile are batched into the next pass): the changed articles' lists, the lists that name
 * them and those of their best candidates; then those pages are dropped everywhere. A publication
 * is on the site before this starts; its own page shows its similar news a moment later.
 */
function wireSimilarNews(events: Events, db: Db, bus: InvalidationBus, log: Logger): { drain(): Promise<void> } {
  const passes = new Limiter(1);
  const running = new Set<Promise<void>>();
  let batch: Set<number> | undefined;
  events.on("articles.changed", ({ articleIds }) => {
    if (batch) {
      for (const id of articleIds) batch.add(id);
      return;
    }
    const ids = new Set(articleIds);
    batch = ids;
    const pass = passes
      .run(async () => {
        if (batch === ids) batch = undefined;
        const recomputed = await recomputeSimilar(db, { articleIds: [...ids], neighbours: SIMILAR_NEIGHBOURS });
        // Only the pages that show these lists: the articles' own.
        await bus.publish(recomputed.map(tags.similar));
      })
      .catch((error: unknown) => log.error({ err: error }, "similar news recompute failed"))
      .finally(() => running.delete(pass));
    running.add(pass);
  });
  return {
    async drain() {
      while (running.size) await Promise.all([...running]);
    },
  };
}

/** Pages to drop after a change, here and on every instance (Redis), and at the CDN when one is configured. */
async function wireInvalidation(events: Events, config: Config, site: SiteService, cache: PageCache | undefined, log: Logger): Promise<InvalidationBus> {
  const bus: InvalidationBus = config.redisUrl ? await RedisBus.connect(config.redisUrl, config.redisPrefix, log) : new LocalBus();
  bus.subscribe((tags) => {
    site.forget();
    cache?.invalidate(tags);
  });
  const drop = async (stale: string[]) => {
    await bus.publish(stale);
    if (config.cdnPurgeUrl) await purgeCdn(config.cdnPurgeUrl, stale, log);
  };
  events.on("articles.changed", (change) => drop(tagsOfChange(change)));
  events.on("pages.stale", ({ tags: stale }) => drop(stale));
  return bus;
}

/**
 * The exchange rates: new rates (at most once per refresh, on a change) make every page that
 * shows them stale — all of them carry the strip — dropped like any other (wireInvalidation).
 */
function wireRates(config: Config, db: Db, log: Logger, events: Events): RatesService {
  return new RatesService(db, config.rates, log, {}, () => void events.emit("pages.stale", { tags: [tags.rates()] }));
}

/** The background jobs and their handlers (scheduled publishing, IndexNow pings, the crops of older media). */
function jobRunner(database: XabarDatabase, config: Config, log: Logger, workflow: WorkflowService, events: Events, media: MediaService): JobRunner {
  const jobs = new JobRunner(database.db, { dialect: database.dialect, pollMs: config.jobPollMs, log });
  jobs.handle(PUBLISH_JOB, async (payload) => {
    await workflow.publishScheduled(payload);
  });
  wireIndexNow(events, jobs, database.db, config, log);
  jobs.handle(CROPS_JOB, async () => {
    // A batch per run; while media without crops remain, the job is queued again (the same key).
    if (await media.makeMissingCrops()) await enqueueJob(database.db, { kind: CROPS_JOB, key: CROPS_JOB, payload: {}, runAt: new Date() });
  });
  return jobs;
}

/**
 * Telegram channels and webhooks: their jobs are enqueued in the transaction of each publication,
 * edit and withdrawal (events.onWithin) and run by the job runner.
 */
function wireDistribution(config: Config, db: Db, events: Events, jobs: JobRunner, media: MediaService, log: Logger) {
  const storage = new DiskStorage(config.mediaDir);
  const link = (article: ArticleToShare) => `${config.siteUrl}${articleUrl(article.locale, article.category, article.id, article.slug)}`;
  const { token, apiUrl, channels, timeoutMs, channelIntervalMs } = config.telegram;
  const telegram = token
    ? new TelegramService(db, {
        client: new TelegramClient({ apiUrl, token, timeoutMs }),
        channels,
        articleUrl: link,
        runnerId: jobs.id,
        channelIntervalMs,
        log,
        // The largest variant up to 1600 px, JPEG or PNG when stored so, else made a JPEG.
        cover: async (mediaId) => {
          const record = await media.get(mediaId);
          const width = Math.max(...record.variants.filter((w) => w <= 1600), Math.min(...record.variants));
          const format = fallbackFormat(record.formats);
          return photoOf({ bytes: await storage.get(variantFileName(record.file, width, format)), format });
        },
      })
    : undefined;
  const webhooks = new WebhookService(db, { ...config.webhooks, articleUrl: link });
  subscribeDistribution(events, { telegram, webhooks });
  if (telegram) jobs.handle(TELEGRAM_JOB, (payload) => telegram.sync(payload));
  jobs.handle(WEBHOOK_JOB, (payload, context) => webhooks.deliver(payload, context));
  return { telegram, view: (articleId: number | undefined) => distributionView(db, articleId) };
}

function pageCache(config: Config, now: () => number): PageCache | undefined {
  if (!config.pageCache.enabled) return undefined;
  return new PageCache({ maxEntries: config.pageCache.maxEntries, ttlMs: config.pageCache.ttlSeconds * 1000, now });
}

/** The site's presenter, and the search its page and the search API share. */
function sitePresenter(site: SiteService, config: Config, database: XabarDatabase): { presenter: SitePresenter; search: SearchService } {
  const search = new SearchService(database.db, database.dialect, { timeZone: config.timeZone, candidates: config.searchCandidates });
  return { presenter: new SitePresenter(site, { siteUrl: config.siteUrl, timeZone: config.timeZone, search }), search };
}

/** The public pages' data, from the parts the rest of the app shares. */
function siteService(
  config: Config,
  db: Db,
  parts: Pick<SiteDeps, "media" | "articles" | "reactions" | "assets" | "weather">,
  rates: RatesService,
): SiteService {
  return new SiteService({
    ...parts,
    rates: { current: () => rates.current(), currencies: config.rates.currencies, historyDays: config.rates.historyDays },
    siteUrl: config.siteUrl,
    timeZone: config.timeZone,
    latinProfile: config.translitProfile,
    redirects: new RedirectRepository(db),
  });
}

/** The newsroom's writing, naming and reading services (the admin API's). */
const newsroomServices = (db: Db, events: Events) => ({
  editorial: new EditorialService(db, events),
  taxonomy: new TaxonomyService(db, events),
  desk: new DeskService(db),
});

/** The services and the app over an open, migrated database. `now`: the page cache's clock (tests move it). */
export async function assemble(config: Config, database: XabarDatabase, log: Logger, secret: string, now: () => number = Date.now): Promise<Xabar> {
  const { db } = database;
  const articles = new ArticleRepository(db);
  const reactions = new ReactionService(db);
  const views = new ViewCounter(db, { flushMs: config.viewFlushMs, timeZone: config.timeZone, secret, log });
  const weather = new WeatherService(db, config.weather, log);
  const events = new Events((error, event) => log.error({ err: error, event }, "event listener failed"));
  const rates = wireRates(config, db, log, events);
  const cache = pageCache(config, now);
  const assets = await loadAssets();
  const media = new MediaService(db, {
    storage: new DiskStorage(config.mediaDir),
    ...config.media,
    onTextsChanged: ({ storyIds, articleIds }) => events.emit("pages.stale", { tags: [...storyIds.map(tags.story), ...articleIds.map(tags.article)] }),
  });
  const site = siteService(config, db, { media, articles, reactions, assets, weather: weatherLine(weather, config.weather.cityNames) }, rates);

  // Pages are dropped first; similar news follows in the background.
  const bus = await wireInvalidation(events, config, site, cache, log);
  const similar = wireSimilarNews(events, db, bus, log);

  const stories = new StoryService(db, events);
  const workflow = new WorkflowService(db, events);
  const jobs = jobRunner(database, config, log, workflow, events, media);
  const distribution = wireDistribution(config, db, events, jobs, media, log);

  await Promise.all([weather.start(), rates.start()]);
  views.start();
  jobs.start();
  const app = await buildApp({
    db,
    ...sitePresenter(site, config, database),
    articles,
    publicApi: { published: new PublishedRepository(db), ...config.publicApi },
    views,
    reactions,
    accounts: new AccountService(db),
    newsroom: { ...newsroomServices(db, events), workflow, distribution: distribution.view, timeZone: config.timeZone },
    assets,
    cache,
    mediaDir: config.mediaDir,
    media: { service: media, maxBytes: config.media.maxBytes },
    secret,
    siteUrl: config.siteUrl,
    rateLimitPerMinute: config.rateLimitPerMinute,
    maxEventLoopDelayMs: config.overloadEventLoopDelayMs,
    maxHeapUsedBytes: config.overloadHeapUsedBytes,
    trustProxy: config.trustProxyHops > 0 ? config.trustProxyHops : false,
    logger: log,
    ...(bus instanceof RedisBus ? { redis: bus.publisher, redisPrefix: config.redisPrefix } : {}),
    metrics: { cache, views, jobs, pool: database.poolStats, token: config.metricsToken },
    discovery: discoveryOptions(config, db),
  });
  const stopServices = async () => {
    await jobs.stop();
    await similar.drain();
    await bus.close();
    weather.stop();
    rates.stop();
    await views.stop();
  };
  const settled = () => similar.drain();
  return { app, db, events, stories, workflow, jobs, telegram: distribution.telegram, views, weather, rates, cache, settled, stopServices };
}
