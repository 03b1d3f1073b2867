import { z } from "zod";
import { idText } from "../db/id.schema.js";
import { REACTIONS } from "../engagement/reactions.js";

export const articleParams = z.object({
  id: idText,
});
export const reactionBody = z.object({ reaction: z.enum(REACTIONS).nullable() });
/** The no-JS form: a button's value, and where to go back to. */
export const reactionForm = z.object({ reaction: z.enum(REACTIONS), back: z.string().max(500).optional() });
