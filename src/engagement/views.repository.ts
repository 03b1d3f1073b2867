/** SQL for view counting: the stored total, and writing a batch of marks and their counts. */
import type { Db } from "../db/database.js";

export interface ViewMark {
  articleId: number;
  day: string;
  mark: string;
}

const BATCH = 400;

export class ViewsRepository {
  constructor(private readonly db: Db) {}

  async total(articleId: number): Promise<number> {
    const row = await this.db.selectFrom("article_stats").select("views").where("article_id", "=", articleId).executeTakeFirst();
    return row?.views ?? 0;
  }

  /**
   * In one transaction: inserts the marks (a mark already stored, by another instance or before
   * a restart, is skipped), adds only the newly inserted ones to the totals and the per-day
   * counts, and drops marks older than `expireBefore`. The caller sorts `marks`, so that
   * instances flushing at once take row locks in the same order.
   */
  async write(marks: readonly ViewMark[], expireBefore: string): Promise<void> {
    const byMark = new Map(marks.map((view) => [`${view.day}|${view.mark}`, view]));
    await this.db.transaction().execute(async (trx) => {
      const counted = new Map<string, number>(); // `${articleId}|${day}` → new views
      for (let i = 0; i < marks.length; i += BATCH) {
        const inserted = await trx
          .insertInto("view_marks")
          .values(marks.slice(i, i + BATCH).map((v) => ({ day: v.day, mark: v.mark })))
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
          .onConflict((oc) =>
            oc.columns(["article_id", "day"]).doUpdateSet((eb) => ({ views: eb("article_views_daily.views", "+", eb.ref("excluded.views")) })),
          )
          .execute();
      }
      await trx.deleteFrom("view_marks").where("day", "<", expireBefore).execute();
    });
  }
}
