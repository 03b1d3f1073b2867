/**
 * The reactions vocabulary: which reactions exist (declared once, with the column they are
 * stored in: db/schema.ts), their emoji and their counts. The API's validation and error message,
 * the page, the island, the demo seed and the tests take them from here. Pure: the browser island
 * bundles it too.
 */
import { REACTIONS, type ReactionKind } from "../db/schema.js";

export { REACTIONS, type ReactionKind };

export const REACTION_EMOJI: Record<ReactionKind, string> = { like: "👍", love: "❤️", laugh: "😂", sad: "😢", angry: "😡" };

export type ReactionCounts = Record<ReactionKind, number>;

export function emptyCounts(): ReactionCounts {
  return Object.fromEntries(REACTIONS.map((kind) => [kind, 0])) as ReactionCounts;
}

export function isReaction(value: unknown): value is ReactionKind {
  return (REACTIONS as readonly unknown[]).includes(value);
}
