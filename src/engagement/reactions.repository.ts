/** SQL for reactions: the votes of an article counted per reaction, a visitor's vote, writing and removing it. */
import type { Db } from "../db/database.js";
import { prepared } from "../db/prepared.js";
import type { ReactionKind } from "./reactions.js";

export interface ReactionCount {
  reaction: ReactionKind;
  n: number;
}

export class ReactionsRepository {
  /** Every article page asks for the counts: compiled once (see db/prepared.ts). */
  private readonly countsQuery;

  constructor(private readonly db: Db) {
    this.countsQuery = prepared(db, (articleId: number) =>
      db
        .selectFrom("reaction_votes")
        .select(["reaction", (eb) => eb.fn.countAll<number | string>().as("n")])
        .where("article_id", "=", articleId)
        .groupBy("reaction"),
    );
  }

  /** One row per reaction the article has votes for. */
  async counts(articleId: number): Promise<ReactionCount[]> {
    const rows = await this.countsQuery(articleId);
    // PostgreSQL returns count(*) (a bigint) as a string.
    return rows.map((row) => ({ reaction: row.reaction, n: Number(row.n) }));
  }

  async vote(articleId: number, visitor: string): Promise<ReactionKind | undefined> {
    const row = await this.db
      .selectFrom("reaction_votes")
      .select("reaction")
      .where("article_id", "=", articleId)
      .where("visitor", "=", visitor)
      .executeTakeFirst();
    return row?.reaction;
  }

  /** Inserts the visitor's vote or changes the one stored. */
  async upsert(articleId: number, visitor: string, reaction: ReactionKind, updatedAt: string): Promise<void> {
    await this.db
      .insertInto("reaction_votes")
      .values({ article_id: articleId, visitor, reaction, updated_at: updatedAt })
      .onConflict((oc) => oc.columns(["article_id", "visitor"]).doUpdateSet({ reaction, updated_at: updatedAt }))
      .execute();
  }

  async delete(articleId: number, visitor: string): Promise<void> {
    await this.db.deleteFrom("reaction_votes").where("article_id", "=", articleId).where("visitor", "=", visitor).execute();
  }
}
