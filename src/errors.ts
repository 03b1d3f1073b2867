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
  XABAR_INVALID: { status: 400, message: "Some fields are not valid" },
  XABAR_INVALID_TOKEN: { status: 400, message: "This link is not valid any more: ask for a new one" },
  XABAR_LOGIN_FAILED: { status: 401, message: "Wrong email or password" },
  XABAR_UNAUTHENTICATED: { status: 401, message: "Sign in first" },
  XABAR_CSRF: { status: 403, message: "Missing or wrong x-csrf-token, or a request from another origin" },
  XABAR_FORBIDDEN: { status: 403, message: "Your role does not allow this" },
  XABAR_FOREIGN_ORIGIN: { status: 403, message: "Views and reactions are taken from this site's own pages only" },
  XABAR_UNKNOWN_VISITOR: { status: 403, message: "Reactions count from a visitor id this site issued: it is set now, send the reaction again" },
  XABAR_CONFLICT: { status: 409, message: "Conflict" },
  XABAR_BAD_TRANSITION: { status: 409, message: "The article cannot move to that state from where it is" },
  XABAR_PRECONDITION_REQUIRED: { status: 428, message: "Send If-Match with the article's version (its ETag)" },
  XABAR_BODY_TOO_LARGE: { status: 413, message: "Request body too large" },
  XABAR_UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Unsupported content type" },
  XABAR_RATE_LIMITED: { status: 429, message: "Too many requests, slow down" },
  XABAR_UNAVAILABLE: { status: 503, message: "Temporarily unavailable" },
  XABAR_INTERNAL: { status: 500, message: "Internal error" },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** The first problem of each field of a failed validation (zod's issues), under its name: what XABAR_INVALID carries. */
export function fieldsOf(error: {
  issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string; keys?: readonly string[] }>;
}): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    // A field nobody asked for is named itself (zod reports it on the object around it).
    if (issue.keys && issue.path.length === 0) for (const key of issue.keys) fields[key] ??= "not a field of this request";
    else fields[String(issue.path[0] ?? "request")] ??= issue.message;
  }
  return fields;
}

export interface AppErrorDetails {
  /** Per field, what is wrong with it (XABAR_INVALID): `{"password": "at least 10 characters"}`. */
  fields?: Record<string, string>;
  /** Seconds until trying again makes sense (sent as Retry-After). */
  retryAfter?: number;
  /** More of the error's body, e.g. the current version of an article after a conflict. */
  data?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message ?? ERRORS[code].message);
    this.status = ERRORS[code].status;
  }
}
