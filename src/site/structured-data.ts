/**
 * The JSON-LD documents of the pages, as Google's guidelines for news read them: `NewsArticle`
 * (headline, the cover in 1:1, 4:3 and 16:9 crops, dates, the author as a Person with the URL
 * of their page, the publisher as a NewsMediaOrganization with its logo, language, section,
 * keywords, corrections) and its `BreadcrumbList` (home → category → article); `WebSite` with a
 * `SearchAction` on home pages; `ProfilePage` on author pages. Pure: the presenter gives it the
 * view and the site's absolute URL; the layout writes each document into its own script block.
 */
import type { AuthorInfo } from "../content/article.repository.js";
import { LOCALE_INFO, type Locale } from "../lang/locales.js";
import { t } from "../lang/messages.js";
import { CROP_NAMES, fallbackFormat, isMediaFormat } from "../media/files.js";
import { ICON_SIZES } from "./favicon.js";
import { ICON_URLS, authorUrl, categoryUrl, cropUrl, homeUrl, mediaUrl, searchUrl } from "./urls.js";
import type { ArticleView, Cover } from "./view-models.js";

/** An image for OpenGraph and Twitter: its URL (a site path) and size. */
export interface SocialImage {
  url: string;
  width: number;
  height: number;
}

/** The cover's largest variant in the format every crawler reads (the original's JPEG/PNG/GIF, else WebP). */
function largestVariant(cover: Cover): SocialImage | undefined {
  if (!cover.variants.length) return undefined;
  const width = Math.max(...cover.variants);
  return {
    url: mediaUrl(cover.file, width, fallbackFormat(cover.formats.filter(isMediaFormat))),
    width,
    height: Math.round((width * cover.height) / cover.width),
  };
}

/** The cover in every crop there is (1:1, 4:3, 16:9, in that order), else its largest variant: site paths. */
export function coverImages(cover: Cover | null): string[] {
  if (!cover) return [];
  const crops = CROP_NAMES.flatMap((crop) => {
    const size = cover.crops[crop];
    return size ? [cropUrl(cover.file, crop, size[0])] : [];
  });
  if (crops.length) return crops;
  const largest = largestVariant(cover);
  return largest ? [largest.url] : [];
}

/** The image a link preview shows: the 16:9 crop (what OpenGraph and Twitter cards frame), else the largest variant. */
export function socialImage(cover: Cover | null): SocialImage | undefined {
  if (!cover) return undefined;
  const wide = cover.crops["16x9"];
  return wide ? { url: cropUrl(cover.file, "16x9", wide[0]), width: wide[0], height: wide[1] } : largestVariant(cover);
}

/** The site's default preview image (pages without a cover): the 512-pixel icon. */
export const SITE_IMAGE: SocialImage = { url: ICON_URLS.icon512, width: ICON_SIZES.icon512, height: ICON_SIZES.icon512 };

export function publisher(locale: Locale, siteUrl: string): object {
  return {
    "@type": "NewsMediaOrganization",
    "@id": `${siteUrl}/#publisher`,
    name: t(locale, "siteName"),
    url: `${siteUrl}/`,
    logo: { "@type": "ImageObject", url: `${siteUrl}${SITE_IMAGE.url}`, width: SITE_IMAGE.width, height: SITE_IMAGE.height },
  };
}

/** The later of the two: an article written before it was published was not modified before it. */
export function modifiedAt(publishedAt: string, updatedAt: string): string {
  return updatedAt > publishedAt ? updatedAt : publishedAt;
}

export function newsArticle(view: ArticleView, siteUrl: string): object {
  const { article } = view;
  const locale = article.locale;
  const abs = (path: string) => `${siteUrl}${path}`;
  const images = coverImages(article.cover).map(abs);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.lead || undefined,
    inLanguage: LOCALE_INFO[locale].tag,
    datePublished: article.publishedAt,
    dateModified: modifiedAt(article.publishedAt, article.updatedAt),
    mainEntityOfPage: { "@type": "WebPage", "@id": abs(view.canonical) },
    url: abs(view.canonical),
    articleSection: article.categoryName,
    image: images.length ? images : undefined,
    author: article.authorName
      ? { "@type": "Person", name: article.authorName, ...(article.authorSlug ? { url: abs(authorUrl(locale, article.authorSlug)) } : {}) }
      : { "@type": "Organization", name: t(locale, "siteName"), url: `${siteUrl}/` },
    publisher: publisher(locale, siteUrl),
    isAccessibleForFree: true,
    keywords: view.tags.map((tag) => tag.name).join(", ") || undefined,
    correction: view.corrections.length ? view.corrections.map((c) => ({ "@type": "CorrectionComment", text: c.text, datePublished: c.createdAt })) : undefined,
  };
}

/** Home → category → the article. */
export function breadcrumbs(view: ArticleView, siteUrl: string): object {
  const { article } = view;
  const items = [
    { name: t(article.locale, "home"), url: homeUrl(article.locale) },
    { name: article.categoryName, url: categoryUrl(article.locale, article.categorySlug) },
    { name: article.title, url: view.canonical },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({ "@type": "ListItem", position: i + 1, name: item.name, item: `${siteUrl}${item.url}` })),
  };
}

/** The site of one language, with its search (`{search_term_string}` is the placeholder the consumer fills in). */
export function webSite(locale: Locale, siteUrl: string): object {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": `${siteUrl}${homeUrl(locale)}#website`,
    name: t(locale, "siteName"),
    description: t(locale, "siteTagline"),
    url: `${siteUrl}${homeUrl(locale)}`,
    inLanguage: LOCALE_INFO[locale].tag,
    publisher: publisher(locale, siteUrl),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${siteUrl}${searchUrl(locale, "{search_term_string}")}` },
      "query-input": "required name=search_term_string",
    },
  };
}

/** An author's page: the Person it is about. */
export function profilePage(locale: Locale, author: AuthorInfo, siteUrl: string): object {
  const url = `${siteUrl}${authorUrl(locale, author.slug)}`;
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url,
    inLanguage: LOCALE_INFO[locale].tag,
    mainEntity: { "@type": "Person", name: author.name, url, ...(author.bio ? { description: author.bio } : {}) },
  };
}
