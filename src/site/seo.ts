/**
 * The head of each page: title, description, canonical URL, hreflang alternates (each translation
 * and x-default), OpenGraph/Twitter and JSON-LD (structured-data.ts: `WebSite` on home pages,
 * `NewsArticle` and `BreadcrumbList` on articles). Built by the presenter, rendered by the layout.
 */
import { excerpt } from "../content/excerpt.js";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../lang/locales.js";
import { t } from "../lang/messages.js";
import { coverAlt } from "./pictures.js";
import { breadcrumbs, modifiedAt, newsArticle, socialImage, webSite } from "./structured-data.js";
import { homeUrl } from "./urls.js";
import type { Alternate, ArticleView, HeadInfo, ListPosition, ListView } from "./view-models.js";

export function homeHead(locale: Locale, siteUrl: string): HeadInfo {
  return {
    jsonLd: [webSite(locale, siteUrl)],
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
    // A tag or byline with nothing in this language yet: a page for readers who follow a link, not for search engines.
    ...(view.cards.length ? {} : { noindex: true }),
  };
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
    ...imageOf(view),
    ...(article.cover ? { imageAlt: coverAlt(article) } : {}),
    publishedAt: article.publishedAt,
    modifiedAt: modifiedAt(article.publishedAt, article.updatedAt),
    section: article.categoryName,
    articleTags: view.tags.map((tag) => tag.name),
    jsonLd: [newsArticle(view, siteUrl), breadcrumbs(view, siteUrl)],
  };
}

export function messageHead(locale: Locale, title: string, text: string, canonical: string): HeadInfo {
  return { title: `${title} — ${t(locale, "siteName")}`, description: text, canonical, alternates: [], ogType: "website" };
}

function imageOf(view: ArticleView): Pick<HeadInfo, "image" | "imageSize"> {
  const image = socialImage(view.article.cover);
  return image ? { image: image.url, imageSize: { width: image.width, height: image.height } } : {};
}
