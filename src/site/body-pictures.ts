/**
 * Body images that point at the media library (`<img src="/media/{stem}-{w}.{ext}">`) become a
 * `<picture>` with AVIF and WebP sources and a srcset, at render time: the stored HTML stays what
 * the editor wrote, and a medium's later variants or alt text show without rewriting articles.
 * Pure string work over sanitized HTML (content/sanitize.ts writes every attribute double-quoted
 * and escaped), so the page needs one query: the media rows of the stems `mediaFilesIn` finds.
 */
import type { Locale } from "../lang/locales.js";
import { parseVariantPath } from "../media/files.js";
import { type Rendition, pictureSet } from "./pictures.js";

export interface BodyMedia extends Rendition {
  /** Alt text per locale: used when the body's `<img>` has none. */
  alt: Partial<Record<Locale, string>>;
}

/** How wide body images show: the article column. */
export const BODY_IMAGE_SIZES = "(min-width: 48em) 46em, 100vw";

const IMG = /<img\b([^>]*?)\s*\/?>/gi;
const ATTRIBUTE = /([a-zA-Z-]+)="([^"]*)"/g;

function attributesOf(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(ATTRIBUTE)].map((m) => [(m[1] ?? "").toLowerCase(), m[2] ?? ""]));
}

const escapeAttribute = (text: string): string => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The stems of the library's files that the body's images point at, each once. */
export function mediaFilesIn(html: string): string[] {
  const stems = new Set<string>();
  for (const match of html.matchAll(IMG)) {
    const variant = parseVariantPath(attributesOf(match[1] ?? "").get("src") ?? "");
    if (variant) stems.add(variant.stem);
  }
  return [...stems];
}

function picture(attributes: Map<string, string>, media: BodyMedia, locale: Locale): string {
  const set = pictureSet(media);
  // The editor's alt (already escaped in the stored HTML) wins; the library's fills a missing one.
  const alt = attributes.get("alt") || escapeAttribute(media.alt[locale] ?? "");
  const sized = attributes.has("width") && attributes.has("height");
  const width = sized ? attributes.get("width") : String(media.width);
  const height = sized ? attributes.get("height") : String(media.height);
  const sizes = escapeAttribute(BODY_IMAGE_SIZES);
  const sources = set.sources.map((s) => `<source type="${s.type}" srcset="${escapeAttribute(s.srcset)}" sizes="${sizes}" />`).join("");
  const img = `<img src="${escapeAttribute(set.src)}" srcset="${escapeAttribute(set.srcset)}" sizes="${sizes}" width="${width ?? ""}" height="${height ?? ""}" alt="${alt}" loading="lazy" decoding="async" />`;
  return `<picture>${sources}${img}</picture>`;
}

/** The body with every library image (a stem in `media`) as a `<picture>`; other images and everything else untouched. */
export function picturesInBody(html: string, media: ReadonlyMap<string, BodyMedia>, locale: Locale): string {
  if (!media.size) return html;
  return html.replace(IMG, (tag, inside: string) => {
    const attributes = attributesOf(inside);
    const variant = parseVariantPath(attributes.get("src") ?? "");
    const found = variant && media.get(variant.stem);
    return found ? picture(attributes, found, locale) : tag;
  });
}
