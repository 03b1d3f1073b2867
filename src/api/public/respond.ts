/**
 * How the public content API answers: JSON made once and sent many times through the site's
 * send-page path (strong ETag from the body, 304 on If-None-Match, Cache-Control, Surrogate-Key
 * with the cache tags, gzip/br), kept in the in-process page cache under its tags so that
 * publishing or editing drops it like the pages that show the same articles. Only validated
 * parts make a key, and a key's cursor names a real row, so made-up query strings make no
 * entries. When the database is away, the last copy of the answer is sent (stale-if-error), else
 * the error handler's 503.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { PageCache } from "../../cache/page-cache.js";
import { RenderedPage } from "../../cache/page.js";
import { isDatabaseUnavailable } from "../../db/unavailable.js";
import { sendPage } from "../../http/send-page.js";

/** An answer as the API makes it: the body, the tags it is stored and purged under, the next page. */
export interface Answer {
  body: unknown;
  tags: readonly string[];
  next?: string | null;
}

/** A JSON answer ready to send many times, with its next page's URL for the Link header. */
export class ApiPage extends RenderedPage {
  constructor(
    answer: Answer,
    cacheControl: string,
    readonly next: string | undefined = answer.next ?? undefined,
  ) {
    super(200, "application/json; charset=utf-8", Buffer.from(JSON.stringify(answer.body)), [...new Set(answer.tags)], cacheControl);
  }
}

function send(request: FastifyRequest, reply: FastifyReply, page: RenderedPage, state?: "HIT" | "MISS" | "STALE"): FastifyReply {
  if (page instanceof ApiPage && page.next) reply.header("link", `<${page.next}>; rel="next"`);
  return sendPage(request, reply, page, state);
}

export type Respond = (request: FastifyRequest, reply: FastifyReply, key: string | undefined, make: () => Promise<Answer>) => Promise<FastifyReply>;

/** `key`: the answer's cache key (validated parts only), or undefined when it must not be stored. */
export function responder(cache: PageCache | undefined, cacheControl: string): Respond {
  return async (request, reply, key, make) => {
    // Read before any data: an answer made across an invalidation is not stored.
    const startedAt = cache?.version;
    const build = async () => new ApiPage(await make(), cacheControl);
    try {
      if (!cache || key === undefined) return send(request, reply, await build(), cache ? "MISS" : undefined);
      const hit = cache.get(key);
      if (hit) return send(request, reply, hit, "HIT");
      const shared = await cache.render(key, build, startedAt);
      return send(request, reply, shared.page ?? (await build()), shared.state);
    } catch (error) {
      const stale = key === undefined ? undefined : cache?.stale(key);
      if (stale && isDatabaseUnavailable(error)) return send(request, reply.removeHeader("link"), stale, "STALE");
      throw error;
    }
  };
}
