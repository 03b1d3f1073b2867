/** Ids in paths and query strings, for zod schemas at every edge: canonical decimal only (db/ids.ts). */
import * as z from "zod";
import { ID_TEXT, MAX_ID } from "./ids.js";

/** An id in a URL (a path parameter or a query value): `"3"` → 3; `"03"`, `"0x3"`, `"3.0"`, `"1e3"` are refused. */
export const idText = z
  .string()
  .regex(ID_TEXT, "a positive integer in decimal, without leading zeros")
  .transform(Number)
  .pipe(z.number().max(MAX_ID, "too large to be an id"));

/** A positive count in a URL (a page number, a limit), as strict as an id. */
export const countText = (max: number) =>
  z.string().regex(ID_TEXT, "a positive integer in decimal, without leading zeros").transform(Number).pipe(z.number().max(max));
