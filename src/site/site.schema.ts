/**
 * Validation of what a page URL carries besides its path: a list's position (`?page=N` and the
 * pager's cursor) and, after the no-JS reaction form, which reaction is the visitor's.
 */
import * as z from "zod";
import { countText } from "../db/id.schema.js";
import { REACTIONS } from "../engagement/reactions.js";
import type { SearchPageRequest } from "./presenter.js";
import { SLUG, parseCursor, parseSearchCursor } from "./urls.js";
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

/** A form's empty field is no filter. */
const optionalText = (pattern: RegExp) =>
  z
    .string()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(z.string().regex(pattern).optional());

const searchPageQuery = z.object({
  // Any text is a query; a repeated q counts its first value.
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((q) => (Array.isArray(q) ? (q[0] ?? "") : (q ?? ""))),
  category: optionalText(SLUG),
  from: optionalText(/^\d{4}-\d{2}-\d{2}$/),
  to: optionalText(/^\d{4}-\d{2}-\d{2}$/),
  page: countText(100_000).default(1),
  after: z.string().optional(),
  before: z.string().optional(),
});

/** A search page's request from its query string, or undefined when a filter or the pager's cursor is not a valid one (the query itself always is). */
export function searchPageRequest(query: unknown): SearchPageRequest | undefined {
  const parsed = searchPageQuery.safeParse(query);
  if (!parsed.success) return undefined;
  const { q, category, from, to, page, after, before } = parsed.data;
  if (after !== undefined && before !== undefined) return undefined;
  const cursorText = after ?? before;
  const cursor = cursorText === undefined ? undefined : parseSearchCursor(cursorText);
  if (cursorText !== undefined && (!cursor || page < 2)) return undefined;
  const position = !cursor ? { page } : after !== undefined ? { page, after: cursor } : { page, before: cursor };
  return { q, ...(category ? { category } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), position };
}
