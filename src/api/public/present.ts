/**
 * From the published rows to the API's answers: absolute URLs from SITE_URL through the URL
 * contract (site/urls.ts), a cover as one image (the largest variant in a format every client
 * reads), tags and translations gathered per page in one query each.
 */
import type { PublishedArticle, PublishedArticleBody, PublishedCover, PublishedRepository } from "../../content/published.repository.js";
import type { Locale } from "../../lang/locales.js";
import { fallbackFormat, isMediaFormat } from "../../media/files.js";
import { articleUrl, mediaUrl } from "../../site/urls.js";
import type { ArticleBody, ArticleListItem } from "./articles.schema.js";

function coverOf(cover: PublishedCover, siteUrl: string): NonNullable<ArticleListItem["cover"]> {
  const formats = cover.formats.filter(isMediaFormat);
  const width = Math.max(...cover.variants, 0) || cover.width;
  return {
    url: `${siteUrl}${mediaUrl(cover.file, width, fallbackFormat(formats.length ? formats : ["webp"]))}`,
    width,
    height: Math.max(1, Math.round((cover.height * width) / cover.width)),
    alt: cover.alt,
  };
}

export class ArticlePresenter {
  constructor(
    private readonly published: PublishedRepository,
    private readonly siteUrl: string,
  ) {}

  url(locale: Locale, categorySlug: string, id: number, slug: string): string {
    return `${this.siteUrl}${articleUrl(locale, categorySlug, id, slug)}`;
  }

  /** The list items of these rows, with their tags and their stories' other renditions. */
  async items(rows: readonly PublishedArticle[], now: string): Promise<ArticleListItem[]> {
    const storyIds = [...new Set(rows.map((row) => row.storyId))];
    const locales = [...new Set(rows.map((row) => row.locale))];
    const [tags, renditions] = await Promise.all([this.published.tagsOf(storyIds, locales), this.published.renditionsOf(storyIds, now)]);
    return rows.map((row) => ({
      id: row.id,
      storyId: row.storyId,
      locale: row.locale,
      title: row.title,
      lead: row.lead,
      url: this.url(row.locale, row.categorySlug, row.id, row.slug),
      category: { slug: row.categorySlug, name: row.categoryName },
      tags: tags.filter((tag) => tag.storyId === row.storyId && tag.locale === row.locale).map((tag) => ({ slug: tag.slug, name: tag.name })),
      author: row.authorName && row.authorSlug ? { name: row.authorName, slug: row.authorSlug } : null,
      cover: row.cover ? coverOf(row.cover, this.siteUrl) : null,
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      translations: renditions
        .filter((other) => other.storyId === row.storyId && other.id !== row.id)
        .map((other) => ({ locale: other.locale, id: other.id, url: this.url(other.locale, other.categorySlug, other.id, other.slug) })),
    }));
  }

  async article(row: PublishedArticleBody, now: string): Promise<ArticleBody> {
    const [item] = await this.items([row], now);
    if (!item) throw new Error("an article without its item");
    return { ...item, bodyHtml: row.bodyHtml, bodyText: row.bodyText };
  }
}
