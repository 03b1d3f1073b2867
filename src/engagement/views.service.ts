/**
 * View counting: once per visitor, article and day. A view is a "mark" (a keyed hash of visitor,
 * article and day); marks are buffered in memory and written in batches. The database keeps the
 * marks of the last days with a unique key, so a mark counts once even across restarts and
 * instances: only marks that were newly inserted add to the counters.
 */
import { createHmac } from "node:crypto";
import type { Db } from "../db/database.js";
import { calendarDate } from "../lang/format.js";
import { type ViewMark, ViewsRepository } from "./views.repository.js";

export interface ViewCounterOptions {
  flushMs: number;
  timeZone: string;
  secret: string;
  now?: () => Date;
  log?: { warn(obj: object, msg?: string): void };
}

/** Marks seen by this process today; beyond this many, the database alone deduplicates. */
const MAX_SEEN = 500_000;
const TOTALS_TTL_MS = 5_000;

export class ViewCounter {
  private pending: ViewMark[] = [];
  private readonly pendingByArticle = new Map<number, number>();
  private seen = new Set<string>();
  private seenDay = "";
  /** Totals read from the database, briefly: other instances add to them too. */
  private readonly totals = new Map<number, { views: number; until: number }>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private readonly now: () => Date;
  lastFlushAt = 0;
  private flushes = 0;

  private readonly repository: ViewsRepository;

  constructor(
    db: Db,
    private readonly options: ViewCounterOptions,
  ) {
    this.repository = new ViewsRepository(db);
    this.now = options.now ?? (() => new Date());
  }

  /** `YYYY-MM-DD` in the site's time zone. */
  day(date: Date = this.now()): string {
    return calendarDate(date, this.options.timeZone);
  }

  private markOf(visitor: string, articleId: number, day: string): string {
    return createHmac("sha256", this.options.secret).update(`${visitor}|${articleId}|${day}`).digest("base64url").slice(0, 22);
  }

  /** Records a view; true when it is this visitor's first view of the article today. */
  record(articleId: number, visitor: string): boolean {
    const day = this.day();
    if (day !== this.seenDay || this.seen.size >= MAX_SEEN) {
      this.seen = new Set();
      this.seenDay = day;
    }
    const mark = this.markOf(visitor, articleId, day);
    if (this.seen.has(mark)) return false;
    this.seen.add(mark);
    this.pending.push({ articleId, day, mark });
    this.pendingByArticle.set(articleId, (this.pendingByArticle.get(articleId) ?? 0) + 1);
    return true;
  }

  /** The total: what the database has plus what waits in the buffer. */
  async views(articleId: number): Promise<number> {
    const now = Date.now();
    let total = this.totals.get(articleId);
    if (total === undefined || total.until <= now) {
      const flushes = this.flushes;
      total = { views: await this.repository.total(articleId), until: now + TOTALS_TTL_MS };
      // A flush that finished during the read may already be in it or not: do not keep it.
      if (flushes === this.flushes) {
        if (this.totals.size > 100_000) this.totals.clear();
        this.totals.set(articleId, total);
      }
    }
    return total.views + (this.pendingByArticle.get(articleId) ?? 0);
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  start(): void {
    this.timer = setInterval(() => {
      this.flush().catch((error: unknown) => this.options.log?.warn({ err: error }, "view flush failed; will retry"));
    }, this.options.flushMs);
    this.timer.unref();
  }

  /** Stops the timer and writes what is buffered. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  /** Writes buffered views; concurrent calls share one flush. On failure the batch stays buffered. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.pending.length === 0) return;
    this.flushing = this.writeBatch().finally(() => {
      this.flushing = undefined;
    });
    await this.flushing;
  }

  private async writeBatch(): Promise<void> {
    // Sorted, so that instances flushing at once lock rows in the same order (no deadlock).
    const batch = this.pending.sort((a, b) => a.articleId - b.articleId || (a.mark < b.mark ? -1 : 1));
    this.pending = [];
    try {
      // Marks older than two days can no longer deduplicate anything.
      await this.repository.write(batch, this.day(new Date(this.now().getTime() - 2 * 86_400_000)));
    } catch (error) {
      this.pending = batch.concat(this.pending);
      throw error;
    }
    for (const view of batch) {
      const left = (this.pendingByArticle.get(view.articleId) ?? 1) - 1;
      if (left > 0) this.pendingByArticle.set(view.articleId, left);
      else this.pendingByArticle.delete(view.articleId);
      this.totals.delete(view.articleId);
    }
    this.lastFlushAt = this.now().getTime();
    this.flushes++;
  }
}
