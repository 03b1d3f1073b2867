/**
 * The error catalogue. Every layer throws `AppError` with a code from here; the HTTP layer turns it
 * into `{ "error": { "code", "message" } }` with the status. Clients and tests match on codes.
 */
import { REACTIONS } from "./db/schema.js";

export const ERRORS = {
  XABAR_NOT_FOUND: { status: 404, message: "Not found" },
  XABAR_ARTICLE_NOT_FOUND: { status: 404, message: "Article not found" },
  XABAR_BAD_REQUEST: { status: 400, message: "Bad request" },
  XABAR_INVALID_ID: { status: 400, message: "The id must be a positive integer" },
  XABAR_INVALID_REACTION: { status: 400, message: `reaction must be one of ${REACTIONS.map((kind) => `"${kind}"`).join(", ")} or null` },
  XABAR_BODY_TOO_LARGE: { status: 413, message: "Request body too large" },
  XABAR_UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Unsupported content type" },
  XABAR_RATE_LIMITED: { status: 429, message: "Too many requests, slow down" },
  XABAR_UNAVAILABLE: { status: 503, message: "Temporarily unavailable" },
  XABAR_INTERNAL: { status: 500, message: "Internal error" },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? ERRORS[code].message);
    this.status = ERRORS[code].status;
  }
}
