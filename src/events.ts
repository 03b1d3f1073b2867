/**
 * Typed in-process events. A domain emits; the wiring (app/assemble.ts) subscribes the others, so that
 * content never imports discovery or the page cache.
 */
import type { Kysely } from "kysely";
import type { Database } from "./db/schema.js";
import type { Locale } from "./lang/locales.js";

/** Articles became visible or changed (published, edited, unpublished, deleted). */
export interface ArticlesChanged {
  articleIds: number[];
  storyIds: number[];
  locales: Locale[];
  categorySlugs: string[];
  tagSlugs: string[];
}

/** One article, for those who distribute it (feeds, search engines, Telegram, webhooks). */
export interface ArticleEvent {
  articleId: number;
  storyId: number;
  locale: Locale;
}

export interface XabarEvents {
  /** For caches and lists: which pages changed. */
  "articles.changed": ArticlesChanged;
  /** On the site now (by hand or on schedule). */
  "article.published": ArticleEvent;
  /** A published article's text, fields or corrections changed. */
  "article.updated": ArticleEvent;
  /** Off the site again. */
  "article.unpublished": ArticleEvent;
  /** Pages to drop that no article change names (new exchange rates): their cache tags, dropped like a change's. */
  "pages.stale": { tags: string[] };
}

type Listener<K extends keyof XabarEvents> = (payload: XabarEvents[K]) => unknown;
/** Runs inside the writer's transaction, before it commits: for outbox jobs (jobs/) that must exist exactly when the change does. */
type TransactionListener<K extends keyof XabarEvents> = (payload: XabarEvents[K], trx: Kysely<Database>) => Promise<void>;

export class Events {
  private readonly listeners = new Map<keyof XabarEvents, Array<Listener<keyof XabarEvents>>>();
  private readonly transactionListeners = new Map<keyof XabarEvents, Array<TransactionListener<keyof XabarEvents>>>();

  constructor(private readonly onError: (error: unknown, event: string) => void = (error) => console.error(error)) {}

  on<K extends keyof XabarEvents>(name: K, listener: Listener<K>): void {
    const list = this.listeners.get(name) ?? [];
    list.push(listener as Listener<keyof XabarEvents>);
    this.listeners.set(name, list);
  }

  /** Hears `name` inside the writer's transaction (see `emitWithin`). */
  onWithin<K extends keyof XabarEvents>(name: K, listener: TransactionListener<K>): void {
    const list = this.transactionListeners.get(name) ?? [];
    list.push(listener as TransactionListener<keyof XabarEvents>);
    this.transactionListeners.set(name, list);
  }

  /**
   * Runs the in-transaction listeners of `name` with the writer's transaction `trx`. Unlike
   * `emit`, a listener's failure is thrown: the change rolls back rather than commit without
   * the work it makes necessary (a crash can lose neither half).
   */
  async emitWithin<K extends keyof XabarEvents>(trx: Kysely<Database>, name: K, payload: XabarEvents[K]): Promise<void> {
    for (const listener of this.transactionListeners.get(name) ?? []) await listener(payload, trx);
  }

  /**
   * Runs every listener in order and resolves when they are done. A listener's failure is
   * reported, never thrown back at the writer whose change has already been committed.
   */
  async emit<K extends keyof XabarEvents>(name: K, payload: XabarEvents[K]): Promise<void> {
    for (const listener of this.listeners.get(name) ?? []) {
      try {
        await listener(payload);
      } catch (error) {
        this.onError(error, name);
      }
    }
  }
}
