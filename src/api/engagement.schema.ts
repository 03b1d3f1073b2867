import * as z from "zod";
import { idText } from "../db/id.schema.js";
import { REACTIONS } from "../engagement/reactions.js";

export const articleParams = z.object({
  id: idText,
});
export const reactionBody = z.object({ reaction: z.enum(REACTIONS).nullable() });
/** The no-JS form: a button's value, and where to go back to. */
export const reactionForm = z.object({ reaction: z.enum(REACTIONS), back: z.string().max(500).optional() });

// The answers (described in the API document, api/public/openapi.ts).
const counts = z.strictObject(Object.fromEntries(REACTIONS.map((kind) => [kind, z.int().min(0)])) as Record<(typeof REACTIONS)[number], z.ZodInt>);
export const statsAnswer = z.strictObject({ views: z.int().min(0), reactions: counts, mine: z.enum(REACTIONS).nullable() });
export const viewAnswer = z.strictObject({ views: z.int().min(0), counted: z.boolean() });
