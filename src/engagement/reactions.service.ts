/** Emoji reactions: one per visitor and article, changeable and removable. The SQL is ReactionsRepository's. */
import type { Db } from "../db/database.js";
import { type ReactionCounts, type ReactionKind, emptyCounts } from "./reactions.js";
import { ReactionsRepository } from "./reactions.repository.js";

export class ReactionService {
  private readonly repository: ReactionsRepository;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.repository = new ReactionsRepository(db);
  }

  async counts(articleId: number): Promise<ReactionCounts> {
    const rows = await this.repository.counts(articleId);
    const counts = emptyCounts();
    for (const row of rows) counts[row.reaction] = row.n;
    return counts;
  }

  async mine(articleId: number, visitor: string): Promise<ReactionKind | null> {
    return (await this.repository.vote(articleId, visitor)) ?? null;
  }

  /** Sets (or with null removes) the visitor's reaction. */
  async react(articleId: number, visitor: string, reaction: ReactionKind | null): Promise<void> {
    if (reaction === null) {
      await this.repository.delete(articleId, visitor);
      return;
    }
    await this.repository.upsert(articleId, visitor, reaction, this.now().toISOString());
  }

  /**
   * The no-JS form's button: pressing the reaction the visitor has in place removes it, any other
   * sets it. Returns the reaction now in place (null when none).
   */
  async toggle(articleId: number, visitor: string, reaction: ReactionKind): Promise<ReactionKind | null> {
    const current = await this.mine(articleId, visitor);
    const next = current === reaction ? null : reaction;
    await this.react(articleId, visitor, next);
    return next;
  }
}
