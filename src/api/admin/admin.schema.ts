/** Validation of the admin API's bodies (a new user's is the accounts service's own): a 400 XABAR_INVALID names the fields that are wrong. */
import * as z from "zod";
import { idText } from "../../db/id.schema.js";
import { invalidInput } from "../../errors.js";

export const loginBody = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1_000) });
export const setPasswordBody = z.object({ token: z.string().min(1).max(200), password: z.string().max(1_000) });
export { userChangeSchema as userChangeBody } from "../../newsroom/accounts.service.js";
export const rederiveQuery = z.object({ confirm: z.enum(["0", "1"]).default("0") });
export const revisionDiffQuery = z.object({ from: idText, to: idText });
/** A tag by its slug. */
export const tagParams = z.object({ slug: z.string().min(1).max(200) });
export const taxonomyQuery = z.object({ q: z.string().trim().max(80).optional() });
export const userParams = z.object({ id: idText });

/** The parsed body, or XABAR_INVALID with a message per field. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  throw invalidInput(parsed.error);
}
