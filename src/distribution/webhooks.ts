/**
 * Webhooks: each configured URL receives article.published / updated / unpublished as signed JSON.
 * The body is made in the transaction of the change (what the article was then), one job per
 * receiver and event; each attempt signs it anew:
 *
 *   X-Xabar-Timestamp: <unix seconds>
 *   X-Xabar-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>
 *   X-Xabar-Event, X-Xabar-Delivery (the same id on every attempt: receivers drop repeats)
 *
 * Every attempt is logged (status, response code, error, duration). 2xx is delivered; 408, 429,
 * 5xx, timeouts and network errors are retried with the job runner's backoff; any other answer,
 * and a redirect (never followed: it could lead anywhere), fails for good. Private, loopback,
 * link-local and unique-local addresses (IPv4 and IPv6, after DNS resolution; the connection goes
 * to the address that was checked, so a second lookup cannot swap it) are refused unless
 * WEBHOOKS_ALLOW_PRIVATE is on.
 */
import { createHmac, randomUUID } from "node:crypto";
import { lookup as dnsLookup } from "node:dns/promises";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import * as z from "zod";
import type { Db } from "../db/database.js";
import type { ArticleEvent, XabarEvents } from "../events.js";
import { PermanentJobError } from "../jobs/jobs.js";
import { enqueueJob } from "../jobs/jobs.js";
import { type ArticleToShare, DistributionRepository, WEBHOOK_JOB, webhookJobKey } from "./distribution.repository.js";

export type WebhookEvent = Extract<keyof XabarEvents, "article.published" | "article.updated" | "article.unpublished">;

export interface WebhookTarget {
  url: string;
  secret: string;
}

export interface WebhookOptions {
  targets: WebhookTarget[];
  allowPrivate: boolean;
  timeoutMs: number;
  articleUrl: (article: ArticleToShare) => string;
  now?: () => Date;
}

const jobPayload = z.object({
  url: z.string(),
  delivery: z.string(),
  event: z.string(),
  articleId: z.number().int(),
  body: z.string(),
});

/** Addresses no webhook may reach by default: "this" network, private, carrier NAT, loopback, link-local, benchmarking, multicast, reserved; IPv6 loopback, unique-local, link-local, multicast. */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv6");

/** Whether `address` (an IP) is private, loopback, link-local or otherwise not on the public internet; IPv4 inside IPv6 (::ffff:a.b.c.d, 64:ff9b::/96) is judged as IPv4. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, "ipv4");
  if (family !== 6) return true;
  const lower = address.toLowerCase();
  const embedded = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1];
  if (embedded) return PRIVATE.check(embedded, "ipv4");
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex?.[1] && hex[2]) {
    const n = (parseInt(hex[1], 16) << 16) | parseInt(hex[2], 16);
    return PRIVATE.check([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join("."), "ipv4");
  }
  return PRIVATE.check(address, "ipv6");
}

export class RefusedAddressError extends Error {}

/** The addresses of `host`, refused when one is private (unless allowed). */
export async function resolveTarget(host: string, allowPrivate: boolean): Promise<{ address: string; family: number }> {
  const bare = host.replace(/^\[|\]$/g, "");
  const addresses = isIP(bare) ? [{ address: bare, family: isIP(bare) }] : await dnsLookup(bare, { all: true, verbatim: true });
  const first = addresses[0];
  if (!first) throw new Error(`${host} has no address`);
  if (!allowPrivate) {
    const inside = addresses.find((a) => isPrivateAddress(a.address));
    if (inside) throw new RefusedAddressError(`${host} resolves to ${inside.address}, a private or loopback address (WEBHOOKS_ALLOW_PRIVATE is off)`);
  }
  return first;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

interface Answer {
  status: number;
}

/** One POST to the checked address, no redirects followed, the answer's body read and dropped. */
function post(url: URL, target: { address: string; family: number }, headers: Record<string, string>, body: string, timeoutMs: number): Promise<Answer> {
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, lookup, timeout: timeoutMs },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
        res.on("error", reject);
      },
    );
    // The socket's timeout is an idle one: a receiver that trickles bytes would hold the job; this is the whole answer's.
    const deadline = setTimeout(() => req.destroy(new Error(`no whole answer within ${timeoutMs} ms`)), timeoutMs);
    req.on("close", () => clearTimeout(deadline));
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}

export class WebhookService {
  private readonly now: () => Date;

  constructor(
    private readonly db: Db,
    private readonly options: WebhookOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  get enabled(): boolean {
    return this.options.targets.length > 0;
  }

  /** In the change's transaction: the body of the event, and one delivery job per receiver. */
  async enqueue(trx: Db, event: WebhookEvent, happened: ArticleEvent): Promise<void> {
    if (!this.enabled) return;
    const article = await new DistributionRepository(trx).article(happened.articleId);
    if (!article) return;
    const now = this.now();
    for (const target of this.options.targets) {
      const delivery = randomUUID();
      const body = JSON.stringify({
        id: delivery,
        event,
        occurredAt: now.toISOString(),
        article: {
          id: article.id,
          storyId: article.storyId,
          locale: article.locale,
          url: this.options.articleUrl(article),
          title: article.title,
          lead: article.lead,
          category: article.category,
          status: article.status,
          publishedAt: article.publishedAt,
          updatedAt: article.updatedAt,
        },
      });
      await enqueueJob(
        trx,
        { kind: WEBHOOK_JOB, payload: { url: target.url, delivery, event, articleId: article.id, body }, runAt: now, key: webhookJobKey(article.id, delivery) },
        now,
      );
    }
  }

  /** The job handler: one attempt, logged. */
  async deliver(payload: unknown, context: { attempts: number }): Promise<void> {
    const job = jobPayload.parse(payload);
    const target = this.options.targets.find((t) => t.url === job.url);
    if (!target) throw new PermanentJobError(`${job.url} is no longer a webhook receiver`);
    const started = Date.now();
    const log = (status: "delivered" | "failed" | "refused", responseCode: number | null, error: string | null) =>
      new DistributionRepository(this.db).addDelivery({
        delivery: job.delivery,
        url: job.url,
        event: job.event,
        articleId: job.articleId,
        attempt: context.attempts,
        status,
        responseCode,
        error,
        durationMs: Date.now() - started,
        createdAt: this.now().toISOString(),
      });
    const url = new URL(job.url);
    let answer: Answer;
    try {
      const address = await resolveTarget(url.hostname, this.options.allowPrivate);
      const timestamp = Math.floor(this.now().getTime() / 1000);
      const headers = {
        "content-type": "application/json",
        "user-agent": "Xabar-Webhooks/1",
        "x-xabar-event": job.event,
        "x-xabar-delivery": job.delivery,
        "x-xabar-timestamp": String(timestamp),
        "x-xabar-signature": signature(target.secret, timestamp, job.body),
      };
      answer = await post(url, address, headers, job.body, this.options.timeoutMs);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof RefusedAddressError) {
        await log("refused", null, message);
        throw new PermanentJobError(message);
      }
      await log("failed", null, message);
      throw error instanceof Error ? error : new Error(message);
    }
    const { status } = answer;
    if (status >= 200 && status < 300) {
      await log("delivered", status, null);
      return;
    }
    const retry = status === 408 || status === 429 || status >= 500;
    const message = status >= 300 && status < 400 ? `answered ${status}: redirects are not followed` : `answered ${status}`;
    await log("failed", status, message);
    if (retry) throw new Error(message);
    throw new PermanentJobError(message);
  }
}
