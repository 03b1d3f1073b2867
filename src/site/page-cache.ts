/**
 * The site's pages in the page cache. Only the site's page routes are cached, keyed only by
 * validated parts (the path, and a list's position), so made-up query strings can neither fill
 * the cache nor bypass it; never the personal page after a reaction. A page rendered across an
 * invalidation is not stored. A page's path has one spelling: a percent-encoded variant
 * (`/%65n/world/`) answers 301 to it before the cache is asked, so variants make no entries.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { PageCache } from "../cache/page-cache.js";
import { RenderedPage } from "../cache/page.js";
import { sendPage } from "../http/send-page.js";
import { listPosition } from "./site.schema.js";
import { CURRENCY, positionQuery } from "./urls.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** How a route's pages are cached: by path ("page"), by path and list position ("list"), or by path and a currency code ("rates"). */
    pageCache?: "page" | "list" | "rates";
  }
}

/** The redirect to a path's one spelling never changes. */
const REDIRECT_CACHE_CONTROL = "public, max-age=86400";

export const CACHED_PAGE = { config: { pageCache: "page" as const } };
export const CACHED_LIST = { config: { pageCache: "list" as const } };
export const CACHED_RATES = { config: { pageCache: "rates" as const } };

/** The cache key of a request, or undefined when it must not be cached. */
export function pageCacheKey(request: FastifyRequest): string | undefined {
  const kind = request.routeOptions.config?.pageCache;
  if (!kind || (request.method !== "GET" && request.method !== "HEAD")) return undefined;
  const query = request.query as Record<string, unknown> | undefined;
  if (query?.mine !== undefined) return undefined;
  const path = request.url.split("?", 1)[0] ?? "/";
  if (kind === "page") return path;
  if (kind === "rates") {
    // Only a well-formed code makes its own entry (an unknown one is a 404, which is not stored).
    const ccy = query?.ccy;
    if (ccy === undefined) return path;
    return typeof ccy === "string" && CURRENCY.test(ccy) ? `${path}?ccy=${ccy}` : undefined;
  }
  const position = listPosition(query);
  return position ? `${path}${positionQuery(position)}` : undefined;
}

/** Characters a page path's segments are made of (every cached route's parts are slugs and ids). */
const PLAIN_SEGMENT = /^[A-Za-z0-9._~-]*$/;

/**
 * The path's one spelling when `path` percent-encodes plain characters (`/%65n/world/` →
 * `/en/world/`), else undefined: already canonical, or not a page path at all (`%2F`, `%20`,
 * non-ASCII: no route takes those, so the handler answers 404 and nothing is cached).
 */
export function canonicalPath(path: string): string | undefined {
  if (!path.includes("%")) return undefined;
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    if (!PLAIN_SEGMENT.test(decoded)) return undefined;
    segments.push(decoded);
  }
  return segments.join("/");
}

/**
 * What a cached route's handler does: a page to send (and store), or the reply it made itself (a
 * redirect, a 404, the personal page), which is never stored.
 */
export type Produce = () => Promise<RenderedPage | FastifyReply>;
export type Serve = (request: FastifyRequest, reply: FastifyReply, produce: Produce) => Promise<FastifyReply>;

/**
 * Serves hits before any handler runs (for the routes of the plugin it is installed in) and
 * returns how handlers make a page: one render per cache key at a time (the page cache's
 * `render`), stored under its key and tags, marked MISS; the requests that came meanwhile get the
 * stale copy or that render's page. `rendered` is told of every render.
 */
export function installPageCache(app: FastifyInstance, cache: PageCache | undefined, rendered: () => void = () => undefined): Serve {
  /** The cache's version when each request began. */
  const startedAt = new WeakMap<FastifyRequest, number>();
  app.addHook("onRequest", async (request, reply) => {
    if (!request.routeOptions.config?.pageCache) return;
    const mark = request.url.indexOf("?");
    const canonical = canonicalPath(mark === -1 ? request.url : request.url.slice(0, mark));
    if (canonical !== undefined) {
      return reply.header("cache-control", REDIRECT_CACHE_CONTROL).redirect(mark === -1 ? canonical : `${canonical}${request.url.slice(mark)}`, 301);
    }
    const key = cache ? pageCacheKey(request) : undefined;
    if (!cache || key === undefined) return;
    const page = cache.get(key);
    if (page) return sendPage(request, reply, page, "HIT");
    startedAt.set(request, cache.version);
  });
  const produce =
    (run: Produce): Produce =>
    () => {
      rendered();
      return run();
    };
  // A route that made its own reply (404, redirect) has sent it by then; awaiting the reply (a
  // thenable) gives no value to tell it by, so `reply.sent` says whether there is anything left to send.
  return async (request, reply, run) => {
    const key = pageCacheKey(request);
    if (!cache || key === undefined) {
      const made = await produce(run)();
      return made instanceof RenderedPage && !reply.sent ? sendPage(request, reply, made, cache ? "MISS" : undefined) : reply;
    }
    const shared = await cache.render(
      key,
      async () => {
        const made = await produce(run)();
        return made instanceof RenderedPage ? made : undefined;
      },
      startedAt.get(request),
    );
    if (reply.sent) return reply;
    if (shared.page) return sendPage(request, reply, shared.page, shared.state);
    // The render we waited for made no page to share (a redirect, a 404): make our own.
    const made = await produce(run)();
    return made instanceof RenderedPage && !reply.sent ? sendPage(request, reply, made, "MISS") : reply;
  };
}
