/** The URL contract of the public site, in one place. */
import type { Locale } from "../lang/locales.js";

export const homeUrl = (locale: Locale): string => `/${locale}/`;
export const categoryUrl = (locale: Locale, category: string, page = 1): string =>
  `/${locale}/${category}/${page > 1 ? `?page=${page}` : ""}`;
export const articleUrl = (locale: Locale, category: string, id: number, slug: string): string =>
  `/${locale}/${category}/${id}${slug ? `-${slug}` : ""}`;
export const tagUrl = (locale: Locale, tag: string, page = 1): string => `/${locale}/tag/${tag}${page > 1 ? `?page=${page}` : ""}`;
export const mediaUrl = (file: string, width: number): string => `/media/${file}-${width}.webp`;
