/**
 * The routes crawlers and feed readers read: the feeds of each locale and category, the sitemaps,
 * robots.txt and the IndexNow key file. Feeds and sitemaps are pages like the others: in the page
 * cache under their tags (a publication or an edit drops them), sent with ETag/304, Surrogate-Key
 * and the pre-compressed bodies by the same path as the HTML pages.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { PageCache } from "../cache/page-cache.js";
import { RenderedPage } from "../cache/page.js";
import { tags } from "../cache/tags.js";
import type { FeedRepository } from "../discovery/feeds.js";
import type { SitemapRepository } from "../discovery/sitemaps.js";
import { LOCALES, type Locale } from "../lang/locales.js";
import { FEED_CONTENT_TYPES, FEED_FORMATS, renderFeed } from "./feeds.js";
import { CACHED_PAGE, type Serve, installPageCache } from "./page-cache.js";
import {
  NEWS_MAX_URLS,
  NEWS_WINDOW_MS,
  XML_CONTENT_TYPE,
  articlesSitemap,
  monthFiles,
  newsSitemap,
  pagesSitemap,
  robotsTxt,
  sitemapIndex,
} from "./sitemaps.js";
import { type FeedFormat, SLUG, crawlerUrls, parseMonthSitemap, routes, searchUrl } from "./urls.js";

/** Feeds and sitemaps change with every publication; the tags drop them here, the CDN is purged by the same keys. */
const CRAWLER_CACHE_CONTROL = "public, max-age=300, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400";
const ROBOTS_CACHE_CONTROL = "public, max-age=3600";

export interface DiscoveryRoutesOptions {
  feeds: FeedRepository;
  sitemaps: SitemapRepository;
  cache: PageCache | undefined;
  siteUrl: string;
  /** Items per feed. */
  feedItems: number;
  /** Whole bodies in the feeds, or the lead / an excerpt. */
  fullText: boolean;
  /** URLs per article sitemap file. */
  sitemapMaxUrls: number;
  /** The IndexNow key, whose file is served at /{key}.txt; none: no file. */
  indexNowKey?: string | undefined;
  now?: () => Date;
  /** Told of every render (the page-render metric). */
  rendered?: () => void;
}

/** The site's 404 page (its not-found handler); the reply, so that the cache knows nothing is left to send. */
function notFound(reply: FastifyReply): FastifyReply {
  reply.callNotFound();
  return reply;
}

const page = (body: string, contentType: string, pageTags: string[]) => new RenderedPage(200, contentType, Buffer.from(body), pageTags, CRAWLER_CACHE_CONTROL);

function feedRoutes(app: FastifyInstance, options: DiscoveryRoutesOptions, serve: Serve, now: () => Date): void {
  const feed = async (request: FastifyRequest, reply: FastifyReply, locale: Locale, format: FeedFormat, categorySlug?: string) =>
    serve(request, reply, async () => {
      const category = categorySlug === undefined ? undefined : SLUG.test(categorySlug) ? await options.feeds.category(categorySlug, locale) : undefined;
      if (categorySlug !== undefined && !category) return notFound(reply);
      const entries = await options.feeds.latest({
        locale,
        limit: options.feedItems,
        now: now(),
        withBody: options.fullText,
        ...(category ? { categoryId: category.id } : {}),
      });
      const body = await renderFeed(format, { siteUrl: options.siteUrl, locale, fullText: options.fullText, ...(category ? { category } : {}) }, entries);
      // Under the article tags too: an edit to an item drops the feed even when no list changes.
      const feedTags = [category ? tags.feed(locale, category.slug) : tags.feed(locale), ...entries.map((e) => tags.article(e.id))];
      return page(body, FEED_CONTENT_TYPES[format], feedTags);
    });
  for (const locale of LOCALES) {
    for (const format of FEED_FORMATS) {
      app.get(routes.feed(locale, format), CACHED_PAGE, async (request, reply) => feed(request, reply, locale, format));
      app.get<{ Params: { category: string } }>(routes.categoryFeed(locale, format), CACHED_PAGE, async (request, reply) =>
        feed(request, reply, locale, format, request.params.category),
      );
    }
  }
}

function sitemapRoutes(app: FastifyInstance, options: DiscoveryRoutesOptions, serve: Serve, now: () => Date): void {
  const { sitemaps, siteUrl } = options;
  const sitemapTags = [tags.sitemaps()];
  app.get(crawlerUrls.sitemapIndex, CACHED_PAGE, async (request, reply) =>
    serve(request, reply, async () => {
      const files = monthFiles(await sitemaps.months(now()), options.sitemapMaxUrls);
      return page(sitemapIndex(siteUrl, files), XML_CONTENT_TYPE, sitemapTags);
    }),
  );
  app.get(crawlerUrls.newsSitemap, CACHED_PAGE, async (request, reply) =>
    serve(request, reply, async () => {
      const at = now();
      const entries = await sitemaps.recent(new Date(at.getTime() - NEWS_WINDOW_MS), at, NEWS_MAX_URLS);
      return page(newsSitemap(siteUrl, entries), XML_CONTENT_TYPE, sitemapTags);
    }),
  );
  app.get<{ Params: { file: string } }>(routes.sitemapFile, CACHED_PAGE, async (request, reply) =>
    serve(request, reply, async () => {
      const { file } = request.params;
      if (`/sitemaps/${file}` === crawlerUrls.pagesSitemap) {
        return page(pagesSitemap(siteUrl, await sitemaps.categorySlugs()), XML_CONTENT_TYPE, sitemapTags);
      }
      const wanted = parseMonthSitemap(file);
      if (!wanted) return notFound(reply);
      const at = now();
      const counts = await sitemaps.monthCounts(wanted.month, at);
      const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
      const offset = (wanted.part - 1) * options.sitemapMaxUrls;
      // A part past the month's end names nothing (and makes no cache entry).
      if (offset >= total) return notFound(reply);
      const entries = await sitemaps.monthSlice(wanted.month, counts, offset, options.sitemapMaxUrls, at);
      return page(articlesSitemap(siteUrl, entries), XML_CONTENT_TYPE, sitemapTags);
    }),
  );
}

/** robots.txt and the IndexNow key file: fixed texts, made once. */
function fixedRoutes(app: FastifyInstance, options: DiscoveryRoutesOptions): void {
  const robots = robotsTxt(
    options.siteUrl,
    LOCALES.map((locale) => searchUrl(locale)),
  );
  app.get(crawlerUrls.robots, async (_request, reply) => reply.header("cache-control", ROBOTS_CACHE_CONTROL).type("text/plain; charset=utf-8").send(robots));
  const key = options.indexNowKey;
  if (key) {
    app.get(crawlerUrls.indexNowKey(key), async (_request, reply) =>
      reply.header("cache-control", ROBOTS_CACHE_CONTROL).type("text/plain; charset=utf-8").send(key),
    );
  }
}

export function discoveryRoutes(app: FastifyInstance, options: DiscoveryRoutesOptions, done: (error?: Error) => void): void {
  const serve = installPageCache(app, options.cache, options.rendered);
  const now = options.now ?? (() => new Date());
  feedRoutes(app, options, serve, now);
  sitemapRoutes(app, options, serve, now);
  fixedRoutes(app, options);
  done();
}
