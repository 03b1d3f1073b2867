/**
 * The public content API (registered under API_PREFIX, /api/v1): published articles in keyset
 * pages, one article by id or by slug, categories, tags and the OpenAPI document. Read-only and
 * anonymous: no cookie is read or set. Browsers of other sites may read it as API_CORS_ORIGINS
 * allows (never the engagement calls beside it, which refuse foreign origins); every address has
 * a rate limit (API_RATE_LIMIT_PER_MINUTE).
 */
import cors, { type FastifyCorsOptions } from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import type { Redis } from "ioredis";
import type * as z from "zod";
import type { PageCache } from "../../cache/page-cache.js";
import { RenderedPage } from "../../cache/page.js";
import { tags } from "../../cache/tags.js";
import type { ArticleRepository } from "../../content/article.repository.js";
import type { PublishedRepository } from "../../content/published.repository.js";
import { AppError, fieldDetails, invalidField, problem, problemsOf } from "../../errors.js";
import { fallbackStore } from "../../http/rate-limit-store.js";
import { sendPage } from "../../http/send-page.js";
import { LOCALES } from "../../lang/locales.js";
import { API_PREFIX, apiRoutes, categoryUrl, tagUrl } from "../../site/urls.js";
import {
  type ArticleListQuery,
  DEFAULT_LIMIT,
  type TagListQuery,
  articleCursorOf,
  articleListQuery,
  articleParams,
  articleSlugParams,
  noQuery,
  categoryListQuery,
  tagCursorOf,
  tagListQuery,
} from "./articles.schema.js";
import type { SearchService } from "../../discovery/search.js";
import { searchRoute } from "../search.routes.js";
import { publicOpenApi } from "./openapi.js";
import { ArticlePresenter } from "./present.js";
import { type Respond, responder } from "./respond.js";

export interface PublicApiOptions {
  published: PublishedRepository;
  /** The site's categories per locale. */
  articles: ArticleRepository;
  cache: PageCache | undefined;
  siteUrl: string;
  /** "*" (any origin), "none", or the origins allowed to read from a browser. */
  corsOrigins: "*" | "none" | string[];
  maxAgeSeconds: number;
  staleWhileRevalidateSeconds: number;
  rateLimitPerMinute: number;
  redis?: Redis;
  /** Where the counters are in Redis (apart from the engagement API's). */
  redisNameSpace?: string;
  now?: () => Date;
  /** Full-text search (GET /api/v1/search); absent, the route is not there. */
  search?: SearchService | undefined;
}

function parse<T extends z.ZodType>(schema: T, value: unknown, code: "XABAR_INVALID" | "XABAR_INVALID_ID" = "XABAR_INVALID"): z.output<T> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  throw new AppError(code, undefined, fieldDetails(problemsOf(parsed.error)));
}

const invalid = (field: string, message: string) => invalidField(field, problem("unknown", message));

/** A list's query string in one order, from its validated values (cache keys and next links alike). */
function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== "") params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}

const articlesQueryString = (query: ArticleListQuery, cursor: string | undefined) =>
  queryString({
    locale: query.locale,
    category: query.category,
    tag: query.tag,
    since: query.since,
    limit: query.limit === DEFAULT_LIMIT ? undefined : query.limit,
    cursor,
  });

const tagsQueryString = (query: TagListQuery, cursor: string | undefined) =>
  queryString({ locale: query.locale, limit: query.limit === DEFAULT_LIMIT ? undefined : query.limit, cursor });

/** A route's path as a pattern of concrete paths (`:id` is one segment). */
const pattern = (route: string) => new RegExp(`^${API_PREFIX}${route.replace(/:\w+/g, "[^/]+").replace(/\./g, "\\.")}/?$`);
/** The paths of this plugin: the only ones a preflight is answered for (never the engagement calls). */
const READ_PATHS = Object.values(apiRoutes).map(pattern);

const isReadPath = (url: string) => READ_PATHS.some((read) => read.test(url.split("?", 1)[0] ?? ""));

/** Static options: with "*" no answer varies by Origin (one CDN entry per URL); a list of origins adds Vary: Origin. */
function corsOptions(origins: PublicApiOptions["corsOrigins"]): FastifyCorsOptions {
  return {
    origin: origins === "none" ? false : origins,
    methods: ["GET", "HEAD"],
    allowedHeaders: ["If-None-Match"],
    exposedHeaders: ["ETag", "Link", "Retry-After", "X-Cache", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"],
    credentials: false,
    maxAge: 600,
  };
}

export async function publicApiRoutes(app: FastifyInstance, options: PublicApiOptions): Promise<void> {
  // The preflight route @fastify/cors adds takes every path under /api/v1: a preflight for
  // anything but these reads (the engagement calls) is a 404 before CORS answers it.
  app.addHook("onRequest", async (request) => {
    if (request.method === "OPTIONS" && !isReadPath(request.url)) throw new AppError("XABAR_NOT_FOUND");
  });
  // CORS before the rate limit, so that a 400 or a 429 reaches a page of another site readable too.
  await app.register(cors, corsOptions(options.corsOrigins));
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: () => new AppError("XABAR_RATE_LIMITED"),
    ...(options.redis ? { store: fallbackStore(options.redis, options.redisNameSpace ?? "xabar:rate:api:") } : {}),
  });
  const cacheControl = `public, max-age=${options.maxAgeSeconds}, stale-while-revalidate=${options.staleWhileRevalidateSeconds}, stale-if-error=86400`;
  const respond = responder(options.cache, cacheControl);
  articleRoutes(app, options, respond);
  taxonomyRoutes(app, options, respond);
  if (options.search) searchRoute(app, { search: options.search, siteUrl: options.siteUrl });

  // Built on first request: no server start pays for turning schemas into JSON Schema.
  let document: RenderedPage | undefined;
  app.get(apiRoutes.openapi, async (request, reply) => {
    document ??= new RenderedPage(
      200,
      "application/json; charset=utf-8",
      Buffer.from(JSON.stringify(publicOpenApi(options.siteUrl))),
      [],
      "public, max-age=3600",
    );
    return sendPage(request, reply, document);
  });
}

function articleRoutes(app: FastifyInstance, options: PublicApiOptions, respond: Respond): void {
  const { published, siteUrl } = options;
  const presenter = new ArticlePresenter(published, siteUrl);
  const now = () => (options.now?.() ?? new Date()).toISOString();

  app.get(apiRoutes.articles, async (request, reply) => {
    const query = parse(articleListQuery, request.query);
    const cursor = query.cursor ? articleCursorOf(query.cursor) : undefined;
    // `since` is a client's own moment: such lists are answered, never stored (unbounded keys).
    const key = query.since === undefined ? `${API_PREFIX}${apiRoutes.articles}${articlesQueryString(query, cursor)}` : undefined;
    return respond(request, reply, key, async () => {
      const at = now();
      const [categoryId, tagId, isCursor] = await Promise.all([
        query.category === undefined ? undefined : published.categoryId(query.category),
        query.tag === undefined ? undefined : published.tagId(query.tag),
        query.cursor === undefined ? true : published.isCursor(query.cursor),
      ]);
      if (query.category !== undefined && categoryId === undefined) throw invalid("category", "no such category");
      if (query.tag !== undefined && tagId === undefined) throw invalid("tag", "no such tag");
      if (!isCursor) throw invalid("cursor", "names no article: use a nextCursor");
      const filter = {
        ...(query.locale ? { locale: query.locale } : {}),
        ...(categoryId === undefined ? {} : { categoryId }),
        ...(tagId === undefined ? {} : { tagId }),
        ...(query.since === undefined ? {} : { since: query.since }),
        ...(query.cursor ? { before: query.cursor } : {}),
      };
      // One row more than a page: it only says whether there is a next page.
      const rows = await published.list(filter, at, query.limit + 1);
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      const nextCursor = rows.length > query.limit && last ? articleCursorOf(last) : null;
      const next = nextCursor ? `${siteUrl}${API_PREFIX}${apiRoutes.articles}${articlesQueryString(query, nextCursor)}` : null;
      const listTags = [...(query.locale ? [query.locale] : LOCALES).map(tags.home), ...page.map((row) => tags.story(row.storyId))];
      return { body: { articles: await presenter.items(page, at), nextCursor, next }, tags: listTags, next };
    });
  });

  app.get(apiRoutes.article, async (request, reply) => {
    const { id } = parse(articleParams, request.params, "XABAR_INVALID_ID");
    parse(noQuery, request.query);
    return respond(request, reply, `${API_PREFIX}/articles/${id}`, async () => {
      const at = now();
      const article = await published.find(id, at);
      if (!article) throw new AppError("XABAR_ARTICLE_NOT_FOUND");
      return { body: await presenter.article(article, at), tags: [tags.article(article.id), tags.story(article.storyId)] };
    });
  });

  app.get(apiRoutes.articleBySlug, async (request, reply) => {
    const { locale, slug } = parse(articleSlugParams, request.params);
    parse(noQuery, request.query);
    return respond(request, reply, `${API_PREFIX}/articles/by-slug/${locale}/${slug}`, async () => {
      const at = now();
      const article = await published.findBySlug(locale, slug, at);
      if (!article) throw new AppError("XABAR_ARTICLE_NOT_FOUND");
      return { body: await presenter.article(article, at), tags: [tags.article(article.id), tags.story(article.storyId)] };
    });
  });
}

/** Categories change rarely and by hand: their answers live for the cache's TTL. The tags' list is dropped when a tag is renamed or new tags go on the site. */
function taxonomyRoutes(app: FastifyInstance, options: PublicApiOptions, respond: Respond): void {
  const { published, siteUrl } = options;

  app.get(apiRoutes.categories, async (request, reply) => {
    const { locale } = parse(categoryListQuery, request.query);
    return respond(request, reply, `${API_PREFIX}${apiRoutes.categories}?locale=${locale}`, async () => {
      const categories = await options.articles.categories(locale);
      return {
        body: { categories: categories.map((c) => ({ slug: c.slug, name: c.name, url: `${siteUrl}${categoryUrl(locale, c.slug)}` })) },
        tags: [],
      };
    });
  });

  app.get(apiRoutes.tags, async (request, reply) => {
    const query = parse(tagListQuery, request.query);
    const cursor = query.cursor === undefined ? undefined : tagCursorOf(query.cursor);
    return respond(request, reply, `${API_PREFIX}${apiRoutes.tags}${tagsQueryString(query, cursor)}`, async () => {
      if (query.cursor !== undefined && (await published.tagId(query.cursor)) === undefined) throw invalid("cursor", "names no tag: use a nextCursor");
      const rows = await published.tags(query.locale, query.limit + 1, query.cursor);
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      const nextCursor = rows.length > query.limit && last ? tagCursorOf(last.slug) : null;
      const next = nextCursor ? `${siteUrl}${API_PREFIX}${apiRoutes.tags}${tagsQueryString(query, nextCursor)}` : null;
      const list = page.map((tag) => ({ slug: tag.slug, name: tag.name, url: `${siteUrl}${tagUrl(query.locale, tag.slug)}` }));
      return { body: { tags: list, nextCursor, next }, tags: [tags.tagList()], next };
    });
  });
}
