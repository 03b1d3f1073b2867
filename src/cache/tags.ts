/**
 * The cache tags of pages, in one place: the site stores each page under its tags, a change
 * invalidates exactly the tags it touches (here and on other instances through the bus), and the
 * CDN purges the same keys (Surrogate-Key). Renaming a tag here renames it on both sides.
 */
import type { ArticlesChanged } from "../events.js";
import type { Locale } from "../lang/locales.js";

export const tags = {
  /** One article page. */
  article: (id: number): string => `article:${id}`,
  /** The "similar news" list of an article, shown on its own page only. */
  similar: (id: number): string => `similar:${id}`,
  /** Every rendition of a story. */
  story: (id: number): string => `story:${id}`,
  /** A locale's home page. */
  home: (locale: Locale): string => `home:${locale}`,
  /** Every home page. */
  homes: (): string => "home",
  /** A category list of a locale. */
  category: (locale: Locale, category: string): string => `list:${locale}:${category}`,
  /** The public API's list of tags (every locale, every page). */
  tagList: (): string => "tags",
  /** A tag list of a locale. */
  tag: (locale: Locale, tag: string): string => `list:${locale}:tag:${tag}`,
  /** Every list of a locale. */
  lists: (locale: Locale): string => `list:${locale}`,
  /** Every page that shows exchange rates (the strip is on all of them): dropped when new rates arrive. */
  rates: (): string => "rates",
  /** A locale's feeds (RSS, Atom, JSON), or a category's. */
  feed: (locale: Locale, category?: string): string => (category ? `feed:${locale}:${category}` : `feed:${locale}`),
  /** Every sitemap (the index, the month files, the news sitemap): any publication or edit may change one. */
  sitemaps: (): string => "sitemaps",
  /** The lists of a locale that any of its changes may touch: latest news, author pages (events name no bylines). */
  recent: (locale: Locale): string => `recent:${locale}`,
} as const;

/** The pages a content change makes stale: its articles, stories, and the homes and lists that show them. */
export function tagsOfChange(change: ArticlesChanged): string[] {
  return [
    ...change.articleIds.map(tags.article),
    ...change.storyIds.map(tags.story),
    ...change.locales.flatMap((locale) => [
      tags.home(locale),
      tags.recent(locale),
      ...change.categorySlugs.map((category) => tags.category(locale, category)),
      ...change.tagSlugs.map((tag) => tags.tag(locale, tag)),
      tags.feed(locale),
      ...change.categorySlugs.map((category) => tags.feed(locale, category)),
    ]),
    ...(change.articleIds.length ? [tags.sitemaps()] : []),
    ...(change.tagSlugs.length ? [tags.tagList()] : []),
  ];
}
