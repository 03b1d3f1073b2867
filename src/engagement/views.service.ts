/**
 * View counting: once per visitor, article and day. A view is a "mark" (a keyed hash of visitor,
 * article and day); marks are buffered in memory and written in batches. The database keeps the
 * marks of the last days with a unique key, so a mark counts once even across restarts and
 * instances: only marks that were newly inserted add to the counters.
 */
import { createHmac } from "node:crypto";
import type { Db } from "../db/database.js";

export interface ViewCounterOptions {
  flushMs: number;
  timeZone: string;
  secret: string;
  now?: () => Date;
  log?: { warn(obj: object, msg?: string): void };
}

interface PendingView {
  articleId: number;
  day: string;
  mark: string;
}

/** Marks seen by this process today; beyond this many, the database alone deduplicates. */
const MAX_SEEN = 500_000;
const BATCH = 400;
const TOTALS_TTL_MS = 5_000;

export class ViewCounter {
  private pending: PendingView[] = [];
  private readonly pendingByArticle = new Map<number, number>();
  private seen = new Set<string>();
  private seenDay = "";
  /** Totals read from the database, briefly: other instances add to them too. */
  private readonly totals = new Map<number, { views: number; until: number }>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private readonly now: () => Date;
  private readonly dayFormat: Intl.DateTimeFormat;
  lastFlushAt = 0;
  private flushes = 0;

  constructor(
    private readonly db: Db,
    private readonly options: ViewCounterOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: options.timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  }

  /** `YYYY-MM-DD` in the site's time zone. */
  day(date: Date = this.now()): string {
    return this.dayFormat.format(date);
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
      const row = await this.db.selectFrom("article_stats").select("views").where("article_id", "=", articleId).executeTakeFirst();
      total = { views: row?.views ?? 0, until: now + TOTALS_TTL_MS };
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
    const byMark = new Map(batch.map((view) => [`${view.day}|${view.mark}`, view]));
    try {
      const counted = new Map<string, number>(); // `${articleId}|${day}` → new views
      await this.db.transaction().execute(async (trx) => {
        for (let i = 0; i < batch.length; i += BATCH) {
          const chunk = batch.slice(i, i + BATCH);
          const inserted = await trx
            .insertInto("view_marks")
            .values(chunk.map((v) => ({ day: v.day, mark: v.mark })))
            .onConflict((oc) => oc.columns(["day", "mark"]).doNothing())
            .returning(["day", "mark"])
            .execute();
          for (const row of inserted) {
            const view = byMark.get(`${row.day}|${row.mark}`);
            if (!view) continue;
            const key = `${view.articleId}|${view.day}`;
            counted.set(key, (counted.get(key) ?? 0) + 1);
          }
        }
        for (const [key, views] of [...counted].sort(([a], [b]) => (a < b ? -1 : 1))) {
          const [id, day] = key.split("|") as [string, string];
          const articleId = Number(id);
          await trx
            .insertInto("article_stats")
            .values({ article_id: articleId, views })
            .onConflict((oc) => oc.column("article_id").doUpdateSet((eb) => ({ views: eb("article_stats.views", "+", eb.ref("excluded.views")) })))
            .execute();
          await trx
            .insertInto("article_views_daily")
            .values({ article_id: articleId, day, views })
            .onConflict((oc) => oc.columns(["article_id", "day"]).doUpdateSet((eb) => ({ views: eb("article_views_daily.views", "+", eb.ref("excluded.views")) })))
            .execute();
        }
        // Marks older than two days can no longer deduplicate anything.
        const cutoff = this.day(new Date(this.now().getTime() - 2 * 86_400_000));
        await trx.deleteFrom("view_marks").where("day", "<", cutoff).execute();
      });
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
