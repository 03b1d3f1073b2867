/**
 * The error catalogue. Every layer throws `AppError` with a code from here; the HTTP layer turns it
 * into `{ "error": { "code", "message" } }` with the status. Clients and tests match on codes.
 */
import { REACTIONS } from "./db/schema.js";

export const ERRORS = {
  XABAR_NOT_FOUND: { status: 404, message: "Not found" },
  XABAR_METHOD_NOT_ALLOWED: { status: 405, message: "This address does not take that method: Allow names the ones it takes" },
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
  XABAR_ACCOUNT_DISABLED: { status: 403, message: "This account is disabled: an administrator can enable it" },
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

/**
 * What can be wrong with a field, as a code a client words in its reader's language (the newsroom
 * app does, in four) beside the English `message`: zod's checks (required, too_short, too_long
 * with their `limit`; a format, a choice, a field nobody asked for) and the services' own rules.
 */
export const FIELD_PROBLEMS = [
  "required",
  "too_short",
  "too_long",
  "too_few",
  "too_many",
  "too_small",
  "too_large",
  "invalid_email",
  "invalid_url",
  "invalid_format",
  "invalid_choice",
  "unknown_field",
  "invalid",
  "password_common",
  "password_personal",
  "taken",
  "last_admin",
  "no_locale",
  "unknown",
  "bad_tag",
  "not_future",
  "not_scheduled",
  "not_derived",
  "no_source",
  "file_empty",
] as const;

export type FieldProblemCode = (typeof FIELD_PROBLEMS)[number];

export interface FieldProblem {
  code: FieldProblemCode;
  /** The English, for everyone but the newsroom app: `fields` in the answer. */
  message: string;
  /** The number a length or count check names (too_short: at least `limit`). */
  limit?: number;
  /** The value the problem names (bad_tag: the word that makes no tag). */
  value?: string;
}

export const problem = (code: FieldProblemCode, message: string, extra: Pick<FieldProblem, "limit" | "value"> = {}): FieldProblem => ({
  code,
  message,
  ...extra,
});

interface Issue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  params?: { problem?: FieldProblemCode; value?: string };
}

function problemOfIssue(issue: Issue): FieldProblem {
  const { code, message } = issue;
  const text = issue.origin === "string";
  const list = issue.origin === "array" || issue.origin === "set";
  if (code === "too_small" && text && Number(issue.minimum) === 1) return problem("required", message);
  if (code === "too_small" && (text || list)) return problem(text ? "too_short" : "too_few", message, { limit: Number(issue.minimum) });
  if (code === "too_big" && (text || list)) return problem(text ? "too_long" : "too_many", message, { limit: Number(issue.maximum) });
  if ((code === "too_small" || code === "too_big") && issue.origin === "number")
    return code === "too_small"
      ? problem("too_small", message, { limit: Number(issue.minimum) })
      : problem("too_large", message, { limit: Number(issue.maximum) });
  if (code === "invalid_format")
    return problem(issue.format === "email" ? "invalid_email" : issue.format === "url" ? "invalid_url" : "invalid_format", message);
  if (code === "invalid_value") return problem("invalid_choice", message);
  if (code === "custom" && issue.params?.problem)
    return problem(issue.params.problem, message, issue.params.value === undefined ? {} : { value: issue.params.value });
  return problem("invalid", message);
}

/** The first problem of each field of a failed validation (zod's issues), under its name. */
export function problemsOf(error: { issues: readonly Issue[] }): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const issue of error.issues) {
    // A field nobody asked for is named itself (zod reports it on the object around it).
    if (issue.keys && issue.path.length === 0) for (const key of issue.keys) problems[key] ??= problem("unknown_field", "not a field of this request");
    else problems[String(issue.path[0] ?? "request")] ??= problemOfIssue(issue);
  }
  return problems;
}

/** The details of an error that names fields: `fields` (English) and `problems` (codes), from one list. */
export function fieldDetails(problems: Record<string, FieldProblem>): AppErrorDetails {
  const fields: Record<string, string> = {};
  const codes: Record<string, Omit<FieldProblem, "message">> = {};
  for (const [name, { message, ...coded }] of Object.entries(problems)) {
    fields[name] = message;
    codes[name] = coded;
  }
  return { fields, problems: codes };
}

/** XABAR_INVALID naming the fields of a failed validation. */
export const invalidInput = (error: { issues: readonly Issue[] }): AppError => new AppError("XABAR_INVALID", undefined, fieldDetails(problemsOf(error)));

/** XABAR_INVALID naming one field. */
export const invalidField = (field: string, what: FieldProblem): AppError => new AppError("XABAR_INVALID", undefined, fieldDetails({ [field]: what }));

export interface AppErrorDetails {
  /** Per field, what is wrong with it (XABAR_INVALID): `{"password": "at least 10 characters"}`. */
  fields?: Record<string, string>;
  /** The same as codes: `{"password": {"code": "too_short", "limit": 10}}` (fieldDetails makes both). */
  problems?: Record<string, Omit<FieldProblem, "message">>;
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
