/** Row ids are 32-bit signed integers (PostgreSQL `serial`): anything larger names no row. */
export const MAX_ID = 2 ** 31 - 1;

/**
 * An id as text, canonical decimal only: `3`, never `03`, `+3`, `3.0`, `0x3`, `1e3` or ` 3` (one
 * spelling per id, so one URL and one cache key per article). Pure: the browser island bundles it.
 */
export const ID_TEXT = /^[1-9][0-9]{0,9}$/;

/** The id a text names, or undefined when it is not an id's canonical spelling (or above MAX_ID). */
export function parseId(text: unknown): number | undefined {
  if (typeof text !== "string" || !ID_TEXT.test(text)) return undefined;
  const id = Number(text);
  return id <= MAX_ID ? id : undefined;
}
