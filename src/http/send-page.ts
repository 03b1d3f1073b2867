/**
 * The HTTP layer's way to send a rendered page (a cached one or a fresh one): validators (ETag,
 * 304), caching headers, Surrogate-Key, content negotiation of the pre-compressed bodies.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { type RenderedPage, negotiateEncoding } from "../cache/page.js";

export function sendPage(request: FastifyRequest, reply: FastifyReply, page: RenderedPage, cacheState?: "HIT" | "MISS" | "STALE"): FastifyReply {
  const { body, encoding } = page.encoded(negotiateEncoding(request.headers["accept-encoding"]));
  // Each encoding is its own representation, so each gets its own validator.
  const etag = encoding === "identity" ? page.etag : `${page.etag.slice(0, -1)}-${encoding}"`;
  // Added to what the reply varies by already (Origin, for CORS with a list of origins).
  const vary = reply.getHeader("vary");
  reply
    .header("cache-control", page.cacheControl)
    .header("etag", etag)
    .header("vary", vary ? `${String(vary)}, Accept-Encoding` : "Accept-Encoding");
  if (page.tags.length) reply.header("surrogate-key", page.tags.join(" "));
  if (cacheState) reply.header("x-cache", cacheState);
  const ifNoneMatch = request.headers["if-none-match"];
  // "*" matches any current representation (RFC 9110 13.1.2): a page that is there, not a 404.
  const matches = (tag: string) => tag === etag || (tag === "*" && page.status >= 200 && page.status < 300);
  if (ifNoneMatch && ifNoneMatch.split(",").some((tag) => matches(tag.trim().replace(/^W\//, "")))) {
    return reply.code(304).send();
  }
  if (encoding !== "identity") reply.header("content-encoding", encoding);
  return reply.code(page.status).type(page.contentType).send(body);
}
