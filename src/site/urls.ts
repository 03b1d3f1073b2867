/**
 * The URL contract of the public site, in one place: the paths pages link to, the route patterns
 * the server answers, the engagement API the island calls, and the language cookie. Pure (no
 * Node, no zod): the browser island bundles it too.
 */
import { MAX_ID } from "../db/ids.js";
import { type Locale, isLocale } from "../lang/locales.js";
import { type CropName, type MediaFormat, cropFileName, variantFileName } from "../media/files.js";

/** The cookie that remembers the reader's language (set by the island, read by `/`). */
export const LANGUAGE_COOKIE = "xabar_lang";

/** A category or tag slug in a path. */
export const SLUG = /^[a-z0-9-]{1,80}$/;
/** An article's last path segment: `{id}-{slug}`, the id in canonical decimal (`03-…` names nothing); the slug may be missing or wrong: we redirect. */
const ARTICLE_SEGMENT = /^([1-9]\d{0,9})(?:-([a-z0-9-]{0,200}))?$/;

/** A list position in a URL: `?page=N`, with the keyset cursor `before`/`after` as `<ms>-<id>`. */
export interface UrlPosition {
  page: number;
  before?: { publishedAt: string; id: number };
  after?: { publishedAt: string; id: number };
}

export function positionQuery(position: UrlPosition | number = 1): string {
  const p = typeof position === "number" ? { page: position } : position;
  if (p.page <= 1) return "";
  const cursor = p.before
    ? `&before=${Date.parse(p.before.publishedAt)}-${p.before.id}`
    : p.after
      ? `&after=${Date.parse(p.after.publishedAt)}-${p.after.id}`
      : "";
  return `?page=${p.page}${cursor}`;
}

/** The cursor in a URL, or undefined when it is not one. */
export function parseCursor(value: unknown): { publishedAt: string; id: number } | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^([1-9]\d{11,13})-([1-9]\d{0,9})$/.exec(value);
  if (!match) return undefined;
  const id = Number(match[2]);
  const date = new Date(Number(match[1]));
  return Number.isNaN(date.getTime()) || id > MAX_ID ? undefined : { publishedAt: date.toISOString(), id };
}

/** An article's `{id}-{slug}` segment, or undefined when it cannot name an article. */
export function parseArticleSegment(segment: string): { id: number; slug: string } | undefined {
  const match = ARTICLE_SEGMENT.exec(segment);
  const id = Number(match?.[1]);
  if (!match || id > MAX_ID) return undefined;
  return { id, slug: match[2] ?? "" };
}

/** True for the path of an article page of this site (`/{lc}/{category}/{id}-{slug}`), nothing else. */
export function isArticlePath(path: string): boolean {
  const [empty, locale, category, article, ...rest] = path.split("/");
  return empty === "" && isLocale(locale) && SLUG.test(category ?? "") && parseArticleSegment(article ?? "") !== undefined && rest.length === 0;
}

export const homeUrl = (locale: Locale): string => `/${locale}/`;
export const categoryUrl = (locale: Locale, category: string, position: UrlPosition | number = 1): string =>
  `/${locale}/${category}/${positionQuery(position)}`;
export const articleUrl = (locale: Locale, category: string, id: number, slug: string): string => `/${locale}/${category}/${id}${slug ? `-${slug}` : ""}`;
export const tagUrl = (locale: Locale, tag: string, position: UrlPosition | number = 1): string => `/${locale}/tag/${tag}${positionQuery(position)}`;
/** The exchange rates page; `ccy` picks the chart's currency. */
export const ratesUrl = (locale: Locale, ccy?: string): string => `/${locale}/rates${ccy ? `?ccy=${ccy}` : ""}`;
/** A currency code in `?ccy=`. */
export const CURRENCY = /^[A-Z]{3}$/;
export const authorUrl = (locale: Locale, author: string, position: UrlPosition | number = 1): string =>
  `/${locale}/author/${author}${positionQuery(position)}`;
/** The latest-news page's segment, and its `currentCategory` in the navigation (a category of that slug would be shadowed). */
export const LATEST = "latest";
/** Every category's news of a locale, newest first. */
export const latestUrl = (locale: Locale, position: UrlPosition | number = 1): string => `/${locale}/${LATEST}${positionQuery(position)}`;
/** The icons and the web manifest, linked from every page (site/icons.ts). */
export const ICON_URLS = {
  appleTouch: "/apple-touch-icon.png",
  icon192: "/icon-192.png",
  icon512: "/icon-512.png",
  manifest: "/site.webmanifest",
} as const;
/** One crop of a medium for structured data (media/files.ts CROPS). */
export const cropUrl = (file: string, crop: CropName, width: number): string => `/media/${cropFileName(file, crop, width)}`;
/** One variant of a medium (demo covers have WebP only, the default). */
export const mediaUrl = (file: string, width: number, format: MediaFormat = "webp"): string => `/media/${variantFileName(file, width, format)}`;

/** The feeds of a locale, or of one of its categories: `/{lc}/rss.xml`, `/{lc}/{category}/atom.xml`, … */
export const FEED_FILES = { rss: "rss.xml", atom: "atom.xml", json: "feed.json" } as const;
export type FeedFormat = keyof typeof FEED_FILES;
export const feedUrl = (locale: Locale, format: FeedFormat, category?: string): string =>
  category ? `/${locale}/${category}/${FEED_FILES[format]}` : `/${locale}/${FEED_FILES[format]}`;

/** What crawlers read: the sitemap index, its files (a month's articles: part 1 unnumbered, then `-2`, `-3`…), Google News's, robots.txt. */
export const crawlerUrls = {
  sitemapIndex: "/sitemap.xml",
  newsSitemap: "/sitemap-news.xml",
  pagesSitemap: "/sitemaps/pages.xml",
  monthSitemap: (month: string, part = 1): string => `/sitemaps/articles-${month}${part > 1 ? `-${part}` : ""}.xml`,
  robots: "/robots.txt",
  /** The IndexNow key file: the key, at the site's root. */
  indexNowKey: (key: string): string => `/${key}.txt`,
} as const;

/** A month sitemap's file name → its month and part, or undefined when it names none. */
export function parseMonthSitemap(file: string): { month: string; part: number } | undefined {
  const match = /^articles-(\d{4})-(0[1-9]|1[0-2])(?:-([2-9]|[1-9]\d{1,4}))?\.xml$/.exec(file);
  return match ? { month: `${match[1]}-${match[2]}`, part: match[3] ? Number(match[3]) : 1 } : undefined;
}

/** A search result's place in the ranking, as the search pager and the API's `cursor` spell it: `<score>_<id>`. */
export interface SearchCursorText {
  score: number;
  id: number;
}

export const searchCursorText = (cursor: SearchCursorText): string => `${cursor.score}_${cursor.id}`;

/** A search cursor, or undefined when the text is not one. */
export function parseSearchCursor(value: unknown): SearchCursorText | undefined {
  if (typeof value !== "string" || value.length > 60) return undefined;
  const match = /^(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)_([1-9]\d{0,9})$/.exec(value);
  const score = Number(match?.[1]);
  const id = Number(match?.[2]);
  return match && Number.isFinite(score) && id <= MAX_ID ? { score, id } : undefined;
}

/** What a search page's URL carries besides the query: filters, and the page with its cursor. */
export interface SearchUrlParams {
  q?: string;
  category?: string;
  from?: string;
  to?: string;
  page?: number;
  after?: SearchCursorText;
  before?: SearchCursorText;
}

/** `/{lc}/search?q=…` with the parameters that are set. */
export function searchUrl(locale: Locale, params: SearchUrlParams = {}): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.category) query.set("category", params.category);
  if (params.from) query.set("from", params.from);
  if (params.to) query.set("to", params.to);
  if (params.page && params.page > 1) {
    query.set("page", String(params.page));
    if (params.after) query.set("after", searchCursorText(params.after));
    else if (params.before) query.set("before", searchCursorText(params.before));
  }
  const text = query.toString();
  return `/${locale}/search${text ? `?${text}` : ""}`;
}

/** The engagement API of one article, as the page's island and no-JS form call it. */
export const engagementUrls = (id: number | string) => ({
  views: `/api/v1/articles/${id}/views`,
  stats: `/api/v1/articles/${id}/stats`,
  reactions: `/api/v1/articles/${id}/reactions`,
});

/** The public content API: its routes, under API_PREFIX (the operations and the document: api/public/openapi.ts). */
export const API_PREFIX = "/api/v1";
export const apiRoutes = {
  articles: "/articles",
  article: "/articles/:id",
  articleBySlug: "/articles/by-slug/:locale/:slug",
  categories: "/categories",
  tags: "/tags",
  /** Full-text search (api/search.routes.ts). */
  search: "/search",
  openapi: "/openapi.json",
} as const;

/** The admin app's page that sets a password from a one-time link (the token stays in the fragment, out of logs). */
export const setPasswordUrl = (token: string): string => `/admin/set-password#token=${token}`;

/** The route patterns the server registers, shaped like the URLs above. */
export const routes = {
  root: "/",
  /** Per locale: `/uz` (redirects), `/uz/` (home), `/uz/:category` (redirects), lists and articles. */
  bareLocale: (locale: Locale) => `/${locale}`,
  home: (locale: Locale) => homeUrl(locale),
  bareCategory: (locale: Locale) => `/${locale}/:category`,
  category: (locale: Locale) => `/${locale}/:category/`,
  tag: (locale: Locale) => `/${locale}/tag/:tag`,
  author: (locale: Locale) => `/${locale}/author/:author`,
  latest: (locale: Locale) => `/${locale}/${LATEST}`,
  search: (locale: Locale) => `/${locale}/search`,
  article: (locale: Locale) => `/${locale}/:category/:article`,
  rates: (locale: Locale) => `/${locale}/rates`,
  feed: (locale: Locale, format: FeedFormat) => `/${locale}/${FEED_FILES[format]}`,
  categoryFeed: (locale: Locale, format: FeedFormat) => `/${locale}/:category/${FEED_FILES[format]}`,
  sitemapFile: "/sitemaps/:file",
  // Pure: the island bundles this module and drops what it does not use.
  engagement: /* @__PURE__ */ engagementUrls(":id"),
} as const;
