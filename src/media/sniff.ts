/**
 * What an upload is, from its bytes alone (never its name or declared type): the magic numbers
 * (file-type) must say JPEG, PNG, WebP, AVIF or GIF, and sharp must read a header of the same
 * format with sane dimensions. SVG (text, scriptable) and everything else is refused.
 */
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata } from "sharp";
import { AppError } from "../errors.js";
import { FORMAT_MIME, type MediaFormat } from "./files.js";

/** The formats an upload may be in, by the MIME type file-type reports. */
const UPLOAD_FORMATS: Record<string, MediaFormat> = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/webp": "webp",
  "image/avif": "avif",
  "image/gif": "gif",
};

/** What sharp's metadata calls each format (AVIF is HEIF with AV1 inside). */
const SHARP_FORMAT: Record<MediaFormat, string> = { jpeg: "jpeg", png: "png", webp: "webp", avif: "heif", gif: "gif" };

export interface SniffedImage {
  format: MediaFormat;
  mime: string;
  /** As shown: after the EXIF orientation is applied (a portrait photo taken sideways is taller than wide). */
  width: number;
  height: number;
}

export const UNSUPPORTED = "Upload a JPEG, PNG, WebP, AVIF or GIF image";

/** The format the magic numbers say, or 415 XABAR_UNSUPPORTED_MEDIA_TYPE. */
export async function sniffFormat(bytes: Uint8Array): Promise<MediaFormat> {
  const type = await fileTypeFromBuffer(bytes);
  const format = type ? UPLOAD_FORMATS[type.mime] : undefined;
  if (!format) throw new AppError("XABAR_UNSUPPORTED_MEDIA_TYPE", UNSUPPORTED);
  return format;
}

async function header(bytes: Uint8Array): Promise<Metadata> {
  try {
    return await sharp(bytes).metadata();
  } catch {
    throw new AppError("XABAR_BAD_REQUEST", "The image cannot be read: it is damaged or not what it claims to be");
  }
}

/**
 * The upload's format and displayed size, or a 4xx: 415 for a type we do not take, 400 when the
 * header is unreadable or belongs to another format than the magic numbers say, 413 when it has
 * more than `maxPixels` pixels (a decompression bomb is refused before anything is decoded).
 */
export async function sniffImage(bytes: Uint8Array, maxPixels: number): Promise<SniffedImage> {
  const format = await sniffFormat(bytes);
  const meta = await header(bytes);
  const sameFormat = meta.format === SHARP_FORMAT[format] && (format !== "avif" || meta.compression === "av1");
  if (!sameFormat || !meta.width || !meta.height)
    throw new AppError("XABAR_BAD_REQUEST", "The image cannot be read: it is damaged or not what it claims to be");
  if (meta.width * meta.height > maxPixels) throw tooManyPixels(maxPixels);
  // Orientations 5–8 turn the picture a quarter: width and height swap.
  const turned = (meta.orientation ?? 1) >= 5;
  return {
    format,
    mime: FORMAT_MIME[format],
    width: turned ? meta.height : meta.width,
    height: turned ? meta.width : meta.height,
  };
}

/** 413 for an image of more than `maxPixels` pixels, the limit in the error for the app to say. */
export function tooManyPixels(maxPixels: number): AppError {
  return new AppError("XABAR_BODY_TOO_LARGE", `The image has more than ${maxPixels} pixels`, { data: { limit: "pixels", maxPixels } });
}
