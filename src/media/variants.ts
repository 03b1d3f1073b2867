/**
 * The variants of an upload: every width of `variantWidths` in AVIF (effort 2), WebP and the
 * original's format when browsers without either read it (JPEG, PNG, GIF). The picture is
 * decoded once, turned by its EXIF orientation and scaled to the largest width; the smaller
 * widths are scaled from that. Outputs carry no metadata: sharp writes EXIF, GPS, XMP or IPTC
 * only when asked, and raw pixels in between hold none anyway. A GIF keeps its first frame.
 *
 * Each step is one sharp call, awaited in turn: an upload holds one of libuv's threads at a
 * time (libvips works with `sharp.concurrency()` threads of its own), so file reads and
 * password hashing keep theirs and the event loop only hands buffers over.
 */
import sharp, { type OutputInfo, type Sharp } from "sharp";
import { AppError } from "../errors.js";
import { CROP_NAMES, type CropName, type Crops, type MediaFormat, cropSize, variantWidths } from "./files.js";
import { type SniffedImage, tooManyPixels } from "./sniff.js";

export interface VariantFile {
  width: number;
  format: MediaFormat;
  data: Buffer;
}

export interface CropFile {
  crop: CropName;
  width: number;
  height: number;
  data: Buffer;
}

export interface Variants {
  widths: number[];
  formats: MediaFormat[];
  files: VariantFile[];
  crops: CropFile[];
}

/** The formats written for an original in `format`. */
export function variantFormats(format: MediaFormat): MediaFormat[] {
  return format === "jpeg" || format === "png" || format === "gif" ? ["avif", "webp", format] : ["avif", "webp"];
}

function encode(image: Sharp, format: MediaFormat): Promise<Buffer> {
  switch (format) {
    case "avif":
      return image.avif({ quality: 55, effort: 2 }).toBuffer();
    case "webp":
      return image.webp({ quality: 75, effort: 3 }).toBuffer();
    case "jpeg":
      return image.jpeg({ quality: 80, progressive: true }).toBuffer();
    case "png":
      return image.png({ compressionLevel: 8 }).toBuffer();
    case "gif":
      return image.gif().toBuffer();
  }
}

interface RawImage {
  data: Buffer;
  info: OutputInfo;
}

const fromRaw = (raw: RawImage) => sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels } });

/** Decoding fails on damaged data (sharp's failOn "warning": a truncated JPEG is refused, not half-grey). */
async function decodeLargest(bytes: Uint8Array, width: number, maxPixels: number): Promise<RawImage> {
  try {
    return await sharp(bytes, { limitInputPixels: maxPixels, failOn: "warning" })
      .rotate()
      .resize({ width, withoutEnlargement: true })
      .toColourspace("srgb")
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw tooManyPixels(maxPixels);
    throw new AppError("XABAR_BAD_REQUEST", "The image cannot be decoded: it is damaged or incomplete");
  }
}

/** Every variant of an image sniffed as `image`, in memory (a few megabytes at most: the largest is 1600 pixels wide). */
export async function makeVariants(bytes: Uint8Array, image: SniffedImage, maxPixels: number): Promise<Variants> {
  const widths = variantWidths(image.width);
  const formats = variantFormats(image.format);
  const largest = await decodeLargest(bytes, Math.max(...widths), maxPixels);
  const files: VariantFile[] = [];
  for (const width of [...widths].reverse()) {
    const scaled = width === largest.info.width ? largest : await fromRaw(largest).resize({ width }).raw().toBuffer({ resolveWithObject: true });
    for (const format of formats) files.push({ width, format, data: await encode(fromRaw(scaled), format) });
  }
  return { widths, formats, files, crops: await cropsOf(() => fromRaw(largest), largest.info.width, largest.info.height) };
}

/**
 * The 1:1, 4:3 and 16:9 crops of a picture (`image()` makes a fresh pipeline over it), as
 * JPEGs: sharp's "attention" strategy keeps the busiest part (faces, contrast) in the frame;
 * transparency goes onto white. A crop under Google's 50,000 pixels is not made.
 */
export async function cropsOf(image: () => Sharp, width: number, height: number): Promise<CropFile[]> {
  const crops: CropFile[] = [];
  for (const crop of CROP_NAMES) {
    const size = cropSize(crop, width, height);
    if (!size) continue;
    const data = await image()
      .resize({ width: size[0], height: size[1], fit: "cover", position: sharp.strategy.attention })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 80, progressive: true, mozjpeg: false })
      .toBuffer();
    crops.push({ crop, width: size[0], height: size[1], data });
  }
  return crops;
}

/** The crops of a stored variant file (media made before crops existed). */
export async function cropsOfFile(bytes: Uint8Array): Promise<CropFile[]> {
  const decoded = await sharp(bytes, { failOn: "warning" }).toColourspace("srgb").raw({ depth: "uchar" }).toBuffer({ resolveWithObject: true });
  return cropsOf(() => fromRaw(decoded), decoded.info.width, decoded.info.height);
}

/** What `media.crops` stores of the crops made. */
export function cropSizes(crops: readonly CropFile[]): Crops {
  const sizes: Crops = {};
  for (const c of crops) sizes[c.crop] = [c.width, c.height];
  return sizes;
}
