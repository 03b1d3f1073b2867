/**
 * Prometheus metrics at /metrics (behind METRICS_TOKEN): request rate and latency by route, page-cache hit ratio,
 * buffered views and flush lag, job queue depth, database pool use, and Node's own gauges
 * (server/metrics-registry.ts). Without a token nobody can read them, so nothing is counted and
 * prom-client is never loaded.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.js";
import { lazy } from "../lazy.js";
import type { MetricsSources } from "./metrics-registry.js";

export type { MetricsSources };

const metricsRegistry = lazy(() => import("./metrics-registry.js"));

/** The bearer token matches (compared in constant time, as hashes of equal length). */
function authorised(header: string | undefined, token: string): boolean {
  const sent = /^Bearer\s+(\S+)$/i.exec(header ?? "")?.[1];
  if (sent === undefined) return false;
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(sent), digest(token));
}

/**
 * Adds the metrics hook and route to the root instance (not a plugin scope: it must see every
 * route). `/metrics` answers `Authorization: Bearer <token>` only (401 otherwise); without a
 * token (METRICS_TOKEN unset) there is no /metrics at all: 404, and no counting.
 */
export async function installMetrics(app: FastifyInstance, sources: MetricsSources): Promise<{ pageRendered: () => void }> {
  const { token } = sources;
  if (token === undefined) return { pageRendered: () => undefined };
  const { registry, pageRendered } = (await metricsRegistry()).createMetrics(app, sources);
  app.get("/metrics", async (request, reply) => {
    if (!authorised(request.headers.authorization, token)) {
      reply.header("www-authenticate", 'Bearer realm="metrics"');
      throw new AppError("XABAR_UNAUTHENTICATED", "Send Authorization: Bearer <METRICS_TOKEN>");
    }
    return reply
      .header("cache-control", "no-store")
      .type(registry.contentType)
      .send(await registry.metrics());
  });
  return { pageRendered };
}
