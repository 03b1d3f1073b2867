/**
 * The public pages. Handlers are thin: validate the URL, ask the presenter for the page, render
 * its view inside the layout, send it (stored in the page cache under the page's tags).
 */
import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { PageCache } from "../cache/page-cache.js";
import { RenderedPage } from "../cache/page.js";
import { sendPage } from "../http/send-page.js";
import { DEFAULT_LOCALE, LOCALES, type Locale, isLocale, localeFromAcceptLanguage } from "../lang/locales.js";
import { CACHED_LIST, CACHED_PAGE, CACHED_RATES, type Serve, installPageCache } from "./page-cache.js";
import type { ListKind, SitePresenter } from "./presenter.js";
import { renderDocument } from "./render.js";
import type { ListPosition, ListView, Page } from "./view-models.js";
import { listPosition, mineOf, searchPageRequest } from "./site.schema.js";
import { CURRENCY, LANGUAGE_COOKIE, SLUG, categoryUrl, homeUrl, parseArticleSegment, routes } from "./urls.js";
import { ArticlePage } from "./views/article.js";
import { HomePage, ListPage, MessagePage } from "./views/lists.js";
import { RatesPage } from "./views/rates.js";
import { SearchPage } from "./views/search.js";

export const PAGE_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400";
const ERROR_CACHE_CONTROL = "public, max-age=30, s-maxage=60";
const SEARCH_CACHE_CONTROL = "public, max-age=60, s-maxage=60";

export interface SiteRoutesOptions {
  presenter: SitePresenter;
  cache: PageCache | undefined;
  /** Told of every page render (the metric). */
  rendered?: () => void;
}

export function localeOfPath(path: string): Locale {
  const first = path.split("/")[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The localised 404 page, with the site's navigation; first, a 301 when the path is an imported article's old address. */
export async function renderNotFound(presenter: SitePresenter, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const moved = await presenter.oldAddress(request.url);
  if (moved) return reply.header("cache-control", PAGE_CACHE_CONTROL).redirect(moved, 301);
  const page = await presenter.notFound(localeOfPath(request.url), request.url.split("?")[0] ?? "/");
  const html = renderDocument(page.chrome, page.head, <MessagePage view={page.view} />);
  return sendPage(request, reply, RenderedPage.html(html, 404, [], ERROR_CACHE_CONTROL));
}

/** `/`: to the reader's language (cookie, then Accept-Language), never cached. */
function languageRedirect(app: FastifyInstance, presenter: SitePresenter): void {
  app.get(routes.root, async (request, reply) => {
    // WordPress's plain links (`/?p=123`) of imported articles.
    const moved = request.url.includes("?") ? await presenter.oldAddress(request.url) : undefined;
    if (moved) return reply.header("cache-control", PAGE_CACHE_CONTROL).redirect(moved, 301);
    const fromCookie = request.cookies[LANGUAGE_COOKIE];
    const locale = isLocale(fromCookie) ? fromCookie : (localeFromAcceptLanguage(request.headers["accept-language"]) ?? DEFAULT_LOCALE);
    return reply.header("cache-control", "private, no-store").header("vary", "Cookie, Accept-Language").redirect(homeUrl(locale), 302);
  });
}

function homeRoutes(app: FastifyInstance, presenter: SitePresenter, serve: Serve, locale: Locale): void {
  app.get(routes.bareLocale(locale), async (_request, reply) => reply.redirect(homeUrl(locale), 301));
  app.get(routes.home(locale), CACHED_PAGE, async (request, reply) =>
    serve(request, reply, async () => {
      const page = await presenter.home(locale);
      const html = renderDocument(page.chrome, page.head, <HomePage view={page.view} ctx={page.ctx} />);
      return RenderedPage.html(html, 200, page.tags, PAGE_CACHE_CONTROL);
    }),
  );
}

function listRoutes(app: FastifyInstance, presenter: SitePresenter, serve: Serve, locale: Locale): void {
  app.get<{ Params: { category: string } }>(routes.bareCategory(locale), async (request, reply) => {
    if (!SLUG.test(request.params.category)) return renderNotFound(presenter, request, reply);
    return reply.redirect(categoryUrl(locale, request.params.category), 301);
  });
  const listPage = (request: FastifyRequest, reply: FastifyReply, kind: ListKind, slug: string) =>
    serve(request, reply, async () => {
      const position = listPosition(request.query);
      const page = SLUG.test(slug) && position ? await presenter.list(locale, kind, slug, position) : undefined;
      if (!page) return renderNotFound(presenter, request, reply);
      const html = renderDocument(page.chrome, page.head, <ListPage view={page.view} ctx={page.ctx} />);
      return RenderedPage.html(html, 200, page.tags, PAGE_CACHE_CONTROL);
    });
  app.get<{ Params: { category: string } }>(routes.category(locale), CACHED_LIST, async (request, reply) =>
    listPage(request, reply, "category", request.params.category),
  );
  app.get<{ Params: { tag: string } }>(routes.tag(locale), CACHED_LIST, async (request, reply) => listPage(request, reply, "tag", request.params.tag));
  // Author pages and latest news: lists like the others, found another way.
  const otherList = (request: FastifyRequest, reply: FastifyReply, find: (position: ListPosition) => Promise<Page<ListView> | undefined>) =>
    serve(request, reply, async () => {
      const position = listPosition(request.query);
      const page = position ? await find(position) : undefined;
      if (!page) return renderNotFound(presenter, request, reply);
      const html = renderDocument(page.chrome, page.head, <ListPage view={page.view} ctx={page.ctx} />);
      return RenderedPage.html(html, 200, page.tags, PAGE_CACHE_CONTROL);
    });
  app.get<{ Params: { author: string } }>(routes.author(locale), CACHED_LIST, async (request, reply) => {
    const slug = request.params.author;
    return otherList(request, reply, async (position) => (SLUG.test(slug) ? presenter.author(locale, slug, position) : undefined));
  });
  app.get(routes.latest(locale), CACHED_LIST, async (request, reply) => otherList(request, reply, (position) => presenter.latest(locale, position)));
}

/**
 * `/{lc}/search?q=`: never in the page cache (any text is a query, so the keys would be
 * unbounded); rendered per request like an uncached list, kept 60 s by browsers and CDNs (the
 * bare form, with the pages' Cache-Control). A bad filter or cursor is the 404 page.
 */
function searchRoute(app: FastifyInstance, presenter: SitePresenter, locale: Locale): void {
  app.get(routes.search(locale), async (request, reply) => {
    const wanted = searchPageRequest(request.query);
    const page = wanted ? await presenter.search(locale, wanted) : undefined;
    if (!page) return renderNotFound(presenter, request, reply);
    const html = renderDocument(page.chrome, page.head, <SearchPage view={page.view} ctx={page.ctx} />);
    return sendPage(request, reply, RenderedPage.html(html, 200, [], page.view.q ? SEARCH_CACHE_CONTROL : PAGE_CACHE_CONTROL));
  });
}

function articleRoute(app: FastifyInstance, presenter: SitePresenter, serve: Serve, locale: Locale): void {
  app.get<{ Params: { category: string; article: string } }>(routes.article(locale), CACHED_PAGE, async (request, reply) =>
    serve(request, reply, () => articlePage(presenter, locale, request, reply)),
  );
}

/** An article page to store, or the reply made instead: 404, a redirect to the canonical URL, the personal page. */
async function articlePage(
  presenter: SitePresenter,
  locale: Locale,
  request: FastifyRequest<{ Params: { category: string; article: string } }>,
  reply: FastifyReply,
): Promise<RenderedPage | FastifyReply> {
  const { category } = request.params;
  const segment = parseArticleSegment(request.params.article);
  if (!SLUG.test(category) || !segment) return renderNotFound(presenter, request, reply);
  const result = await presenter.article(locale, category, segment.id, segment.slug);
  if (result.kind === "missing") return renderNotFound(presenter, request, reply);
  if (result.kind === "redirect") return reply.header("cache-control", PAGE_CACHE_CONTROL).redirect(result.location, 301);
  if (result.kind === "gone") {
    const gone = result.page;
    const html = renderDocument(gone.chrome, gone.head, <MessagePage view={gone.view} />);
    return RenderedPage.html(html, 410, gone.tags, ERROR_CACHE_CONTROL);
  }
  const { page } = result;
  const mine = mineOf(request.query);
  if (mine !== undefined) {
    // The personal page after the no-JS form: the pressed button marked, never cached.
    const html = renderDocument(page.chrome, page.head, <ArticlePage view={page.view} ctx={page.ctx} mine={mine} />);
    return sendPage(request, reply, RenderedPage.html(html, 200, [], "private, no-store"));
  }
  const html = renderDocument(page.chrome, page.head, <ArticlePage view={page.view} ctx={page.ctx} />);
  return RenderedPage.html(html, 200, page.tags, PAGE_CACHE_CONTROL);
}

/** `/{lc}/rates[?ccy=EUR]`: every currency, a chart of one; an unknown or malformed code is the 404 page. */
function ratesRoute(app: FastifyInstance, presenter: SitePresenter, serve: Serve, locale: Locale): void {
  app.get<{ Querystring: { ccy?: unknown } }>(routes.rates(locale), CACHED_RATES, async (request, reply) =>
    serve(request, reply, async () => {
      const ccy = request.query.ccy;
      const valid = ccy === undefined || (typeof ccy === "string" && CURRENCY.test(ccy));
      const page = valid ? await presenter.rates(locale, ccy) : undefined;
      if (!page) return renderNotFound(presenter, request, reply);
      const html = renderDocument(page.chrome, page.head, <RatesPage view={page.view} ctx={page.ctx} />);
      return RenderedPage.html(html, 200, page.tags, PAGE_CACHE_CONTROL);
    }),
  );
}

export function siteRoutes(app: FastifyInstance, options: SiteRoutesOptions, done: (error?: Error) => void): void {
  const { presenter } = options;
  const serve = installPageCache(app, options.cache, options.rendered);
  languageRedirect(app, presenter);
  for (const locale of LOCALES) {
    homeRoutes(app, presenter, serve, locale);
    listRoutes(app, presenter, serve, locale);
    searchRoute(app, presenter, locale);
    articleRoute(app, presenter, serve, locale);
    ratesRoute(app, presenter, serve, locale);
  }
  done();
}
