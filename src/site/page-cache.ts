/**
 * The site's pages in the page cache. Only the site's page routes are cached, keyed only by
 * validated parts (the path, and a list's position), so made-up query strings can neither fill
 * the cache nor bypass it; never the personal page after a reaction. A page rendered across an
 * invalidation is not stored.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { PageCache } from "../cache/page-cache.js";
import { RenderedPage } from "../cache/page.js";
import { sendPage } from "../http/send-page.js";
import { listPosition } from "./site.schema.js";
import { positionQuery } from "./urls.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** How a route's pages are cached: by path ("page"), or by path and list position ("list"). */
    pageCache?: "page" | "list";
  }
}

export const CACHED_PAGE = { config: { pageCache: "page" as const } };
export const CACHED_LIST = { config: { pageCache: "list" as const } };

/** The cache key of a request, or undefined when it must not be cached. */
export function pageCacheKey(request: FastifyRequest): string | undefined {
  const kind = request.routeOptions.config?.pageCache;
  if (!kind || (request.method !== "GET" && request.method !== "HEAD")) return undefined;
  const query = request.query as Record<string, unknown> | undefined;
  if (query?.mine !== undefined) return undefined;
  const path = request.url.split("?", 1)[0] ?? "/";
  if (kind === "page") return path;
  const position = listPosition(query);
  return position ? `${path}${positionQuery(position)}` : undefined;
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
  if (cache) {
    app.addHook("onRequest", async (request, reply) => {
      const key = pageCacheKey(request);
      if (key === undefined) return;
      const page = cache.get(key);
      if (page) return sendPage(request, reply, page, "HIT");
      startedAt.set(request, cache.version);
    });
  }
  const produce =
    (run: Produce): Produce =>
    () => {
      rendered();
      return run();
    };
  return async (request, reply, run) => {
    const key = pageCacheKey(request);
    if (!cache || key === undefined) {
      const made = await produce(run)();
      return made instanceof RenderedPage ? sendPage(request, reply, made, cache ? "MISS" : undefined) : made;
    }
    let own: FastifyReply | undefined;
    const shared = await cache.render(
      key,
      async () => {
        const made = await produce(run)();
        if (made instanceof RenderedPage) return made;
        own = made;
        return undefined;
      },
      startedAt.get(request),
    );
    if (own) return own;
    if (shared.page) return sendPage(request, reply, shared.page, shared.state);
    // The render we waited for made no page to share (a redirect, a 404): make our own.
    const made = await produce(run)();
    return made instanceof RenderedPage ? sendPage(request, reply, made, "MISS") : made;
  };
}
