/**
 * The Prometheus registry behind /metrics (server/metrics.ts loads this, and prom-client with it,
 * only when METRICS_TOKEN is set). Gauges are read when Prometheus scrapes, not kept up to date
 * on every request.
 */
import type { FastifyInstance } from "fastify";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { PageCache } from "../cache/page-cache.js";

export interface MetricsSources {
  cache: PageCache | undefined;
  views: { pendingCount: number; lastFlushAt: number };
  jobs: { depth(): Promise<number> };
  pool: (() => { total: number; idle: number; waiting: number }) | undefined;
  /** `/metrics` answers only `Authorization: Bearer <token>`; without one it is off (404). */
  token?: string | undefined;
}

/** The registry, with the request hook on `app` (the root instance), and what counts a page render. */
export function createMetrics(app: FastifyInstance, sources: MetricsSources): { registry: Registry; pageRendered: () => void } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "xabar_" });
  // Registered in the order /metrics lists them.
  countRequests(app, registry);
  watchPageCache(registry, sources.cache);
  const renders = new Counter({
    name: "xabar_page_renders_total",
    help: "Pages rendered (not served from the page cache); one at a time per cache key",
    registers: [registry],
  });
  watchViews(registry, sources.views);
  watchJobs(registry, sources.jobs);
  watchPool(registry, sources.pool);
  return { registry, pageRendered: () => renders.inc() };
}

/** Request count and latency by route, method (and status), from a hook on every response. */
function countRequests(app: FastifyInstance, registry: Registry): void {
  const requests = new Counter({
    name: "xabar_http_requests_total",
    help: "HTTP requests by route, method and status",
    labelNames: ["route", "method", "status"],
    registers: [registry],
  });
  const latency = new Histogram({
    name: "xabar_http_request_duration_seconds",
    help: "HTTP request duration by route",
    labelNames: ["route", "method"],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook("onResponse", async (request, reply) => {
    // The route pattern, not the URL: one series per route, however many articles there are.
    const route = request.routeOptions.url ?? "unmatched";
    requests.inc({ route, method: request.method, status: String(reply.statusCode) });
    latency.observe({ route, method: request.method }, reply.elapsedTime / 1000);
  });
}

function watchPageCache(registry: Registry, cache: MetricsSources["cache"]): void {
  new Gauge({
    name: "xabar_page_cache_requests_total",
    help: "Page cache lookups since start, by result",
    labelNames: ["result"],
    registers: [registry],
    collect() {
      this.set({ result: "hit" }, cache?.hits ?? 0);
      this.set({ result: "miss" }, cache?.misses ?? 0);
    },
  });
  new Gauge({
    name: "xabar_page_cache_entries",
    help: "Pages in the in-process cache",
    registers: [registry],
    collect() {
      this.set(cache?.size ?? 0);
    },
  });
}

function watchViews(registry: Registry, views: MetricsSources["views"]): void {
  new Gauge({
    name: "xabar_views_buffered",
    help: "Views counted but not yet written",
    registers: [registry],
    collect() {
      this.set(views.pendingCount);
    },
  });
  new Gauge({
    name: "xabar_views_flush_lag_seconds",
    help: "Seconds since buffered views were last written",
    registers: [registry],
    collect() {
      this.set(views.lastFlushAt ? (Date.now() - views.lastFlushAt) / 1000 : 0);
    },
  });
}

function watchJobs(registry: Registry, jobs: MetricsSources["jobs"]): void {
  new Gauge({
    name: "xabar_jobs_queue_depth",
    help: "Jobs queued or running",
    registers: [registry],
    async collect() {
      this.set(await jobs.depth().catch(() => -1));
    },
  });
}

function watchPool(registry: Registry, pool: MetricsSources["pool"]): void {
  new Gauge({
    name: "xabar_db_pool_connections",
    help: "Database pool connections by state (PostgreSQL)",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const connections = pool?.();
      if (!connections) return;
      this.set({ state: "total" }, connections.total);
      this.set({ state: "idle" }, connections.idle);
      this.set({ state: "waiting" }, connections.waiting);
    },
  });
}
