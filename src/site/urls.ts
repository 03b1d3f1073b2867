/** The URL contract of the public site, in one place. */
import { MAX_ID } from "../db/ids.js";
import type { Locale } from "../lang/locales.js";

export const homeUrl = (locale: Locale): string => `/${locale}/`;
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
  const match = /^(\d{12,14})-(\d{1,10})$/.exec(value);
  if (!match) return undefined;
  const id = Number(match[2]);
  const date = new Date(Number(match[1]));
  return Number.isNaN(date.getTime()) || id > MAX_ID ? undefined : { publishedAt: date.toISOString(), id };
}

export const categoryUrl = (locale: Locale, category: string, position: UrlPosition | number = 1): string =>
  `/${locale}/${category}/${positionQuery(position)}`;
export const articleUrl = (locale: Locale, category: string, id: number, slug: string): string => `/${locale}/${category}/${id}${slug ? `-${slug}` : ""}`;
export const tagUrl = (locale: Locale, tag: string, position: UrlPosition | number = 1): string => `/${locale}/tag/${tag}${positionQuery(position)}`;
export const mediaUrl = (file: string, width: number): string => `/media/${file}-${width}.webp`;
