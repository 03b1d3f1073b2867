/**
 * The media library's vocabulary, pure (no Node): the formats a variant is written in, their
 * file names (`{stem}-{width}.{ext}`, the path under /media/) and the widths made of an upload.
 * site/urls.ts builds media URLs from here, so the files on disk and the links agree.
 */

/** Formats of the variants, in the order a `<picture>` offers them (best compression first). */
export const MEDIA_FORMATS = ["avif", "webp", "jpeg", "png", "gif"] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];

export const FORMAT_EXTENSION: Record<MediaFormat, string> = { avif: "avif", webp: "webp", jpeg: "jpg", png: "png", gif: "gif" };
export const FORMAT_MIME: Record<MediaFormat, string> = { avif: "image/avif", webp: "image/webp", jpeg: "image/jpeg", png: "image/png", gif: "image/gif" };

/** The widths made of an upload, those not wider than the original (the original's own width when it is narrower than all). */
export const VARIANT_WIDTHS = [320, 640, 1024, 1600] as const;

export function isMediaFormat(value: unknown): value is MediaFormat {
  return typeof value === "string" && (MEDIA_FORMATS as readonly string[]).includes(value);
}

/** The widths to make of an image `width` pixels wide. */
export function variantWidths(width: number): number[] {
  const fitting = VARIANT_WIDTHS.filter((w) => w <= width);
  return fitting.length ? fitting : [width];
}

/** A stored stem: random, never taken from a user (demo covers are `cover-demo-N`). */
export const STEM = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The file of one variant: `{stem}-{width}.{ext}`. */
export function variantFileName(stem: string, width: number, format: MediaFormat): string {
  return `${stem}-${width}.${FORMAT_EXTENSION[format]}`;
}

const VARIANT_PATH = /^\/media\/([a-z0-9][a-z0-9-]{0,62})-(\d{1,5})\.(avif|webp|jpg|png|gif)$/;

/** `/media/{stem}-{width}.{ext}` → its parts; undefined for anything else (another site, a query string, a made-up extension). */
export function parseVariantPath(path: string): { stem: string; width: number; format: MediaFormat } | undefined {
  const match = VARIANT_PATH.exec(path);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const format = (Object.keys(FORMAT_EXTENSION) as MediaFormat[]).find((f) => FORMAT_EXTENSION[f] === match[3]);
  return format ? { stem: match[1], width: Number(match[2]), format } : undefined;
}

/**
 * The format an `<img>` falls back to: the original's when browsers without AVIF/WebP read it
 * (JPEG, PNG, GIF), else WebP. Demo covers have only WebP.
 */
export function fallbackFormat(formats: readonly MediaFormat[]): MediaFormat {
  return formats.find((f) => f === "jpeg" || f === "png" || f === "gif") ?? (formats.includes("webp") ? "webp" : (formats[0] ?? "webp"));
}

/**
 * The crops made for structured data (Google's article guidelines ask for 1:1, 4:3 and 16:9
 * images of at least 50,000 pixels): one JPEG each, at most CROP_WIDTH wide, named
 * `{stem}-{crop}-{width}.jpg`. Media keep `[width, height]` per crop that exists.
 */
export const CROPS = { "1x1": [1, 1], "4x3": [4, 3], "16x9": [16, 9] } as const;
export type CropName = keyof typeof CROPS;
export const CROP_NAMES = Object.keys(CROPS) as CropName[];
export const CROP_WIDTH = 1200;
/** Google's floor: a smaller crop is not made. */
export const CROP_MIN_PIXELS = 50_000;
export type Crops = Partial<Record<CropName, readonly [number, number]>>;

/** The largest `crop` of a `width` × `height` picture, at most CROP_WIDTH wide; undefined when under CROP_MIN_PIXELS. */
export function cropSize(crop: CropName, width: number, height: number): [number, number] | undefined {
  const [rw, rh] = CROPS[crop];
  const w = Math.min(CROP_WIDTH, width, Math.floor((height * rw) / rh));
  const h = Math.round((w * rh) / rw);
  return w * h >= CROP_MIN_PIXELS ? [w, h] : undefined;
}

export function cropFileName(stem: string, crop: CropName, width: number): string {
  return `${stem}-${crop}-${width}.jpg`;
}

/** A stored `crops` column → the crops that exist (anything unreadable: none). */
export function parseCrops(text: string | null | undefined): Crops {
  if (!text) return {};
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const crops: Crops = {};
    for (const name of CROP_NAMES) {
      const size = value[name];
      if (Array.isArray(size) && size.length === 2 && size.every((n) => Number.isInteger(n) && n > 0)) crops[name] = [size[0] as number, size[1] as number];
    }
    return crops;
  } catch {
    return {};
  }
}
