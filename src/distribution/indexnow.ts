/**
 * IndexNow (https://www.indexnow.org/documentation): tells participating search engines that a
 * URL was added, changed or removed. One POST of `{host, key, keyLocation, urlList}` as JSON; the
 * key file at `keyLocation` proves the site is ours. Runs as a job from the outbox, so a failing
 * endpoint is retried with backoff and never holds up a publication. Off unless INDEXNOW_KEY is set.
 */
import * as z from "zod";

export const INDEXNOW_JOB = "indexnow.submit";

/** An article's pings within this long of each other are one (the job is rescheduled under its key). */
export const INDEXNOW_DELAY_MS = 10_000;

/** The protocol's bound on URLs per request. */
const MAX_URLS = 10_000;

export const indexNowPayload = z.object({ articleIds: z.array(z.number().int().positive()).min(1).max(MAX_URLS) });
export type IndexNowPayload = z.infer<typeof indexNowPayload>;

export interface IndexNowOptions {
  key: string;
  /** The endpoint (https://api.indexnow.org/indexnow by default, a local server in tests). */
  endpoint: string;
  /** The site's origin: its host is the request's `host`, its key file is there. */
  siteUrl: string;
  timeoutMs?: number;
}

/** The job of announcing one article: one pending job per article, so a burst of edits is one ping. */
export function indexNowJob(articleId: number, now = new Date()) {
  return { kind: INDEXNOW_JOB, payload: { articleIds: [articleId] }, runAt: new Date(now.getTime() + INDEXNOW_DELAY_MS), key: `indexnow:article:${articleId}` };
}

export class IndexNowError extends Error {}

export class IndexNowClient {
  constructor(private readonly options: IndexNowOptions) {}

  /** The request body for `urls` (absolute URLs of this site). */
  body(urls: string[]): { host: string; key: string; keyLocation: string; urlList: string[] } {
    const site = new URL(this.options.siteUrl);
    return { host: site.host, key: this.options.key, keyLocation: `${site.origin}/${this.options.key}.txt`, urlList: urls };
  }

  /** POSTs `urls`; 200 and 202 are success, anything else throws (the job runner retries). */
  async submit(urls: string[]): Promise<void> {
    if (!urls.length) return;
    for (let i = 0; i < urls.length; i += MAX_URLS) {
      const response = await fetch(this.options.endpoint, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8" },
        body: JSON.stringify(this.body(urls.slice(i, i + MAX_URLS))),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
      await response.body?.cancel();
      if (response.status !== 200 && response.status !== 202) throw new IndexNowError(`IndexNow answered ${response.status}`);
    }
  }
}
