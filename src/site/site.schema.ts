/**
 * Validation of what a page URL carries besides its path: a list's position (`?page=N` and the
 * pager's cursor) and, after the no-JS reaction form, which reaction is the visitor's.
 */
import { z } from "zod";
import { countText } from "../db/id.schema.js";
import { REACTIONS } from "../engagement/reactions.js";
import { parseCursor } from "./urls.js";
import type { ListPosition } from "./view-models.js";

const pageQuery = z.object({ page: countText(100_000).default(1), before: z.string().optional(), after: z.string().optional() });

/** A list's position from the query string, or undefined when it is not a valid one. */
export function listPosition(query: unknown): ListPosition | undefined {
  const parsed = pageQuery.safeParse(query);
  if (!parsed.success) return undefined;
  const { page, before, after } = parsed.data;
  if (before !== undefined && after !== undefined) return undefined;
  const cursor = before ?? after;
  const parsedCursor = cursor === undefined ? undefined : parseCursor(cursor);
  if (cursor !== undefined && (!parsedCursor || page < 2)) return undefined;
  if (!parsedCursor) return { page };
  return before !== undefined ? { page, before: parsedCursor } : { page, after: parsedCursor };
}

const mineQuery = z.object({ mine: z.enum([...REACTIONS, "none"]).optional() });

/** After the no-JS form: the visitor's reaction (null: none), or undefined on a plain visit. */
export function mineOf(query: unknown): (typeof REACTIONS)[number] | null | undefined {
  const parsed = mineQuery.safeParse(query);
  if (!parsed.success || parsed.data.mine === undefined) return undefined;
  return parsed.data.mine === "none" ? null : parsed.data.mine;
}
