/** Emoji reactions: one per visitor and article, changeable and removable. */
import type { Db } from "../db/database.js";
import { prepared } from "../db/prepared.js";
import { type ReactionCounts, type ReactionKind, emptyCounts } from "./reactions.js";

export class ReactionService {
  /** Every article page asks for the counts: compiled once (see db/prepared.ts). */
  private readonly countsQuery;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.countsQuery = prepared(db, (articleId: number) =>
      db
        .selectFrom("reaction_votes")
        .select(["reaction", (eb) => eb.fn.countAll<number>().as("n")])
        .where("article_id", "=", articleId)
        .groupBy("reaction"),
    );
  }

  async counts(articleId: number): Promise<ReactionCounts> {
    const rows = await this.countsQuery(articleId);
    const counts = emptyCounts();
    for (const row of rows) counts[row.reaction] = Number(row.n);
    return counts;
  }

  async mine(articleId: number, visitor: string): Promise<ReactionKind | null> {
    const row = await this.db
      .selectFrom("reaction_votes")
      .select("reaction")
      .where("article_id", "=", articleId)
      .where("visitor", "=", visitor)
      .executeTakeFirst();
    return row?.reaction ?? null;
  }

  /** Sets (or with null removes) the visitor's reaction. */
  async react(articleId: number, visitor: string, reaction: ReactionKind | null): Promise<void> {
    if (reaction === null) {
      await this.db.deleteFrom("reaction_votes").where("article_id", "=", articleId).where("visitor", "=", visitor).execute();
      return;
    }
    const updatedAt = this.now().toISOString();
    await this.db
      .insertInto("reaction_votes")
      .values({ article_id: articleId, visitor, reaction, updated_at: updatedAt })
      .onConflict((oc) => oc.columns(["article_id", "visitor"]).doUpdateSet({ reaction, updated_at: updatedAt }))
      .execute();
  }
}
