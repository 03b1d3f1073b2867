/**
 * The Fastify app: security headers, cookies, the error catalogue, the page cache in front of the
 * site, the engagement API, assets, media and health checks. Built from ready services so that
 * tests and main.ts wire it the same way.
 */
import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import underPressure from "@fastify/under-pressure";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from "fastify";
import type { Redis } from "ioredis";
import { sql } from "kysely";
import { renderToString } from "preact-render-to-string";
import { engagementRoutes } from "../api/engagement.routes.js";
import { sendPage } from "../cache/http.js";
import { RenderedPage } from "../cache/page.js";
import type { PageCache } from "../cache/page-cache.js";
import type { ArticleRepository } from "../content/article.repository.js";
import type { Db } from "../db/database.js";
import type { ReactionService } from "../engagement/reactions.service.js";
import type { ViewCounter } from "../engagement/views.service.js";
import { AppError, ERRORS, type ErrorCode } from "../errors.js";
import { t } from "../lang/messages.js";
import type { SiteAssets } from "../site/assets.js";
import { localeOfPath, pageCacheKey, renderNotFound, siteRoutes } from "../site/routes.js";
import type { SiteService } from "../site/site.service.js";
import { homeUrl } from "../site/urls.js";
import { Layout } from "../site/views/layout.js";
import { type MetricsSources, installMetrics } from "./metrics.js";
import { MessagePage } from "../site/views/lists.js";

export interface AppDeps {
  db: Db;
  site: SiteService;
  articles: ArticleRepository;
  views: ViewCounter;
  reactions: ReactionService;
  assets: SiteAssets;
  cache: PageCache | undefined;
  mediaDir: string;
  secret: string;
  siteUrl: string;
  timeZone: string;
  rateLimitPerMinute: number;
  /** Above this event-loop delay requests are shed with 503 + Retry-After. */
  maxEventLoopDelayMs: number;
  logLevel?: string;
  /** Shared rate-limit counters across instances. */
  redis?: Redis;
  metrics: MetricsSources;
}

/** The article as the no-JS reaction form leaves it: personal, so never from the cache. */
const MINE_QUERY = /[?&]mine=/;
const UNCACHED_PREFIXES = ["/api/", "/assets/", "/media/", "/healthz", "/readyz", "/metrics"];

function errorBody(code: ErrorCode, message?: string) {
  return { error: { code, message: message ?? ERRORS[code].message } };
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  404: "XABAR_NOT_FOUND",
  413: "XABAR_BODY_TOO_LARGE",
  415: "XABAR_UNSUPPORTED_MEDIA_TYPE",
  429: "XABAR_RATE_LIMITED",
};

/** A page that needs nothing from the database: for errors when the database may be the cause. */
function unavailablePage(path: string, siteUrl: string, assets: SiteAssets): string {
  const locale = localeOfPath(path);
  const title = t(locale, "unavailableTitle");
  return `<!doctype html>${renderToString(
    <Layout
      chrome={{ locale, siteUrl, assets, categories: [], year: new Date().getFullYear() }}
      head={{ title, description: title, canonical: path, alternates: [], ogType: "website" }}
    >
      <MessagePage title={title} text={t(locale, "unavailableText")} back={{ href: homeUrl(locale), label: t(locale, "backHome") }} />
    </Layout>,
  )}`;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logLevel && deps.logLevel !== "silent" ? { level: deps.logLevel } : false,
    bodyLimit: 64 * 1024,
    trustProxy: true,
    // Requests are counted in metrics, not logged one by one; errors are logged by our handler.
    logController: new LogController({ disableRequestLogging: true }),
  });

  app.addHook("onSend", async (_request, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "strict-origin-when-cross-origin");
    reply.header("x-frame-options", "SAMEORIGIN");
  });

  // Overload: shed with 503 + Retry-After rather than queue until everything times out.
  await app.register(underPressure, {
    maxEventLoopDelay: deps.maxEventLoopDelayMs,
    sampleInterval: Math.min(1_000, Math.max(10, Math.floor(deps.maxEventLoopDelayMs / 2))),
    retryAfter: 10,
    exposeStatusRoute: false,
    pressureHandler: (_request, reply, type, value) => {
      reply.code(503).header("retry-after", "10").send(errorBody("XABAR_UNAVAILABLE", `overloaded (${type}: ${Math.round(Number(value))})`));
    },
  });
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 4 * 1024 });

  app.setErrorHandler((error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) return reply.code(error.status).send(errorBody(error.code, error.message));
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = STATUS_CODES[status] ?? "XABAR_BAD_REQUEST";
      return reply.code(status).send(errorBody(code, code === "XABAR_BAD_REQUEST" ? error.message : undefined));
    }
    request.log.error({ err: error, url: request.url }, "request failed");
    if (request.url.startsWith("/api/")) return reply.code(500).send(errorBody("XABAR_INTERNAL"));
    // stale-if-error: an older rendering beats an error page.
    const stale = request.method === "GET" || request.method === "HEAD" ? deps.cache?.stale(pageCacheKey(request)) : undefined;
    if (stale) return sendPage(request, reply, stale, "STALE");
    const html = unavailablePage(request.url.split("?")[0] ?? "/", deps.siteUrl, deps.assets);
    return reply.code(503).header("retry-after", "30").header("cache-control", "no-store").type("text/html; charset=utf-8").send(html);
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith("/api/")) return reply.code(404).send(errorBody("XABAR_NOT_FOUND"));
    return renderNotFound(deps.site, request, reply);
  });

  if (deps.cache) {
    const cache = deps.cache;
    app.addHook("onRequest", async (request, reply) => {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      const url = request.url;
      if (UNCACHED_PREFIXES.some((prefix) => url.startsWith(prefix)) || MINE_QUERY.test(url)) return;
      const page = cache.get(pageCacheKey(request));
      if (page) return sendPage(request, reply, page, "HIT");
    });
  }

  installMetrics(app, deps.metrics);
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    try {
      await sql`select 1`.execute(deps.db);
      return { status: "ready" };
    } catch {
      return reply.code(503).header("retry-after", "5").send({ status: "unavailable", error: errorBody("XABAR_UNAVAILABLE").error });
    }
  });

  app.get("/assets/*", async (request, reply) => {
    const page = deps.assets.files.get(request.url.split("?")[0] ?? "");
    if (!page) return reply.code(404).send(errorBody("XABAR_NOT_FOUND"));
    return sendPage(request, reply, page);
  });

  await app.register(fastifyStatic, {
    root: deps.mediaDir,
    prefix: "/media/",
    maxAge: "1d",
    immutable: false,
    index: false,
    list: false,
  });

  await app.register(siteRoutes, { site: deps.site, cache: deps.cache, timeZone: deps.timeZone });
  await app.register(engagementRoutes, {
    views: deps.views,
    reactions: deps.reactions,
    articleExists: (id) => deps.articles.exists(id),
    secret: deps.secret,
    rateLimitPerMinute: deps.rateLimitPerMinute,
    ...(deps.redis ? { redis: deps.redis } : {}),
  });
  return app;
}
