/**
 * The in-process page cache: rendered pages by key (path and query), each with tags such as
 * `article:42`, `story:7`, `list:uz:world`, `home:ru`. A hit touches no database. Entries expire
 * after a TTL (lists show view counts and most-read) and are dropped at once when a change
 * invalidates one of their tags; an expired page is still kept to be served when the database
 * fails. Least recently used entries go first when it is full.
 */
import type { RenderedPage } from "./page.js";

interface Entry {
  page: RenderedPage;
  expiresAt: number;
}

export interface PageCacheOptions {
  maxEntries: number;
  ttlMs: number;
  now?: () => number;
}

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly keysByTag = new Map<string, Set<string>>();
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

  /** Drops every page carrying one of `tags`; returns how many. */
  invalidate(tags: Iterable<string>): number {
    this.version++;
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
