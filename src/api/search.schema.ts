/**
 * The public search API's query string (GET /api/v1/search), exported for the OpenAPI document.
 * `q` is never refused: any text is a query (what is not a word is dropped by the search), a
 * repeated `q` counts its first value. The filters and the cursor are checked: 400 XABAR_INVALID
 * names the field.
 */
import * as z from "zod";
import { countText } from "../db/id.schema.js";
import { LOCALES } from "../lang/locales.js";
import { SLUG, parseSearchCursor } from "../site/urls.js";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day, YYYY-MM-DD");

export const searchQuery = z.object({
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((q) => (Array.isArray(q) ? (q[0] ?? "") : (q ?? "")))
    .describe("The words to look for, in any script; empty: no results"),
  locale: z.enum(LOCALES).optional().describe("Articles of this locale only (uz, oz, ru, en); all when absent"),
  category: z.string().regex(SLUG, "a category slug").optional().describe("A category's slug"),
  from: day.optional().describe("Published on or after this day (YYYY-MM-DD, the site's time zone)"),
  to: day.optional().describe("Published on or before this day (YYYY-MM-DD, the site's time zone)"),
  cursor: z
    .string()
    .optional()
    .refine((c) => c === undefined || parseSearchCursor(c) !== undefined, "a cursor from a previous answer's `next`")
    .describe("The `next` of the previous page"),
  limit: countText(50).default(20).describe("Results per page, 1 to 50"),
});

export type SearchQuery = z.output<typeof searchQuery>;

/** One result as the API answers it. `titleHtml` and `snippetHtml` are escaped HTML whose only tag is `<mark>` around the words found. */
export const searchItem = z.object({
  id: z.number().int(),
  locale: z.enum(LOCALES),
  title: z.string(),
  titleHtml: z.string(),
  url: z.string(),
  category: z.object({ slug: z.string(), name: z.string() }),
  publishedAt: z.string(),
  snippetHtml: z.string(),
});

export const searchResponse = z.object({
  q: z.string().describe("The query as read: trimmed, its first 200 characters"),
  items: z.array(searchItem),
  next: z.string().nullable().describe("The cursor of the next page, null on the last"),
});
