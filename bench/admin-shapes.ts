/**
 * The query shapes of the newsroom's article list (`GET /api/admin/articles`) that `npm run
 * bench:admin` loads and `desk-plans.ts` explains: one list, so both look at the same queries.
 */

export interface ListShape {
  label: string;
  /** The query string's fields (no limit: the API's default page, 50). */
  query: Record<string, string>;
}

export interface ShapeSubjects {
  /** nextCursor after `deepPages` pages of the unfiltered list (undefined: the list is shorter). */
  cursor: string | undefined;
  deepPages: number;
  /** A category slug of the content. */
  category: string;
}

/** A word of the generated Uzbek text (bench-data/words.ts): in a few percent of the articles. */
export const COMMON_WORD = "shaxmat";
/** A word no article has: the text filter's worst case, every row looked at. */
export const ABSENT_WORD = "zqxjv";

export function adminListShapes({ cursor, deepPages, category }: ShapeSubjects): ListShape[] {
  return [
    { label: "a no filter, first page", query: {} },
    ...(cursor ? [{ label: `b no filter, page ${deepPages + 1} (keyset cursor)`, query: { cursor } }] : []),
    { label: "c status=draft", query: { status: "draft" } },
    { label: `d locale=ru&category=${category}`, query: { locale: "ru", category } },
    { label: "e missing=en", query: { missing: "en" } },
    { label: `f q=${COMMON_WORD} (LIKE scan, a word of the text)`, query: { q: COMMON_WORD } },
    { label: `g q=${ABSENT_WORD} (LIKE scan, no match: every row)`, query: { q: ABSENT_WORD } },
  ];
}

/** `/api/admin/articles?…` for a shape. */
export function shapePath(shape: ListShape): string {
  const search = new URLSearchParams(shape.query).toString();
  return `/api/admin/articles${search ? `?${search}` : ""}`;
}
