/**
 * The Fastify app: security headers, cookies, the error catalogue, the page cache in front of the
 * site, the engagement API, assets, media and health checks. Built from ready services so that
 * tests and the wiring (src/app/) build it the same way.
 */
import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import underPressure from "@fastify/under-pressure";
import fastifyStatic from "@fastify/static";
import { createRequire } from "node:module";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from "fastify";
import type { Redis } from "ioredis";
import { sql } from "kysely";
import { adminRoutes } from "../api/admin/admin.routes.js";
import type { DistributionRoutesOptions } from "../api/admin/distribution.routes.js";
import { adminApp } from "./admin-app.js";
import { previewRenderer } from "./preview.js";
import type { StoriesRoutesOptions } from "../api/admin/stories.routes.js";
import { engagementRoutes } from "../api/engagement.routes.js";
import { type PublicApiOptions, publicApiRoutes } from "../api/public/articles.routes.js";
import { requireDocumented } from "../api/public/openapi.js";
import { API_PREFIX } from "../site/urls.js";
import type { SearchService } from "../discovery/search.js";
import type { PageCache } from "../cache/page-cache.js";
import type { ArticleRepository } from "../content/article.repository.js";
import type { Db } from "../db/database.js";
import type { ReactionService } from "../engagement/reactions.service.js";
import type { ViewCounter } from "../engagement/views.service.js";
import type { MediaService } from "../media/media.service.js";
import type { AccountService } from "../newsroom/accounts.service.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import { AppError, type AppErrorDetails, ERRORS, type ErrorCode } from "../errors.js";
import { sendPage } from "../http/send-page.js";
import type { SiteAssets } from "../site/assets.js";
import { pageCacheKey } from "../site/page-cache.js";
import type { SitePresenter } from "../site/presenter.js";
import { renderStandaloneMessage } from "../site/render.js";
import { localeOfPath, renderNotFound, siteRoutes } from "../site/routes.js";
import { type DiscoveryRoutesOptions, discoveryRoutes } from "../site/discovery-routes.js";
import { type MetricsSources, installMetrics } from "./metrics.js";
import { installSecurityHeaders, setSecurityHeaders } from "./security-headers.js";
import { APPLE_TOUCH_ICON, FAVICON_ICO, FAVICON_SVG, ICON_192, ICON_512, webManifest } from "../site/favicon.js";
import { ICON_URLS } from "../site/urls.js";

export interface AppDeps {
  db: Db;
  presenter: SitePresenter;
  /** Full-text search (GET /api/v1/search); the site's search page has it through the presenter. */
  search?: SearchService;
  articles: ArticleRepository;
  /** The public content API: its reads and its settings (config.ts `publicApi`). */
  publicApi: Pick<PublicApiOptions, "published" | "corsOrigins" | "maxAgeSeconds" | "staleWhileRevalidateSeconds" | "rateLimitPerMinute">;
  views: ViewCounter;
  reactions: ReactionService;
  accounts: AccountService;
  /** Where the built newsroom app is (dist/admin by default). */
  adminDir?: string;
  /** The newsroom's content services. */
  newsroom: StoriesRoutesOptions & DistributionRoutesOptions & { timeZone: string };
  assets: SiteAssets;
  cache: PageCache | undefined;
  mediaDir: string;
  /** The media library (admin API) and its upload limit in bytes. */
  media: { service: MediaService; maxBytes: number };
  secret: string;
  siteUrl: string;
  rateLimitPerMinute: number;
  /** false, or how many proxy hops in front of us to trust for the client address. */
  trustProxy: boolean | number;
  /** Above this event-loop delay requests are shed with 503 + Retry-After. */
  maxEventLoopDelayMs: number;
  /** And above this much JavaScript heap (bytes), when set. */
  maxHeapUsedBytes?: number | undefined;
  /** The process's logger (JSON lines, or readable ones on a terminal). */
  logger: FastifyBaseLogger;
  /** Shared rate-limit counters across instances, under `{redisPrefix}:rate:`. */
  redis?: Redis;
  redisPrefix?: string;
  metrics: MetricsSources;
  /** Feeds, sitemaps, robots.txt, the IndexNow key file. */
  discovery: Omit<DiscoveryRoutesOptions, "cache" | "rendered">;
}

/** A unique constraint the database refused: two writers at the same moment, a conflict rather than a failure. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

function errorBody(code: ErrorCode, message?: string, details: AppErrorDetails = {}) {
  const { fields, problems, data, retryAfter } = details;
  const extra = { ...(fields ? { fields } : {}), ...(problems ? { problems } : {}), ...(retryAfter !== undefined ? { retryAfter } : {}) };
  return { error: { ...data, code, message: message ?? ERRORS[code].message, ...extra } };
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  404: "XABAR_NOT_FOUND",
  413: "XABAR_BODY_TOO_LARGE",
  415: "XABAR_UNSUPPORTED_MEDIA_TYPE",
  429: "XABAR_RATE_LIMITED",
};

const isApi = (request: FastifyRequest): boolean => request.url.startsWith("/api/");

/** Retry-After (seconds) of a request shed under load, and of one the database could not serve. */
const OVERLOAD_RETRY_AFTER = 10;
const DATABASE_RETRY_AFTER = 5;
/** /readyz answers 503 when the database does not answer `select 1` within this. */
const READY_TIMEOUT_MS = 2_000;
/** Routes answered however loaded the process is: a liveness probe, the metrics. */
const NEVER_SHED = new Set(["/healthz", "/metrics"]);

/** A request shed under load, before its route ran. */
class Overloaded extends Error {}

/** `promise`, or a rejection after `ms` (the promise's own failure is then ignored). */
function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  promise.catch(() => undefined);
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

type SchemaCompilers = NonNullable<NonNullable<FastifyServerOptions["schemaController"]>["compilersFactory"]>;

/**
 * Fastify's JSON-schema compilers (ajv and fast-json-stringify, about 110 files) load the first
 * time a route declares a JSON schema, not at every start: our routes validate with zod and none
 * declares one. They are Fastify's own, resolved from where Fastify is installed, and load
 * synchronously because Fastify asks for a compiler synchronously.
 */
function schemaCompilersOnFirstUse(): SchemaCompilers {
  const fromFastify = createRequire(createRequire(import.meta.url).resolve("fastify"));
  type Validators = NonNullable<SchemaCompilers["buildValidator"]>;
  type Serializers = NonNullable<SchemaCompilers["buildSerializer"]>;
  let validators: Validators | undefined;
  let serializers: Serializers | undefined;
  return {
    buildValidator: (schemas, options) => (validators ??= (fromFastify("@fastify/ajv-compiler") as () => Validators)())(schemas, options),
    buildSerializer: (schemas, options) => (serializers ??= (fromFastify("@fastify/fast-json-stringify-compiler") as () => Serializers)())(schemas, options),
  };
}

function createFastify(deps: AppDeps): FastifyInstance {
  const trustHops = deps.trustProxy;
  return Fastify({
    loggerInstance: deps.logger,
    schemaController: { compilersFactory: schemaCompilersOnFirstUse() },
    bodyLimit: 64 * 1024,
    // Which proxies' X-Forwarded-For to believe: never a client's own.
    trustProxy: typeof trustHops === "number" ? (_address: string, hop: number) => hop < trustHops : trustHops,
    // Malformed URLs and the like, before any route: a localised page, not Fastify's JSON.
    frameworkErrors: (_error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      reply.code(400);
      // No hook runs for a request that never reached routing: the headers are set here.
      if (!isApi(request)) reply.type("text/html; charset=utf-8");
      setSecurityHeaders(request, reply, deps.siteUrl.startsWith("https:"));
      if (isApi(request)) void reply.send(errorBody("XABAR_BAD_REQUEST"));
      else void reply.send(renderStandaloneMessage(localeOfPath(request.url), "notFoundTitle", "notFoundText", deps));
    },
    // Requests are counted in metrics, not logged one by one; errors are logged by our handler.
    logController: new LogController({ disableRequestLogging: true }),
  });
}

/**
 * When a page cannot be made (database down, overload): the cached copy, even expired
 * (stale-if-error), else a localised 503 page, or JSON for the API.
 */
function fallback(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, retryAfter: number): FastifyReply {
  const key = pageCacheKey(request);
  const cached = key === undefined ? undefined : (deps.cache?.get(key) ?? deps.cache?.stale(key));
  if (cached) return sendPage(request, reply.removeHeader("retry-after"), cached, "STALE");
  reply.code(503).header("retry-after", String(retryAfter)).header("cache-control", "no-store");
  if (isApi(request)) return reply.send(errorBody("XABAR_UNAVAILABLE"));
  const locale = localeOfPath(request.url.split("?", 1)[0] ?? "/");
  return reply.type("text/html; charset=utf-8").send(renderStandaloneMessage(locale, "unavailableTitle", "unavailableText", deps));
}

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Errors as the catalogue's JSON (or a page), 404s localised, failures answered from the cache. */
function installErrorHandling(app: FastifyInstance, deps: AppDeps): void {
  app.setErrorHandler((error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
    // Shed before any handler ran: answered from the cache or 503, nothing else done.
    if (error instanceof Overloaded) return fallback(deps, request, reply, OVERLOAD_RETRY_AFTER);
    if (error instanceof AppError) {
      if (error.details.retryAfter !== undefined) reply.header("retry-after", String(error.details.retryAfter));
      return reply.code(error.status).send(errorBody(error.code, error.message, error.details));
    }
    if (isUniqueViolation(error))
      return reply.code(409).send(errorBody("XABAR_CONFLICT", "Someone made the same change at the same moment: reload and try again"));
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error, url: request.url }, "database unavailable");
      return fallback(deps, request, reply, DATABASE_RETRY_AFTER);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = STATUS_CODES[status] ?? "XABAR_BAD_REQUEST";
      return reply.code(status).send(errorBody(code, code === "XABAR_BAD_REQUEST" ? error.message : undefined));
    }
    request.log.error({ err: error, url: request.url }, "request failed");
    if (isApi(request)) return reply.code(500).send(errorBody("XABAR_INTERNAL"));
    return fallback(deps, request, reply, DATABASE_RETRY_AFTER);
  });
  app.setNotFoundHandler(async (request, reply) => {
    if (isApi(request)) {
      // An API address that takes other methods says which (405 with Allow), not that it is not there.
      const path = request.url.split("?")[0] ?? "/";
      const allowed = HTTP_METHODS.filter((method) => app.findRoute({ method, url: path }) !== null);
      if (allowed.length && !allowed.includes(request.method as (typeof HTTP_METHODS)[number]))
        return reply.code(405).header("allow", allowed.join(", ")).send(errorBody("XABAR_METHOD_NOT_ALLOWED"));
      return reply.code(404).send(errorBody("XABAR_NOT_FOUND"));
    }
    return renderNotFound(deps.presenter, request, reply);
  });
}

/** Health, readiness and metrics; returns what tells the metrics of a page render. */
async function installOperations(app: FastifyInstance, deps: AppDeps): Promise<() => void> {
  const metrics = await installMetrics(app, deps.metrics);
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    try {
      await withDeadline(sql`select 1`.execute(deps.db), READY_TIMEOUT_MS);
      return { status: "ready" };
    } catch {
      return reply
        .code(503)
        .header("retry-after", "5")
        .send({ status: "unavailable", error: errorBody("XABAR_UNAVAILABLE").error });
    }
  });
  return metrics.pageRendered;
}

/** The bundled assets (immutable, hashed URLs) and uploaded media. */
async function installFiles(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get("/assets/*", async (request, reply) => {
    const page = deps.assets.files.get(request.url.split("?")[0] ?? "");
    if (!page) return reply.code(404).send(errorBody("XABAR_NOT_FOUND"));
    return sendPage(request, reply, page);
  });
  // Our own icon, drawn in site/favicon.ts: browsers ask for /favicon.ico whatever the page says;
  // each is drawn on its first request; the manifest names the manifest's icons.
  const manifest = webManifest(ICON_URLS);
  for (const [path, icon] of [
    ["/favicon.ico", FAVICON_ICO],
    ["/favicon.svg", FAVICON_SVG],
    [ICON_URLS.appleTouch, APPLE_TOUCH_ICON],
    [ICON_URLS.icon192, ICON_192],
    [ICON_URLS.icon512, ICON_512],
    [ICON_URLS.manifest, () => manifest],
  ] as const) {
    app.get(path, async (request, reply) => sendPage(request, reply, icon()));
  }
  await app.register(fastifyStatic, { root: deps.mediaDir, prefix: "/media/", maxAge: "1d", immutable: false, index: false, list: false, dotfiles: "ignore" });
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = createFastify(deps);
  // Every route under /api/v1 is in the public API's document, or it does not register.
  app.addHook("onRoute", requireDocumented);
  installSecurityHeaders(app, { siteUrl: deps.siteUrl });
  // Overload: shed with 503 + Retry-After rather than queue until everything times out. The
  // handler's rejection ends the request in onRequest, before any route work (under-pressure
  // goes on to the route when a pressure handler returns nothing); health and metrics stay
  // answerable, so that a probe does not restart a busy but healthy server.
  await app.register(underPressure, {
    maxEventLoopDelay: deps.maxEventLoopDelayMs,
    ...(deps.maxHeapUsedBytes ? { maxHeapUsedBytes: deps.maxHeapUsedBytes } : {}),
    sampleInterval: Math.min(1_000, Math.max(10, Math.floor(deps.maxEventLoopDelayMs / 2))),
    exposeStatusRoute: false,
    pressureHandler: (request) => (NEVER_SHED.has(request.routeOptions.url ?? "") ? undefined : Promise.reject(new Overloaded())),
  });
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 4 * 1024 });
  installErrorHandling(app, deps);
  const pageRendered = await installOperations(app, deps);
  await installFiles(app, deps);
  await app.register(siteRoutes, { presenter: deps.presenter, cache: deps.cache, rendered: pageRendered });
  await app.register(discoveryRoutes, { ...deps.discovery, cache: deps.cache, rendered: pageRendered });
  await app.register(adminRoutes, {
    accounts: deps.accounts,
    media: deps.media,
    siteUrl: deps.siteUrl,
    preview: previewRenderer(deps.presenter),
    ...deps.newsroom,
  });
  await app.register(adminApp, deps.adminDir ? { dir: deps.adminDir } : {});
  await app.register(engagementRoutes, {
    views: deps.views,
    reactions: deps.reactions,
    articleExists: (id) => deps.articles.exists(id),
    secret: deps.secret,
    siteUrl: deps.siteUrl,
    rateLimitPerMinute: deps.rateLimitPerMinute,
    ...(deps.redis ? { redis: deps.redis, redisNameSpace: `${deps.redisPrefix ?? "xabar"}:rate:` } : {}),
  });
  await app.register(publicApiRoutes, {
    prefix: API_PREFIX,
    articles: deps.articles,
    cache: deps.cache,
    siteUrl: deps.siteUrl,
    search: deps.search,
    ...deps.publicApi,
    ...(deps.redis ? { redis: deps.redis, redisNameSpace: `${deps.redisPrefix ?? "xabar"}:rate:api:` } : {}),
  });
  return app;
}
