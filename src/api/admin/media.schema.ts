/** Validation of the media library's queries and bodies (the upload itself is multipart: media.routes.ts reads it). */
import * as z from "zod";
import { countText, idText } from "../../db/id.schema.js";
import { LOCALES } from "../../lang/locales.js";

/** Per locale (uz, oz, ru, en), a text; an empty one removes that locale's. */
const localeTexts = z.partialRecord(z.enum(LOCALES), z.string().max(1_000)).describe("locale → text; an empty text removes it");

export const mediaChangeBody = z.strictObject({ alt: localeTexts.optional(), caption: localeTexts.optional() });
export const mediaParams = z.object({ id: idText });
export const mediaListQuery = z.object({
  q: z.string().max(200).optional(),
  /** The `nextCursor` of the page before: the id of its last row. */
  cursor: idText.optional(),
  /** Rows per page, 30 unless told. */
  limit: countText(100).optional(),
});

/** What the upload's multipart body holds, for the API document. */
export const mediaUploadBody = z.object({
  file: z
    .string()
    .meta({ contentMediaType: "application/octet-stream", description: "the image: JPEG, PNG, WebP, AVIF or GIF; the type is read from its bytes" }),
});
