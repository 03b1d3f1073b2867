/**
 * An article's cover as every read of articles selects it (the site's cards, the public API,
 * the feeds, the sitemaps): the columns of a query that joined `media as m`, and the cover they
 * make. Stored lists are JSON text; an unreadable one counts as empty.
 */
import { toCyrillic, toLatin } from "../lang/translit.js";

export const COVER_COLUMNS = [
  "m.file as cover_file",
  "m.width as cover_width",
  "m.height as cover_height",
  "m.variants as cover_variants",
  "m.formats as cover_formats",
] as const;

export interface CoverRow {
  cover_file: string | null;
  cover_width: number | null;
  cover_height: number | null;
  cover_variants: string | null;
  cover_formats: string | null;
}

export interface MediaCover {
  file: string;
  width: number;
  height: number;
  variants: number[];
  /** The formats every variant width exists in (`["webp"]` for demo covers). */
  formats: string[];
}

function list<T>(text: string | null, fallback: T[]): T[] {
  if (!text) return fallback;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as T[]) : fallback;
  } catch {
    return fallback;
  }
}

/** The cover of a row that joined `media`, or null when the article has none. */
export function coverOf(row: CoverRow): MediaCover | null {
  if (!row.cover_file || !row.cover_width || !row.cover_height) return null;
  return {
    file: row.cover_file,
    width: row.cover_width,
    height: row.cover_height,
    variants: list<number>(row.cover_variants, []),
    formats: list<string>(row.cover_formats, ["webp"]),
  };
}

/**
 * A medium's text in one locale (its alt or caption: stored as a JSON object, locale → text), ""
 * when it has none. Uzbek in one script stands in for the other, transliterated, as a derived
 * rendition does: a caption written once in Latin shows on the Cyrillic page too.
 */
export function mediaText(text: string | null, locale: string): string {
  if (!text) return "";
  try {
    const texts = JSON.parse(text) as Record<string, unknown> | null;
    const own = texts?.[locale];
    if (typeof own === "string" && own) return own;
    const other = locale === "oz" ? texts?.uz : locale === "uz" ? texts?.oz : undefined;
    return typeof other === "string" && other ? (locale === "oz" ? toCyrillic(other) : toLatin(other)) : "";
  } catch {
    return "";
  }
}
