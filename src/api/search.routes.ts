/**
 * GET /api/v1/search: full-text search over the published articles (discovery/search.ts), as
 * JSON, registered by the public API (api/public/articles.routes.ts: its CORS and rate limit). A
 * hostile or empty `q` is an ordinary answer (200, maybe no items); a bad locale, category, day or
 * cursor is 400 XABAR_INVALID naming the field. Answers may be cached briefly by browsers and
 * CDNs; nothing is kept in the process (any text is a query: the keys would be unbounded).
 */
import type { FastifyInstance } from "fastify";
import type { SearchService } from "../discovery/search.js";
import { toHtml } from "../discovery/search-snippet.js";
import { invalidField, invalidInput, problem } from "../errors.js";
import { apiRoutes, articleUrl, parseSearchCursor, searchCursorText } from "../site/urls.js";
import { searchQuery } from "./search.schema.js";

export interface SearchRoutesOptions {
  search: SearchService;
  /** Answers carry absolute URLs, like the rest of the public API. */
  siteUrl: string;
}

const CACHE_CONTROL = "public, max-age=60, s-maxage=60";

export function searchRoute(app: FastifyInstance, options: SearchRoutesOptions): void {
  app.get(apiRoutes.search, async (request, reply) => {
    const parsed = searchQuery.safeParse(request.query);
    if (!parsed.success) throw invalidInput(parsed.error);
    const { q, locale, category, from, to, cursor, limit } = parsed.data;
    const after = cursor === undefined ? undefined : parseSearchCursor(cursor);
    const outcome = await options.search.search({
      q,
      ...(locale ? { locale } : {}),
      ...(category ? { category } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      position: after ? { page: 2, after } : { page: 1 },
      pageSize: limit,
    });
    if (outcome.kind === "invalid") throw invalidField(outcome.field, problem(outcome.field === "category" ? "unknown" : "invalid_format", outcome.message));
    const { results } = outcome;
    return reply.header("cache-control", CACHE_CONTROL).send({
      q: results.q,
      items: results.hits.map((hit) => ({
        id: hit.id,
        locale: hit.locale,
        title: hit.title,
        titleHtml: toHtml(hit.titleParts),
        url: `${options.siteUrl}${articleUrl(hit.locale, hit.categorySlug, hit.id, hit.slug)}`,
        category: { slug: hit.categorySlug, name: hit.categoryName },
        publishedAt: hit.publishedAt,
        snippetHtml: toHtml(hit.snippet),
      })),
      next: results.next?.after ? searchCursorText(results.next.after) : null,
    });
  });
}
