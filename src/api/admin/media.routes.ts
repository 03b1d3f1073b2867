/**
 * The media library: upload (multipart, the file in field `file`), list and search, read, edit
 * alt text and captions per locale, delete. Every signed-in role uploads and edits
 * (`media.upload`); only editors and admins delete (`media.delete`).
 */
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError, invalidField, problem } from "../../errors.js";
import { FORMAT_MIME, fallbackFormat } from "../../media/files.js";
import type { MediaRecord, MediaService } from "../../media/media.service.js";
import { authorize } from "../../newsroom/policy.js";
import { mediaUrl } from "../../site/urls.js";
import { parseBody } from "./admin.schema.js";
import { mediaChangeBody, mediaListQuery, mediaParams } from "./media.schema.js";
import { requireUser } from "./session.guard.js";

export interface MediaRoutesOptions {
  media: MediaService;
  /** The largest upload, in bytes (MEDIA_MAX_BYTES). */
  maxBytes: number;
}

/** The fields that leave the server. */
function present(media: MediaRecord) {
  const largest = Math.max(...media.variants);
  return {
    id: media.id,
    url: mediaUrl(media.file, largest, fallbackFormat(media.formats)),
    width: media.width,
    height: media.height,
    variants: media.variants.flatMap((width) =>
      media.formats.map((format) => ({ width, format, type: FORMAT_MIME[format], url: mediaUrl(media.file, width, format) })),
    ),
    alt: media.alt,
    caption: media.caption,
    originalName: media.originalName,
    mime: media.mime,
    bytes: media.bytes,
    createdAt: media.createdAt,
  };
}

function idOf(request: FastifyRequest): number {
  const params = mediaParams.safeParse(request.params);
  if (!params.success) throw new AppError("XABAR_NOT_FOUND", "No such media");
  return params.data.id;
}

/** @fastify/multipart's and busboy's errors as the catalogue's: limits → 413, anything malformed → 400. */
function uploadError(error: unknown, maxBytes: number): AppError {
  if (error instanceof AppError) return error;
  const { code = "", statusCode } = error as { code?: string; statusCode?: number };
  if (statusCode === 413 || /LIMIT|TOO_LARGE/.test(code))
    return new AppError("XABAR_BODY_TOO_LARGE", `The file is larger than the upload limit (${maxBytes} bytes)`, { data: { limit: "bytes", maxBytes } });
  if (code === "FST_INVALID_MULTIPART_CONTENT_TYPE")
    return new AppError("XABAR_UNSUPPORTED_MEDIA_TYPE", 'Send the image as multipart/form-data, in the field "file"');
  return new AppError("XABAR_BAD_REQUEST", "The multipart body cannot be read");
}

/** The uploaded file's bytes and name, whole (at most maxBytes: the plugin stops reading past it). */
async function readUpload(request: FastifyRequest, maxBytes: number): Promise<{ bytes: Buffer; originalName: string }> {
  if (!request.isMultipart()) throw new AppError("XABAR_UNSUPPORTED_MEDIA_TYPE", 'Send the image as multipart/form-data, in the field "file"');
  try {
    const part = await request.file();
    if (!part || part.fieldname !== "file") throw invalidField("file", problem("required", "an image file is required"));
    const bytes = await part.toBuffer();
    if (!bytes.length) throw invalidField("file", problem("file_empty", "the file is empty"));
    return { bytes, originalName: part.filename };
  } catch (error) {
    throw uploadError(error, maxBytes);
  }
}

export async function mediaRoutes(app: FastifyInstance, options: MediaRoutesOptions): Promise<void> {
  const { media } = options;
  // One file and nothing much besides; its size limit is the library's.
  await app.register(multipart, { limits: { fileSize: options.maxBytes, files: 1, fields: 10, fieldSize: 10_000, parts: 11, headerPairs: 100 } });

  app.post("/api/admin/media", async (request, reply) => {
    const user = requireUser(request);
    authorize(user, "media.upload");
    const upload = await readUpload(request, options.maxBytes);
    const created = await media.upload({ ...upload, uploadedBy: user.id });
    return reply.code(201).send(present(created));
  });

  app.get("/api/admin/media", async (request) => {
    authorize(requireUser(request), "media.upload");
    const query = parseBody(mediaListQuery, request.query);
    const page = await media.list(query.q, query.cursor, query.limit);
    return { media: page.media.map(present), nextCursor: page.next === undefined ? null : String(page.next) };
  });

  app.get("/api/admin/media/:id", async (request) => {
    authorize(requireUser(request), "media.upload");
    return present(await media.get(idOf(request)));
  });

  app.patch("/api/admin/media/:id", async (request) => {
    authorize(requireUser(request), "media.upload");
    const id = idOf(request);
    return present(await media.changeTexts(id, parseBody(mediaChangeBody, request.body)));
  });

  app.delete("/api/admin/media/:id", async (request, reply) => {
    authorize(requireUser(request), "media.delete");
    await media.remove(idOf(request));
    return reply.code(204).send();
  });
}
