/**
 * A story's cover as the photo to upload to Telegram. Uploaded rather than passed by URL: Telegram
 * fetches URLs from its own servers, so a site on localhost, behind a VPN or not yet public would
 * post nothing (and a URL photo may be at most 5 MB, an upload 10 MB). JPEG or PNG as stored;
 * WebP and AVIF (which sendPhoto does not take reliably) become a JPEG first.
 */
import type { TelegramFile } from "./telegram.js";

export interface StoredImage {
  /** The file's bytes, or undefined when it is gone. */
  bytes: Buffer | undefined;
  format: string;
}

/** Telegram's photo limit for uploads. */
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export async function photoOf(image: StoredImage): Promise<TelegramFile | undefined> {
  if (!image.bytes) return undefined;
  let bytes: Buffer = image.bytes;
  let type = image.format === "png" ? "image/png" : "image/jpeg";
  if (image.format !== "jpeg" && image.format !== "png") {
    const { default: sharp } = await import("sharp");
    bytes = await sharp(image.bytes).jpeg({ quality: 85 }).toBuffer();
    type = "image/jpeg";
  }
  if (bytes.length > MAX_PHOTO_BYTES) return undefined;
  return { field: "photo", name: type === "image/png" ? "cover.png" : "cover.jpg", type, bytes };
}
