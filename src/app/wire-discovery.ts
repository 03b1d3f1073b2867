/**
 * The wiring of discovery and its distribution: the feeds' and sitemaps' data for the routes, and
 * IndexNow (when INDEXNOW_KEY is set): a published, edited or withdrawn article enqueues a job
 * that tells search engines its URL.
 */
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Db } from "../db/database.js";
import { FeedRepository } from "../discovery/feeds.js";
import { SitemapRepository } from "../discovery/sitemaps.js";
import { INDEXNOW_JOB, IndexNowClient, indexNowJob, indexNowPayload } from "../distribution/indexnow.js";
import type { ArticleEvent, Events } from "../events.js";
import { enqueueJob, type JobRunner } from "../jobs/jobs.js";
import type { DiscoveryRoutesOptions } from "../site/discovery-routes.js";
import { articleUrl } from "../site/urls.js";

export function discoveryOptions(config: Config, db: Db): Omit<DiscoveryRoutesOptions, "cache" | "rendered"> {
  return {
    feeds: new FeedRepository(db),
    sitemaps: new SitemapRepository(db),
    siteUrl: config.siteUrl,
    feedItems: config.feeds.items,
    fullText: config.feeds.fullText,
    sitemapMaxUrls: config.sitemapMaxUrls,
    indexNowKey: config.indexNow?.key,
  };
}

/** IndexNow pings as jobs; nothing at all when it is off. */
export function wireIndexNow(events: Events, jobs: JobRunner, db: Db, config: Config, log: Logger): void {
  const settings = config.indexNow;
  if (!settings) return;
  const client = new IndexNowClient({ ...settings, siteUrl: config.siteUrl });
  const paths = new SitemapRepository(db);
  // Inside the change's transaction, like Telegram's and the webhooks' jobs: a crash loses neither half.
  const enqueue = async ({ articleId }: ArticleEvent, trx: Db) => enqueueJob(trx, indexNowJob(articleId));
  events.onWithin("article.published", enqueue);
  events.onWithin("article.updated", enqueue);
  events.onWithin("article.unpublished", enqueue);
  jobs.handle(INDEXNOW_JOB, async (payload) => {
    const { articleIds } = indexNowPayload.parse(payload);
    const urls = (await paths.articlePaths(articleIds)).map((p) => `${config.siteUrl}${articleUrl(p.locale, p.categorySlug, p.id, p.slug)}`);
    await client.submit(urls);
    log.debug({ urls }, "IndexNow notified");
  });
}
