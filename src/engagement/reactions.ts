/**
 * The reactions a reader can give an article, in the order the bar shows them. Everything that
 * lists reactions (the schema's column, the API's validation and error message, the page, the
 * island, the demo seed, tests) takes them from here. Pure: the browser island imports it too.
 */
export const REACTIONS = ["like", "love", "laugh", "sad", "angry"] as const;

export type ReactionKind = (typeof REACTIONS)[number];

export const REACTION_EMOJI: Record<ReactionKind, string> = { like: "👍", love: "❤️", laugh: "😂", sad: "😢", angry: "😡" };

export type ReactionCounts = Record<ReactionKind, number>;

export function emptyCounts(): ReactionCounts {
  return Object.fromEntries(REACTIONS.map((kind) => [kind, 0])) as ReactionCounts;
}

export function isReaction(value: unknown): value is ReactionKind {
  return (REACTIONS as readonly unknown[]).includes(value);
}
