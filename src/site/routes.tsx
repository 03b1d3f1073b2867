/**
 * The public pages. Handlers are thin: validate the URL, ask SiteService for the page's data,
 * render TSX to HTML, keep the result in the page cache under its tags.
 */
import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { z } from "zod";
import { sendPage } from "../cache/http.js";
import { RenderedPage } from "../cache/page.js";
import { excerpt } from "../content/excerpt.js";
import type { PageCache } from "../cache/page-cache.js";
import { DEFAULT_LOCALE, LOCALES, type Locale, isLocale, localeFromAcceptLanguage } from "../lang/locales.js";
import { MAX_ID } from "../db/ids.js";
import { REACTIONS } from "../engagement/reactions.js";
import { t } from "../lang/messages.js";
import { ArticlePage } from "./views/article.js";
import type { CardContext } from "./views/cards.js";
import { type Chrome, type HeadInfo, Layout } from "./views/layout.js";
import { HomePage, ListPage, MessagePage } from "./views/lists.js";
import { type ListPosition, type SiteService, newsArticleJsonLd } from "./site.service.js";
import { type UrlPosition, categoryUrl, homeUrl, mediaUrl, parseCursor, positionQuery, tagUrl } from "./urls.js";

export const PAGE_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400";
const ERROR_CACHE_CONTROL = "public, max-age=30, s-maxage=60";
export const LANGUAGE_COOKIE = "xabar_lang";

export interface SiteRoutesOptions {
  site: SiteService;
  cache: PageCache | undefined;
  timeZone: string;
}

const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1), before: z.string().optional(), after: z.string().optional() });

/** A list's position from the query string, or undefined when it is not a valid one. */
function listPosition(query: unknown): ListPosition | undefined {
  const parsed = pageQuery.safeParse(query);
  if (!parsed.success) return undefined;
  const { page, before, after } = parsed.data;
  if (before !== undefined && after !== undefined) return undefined;
  const cursor = before ?? after;
  const parsedCursor = cursor === undefined ? undefined : parseCursor(cursor);
  if (cursor !== undefined && (!parsedCursor || page < 2)) return undefined;
  if (!parsedCursor) return { page };
  return before !== undefined ? { page, before: parsedCursor } : { page, after: parsedCursor };
}
/** After the no-JS reaction form: which reaction is now the visitor's. */
const mineQuery = z.object({ mine: z.enum([...REACTIONS, "none"]).optional() });
const ARTICLE_PARAM = /^(\d{1,10})(?:-([a-z0-9-]{0,200}))?$/;
const SLUG = /^[a-z0-9-]{1,80}$/;

function renderDocument(chrome: Chrome, head: HeadInfo, body: VNode): string {
  return `<!doctype html>${renderToString(
    <Layout chrome={chrome} head={head}>
      {body}
    </Layout>,
  )}`;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** How a route's pages are cached: by path ("page"), or by path and page number ("list"). */
    pageCache?: "page" | "list";
  }
}
const PAGE = { config: { pageCache: "page" as const } };
const LIST = { config: { pageCache: "list" as const } };

/**
 * The cache key of a request, or undefined when it must not be cached: only the site's page
 * routes, only from validated parts (the path, and a list's page number), so that made-up query
 * strings can neither fill the cache nor bypass it; never the personal page after a reaction.
 */
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

/** The cache's version when each request began: a page rendered across an invalidation is not stored. */
const startedAt = new WeakMap<FastifyRequest, number>();

export function localeOfPath(path: string): Locale {
  const first = path.split("/")[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The localised 404 page, with the site's navigation. */
export async function renderNotFound(site: SiteService, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const locale = localeOfPath(request.url);
  const chrome = await site.chrome(locale);
  const html = renderDocument(
    chrome,
    {
      title: `${t(locale, "notFoundTitle")} — ${t(locale, "siteName")}`,
      description: t(locale, "notFoundText"),
      canonical: request.url.split("?")[0] ?? "/",
      alternates: [],
      ogType: "website",
    },
    <MessagePage title={t(locale, "notFoundTitle")} text={t(locale, "notFoundText")} back={{ href: homeUrl(locale), label: t(locale, "backHome") }} />,
  );
  return sendPage(request, reply, RenderedPage.html(html, 404, [], ERROR_CACHE_CONTROL));
}

export async function siteRoutes(app: FastifyInstance, options: SiteRoutesOptions): Promise<void> {
  const { site, cache } = options;
  const ctx = (locale: Locale): CardContext => ({ locale, now: site.now(), timeZone: options.timeZone });

  if (cache) {
    // Runs for this plugin's routes only, after routing: hits never reach a handler.
    app.addHook("onRequest", async (request, reply) => {
      const key = pageCacheKey(request);
      if (key === undefined) return;
      const page = cache.get(key);
      if (page) return sendPage(request, reply, page, "HIT");
      startedAt.set(request, cache.version);
    });
  }

  const respond = (request: FastifyRequest, reply: FastifyReply, html: string, tags: string[]) => {
    const page = RenderedPage.html(html, 200, tags, PAGE_CACHE_CONTROL);
    const key = pageCacheKey(request);
    if (cache && key !== undefined) cache.set(key, page, startedAt.get(request));
    return sendPage(request, reply, page, cache ? "MISS" : undefined);
  };

  const notFound = (request: FastifyRequest, reply: FastifyReply) => renderNotFound(site, request, reply);

  app.get("/", async (request, reply) => {
    const fromCookie = request.cookies[LANGUAGE_COOKIE];
    const locale = isLocale(fromCookie) ? fromCookie : (localeFromAcceptLanguage(request.headers["accept-language"]) ?? DEFAULT_LOCALE);
    return reply.header("cache-control", "private, no-store").header("vary", "Cookie, Accept-Language").redirect(homeUrl(locale), 302);
  });

  for (const locale of LOCALES) {
    app.get(`/${locale}`, async (_request, reply) => reply.redirect(homeUrl(locale), 301));

    app.get(`/${locale}/`, PAGE, async (request, reply) => {
      const [chrome, view] = await Promise.all([site.chrome(locale), site.home(locale)]);
      const head: HeadInfo = {
        title: `${t(locale, "siteName")} — ${t(locale, "siteTagline")}`,
        description: t(locale, "footerAbout"),
        canonical: homeUrl(locale),
        alternates: LOCALES.map((l) => ({ locale: l, href: homeUrl(l) })),
        xDefault: homeUrl(DEFAULT_LOCALE),
        ogType: "website",
      };
      return respond(request, reply, renderDocument(chrome, head, <HomePage view={view} ctx={ctx(locale)} />), [`home:${locale}`, "home"]);
    });

    app.get<{ Params: { category: string } }>(`/${locale}/:category`, async (request, reply) => {
      if (!SLUG.test(request.params.category)) return notFound(request, reply);
      return reply.redirect(categoryUrl(locale, request.params.category), 301);
    });

    /** A category or tag list: validate, load, render, cache under the list's tag. */
    const listPage = async (request: FastifyRequest, reply: FastifyReply, kind: "category" | "tag", slug: string) => {
      const position = listPosition(request.query);
      if (!SLUG.test(slug) || !position) return notFound(request, reply);
      const { page } = position;
      const view = kind === "category" ? await site.category(locale, slug, position) : await site.tag(locale, slug, position);
      if (!view) return notFound(request, reply);
      const urlOf = (lc: Locale, p: UrlPosition | number) => (kind === "category" ? categoryUrl(lc, slug, p) : tagUrl(lc, slug, p));
      const chrome = await site.chrome(locale, kind === "category" ? slug : undefined);
      const title = page > 1 ? `${view.heading.title} · ${t(locale, "page", { page })}` : view.heading.title;
      const head: HeadInfo = {
        title: `${title} — ${t(locale, "siteName")}`,
        description: t(locale, "latestIn", { category: view.heading.title }),
        // A cursor is this locale's: other locales' lists only share the page number.
        canonical: urlOf(locale, position),
        alternates: LOCALES.map((l) => ({ locale: l, href: l === locale ? urlOf(l, position) : urlOf(l, page) })),
        xDefault: urlOf(DEFAULT_LOCALE, DEFAULT_LOCALE === locale ? position : page),
        ogType: "website",
      };
      const body = <ListPage view={view} ctx={ctx(locale)} pageUrl={(p) => urlOf(locale, p)} />;
      return respond(request, reply, renderDocument(chrome, head, body), [`list:${locale}:${kind === "tag" ? `tag:${slug}` : slug}`, `list:${locale}`]);
    };

    app.get<{ Params: { category: string } }>(`/${locale}/:category/`, LIST, async (request, reply) =>
      listPage(request, reply, "category", request.params.category),
    );
    app.get<{ Params: { tag: string } }>(`/${locale}/tag/:tag`, LIST, async (request, reply) => listPage(request, reply, "tag", request.params.tag));

    app.get<{ Params: { category: string; article: string } }>(`/${locale}/:category/:article`, PAGE, async (request, reply) => {
      const { category, article } = request.params;
      const match = ARTICLE_PARAM.exec(article);
      const id = Number(match?.[1]);
      if (!SLUG.test(category) || !match || id > MAX_ID) return notFound(request, reply);
      const result = await site.article(locale, category, id, match[2] ?? "");
      if (result.kind === "missing") return notFound(request, reply);
      if (result.kind === "redirect") return reply.header("cache-control", PAGE_CACHE_CONTROL).redirect(result.location, 301);
      const { view } = result;
      const chrome = await site.chrome(locale, view.article.categorySlug);
      const cover = view.article.cover;
      const head: HeadInfo = {
        title: `${view.article.title} — ${t(locale, "siteName")}`,
        description: view.article.lead || excerpt(view.article.bodyStart, 200),
        canonical: view.canonical,
        alternates: result.alternates,
        xDefault: result.xDefault,
        ogType: "article",
        image: cover && cover.variants.length ? mediaUrl(cover.file, Math.max(...cover.variants)) : undefined,
        publishedAt: view.article.publishedAt,
        jsonLd: newsArticleJsonLd(view, chrome.siteUrl, t(locale, "siteName")),
      };
      const tags = [`article:${view.article.id}`, `story:${view.article.storyId}`];
      const personal = mineQuery.safeParse(request.query);
      if (personal.success && personal.data.mine) {
        const mine = personal.data.mine === "none" ? null : personal.data.mine;
        const html = renderDocument(chrome, head, <ArticlePage view={view} ctx={ctx(locale)} mine={mine} />);
        return sendPage(request, reply, RenderedPage.html(html, 200, [], "private, no-store"));
      }
      return respond(request, reply, renderDocument(chrome, head, <ArticlePage view={view} ctx={ctx(locale)} />), tags);
    });
  }
}
