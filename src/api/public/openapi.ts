/**
 * The public API document (OpenAPI 3.1 at /api/v1/openapi.json), generated (http/openapi.ts)
 * from the zod schemas that validate the routes and describe their answers: one entry per
 * operation under /api/v1 — the content API and the engagement calls beside it. A route under
 * /api/v1 that is not listed here does not register (`requireDocumented`, installed by the
 * server), so the document cannot fall behind. To add an operation: an entry in
 * PUBLIC_OPERATIONS, and its answer's schema in PUBLIC_SCHEMAS when it has one.
 */
import type { RouteOptions } from "fastify";
import * as z from "zod";
import { searchQuery, searchResponse } from "../search.schema.js";
import { ERRORS, FIELD_PROBLEMS } from "../../errors.js";
import { type Operation, isDocumented as isDocumentedIn, openApiDocument } from "../../http/openapi.js";
import { API_PREFIX } from "../../site/urls.js";
import { articleParams as engagementParams, reactionBody, statsAnswer, viewAnswer } from "../engagement.schema.js";
import {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  articleListQuery,
  articleListSchema,
  articleParams,
  articleSchema,
  articleSlugParams,
  categoryListQuery,
  categoryListSchema,
  tagListQuery,
  tagListSchema,
} from "./articles.schema.js";

const errorSchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERRORS) as [keyof typeof ERRORS, ...Array<keyof typeof ERRORS>]),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional().describe("XABAR_INVALID: what is wrong with each parameter"),
    problems: z
      .record(z.string(), z.object({ code: z.enum(FIELD_PROBLEMS), limit: z.number().int().optional(), value: z.string().optional() }))
      .optional()
      .describe("The same as codes, for clients that word them in their own language"),
  }),
});

/** The named answers operations refer to (`components.schemas`). */
export const PUBLIC_SCHEMAS: Record<string, z.ZodType> = {
  ArticleList: articleListSchema,
  Article: articleSchema,
  CategoryList: categoryListSchema,
  TagList: tagListSchema,
  SearchResults: searchResponse,
  Stats: statsAnswer,
  ViewCounted: viewAnswer,
  Error: errorSchema,
};

const CACHED = {
  ETag: "Strong validator of the body: send it back in If-None-Match for a 304",
  "Cache-Control": "public, max-age and stale-while-revalidate (API_CACHE_MAX_AGE_SECONDS, API_STALE_WHILE_REVALIDATE_SECONDS)",
  "Surrogate-Key": "The cache tags a CDN purges it by when the articles change",
};
const PAGED = { ...CACHED, Link: '<next page URL>; rel="next", when there is one' };
const CONDITIONAL = { "if-none-match": "An ETag from an earlier answer: 304 when unchanged" };
const error = (description: string) => ({ description, schema: "Error" });
const INVALID = error("XABAR_INVALID: a parameter is unknown or not valid (error.fields names it)");
const LIMITED = error("XABAR_RATE_LIMITED, with Retry-After");
const UNAVAILABLE = error("XABAR_UNAVAILABLE: the database is away, with Retry-After");
const NOT_MODIFIED = "Not modified (If-None-Match named the current ETag)";

export const PUBLIC_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: `${API_PREFIX}/search`,
    summary: "Full-text search over the published articles, best match first",
    description:
      "Any text is a query: Uzbek in either script and with any apostrophe, Russian and English by their stems; what is not a word is dropped, and an empty query has no results (200). Pages of limit; follow next (a cursor) for the next page. titleHtml and snippetHtml are escaped HTML whose only tag is <mark> around the words found. Answers are not kept by the server; browsers and CDNs may keep them a minute.",
    tags: ["content"],
    query: searchQuery,
    responses: {
      200: { description: "A page of results", schema: "SearchResults" },
      400: INVALID,
      429: LIMITED,
      503: UNAVAILABLE,
    },
  },
  {
    method: "get",
    path: `${API_PREFIX}/articles`,
    summary: "Published articles, newest first, in keyset pages",
    description: `Ordered by publication time and id, descending. Pages of limit (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT}); follow nextCursor (or the next URL, or the Link header) for the next page: no gaps or repeats while articles are published meanwhile. since filters by publication time; to notice edits of older articles compare updatedAt (or revalidate /articles/{id} with its ETag).`,
    tags: ["content"],
    query: articleListQuery,
    optionalHeaders: CONDITIONAL,
    responses: {
      200: { description: "A page of articles", schema: "ArticleList", headers: PAGED },
      304: NOT_MODIFIED,
      400: INVALID,
      429: LIMITED,
      503: UNAVAILABLE,
    },
  },
  {
    method: "get",
    path: `${API_PREFIX}/articles/{id}`,
    summary: "One published article, with its body",
    tags: ["content"],
    params: articleParams,
    optionalHeaders: CONDITIONAL,
    responses: {
      200: { description: "The article", schema: "Article", headers: CACHED },
      304: NOT_MODIFIED,
      400: error("XABAR_INVALID_ID: not an id in canonical decimal"),
      404: error("XABAR_ARTICLE_NOT_FOUND: no such article on the site (never published, withdrawn, or not due yet)"),
      429: LIMITED,
      503: UNAVAILABLE,
    },
  },
  {
    method: "get",
    path: `${API_PREFIX}/articles/by-slug/{locale}/{slug}`,
    summary: "One published article by its language and slug (as in its page's URL), with its body",
    tags: ["content"],
    params: articleSlugParams,
    optionalHeaders: CONDITIONAL,
    responses: {
      200: { description: "The article", schema: "Article", headers: CACHED },
      304: NOT_MODIFIED,
      400: INVALID,
      404: error("XABAR_ARTICLE_NOT_FOUND"),
      429: LIMITED,
      503: UNAVAILABLE,
    },
  },
  {
    method: "get",
    path: `${API_PREFIX}/categories`,
    summary: "The categories, named in one language, in the site's order",
    tags: ["content"],
    query: categoryListQuery,
    optionalHeaders: CONDITIONAL,
    responses: {
      200: { description: "The categories", schema: "CategoryList", headers: CACHED },
      304: NOT_MODIFIED,
      400: INVALID,
      429: LIMITED,
      503: UNAVAILABLE,
    },
  },
  {
    method: "get",
    path: `${API_PREFIX}/tags`,
    summary: "The tags named in one language, by slug, in keyset pages",
    tags: ["content"],
    query: tagListQuery,
    optionalHeaders: CONDITIONAL,
    responses: { 200: { description: "A page of tags", schema: "TagList", headers: PAGED }, 304: NOT_MODIFIED, 400: INVALID, 429: LIMITED, 503: UNAVAILABLE },
  },
  {
    method: "post",
    path: `${API_PREFIX}/articles/{id}/views`,
    summary: "Count a view (the article page's island; this site's pages only)",
    tags: ["engagement"],
    params: engagementParams,
    responses: {
      200: { description: "The views, and whether this one counted (only from a visitor id issued earlier, in the xv cookie)", schema: "ViewCounted" },
      400: error("XABAR_INVALID_ID"),
      403: error("XABAR_FOREIGN_ORIGIN: from another site's page"),
      404: error("XABAR_ARTICLE_NOT_FOUND"),
      429: LIMITED,
    },
  },
  {
    method: "get",
    path: `${API_PREFIX}/articles/{id}/stats`,
    summary: "Views, reaction counts and the visitor's own reaction (issues the visitor id)",
    tags: ["engagement"],
    params: engagementParams,
    responses: {
      200: { description: "The stats", schema: "Stats" },
      403: error("XABAR_FOREIGN_ORIGIN"),
      404: error("XABAR_ARTICLE_NOT_FOUND"),
      429: LIMITED,
    },
  },
  {
    method: "post",
    path: `${API_PREFIX}/articles/{id}/reactions`,
    summary: "React (null takes the reaction back); the page's no-JS form posts reaction and back as a form and is redirected",
    tags: ["engagement"],
    params: engagementParams,
    body: reactionBody,
    responses: {
      200: { description: "The stats after the reaction", schema: "Stats" },
      303: "The no-JS form: back to the article",
      307: "The no-JS form's first post: the visitor id is set, post again",
      400: error("XABAR_INVALID_REACTION"),
      403: error("XABAR_FOREIGN_ORIGIN, or XABAR_UNKNOWN_VISITOR (the id is set now: send again)"),
      404: error("XABAR_ARTICLE_NOT_FOUND"),
      429: LIMITED,
    },
  },
  { method: "get", path: `${API_PREFIX}/openapi.json`, summary: "This document", tags: ["meta"], responses: { 200: "OpenAPI 3.1" } },
];

export function isDocumented(method: string, fastifyUrl: string): boolean {
  return isDocumentedIn(PUBLIC_OPERATIONS, method, fastifyUrl);
}

/** An onRoute hook: a route under /api/v1 that is not in PUBLIC_OPERATIONS does not register (preflights aside). */
export function requireDocumented(route: RouteOptions): void {
  if (!route.url.startsWith(`${API_PREFIX}/`)) return;
  for (const method of [route.method].flat()) {
    if (method === "OPTIONS") continue;
    if (!isDocumented(method, route.url)) throw new Error(`${method} ${route.url} is missing from PUBLIC_OPERATIONS (src/api/public/openapi.ts)`);
  }
}

export function publicOpenApi(siteUrl: string): object {
  return openApiDocument(
    {
      title: "Xabar public API",
      version: "1",
      description:
        "What the site shows, as JSON: published articles in four languages (uz: Uzbek in Latin script, oz: Uzbek in Cyrillic script, ru, en), categories and tags. " +
        "Anonymous and read-only (GET/HEAD; CORS per API_CORS_ORIGINS), rate limited per address. Unknown or invalid parameters answer 400; " +
        'errors are {"error": {"code", "message", "fields"?}}. The engagement calls are for the site\'s own pages and refuse other origins.',
    },
    [siteUrl],
    PUBLIC_OPERATIONS,
    PUBLIC_SCHEMAS,
  );
}
