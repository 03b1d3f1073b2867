/**
 * The admin API document (OpenAPI 3.1 at /api/admin/openapi.json), generated from the zod schemas
 * that validate the routes: one list of operations, and a route that is not in it does not
 * register (adminRoutes checks every route against it), so the document cannot fall behind.
 */
import { z } from "zod";
import { ERRORS } from "../../errors.js";
import { articleChangeBody, articleListQuery, correctionBody, newRenditionBody, newStoryBody, transitionBody } from "../../content/editorial.schema.js";
import { newUserSchema } from "../../newsroom/accounts.service.js";
import { loginBody, rederiveQuery, revisionDiffQuery, setPasswordBody, taxonomyQuery, userChangeBody } from "./admin.schema.js";
import { mediaChangeBody, mediaListQuery, mediaUploadBody } from "./media.schema.js";

type Method = "get" | "post" | "patch" | "delete";

interface Operation {
  method: Method;
  /** In OpenAPI's form: `/api/admin/users/{id}`. */
  path: string;
  summary: string;
  body?: z.ZodType;
  /** The body's type when it is not JSON (uploads). */
  bodyType?: "multipart/form-data";
  /** Query parameters. */
  query?: z.ZodObject;
  /** Request headers it needs, with what they mean. */
  headers?: Record<string, string>;
  /** Status → what it means. */
  responses: Record<number, string>;
}

const ERROR_CODES = Object.keys(ERRORS);

export const ADMIN_OPERATIONS: Operation[] = [
  {
    method: "post",
    path: "/api/admin/session",
    summary: "Sign in",
    body: loginBody,
    responses: { 200: "The user and the CSRF token; sets the session cookie", 401: "XABAR_LOGIN_FAILED", 429: "XABAR_RATE_LIMITED, with Retry-After" },
  },
  { method: "get", path: "/api/admin/session", summary: "Who is signed in", responses: { 200: "The user and the CSRF token", 401: "XABAR_UNAUTHENTICATED" } },
  { method: "delete", path: "/api/admin/session", summary: "Sign out", responses: { 204: "Signed out", 401: "XABAR_UNAUTHENTICATED", 403: "XABAR_CSRF" } },
  {
    method: "post",
    path: "/api/admin/password",
    summary: "Set a password from a one-time link",
    body: setPasswordBody,
    responses: { 200: "The user; every session of the account ended", 400: "XABAR_INVALID or XABAR_INVALID_TOKEN" },
  },
  { method: "get", path: "/api/admin/users", summary: "List the accounts (admin)", responses: { 200: "The accounts", 403: "XABAR_FORBIDDEN" } },
  {
    method: "post",
    path: "/api/admin/users",
    summary: "Create an account (admin)",
    body: newUserSchema,
    responses: { 201: "The user, and setPasswordUrl when no password was given", 409: "XABAR_CONFLICT" },
  },
  {
    method: "patch",
    path: "/api/admin/users/{id}",
    summary: "Change an account's role or locales, disable or enable it (admin); never the last enabled admin",
    body: userChangeBody,
    responses: { 200: "The user", 404: "XABAR_NOT_FOUND", 409: "XABAR_CONFLICT" },
  },
  {
    method: "post",
    path: "/api/admin/stories",
    summary: "Create a story with its renditions (a uz rendition brings its derived oz one); every rendition starts as a draft",
    body: newStoryBody,
    responses: { 201: "The story and its articles (id, locale, status, derived, url)", 400: "XABAR_INVALID", 403: "XABAR_FORBIDDEN" },
  },
  {
    method: "post",
    path: "/api/admin/stories/{id}/renditions",
    summary: "Add a translation to a story",
    body: newRenditionBody,
    responses: { 201: "The new articles", 404: "XABAR_NOT_FOUND", 409: "XABAR_CONFLICT: the locale exists" },
  },
  {
    method: "get",
    path: "/api/admin/taxonomy",
    summary: "Categories, tags (q matches a slug or a name; at most 100) and bylines, named per locale",
    query: taxonomyQuery,
    responses: { 200: "categories, tags and authors" },
  },
  {
    method: "get",
    path: "/api/admin/stories/{id}/activity",
    summary: "Who did what to the story, newest first",
    responses: { 200: "The log", 404: "XABAR_NOT_FOUND" },
  },
  {
    method: "get",
    path: "/api/admin/articles",
    summary: "Articles in any state, newest change first, in keyset pages (nextCursor)",
    query: articleListQuery,
    responses: { 200: "articles and nextCursor", 400: "XABAR_INVALID" },
  },
  {
    method: "get",
    path: "/api/admin/articles/{id}",
    summary: "An article with its story's fields, who is editing it and whether its source changed (ETag: its version)",
    responses: { 200: "The article", 404: "XABAR_ARTICLE_NOT_FOUND" },
  },
  {
    method: "patch",
    path: "/api/admin/articles/{id}",
    summary: "Change an article (and its story's fields); keeps a revision",
    body: articleChangeBody,
    headers: { "if-match": "The article's ETag (its version)" },
    responses: { 200: "The article", 400: "XABAR_INVALID", 409: "XABAR_CONFLICT, with the current version", 428: "XABAR_PRECONDITION_REQUIRED" },
  },
  {
    method: "post",
    path: "/api/admin/articles/{id}/transitions",
    summary: "Move an article through the workflow",
    body: transitionBody,
    responses: { 200: "The article", 403: "XABAR_FORBIDDEN", 409: "XABAR_BAD_TRANSITION, with the allowed moves" },
  },
  {
    method: "post",
    path: "/api/admin/articles/{id}/corrections",
    summary: "Add a dated correction note to a published article",
    body: correctionBody,
    responses: { 201: "The correction", 409: "XABAR_BAD_TRANSITION: not published" },
  },
  {
    method: "post",
    path: "/api/admin/articles/{id}/rederive",
    summary: "Transliterate the uz-Cyrl rendition from uz-Latn again: the diff; ?confirm=1 applies it",
    query: rederiveQuery,
    responses: { 200: "diff and applied", 400: "XABAR_INVALID: not an oz rendition" },
  },
  {
    method: "get",
    path: "/api/admin/articles/{id}/preview",
    summary: "The article as the site will show it (HTML; never cached, noindex)",
    responses: { 200: "The page", 403: "XABAR_FORBIDDEN", 404: "XABAR_NOT_FOUND" },
  },
  {
    method: "post",
    path: "/api/admin/articles/{id}/lock",
    summary: "Say you are editing (a soft lock for 2 minutes)",
    responses: { 200: "Who holds the lock" },
  },
  { method: "delete", path: "/api/admin/articles/{id}/lock", summary: "Stop editing", responses: { 204: "Released" } },
  { method: "get", path: "/api/admin/articles/{id}/revisions", summary: "Every revision, newest first", responses: { 200: "The revisions" } },
  {
    method: "get",
    path: "/api/admin/articles/{id}/revisions/diff",
    summary: "Word diff between two revisions",
    query: revisionDiffQuery,
    responses: { 200: "The diff per field", 404: "XABAR_NOT_FOUND" },
  },
  {
    method: "post",
    path: "/api/admin/articles/{id}/revisions/{rev}/restore",
    summary: "Restore a revision's text (as a new revision)",
    responses: { 200: "The article", 400: "XABAR_INVALID: no such revision" },
  },
  {
    method: "post",
    path: "/api/admin/media",
    summary: "Upload an image to the media library (any role)",
    body: mediaUploadBody,
    bodyType: "multipart/form-data",
    responses: {
      201: '{"id", "url", "width", "height", "variants": [{"width", "format", "type", "url"}], …}: AVIF, WebP and the original format, EXIF and GPS removed',
      400: "XABAR_BAD_REQUEST (damaged image) or XABAR_INVALID (no file)",
      413: "XABAR_BODY_TOO_LARGE (MEDIA_MAX_BYTES, or too many pixels)",
      415: "XABAR_UNSUPPORTED_MEDIA_TYPE: not JPEG, PNG, WebP, AVIF or GIF by its bytes",
    },
  },
  {
    method: "get",
    path: "/api/admin/media",
    summary: "The media library, newest first, searched by name, alt text and caption (any role)",
    query: mediaListQuery,
    responses: { 200: '{"media": [...], "nextCursor"}: pass nextCursor as cursor for the next page (null: no more)', 400: "XABAR_INVALID" },
  },
  { method: "get", path: "/api/admin/media/{id}", summary: "One medium (any role)", responses: { 200: "The medium", 404: "XABAR_NOT_FOUND" } },
  {
    method: "patch",
    path: "/api/admin/media/{id}",
    summary: "Set alt text and captions per locale (any role)",
    body: mediaChangeBody,
    responses: { 200: "The medium", 400: "XABAR_INVALID", 404: "XABAR_NOT_FOUND" },
  },
  {
    method: "delete",
    path: "/api/admin/media/{id}",
    summary: "Delete a medium and its files (editor, admin)",
    responses: { 204: "Deleted", 403: "XABAR_FORBIDDEN", 404: "XABAR_NOT_FOUND", 409: "XABAR_CONFLICT: a story's cover or an article's body uses it" },
  },
  { method: "get", path: "/api/admin/openapi.json", summary: "This document", responses: { 200: "OpenAPI 3.1" } },
];

/** Fastify's `/api/admin/users/:id` in OpenAPI's form. */
const openApiPath = (fastifyUrl: string): string => fastifyUrl.replace(/:(\w+)/g, "{$1}");

export function isDocumented(method: string, fastifyUrl: string): boolean {
  const path = openApiPath(fastifyUrl);
  return method === "HEAD" || ADMIN_OPERATIONS.some((op) => op.method === method.toLowerCase() && op.path === path);
}

function jsonSchema(schema: z.ZodType): object {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input" });
  return rest;
}

function queryParameters(schema: z.ZodObject): object[] {
  const { properties = {}, required = [] } = jsonSchema(schema) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => ({ name, in: "query", required: required.includes(name), schema: property }));
}

function operationObject(op: Operation): object {
  const params = [
    ...[...op.path.matchAll(/\{(\w+)\}/g)].map((match) => ({ name: match[1], in: "path", required: true, schema: { type: "integer", minimum: 1 } })),
    ...(op.query ? queryParameters(op.query) : []),
    ...Object.entries(op.headers ?? {}).map(([name, description]) => ({ name, in: "header", required: true, description, schema: { type: "string" } })),
  ];
  return {
    summary: op.summary,
    ...(params.length ? { parameters: params } : {}),
    ...(op.body ? { requestBody: { required: true, content: { [op.bodyType ?? "application/json"]: { schema: jsonSchema(op.body) } } } } : {}),
    responses: Object.fromEntries(Object.entries(op.responses).map(([status, description]) => [status, { description }])),
  };
}

export function adminOpenApi(siteUrl: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const op of ADMIN_OPERATIONS) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "Xabar admin API",
      version: "1",
      description: `Session cookie + x-csrf-token on every state change; JSON only, but for uploads (multipart/form-data). Errors: {"error": {"code", "message", "fields"?}} with code one of ${ERROR_CODES.join(", ")}.`,
    },
    servers: [{ url: siteUrl }],
    paths,
  };
}
