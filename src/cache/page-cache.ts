/**
 * The in-process page cache: rendered pages by key (path and query), each with tags such as
 * `article:42`, `story:7`, `list:uz:world`, `home:ru`. A hit touches no database. Entries expire
 * after a TTL (lists show view counts and most-read) and are dropped at once when a change
 * invalidates one of their tags; an expired page is still kept to be served when the database
 * fails. Least recently used entries go first when it is full.
 *
 * A key is rendered once at a time (`render`): while one request renders it, the others get the
 * expired copy when there is one (stale-while-revalidate), else wait for that render's result.
 */
import type { RenderedPage } from "./page.js";

interface Entry {
  page: RenderedPage;
  expiresAt: number;
}

/** A render of a key, or the outcome of someone else's: where the page came from. */
export interface Rendered {
  page: RenderedPage | undefined;
  state: "MISS" | "HIT" | "STALE";
}

export interface PageCacheOptions {
  maxEntries: number;
  ttlMs: number;
  now?: () => number;
}

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly keysByTag = new Map<string, Set<string>>();
  /** Renders under way, by key. */
  private readonly flights = new Map<string, Promise<RenderedPage | undefined>>();
  private readonly now: () => number;
  hits = 0;
  misses = 0;
  /** Goes up with every invalidation: a page rendered from data older than that is not stored. */
  version = 0;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** A fresh page, or undefined. Expired pages stay (until evicted or invalidated) for `stale`. */
  get(key: string): RenderedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.expiresAt <= this.now()) {
      this.misses++;
      return undefined;
    }
    // Move to the back: the front of the map is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry.page;
  }

  /** The page even when expired: served when rendering a fresh one failed (stale-if-error). */
  stale(key: string): RenderedPage | undefined {
    return this.entries.get(key)?.page;
  }

  /** Stores `page`, unless the cache was invalidated since `renderedAt` (a version) was read. */
  set(key: string, page: RenderedPage, renderedAt?: number): void {
    if (renderedAt !== undefined && renderedAt !== this.version) return;
    this.delete(key);
    this.entries.set(key, { page, expiresAt: this.now() + this.options.ttlMs });
    for (const tag of page.tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) {
        keys = new Set();
        this.keysByTag.set(tag, keys);
      }
      keys.add(key);
    }
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  /**
   * The page of `key` from one render at a time. The first request renders (`render`; its page is
   * stored unless it is undefined — not a cacheable page — or the cache was invalidated since
   * `renderedAt`). Those that come meanwhile get the expired copy when there is one, else wait for
   * that render and share its page (undefined: make your own) or its error. A failed render is
   * forgotten at once: the next request renders again.
   */
  async render(key: string, render: () => Promise<RenderedPage | undefined>, renderedAt?: number): Promise<Rendered> {
    const running = this.flights.get(key);
    if (running) {
      const stale = this.stale(key);
      if (stale) return { page: stale, state: "STALE" };
      return { page: await running, state: "HIT" };
    }
    const flight = render().then((page) => {
      if (page) this.set(key, page, renderedAt);
      return page;
    });
    this.flights.set(key, flight);
    try {
      return { page: await flight, state: "MISS" };
    } finally {
      if (this.flights.get(key) === flight) this.flights.delete(key);
    }
  }

  /** Drops every page carrying one of `tags`; returns how many. */
  invalidate(tags: Iterable<string>): number {
    this.version++;
    // Renders under way read data from before the change: later requests do not wait for them.
    this.flights.clear();
    let dropped = 0;
    for (const tag of tags) {
      for (const key of this.keysByTag.get(tag) ?? []) {
        if (this.delete(key)) dropped++;
      }
      this.keysByTag.delete(tag);
    }
    return dropped;
  }

  clear(): void {
    this.version++;
    this.flights.clear();
    this.entries.clear();
    this.keysByTag.clear();
  }

  private delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    for (const tag of entry.page.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
    return true;
  }
}
