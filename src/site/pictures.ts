/**
 * What a `<picture>` of a medium offers: an AVIF and a WebP `<source>` when those exist, and the
 * `<img>` fallback in the format every browser reads (the original's JPEG, PNG or GIF; WebP for
 * demo covers, which have nothing else). Shared by covers (CoverImage) and body images.
 */
import type { ArticleDetail } from "../content/article.repository.js";
import { t } from "../lang/messages.js";
import { FORMAT_MIME, type MediaFormat, fallbackFormat, isMediaFormat } from "../media/files.js";
import { mediaUrl } from "./urls.js";

/** A medium as pages see it: its stem, size, variant widths and formats. */
export interface Rendition {
  file: string;
  width: number;
  height: number;
  variants: readonly number[];
  formats: readonly string[];
}

export interface PictureSet {
  sources: Array<{ type: string; srcset: string }>;
  /** The `<img>`'s own: a variant about 640 wide (or the largest there is) and every width in the fallback format. */
  src: string;
  srcset: string;
}

/** Only AVIF and WebP are worth a `<source>`: the fallback `<img>` carries the rest. */
const SOURCE_FORMATS: readonly MediaFormat[] = ["avif", "webp"];

export function pictureSet(media: Rendition): PictureSet {
  const known = media.formats.filter(isMediaFormat);
  const formats = known.length ? known : (["webp"] as MediaFormat[]);
  const widths = [...media.variants].sort((a, b) => a - b);
  const fallback = fallbackFormat(formats);
  const srcsetOf = (format: MediaFormat) => widths.map((w) => `${mediaUrl(media.file, w, format)} ${w}w`).join(", ");
  const srcWidth = widths.find((w) => w >= 640) ?? widths[widths.length - 1] ?? media.width;
  return {
    sources: SOURCE_FORMATS.filter((f) => f !== fallback && formats.includes(f)).map((f) => ({ type: FORMAT_MIME[f], srcset: srcsetOf(f) })),
    src: mediaUrl(media.file, srcWidth, fallback),
    srcset: srcsetOf(fallback),
  };
}

/** What an article's cover shows: the media library's alt text in the article's language, else "Cover image: {title}". */
export function coverAlt(article: Pick<ArticleDetail, "locale" | "title" | "cover">): string {
  return article.cover?.alt || t(article.locale, "coverImage", { title: article.title });
}
