/**
 * Invalidation across instances. A change invalidates page-cache tags here at once and, when
 * REDIS_URL is set, on every other instance through Redis pub/sub. If Redis is unreachable the
 * publish fails fast and is logged: other instances then catch up when their pages' TTL runs
 * out (PAGE_CACHE_TTL_SECONDS). Without Redis there is one instance, and local is everything.
 */
import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { lazy } from "../lazy.js";

/** ioredis loads only in an instance that has REDIS_URL. */
const ioredis = lazy(() => import("ioredis"));

export type TagsListener = (tags: string[]) => void;

export interface InvalidationBus {
  /** Applies `tags` here and tells the other instances. */
  publish(tags: string[]): Promise<void>;
  subscribe(listener: TagsListener): void;
  close(): Promise<void>;
}

interface BusLog {
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}

export class LocalBus implements InvalidationBus {
  private readonly listeners: TagsListener[] = [];

  /** The listeners run before this returns; one that throws rejects the promise (as from an async function). */
  publish(tags: string[]): Promise<void> {
    return new Promise((resolve) => {
      for (const listener of this.listeners) listener(tags);
      resolve();
    });
  }

  subscribe(listener: TagsListener): void {
    this.listeners.push(listener);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

export class RedisBus implements InvalidationBus {
  private readonly local = new LocalBus();
  private readonly instance = randomBytes(6).toString("hex");
  private readonly channel: string;

  /** Connects to Redis at `url` (and subscribes, in the background). */
  static async connect(url: string, prefix: string, log: BusLog): Promise<RedisBus> {
    const { Redis } = await ioredis();
    // Fail fast instead of queueing while Redis is away: the local cache is already right.
    const options = { lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 1_000 };
    return new RedisBus(new Redis(url, options), new Redis(url, { ...options, enableOfflineQueue: true }), prefix, log);
  }

  private constructor(
    /** A command connection, also lent to the rate limiter (fails fast when Redis is away). */
    readonly publisher: Redis,
    private readonly subscriber: Redis,
    prefix: string,
    private readonly log: BusLog,
  ) {
    this.channel = `${prefix}:invalidate`;
    // One warning per outage, not one per reconnect attempt.
    let down = false;
    for (const client of [this.publisher, this.subscriber]) {
      client.on("error", (error: Error) => {
        if (down) return;
        down = true;
        log.warn({ err: error.message }, "redis unavailable; invalidating locally only until it is back");
      });
      client.on("ready", () => {
        if (!down) return;
        down = false;
        log.info({}, "redis is back");
      });
    }
    this.subscriber.on("message", (_channel: string, message: string) => this.receive(message));
    this.subscriber.subscribe(this.channel).catch((error: unknown) => log.warn({ err: String(error) }, "redis subscribe failed; will retry on reconnect"));
  }

  private receive(message: string): void {
    try {
      const parsed = JSON.parse(message) as { from?: unknown; tags?: unknown };
      if (parsed.from === this.instance || !Array.isArray(parsed.tags)) return;
      void this.local.publish(parsed.tags.filter((tag): tag is string => typeof tag === "string"));
    } catch {
      this.log.warn({ message: message.slice(0, 200) }, "ignoring a malformed invalidation message");
    }
  }

  async publish(tags: string[]): Promise<void> {
    await this.local.publish(tags);
    try {
      await this.publisher.publish(this.channel, JSON.stringify({ from: this.instance, tags }));
    } catch (error) {
      this.log.warn({ err: String(error) }, "could not broadcast an invalidation; other instances catch up by TTL");
    }
  }

  subscribe(listener: TagsListener): void {
    this.local.subscribe(listener);
  }

  /** Disconnects both connections at once; a throw rejects the promise, as from an async function. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      this.publisher.disconnect();
      this.subscriber.disconnect();
      resolve();
    });
  }
}
