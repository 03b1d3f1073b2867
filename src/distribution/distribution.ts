/**
 * Distribution's wiring into the events: inside the transaction of each publication, edit and
 * withdrawal it enqueues the Telegram job of the article (one pending per article; an edit of an
 * article that was never posted posts nothing) and one webhook delivery per receiver. And what the
 * newsroom sees of it: posts, deliveries and the jobs that failed for good, with their errors.
 */
import type { Db } from "../db/database.js";
import type { Events } from "../events.js";
import { enqueueJob } from "../jobs/jobs.js";
import { type Delivery, DistributionRepository, type FailedJob, TELEGRAM_JOB, type TelegramPost, telegramJobKey } from "./distribution.repository.js";
import type { TelegramService } from "./telegram.service.js";
import type { WebhookEvent, WebhookService } from "./webhooks.js";

const EVENTS: WebhookEvent[] = ["article.published", "article.updated", "article.unpublished"];

export function subscribeDistribution(
  events: Events,
  parts: { telegram?: TelegramService | undefined; webhooks?: WebhookService | undefined; now?: () => Date },
): void {
  const now = parts.now ?? (() => new Date());
  for (const name of EVENTS) {
    events.onWithin(name, async (event, trx) => {
      const { telegram, webhooks } = parts;
      if (telegram?.channelOf(event.locale) && (name === "article.published" || (await new DistributionRepository(trx).hasTelegram(event.articleId)))) {
        const at = now();
        await enqueueJob(trx, { kind: TELEGRAM_JOB, payload: { articleId: event.articleId }, runAt: at, key: telegramJobKey(event.articleId) }, at);
      }
      if (webhooks?.enabled) await webhooks.enqueue(trx, name, event);
    });
  }
}

export interface DistributionView {
  posts: TelegramPost[];
  deliveries: Delivery[];
  failedJobs: FailedJob[];
}

/** An article's distribution (or the latest across all), for the newsroom. */
export async function distributionView(db: Db, articleId: number | undefined): Promise<DistributionView> {
  const repo = new DistributionRepository(db);
  const [posts, deliveries, failedJobs] = await Promise.all([repo.posts(articleId, 50), repo.deliveries(articleId, 100), repo.failedJobs(articleId, 50)]);
  return { posts, deliveries, failedJobs };
}
