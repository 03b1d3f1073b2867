/**
 * The head of each page: title, description, canonical URL, hreflang alternates (each translation
 * and x-default), OpenGraph and, on articles, JSON-LD `NewsArticle`. Built by the presenter,
 * rendered by the layout.
 */
import { excerpt } from "../content/excerpt.js";
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, type Locale } from "../lang/locales.js";
import { t } from "../lang/messages.js";
import { fallbackFormat, isMediaFormat } from "../media/files.js";
import { homeUrl, mediaUrl } from "./urls.js";
import type { Alternate, ArticleView, HeadInfo, ListPosition, ListView } from "./view-models.js";

export function homeHead(locale: Locale): HeadInfo {
  return {
    title: `${t(locale, "siteName")} — ${t(locale, "siteTagline")}`,
    description: t(locale, "footerAbout"),
    canonical: homeUrl(locale),
    alternates: LOCALES.map((l) => ({ locale: l, href: homeUrl(l) })),
    xDefault: homeUrl(DEFAULT_LOCALE),
    ogType: "website",
  };
}

/** `urlOf(locale, position)`: the list's URL in any locale; a cursor is only meaningful in its own. */
export function listHead(locale: Locale, view: ListView, position: ListPosition, urlOf: (locale: Locale, position: ListPosition | number) => string): HeadInfo {
  const { page } = position;
  const title = page > 1 ? `${view.heading.title} · ${t(locale, "page", { page })}` : view.heading.title;
  return {
    title: `${title} — ${t(locale, "siteName")}`,
    description: t(locale, "latestIn", { category: view.heading.title }),
    // A cursor is this locale's: other locales' lists only share the page number.
    canonical: urlOf(locale, position),
    alternates: LOCALES.map((l) => ({ locale: l, href: l === locale ? urlOf(l, position) : urlOf(l, page) })),
    xDefault: urlOf(DEFAULT_LOCALE, DEFAULT_LOCALE === locale ? position : page),
    ogType: "website",
  };
}

/** The largest variant of the cover, for OpenGraph and JSON-LD: in the original's JPEG/PNG/GIF when it has one (what every crawler reads). */
function coverUrl(view: ArticleView): string | undefined {
  const cover = view.article.cover;
  return cover && cover.variants.length ? mediaUrl(cover.file, Math.max(...cover.variants), fallbackFormat(cover.formats.filter(isMediaFormat))) : undefined;
}

export function articleHead(view: ArticleView, alternates: Alternate[], siteUrl: string): HeadInfo {
  const { article } = view;
  const locale = article.locale;
  return {
    title: `${article.title} — ${t(locale, "siteName")}`,
    description: article.lead || excerpt(article.bodyStart, 200),
    canonical: view.canonical,
    alternates,
    xDefault: (alternates.find((a) => a.locale === DEFAULT_LOCALE) ?? alternates[0])?.href,
    ogType: "article",
    image: coverUrl(view),
    publishedAt: article.publishedAt,
    jsonLd: newsArticleJsonLd(view, siteUrl, t(locale, "siteName")),
  };
}

export function messageHead(locale: Locale, title: string, text: string, canonical: string): HeadInfo {
  return { title: `${title} — ${t(locale, "siteName")}`, description: text, canonical, alternates: [], ogType: "website" };
}

function newsArticleJsonLd(view: ArticleView, siteUrl: string, siteName: string): object {
  const { article } = view;
  const image = coverUrl(view);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.lead || undefined,
    inLanguage: LOCALE_INFO[article.locale].tag,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    mainEntityOfPage: `${siteUrl}${view.canonical}`,
    articleSection: article.categoryName,
    image: image ? [`${siteUrl}${image}`] : undefined,
    author: article.authorName ? { "@type": "Person", name: article.authorName } : { "@type": "Organization", name: siteName },
    publisher: { "@type": "Organization", name: siteName },
    keywords: view.tags.map((tag) => tag.name).join(", ") || undefined,
    correction: view.corrections.length ? view.corrections.map((c) => ({ "@type": "CorrectionComment", text: c.text, datePublished: c.createdAt })) : undefined,
  };
}
