/**
 * The admin API document (OpenAPI 3.1 at /api/admin/openapi.json), generated from the zod schemas
 * that validate the routes: one list of operations, and a route that is not in it does not
 * register (adminRoutes checks every route against it), so the document cannot fall behind.
 */
import { ERRORS, FIELD_PROBLEMS } from "../../errors.js";
import { type Operation, isDocumented as isDocumentedIn, openApiDocument } from "../../http/openapi.js";
import {
  articleChangeBody,
  articleListQuery,
  bylineBody,
  correctionBody,
  newRenditionBody,
  newStoryBody,
  tagNamesBody,
  transitionBody,
} from "../../content/editorial.schema.js";
import { newUserSchema } from "../../newsroom/accounts.service.js";
import { loginBody, rederiveQuery, revisionDiffQuery, setPasswordBody, tagParams, taxonomyQuery, userChangeBody } from "./admin.schema.js";
import { mediaChangeBody, mediaListQuery, mediaUploadBody } from "./media.schema.js";
import { distributionQuery } from "./distribution.routes.js";

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
    path: "/api/admin/users/{id}/password-link",
    summary: "A new one-time link to set the account's password (admin); the account's earlier links stop working",
    responses: { 200: "setPasswordUrl", 404: "XABAR_NOT_FOUND" },
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
    method: "patch",
    path: "/api/admin/tags/{slug}",
    summary: "Name a tag in the locales given (editors); its pages change at once",
    params: tagParams,
    body: tagNamesBody,
    responses: { 200: "The tag: slug and names", 400: "XABAR_INVALID", 403: "XABAR_FORBIDDEN", 404: "XABAR_NOT_FOUND" },
  },
  {
    method: "patch",
    path: "/api/admin/bylines/{id}",
    summary: "A byline's names and biographies in the locales given (editors); its articles and author page change at once",
    body: bylineBody,
    responses: { 200: "The byline: id, slug, names and bios", 400: "XABAR_INVALID", 403: "XABAR_FORBIDDEN", 404: "XABAR_NOT_FOUND" },
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
    headers: { "if-match": "Optional: the version the editor saw; a newer one is a 409 XABAR_CONFLICT" },
    responses: { 200: "The article", 403: "XABAR_FORBIDDEN", 409: "XABAR_BAD_TRANSITION, with the allowed moves; XABAR_CONFLICT, with the current version" },
  },
  {
    method: "post",
    path: "/api/admin/articles/{id}/corrections",
    summary: "Add a dated correction note to a published article",
    body: correctionBody,
    responses: { 201: "The correction, and the article's version after it", 409: "XABAR_BAD_TRANSITION: not published" },
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
  {
    method: "get",
    path: "/api/admin/distribution",
    summary: "Telegram posts, webhook deliveries and failed distribution jobs, of an article or the latest (editor, admin)",
    query: distributionQuery,
    responses: { 200: '{"posts": [...], "deliveries": [...], "failedJobs": [...]}, newest first', 400: "XABAR_INVALID", 403: "XABAR_FORBIDDEN" },
  },
  { method: "get", path: "/api/admin/openapi.json", summary: "This document", responses: { 200: "OpenAPI 3.1" } },
];

export function isDocumented(method: string, fastifyUrl: string): boolean {
  return isDocumentedIn(ADMIN_OPERATIONS, method, fastifyUrl);
}

export function adminOpenApi(siteUrl: string): object {
  return openApiDocument(
    {
      title: "Xabar admin API",
      version: "1",
      description: `Session cookie + x-csrf-token on every state change; JSON only, but for uploads (multipart/form-data). Errors: {"error": {"code", "message", "fields"?, "problems"?}} with code one of ${ERROR_CODES.join(", ")}; "fields" says in English what is wrong with each field, "problems" the same as codes ({"code", "limit"?, "value"?}, code one of ${FIELD_PROBLEMS.join(", ")}).`,
    },
    [siteUrl],
    ADMIN_OPERATIONS,
  );
}
