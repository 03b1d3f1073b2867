/**
 * The editorial workflow: which moves between an article's states exist, and which permission
 * each one needs (the role policy, newsroom/policy.ts, says who holds it). Pure data.
 *
 *   draft → review → scheduled | published → unpublished, and archived (from anything not on the
 *   site); back to draft from review (returned), scheduled (unscheduled), unpublished, archived.
 */
import type { ArticleStatus } from "../db/schema.js";

/** The permissions a move can need (a subset of the policy's actions). */
export type TransitionAction = "article.submit" | "article.publish" | "article.schedule" | "article.unpublish";

const MOVES: Record<ArticleStatus, Partial<Record<ArticleStatus, TransitionAction>>> = {
  draft: { review: "article.submit", scheduled: "article.schedule", published: "article.publish", archived: "article.unpublish" },
  review: { draft: "article.publish", scheduled: "article.schedule", published: "article.publish", archived: "article.unpublish" },
  scheduled: { draft: "article.schedule", scheduled: "article.schedule", published: "article.publish" },
  published: { unpublished: "article.unpublish" },
  unpublished: { draft: "article.publish", published: "article.publish", archived: "article.unpublish" },
  archived: { draft: "article.publish" },
};

/** The permission the move needs, or undefined when there is no such move (409 XABAR_BAD_TRANSITION). */
export function transitionAction(from: ArticleStatus, to: ArticleStatus): TransitionAction | undefined {
  return MOVES[from][to];
}

/** Where an article in `from` can go. */
export function nextStates(from: ArticleStatus): ArticleStatus[] {
  return Object.keys(MOVES[from]) as ArticleStatus[];
}
