/**
 * The feeds of a locale and of its categories — RSS 2.0, Atom 1.0, JSON Feed 1.1 — written by
 * feedsmith from the newest articles (discovery/feeds.ts), and the `<link rel="alternate">` that
 * pages advertise them with. Every URL is absolute, from SITE_URL; an item links to the
 * article's canonical URL and is identified by a tag URI that no slug or category change alters.
 */
import type * as Feedsmith from "feedsmith";
import { excerpt } from "../content/excerpt.js";
import type { MediaCover } from "../db/cover.js";
import type { FeedCategory, FeedEntry } from "../discovery/feeds.js";
import { LOCALE_INFO, type Locale } from "../lang/locales.js";
import { t } from "../lang/messages.js";
import { FORMAT_MIME, fallbackFormat, isMediaFormat } from "../media/files.js";
import { type FeedFormat, articleUrl, categoryUrl, feedUrl, homeUrl, mediaUrl } from "./urls.js";
import { lazy } from "../lazy.js";
import { xmlText } from "./xml.js";

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** The formats' own names, the same in every language. */
const FORMAT_NAMES: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

export const FEED_FORMATS = Object.keys(FEED_CONTENT_TYPES) as FeedFormat[];

/** A feed a page advertises in its head. */
export interface FeedLink {
  type: string;
  title: string;
  href: string;
}

export interface FeedContext {
  siteUrl: string;
  locale: Locale;
  /** A category's feed; the locale's when absent. */
  category?: FeedCategory;
  /** The whole body in each item, or the lead / an excerpt only. */
  fullText: boolean;
}

/** The feed's title: the site's, or the category's latest news. */
function feedTitle(locale: Locale, category?: { name: string }): string {
  return category
    ? `${t(locale, "latestIn", { category: category.name })} — ${t(locale, "siteName")}`
    : `${t(locale, "siteName")} — ${t(locale, "siteTagline")}`;
}

/** The locale's feeds, and on a category page that category's too (its own first). */
export function feedLinks(locale: Locale, category?: { slug: string; name: string }): FeedLink[] {
  const links = (title: string, slug?: string) =>
    FEED_FORMATS.map((format) => ({
      type: FEED_CONTENT_TYPES[format].split(";")[0] ?? "",
      title: `${title} (${FORMAT_NAMES[format]})`,
      href: feedUrl(locale, format, slug),
    }));
  return [...(category ? links(feedTitle(locale, category), category.slug) : []), ...links(feedTitle(locale))];
}

/** The largest variant in a format every reader takes (the original's JPEG/PNG/GIF when there is one). */
export function coverImage(cover: MediaCover, siteUrl: string): { url: string; type: string; width: number; height: number } | undefined {
  if (!cover.variants.length) return undefined;
  const width = Math.max(...cover.variants);
  const format = fallbackFormat(cover.formats.filter(isMediaFormat));
  return {
    url: `${siteUrl}${mediaUrl(cover.file, width, format)}`,
    type: FORMAT_MIME[format],
    width,
    height: Math.round((cover.height * width) / cover.width),
  };
}

/** Root-relative links and images of a stored body, made absolute: a feed is read away from the site. */
export function absoluteBody(html: string, siteUrl: string): string {
  return html.replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${siteUrl}/`).replace(/(\ssrcset=")([^"]*)"/g, (_all, start: string, list: string) => {
    const absolute = list.replace(/(^|,\s*)\/(?!\/)/g, `$1${siteUrl}/`);
    return `${start}${absolute}"`;
  });
}

interface Item {
  id: string;
  url: string;
  title: string;
  summary: string;
  html: string | undefined;
  published: Date;
  updated: Date;
  author: string | null;
  category: { name: string; url: string };
  image: ReturnType<typeof coverImage>;
}

function itemOf(entry: FeedEntry, context: FeedContext): Item {
  const { siteUrl } = context;
  return {
    // A tag URI (RFC 4151): stable when the slug or category changes, unlike the URL.
    id: `tag:${new URL(siteUrl).host},2026:article:${entry.id}`,
    url: `${siteUrl}${articleUrl(entry.locale, entry.categorySlug, entry.id, entry.slug)}`,
    title: entry.title,
    summary: entry.lead || excerpt(entry.bodyStart, 300),
    html: context.fullText && entry.bodyHtml !== undefined ? absoluteBody(entry.bodyHtml, siteUrl) : undefined,
    published: new Date(entry.publishedAt),
    updated: new Date(entry.updatedAt > entry.publishedAt ? entry.updatedAt : entry.publishedAt),
    author: entry.authorName,
    category: { name: entry.categoryName, url: `${siteUrl}${categoryUrl(entry.locale, entry.categorySlug)}` },
    image: entry.cover ? coverImage(entry.cover, siteUrl) : undefined,
  };
}

interface Channel {
  title: string;
  description: string;
  language: string;
  page: string;
  self: (format: FeedFormat) => string;
  updated: Date;
}

function channelOf(context: FeedContext, items: Item[]): Channel {
  const { locale, category, siteUrl } = context;
  return {
    title: feedTitle(locale, category),
    description: category ? t(locale, "latestIn", { category: category.name }) : t(locale, "footerAbout"),
    language: LOCALE_INFO[locale].tag,
    page: `${siteUrl}${category ? categoryUrl(locale, category.slug) : homeUrl(locale)}`,
    self: (format) => `${siteUrl}${feedUrl(locale, format, category?.slug)}`,
    // An empty feed changes when its first item comes: until then, a fixed date keeps its ETag still.
    updated: items.reduce((newest, item) => (item.updated > newest ? item.updated : newest), new Date(0)),
  };
}

function rss({ generateRssFeed }: typeof Feedsmith, channel: Channel, items: Item[]): string {
  return generateRssFeed({
    title: channel.title,
    link: channel.page,
    description: channel.description,
    language: channel.language,
    lastBuildDate: channel.updated,
    generator: "Xabar",
    atom: { links: [{ href: channel.self("rss"), rel: "self", type: FEED_CONTENT_TYPES.rss.split(";")[0] }] },
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      guid: { value: item.id, isPermaLink: false },
      // RSS's description is HTML: the plain-text summary escaped ("<b>" in a lead is words, not bold; &apos; is HTML5's too).
      description: xmlText(item.summary),
      pubDate: item.published,
      categories: [{ name: item.category.name, domain: item.category.url }],
      ...(item.author ? { dc: { creators: [item.author] } } : {}),
      ...(item.html !== undefined ? { content: { encoded: item.html } } : {}),
      ...(item.image
        ? {
            // RSS wants a length; the bytes of a variant are not known without reading it, and 0 is the spec's "unknown".
            enclosures: [{ url: item.image.url, length: 0, type: item.image.type }],
            media: { contents: [{ url: item.image.url, type: item.image.type, medium: "image", width: item.image.width, height: item.image.height }] },
          }
        : {}),
    })),
  });
}

function atom({ generateAtomFeed }: typeof Feedsmith, channel: Channel, items: Item[]): string {
  return generateAtomFeed({
    id: channel.self("atom"),
    title: { value: channel.title },
    subtitle: { value: channel.description },
    updated: channel.updated,
    generator: { text: "Xabar" },
    links: [
      { href: channel.page, rel: "alternate", type: "text/html" },
      { href: channel.self("atom"), rel: "self", type: FEED_CONTENT_TYPES.atom.split(";")[0] },
    ],
    xml: { lang: channel.language },
    entries: items.map((item) => ({
      id: item.id,
      title: { value: item.title },
      updated: item.updated,
      published: item.published,
      links: [
        { href: item.url, rel: "alternate", type: "text/html" },
        ...(item.image ? [{ href: item.image.url, rel: "enclosure", type: item.image.type }] : []),
      ],
      summary: { value: item.summary, type: "text" },
      ...(item.html !== undefined ? { content: { value: item.html, type: "html" } } : {}),
      ...(item.author ? { authors: [{ name: item.author }] } : {}),
      categories: [{ term: item.category.name, scheme: item.category.url }],
    })),
  });
}

function json({ generateJsonFeed }: typeof Feedsmith, channel: Channel, items: Item[]): string {
  const feed = generateJsonFeed({
    title: channel.title,
    home_page_url: channel.page,
    feed_url: channel.self("json"),
    description: channel.description,
    language: channel.language,
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      // JSON Feed needs content_html or content_text: the body, or the summary again.
      ...(item.html !== undefined ? { content_html: item.html } : { content_text: item.summary }),
      date_published: item.published,
      date_modified: item.updated,
      tags: [item.category.name],
      language: channel.language,
      ...(item.author ? { authors: [{ name: item.author }] } : {}),
      ...(item.image ? { image: item.image.url } : {}),
    })),
  });
  // The spec requires `items`, even empty (a new category's feed); feedsmith leaves an empty list out.
  return JSON.stringify({ ...(feed as object), items: (feed as { items?: unknown[] }).items ?? [] });
}

/**
 * feedsmith pretty-prints a CDATA section on a line of its own, so a title with "&" or "<" reads
 * "\n        Title\n      " to a feed reader. The section goes back against its tags (only
 * whitespace between markup goes: a section's text ends at its "]]>").
 */
const tightCdata = (xml: string): string => xml.replace(/>\s+<!\[CDATA\[/g, "><![CDATA[").replace(/\]\]>\s+</g, "]]><");

/** feedsmith loads on the first feed asked for, not when the server starts (~75 ms of a cold start). */
const feedsmith = lazy(() => import("feedsmith"));

/** The feed in `format`, as text. */
export async function renderFeed(format: FeedFormat, context: FeedContext, entries: FeedEntry[]): Promise<string> {
  const generators = await feedsmith();
  const items = entries.map((entry) => itemOf(entry, context));
  const channel = channelOf(context, items);
  return format === "json" ? json(generators, channel, items) : tightCdata((format === "rss" ? rss : atom)(generators, channel, items));
}
