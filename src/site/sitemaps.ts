/**
 * The sitemaps as XML, per sitemaps.org 0.9 with Google's extensions: the index (pages, every
 * month's article files, the news sitemap), a month's articles with `xhtml:link` hreflang
 * alternates (each translation and x-default, as the pages themselves carry) and `image:image`
 * for the cover, Google News's (articles of the last two days, at most 1,000: name, language,
 * date, title), the home and category pages, and robots.txt naming them. Hand-written XML: a
 * few fixed elements, every text escaped; the tests validate it against the official XSDs.
 */
import type { MonthCount, SitemapEntry, SitemapTranslation } from "../discovery/sitemaps.js";
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, type Locale } from "../lang/locales.js";
import { t } from "../lang/messages.js";
import { coverImage } from "./feeds.js";
import { xmlText } from "./xml.js";
import { articleUrl, categoryUrl, crawlerUrls, homeUrl } from "./urls.js";

export const XML_CONTENT_TYPE = "application/xml; charset=utf-8";
/** Google News takes articles of the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 2 * 86_400_000;
export const NEWS_MAX_URLS = 1_000;

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";
const IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A stored time as W3C Datetime, to the second. */
const w3cTime = (iso: string): string => iso.replace(/\.\d+Z$/, "Z");

/** The Google News language: ISO 639 (Uzbek in either script is `uz`). */
const NEWS_LANGUAGE: Record<Locale, string> = { uz: "uz", oz: "uz", ru: "ru", en: "en" };

/** One month's article files: how many URLs it has, and so how many parts. */
export interface MonthFile {
  month: string;
  part: number;
  lastmod: string;
}

/** Every month's files, oldest first: a month of N articles has ⌈N / maxUrls⌉ parts. */
export function monthFiles(counts: MonthCount[], maxUrls: number): MonthFile[] {
  const months = new Map<string, { count: number; lastmod: string }>();
  for (const c of counts) {
    const month = months.get(c.month) ?? { count: 0, lastmod: c.lastmod };
    month.count += c.count;
    if (c.lastmod > month.lastmod) month.lastmod = c.lastmod;
    months.set(c.month, month);
  }
  const files: MonthFile[] = [];
  for (const [month, { count, lastmod }] of [...months].sort(([a], [b]) => a.localeCompare(b))) {
    for (let part = 1; part <= Math.ceil(count / maxUrls); part++) files.push({ month, part, lastmod });
  }
  return files;
}

export function sitemapIndex(siteUrl: string, files: MonthFile[]): string {
  const entry = (path: string, lastmod?: string) =>
    `<sitemap><loc>${xmlText(`${siteUrl}${path}`)}</loc>${lastmod ? `<lastmod>${w3cTime(lastmod)}</lastmod>` : ""}</sitemap>\n`;
  return `${HEAD}<sitemapindex xmlns="${SITEMAP_NS}">\n${entry(crawlerUrls.pagesSitemap)}${files
    .map((file) => entry(crawlerUrls.monthSitemap(file.month, file.part), file.lastmod))
    .join("")}${entry(crawlerUrls.newsSitemap)}</sitemapindex>\n`;
}

/** `xhtml:link` alternates: each language version and x-default (the default locale's, else the first), as the pages' heads have them. */
function alternates(siteUrl: string, versions: Array<{ locale: Locale; href: string }>): string {
  if (!versions.length) return "";
  const xDefault = versions.find((v) => v.locale === DEFAULT_LOCALE) ?? versions[0];
  const link = (hreflang: string, href: string) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${xmlText(`${siteUrl}${href}`)}"/>`;
  return `${versions.map((v) => link(LOCALE_INFO[v.locale].tag, v.href)).join("")}${xDefault ? link("x-default", xDefault.href) : ""}`;
}

const translationHref = (tr: SitemapTranslation) => articleUrl(tr.locale, tr.categorySlug, tr.id, tr.slug);

/** A month's (or part of a month's) articles. */
export function articlesSitemap(siteUrl: string, entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const loc = `${siteUrl}${articleUrl(entry.locale, entry.categorySlug, entry.id, entry.slug)}`;
    const image = entry.cover ? coverImage(entry.cover, siteUrl) : undefined;
    const lastmod = entry.updatedAt > entry.publishedAt ? entry.updatedAt : entry.publishedAt;
    return `<url><loc>${xmlText(loc)}</loc><lastmod>${w3cTime(lastmod)}</lastmod>${alternates(
      siteUrl,
      entry.translations.map((tr) => ({ locale: tr.locale, href: translationHref(tr) })),
    )}${image ? `<image:image><image:loc>${xmlText(image.url)}</image:loc></image:image>` : ""}</url>\n`;
  });
  return `${HEAD}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}" xmlns:image="${IMAGE_NS}">\n${urls.join("")}</urlset>\n`;
}

/** Google News: publication name and language, publication date, title. */
export function newsSitemap(siteUrl: string, entries: Array<SitemapEntry & { title: string }>): string {
  const urls = entries.map((entry) => {
    const loc = `${siteUrl}${articleUrl(entry.locale, entry.categorySlug, entry.id, entry.slug)}`;
    return `<url><loc>${xmlText(loc)}</loc><news:news><news:publication><news:name>${xmlText(t(entry.locale, "siteName"))}</news:name><news:language>${
      NEWS_LANGUAGE[entry.locale]
    }</news:language></news:publication><news:publication_date>${w3cTime(entry.publishedAt)}</news:publication_date><news:title>${xmlText(
      entry.title,
    )}</news:title></news:news></url>\n`;
  });
  return `${HEAD}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${urls.join("")}</urlset>\n`;
}

/** The home pages and every category's page, in every locale, each with its alternates. */
export function pagesSitemap(siteUrl: string, categorySlugs: string[]): string {
  const pages = [homeUrl, ...categorySlugs.map((slug) => (locale: Locale) => categoryUrl(locale, slug))];
  const urls = pages.flatMap((urlOf) => {
    const versions = LOCALES.map((locale) => ({ locale, href: urlOf(locale) }));
    return versions.map((v) => `<url><loc>${xmlText(`${siteUrl}${v.href}`)}</loc>${alternates(siteUrl, versions)}</url>\n`);
  });
  return `${HEAD}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n${urls.join("")}</urlset>\n`;
}

/** robots.txt: the newsroom, its API and search results stay out; the sitemaps are named. */
export function robotsTxt(siteUrl: string, searchPaths: string[]): string {
  const lines = [
    "User-agent: *",
    "Disallow: /admin/",
    "Disallow: /api/admin/",
    ...searchPaths.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${siteUrl}${crawlerUrls.sitemapIndex}`,
    `Sitemap: ${siteUrl}${crawlerUrls.newsSitemap}`,
  ];
  return `${lines.join("\n")}\n`;
}
