/**
 * The media library's rules: an upload is sniffed from its bytes, turned into variants (one
 * image at a time per process, through jobs/limiter.ts), stored under a random stem and then recorded,
 * so that a row never names a missing file and a failure leaves neither behind. Alt text and
 * captions per locale; a search over them and the original name; deletion only when unused.
 */
import { randomBytes } from "node:crypto";
import { AppError } from "../errors.js";
import { searchKey } from "../lang/search-key.js";
import { type MediaFormat, cropFileName, fallbackFormat, variantFileName } from "./files.js";
import { type LocaleTexts, type MediaRecord, MediaRepository } from "./media.repository.js";
import { Limiter } from "../jobs/limiter.js";
import type { sniffImage } from "./sniff.js";
import type { MediaStorage } from "./storage.js";
import type { cropSizes, cropsOfFile, makeVariants } from "./variants.js";
import type { Db } from "../db/database.js";

export type { LocaleTexts, MediaRecord } from "./media.repository.js";

export interface MediaOptions {
  storage: MediaStorage;
  /** Larger images (width × height) are refused before decoding: decompression bombs. */
  maxPixels: number;
  /** Images processed at once in this process. */
  concurrency: number;
  /** libvips threads for one image (sharp.concurrency, process-wide). */
  threads?: number;
  now?: () => Date;
  /** Told the pages that show a medium whose texts changed (its covers' stories, the articles with it in their body). */
  onTextsChanged?: (shownOn: { storyIds: number[]; articleIds: number[] }) => Promise<void>;
}

export interface Upload {
  bytes: Buffer;
  /** What the client called the file: kept for display and search only. */
  originalName: string;
  /** null: brought in by an import (`xabar import`), no newsroom user. */
  uploadedBy: number | null;
}

export interface TextsChange {
  alt?: LocaleTexts;
  caption?: LocaleTexts;
}

export interface MediaPage {
  media: MediaRecord[];
  /** The id to continue after (the last row shown), when there may be more. */
  next: number | undefined;
}

export const MEDIA_PAGE_SIZE = 30;

/** The job that makes the crops of media stored before crops existed (enqueued by migration 2026-12-03-structured-lists). */
export const CROPS_JOB = "media.crops";
/** Media a crops job handles before it hands over to the next run. */
const CROPS_BATCH = 20;

/** The given locales replace the stored ones; an empty text removes a locale's. */
function merge(stored: LocaleTexts, change: LocaleTexts | undefined): LocaleTexts {
  const merged: LocaleTexts = { ...stored };
  for (const [locale, text] of Object.entries(change ?? {}) as Array<[keyof LocaleTexts, string]>) {
    const trimmed = text.trim();
    if (trimmed) merged[locale] = trimmed;
    else delete merged[locale];
  }
  return merged;
}

const searchTextOf = (name: string | null, alt: LocaleTexts, caption: LocaleTexts): string =>
  searchKey([name ?? "", ...Object.values(alt), ...Object.values(caption)].join(" "));

/** The name's last path segment, without control characters, at most 200 characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200) || "upload";
}

/** sharp (libvips) and the code over it, loaded on the first upload: a server that only serves never maps libvips. */
interface Imaging {
  sniffImage: typeof sniffImage;
  makeVariants: typeof makeVariants;
  cropsOfFile: typeof cropsOfFile;
  cropSizes: typeof cropSizes;
}

export class MediaService {
  private readonly repository: MediaRepository;
  private imaging: Promise<Imaging> | undefined;
  private readonly queue: Limiter;
  private readonly now: () => Date;

  constructor(
    db: Db,
    private readonly options: MediaOptions,
  ) {
    this.repository = new MediaRepository(db);
    this.queue = new Limiter(options.concurrency);
    this.now = options.now ?? (() => new Date());
  }

  private loadImaging(): Promise<Imaging> {
    return (this.imaging ??= (async () => {
      const [{ default: sharp }, sniff, variants] = await Promise.all([import("sharp"), import("./sniff.js"), import("./variants.js")]);
      if (this.options.threads) sharp.concurrency(this.options.threads);
      return { sniffImage: sniff.sniffImage, makeVariants: variants.makeVariants, cropsOfFile: variants.cropsOfFile, cropSizes: variants.cropSizes };
    })());
  }

  async upload(upload: Upload): Promise<MediaRecord> {
    const { storage, maxPixels } = this.options;
    const { sniffImage, makeVariants, cropSizes } = await this.loadImaging();
    // The header is read before queueing: refusals never wait behind other uploads.
    const image = await sniffImage(upload.bytes, maxPixels);
    const variants = await this.queue.run(() => makeVariants(upload.bytes, image, maxPixels));
    const file = randomBytes(12).toString("hex");
    const written: string[] = [];
    try {
      for (const variant of variants.files) {
        const name = variantFileName(file, variant.width, variant.format);
        written.push(name);
        await storage.put(name, variant.data);
      }
      for (const crop of variants.crops) {
        const name = cropFileName(file, crop.crop, crop.width);
        written.push(name);
        await storage.put(name, crop.data);
      }
      const originalName = cleanName(upload.originalName);
      return await this.repository.insert({
        file,
        width: image.width,
        height: image.height,
        widths: variants.widths,
        formats: variants.formats,
        originalName,
        mime: image.mime,
        bytes: upload.bytes.length,
        uploadedBy: upload.uploadedBy,
        searchText: searchTextOf(originalName, {}, {}),
        createdAt: this.now().toISOString(),
        crops: cropSizes(variants.crops),
      });
    } catch (error) {
      // Without its row the files name nothing: they go.
      await Promise.allSettled(written.map((name) => storage.delete(name)));
      throw error;
    }
  }

  async get(id: number): Promise<MediaRecord> {
    const media = await this.repository.find(id);
    if (!media) throw new AppError("XABAR_NOT_FOUND", "No such media");
    return media;
  }

  async changeTexts(id: number, change: TextsChange): Promise<MediaRecord> {
    const media = await this.get(id);
    const alt = merge(media.alt, change.alt);
    const caption = merge(media.caption, change.caption);
    const updated = await this.repository.updateTexts(id, { alt, caption, searchText: searchTextOf(media.originalName, alt, caption) });
    if (!updated) throw new AppError("XABAR_NOT_FOUND", "No such media");
    // Their pages show the alt text and caption: they are stale now, not in a minute.
    await this.options.onTextsChanged?.(await this.repository.usage(id, media.file));
    return updated;
  }

  /** Newest first, after the cursor (an id), matching `query` (folded like the search text) when given. */
  async list(query: string | undefined, cursor: number | undefined, limit = MEDIA_PAGE_SIZE): Promise<MediaPage> {
    const key = searchKey(query ?? "");
    const rows = await this.repository.list({ ...(key ? { key } : {}), ...(cursor !== undefined ? { before: cursor } : {}), limit: limit + 1 });
    const media = rows.slice(0, limit);
    return { media, next: rows.length > limit ? media[media.length - 1]?.id : undefined };
  }

  /** The media with these stems, for pages that show them. */
  byFiles(files: readonly string[]): Promise<MediaRecord[]> {
    return this.repository.findByFiles(files);
  }

  /** Deletes an unused medium and its files; 409 when a story's cover or an article's body uses it. */
  async remove(id: number): Promise<void> {
    const { removal, media } = await this.repository.deleteUnused(id);
    if (removal === "missing" || !media) throw new AppError("XABAR_NOT_FOUND", "No such media");
    if (removal === "in-use")
      throw new AppError("XABAR_CONFLICT", "This media is in use: a story's cover or an article's body shows it", { data: { reason: "media_in_use" } });
    const names = [
      ...media.variants.flatMap((width) => media.formats.map((format) => variantFileName(media.file, width, format))),
      ...Object.entries(media.crops).map(([crop, size]) => cropFileName(media.file, crop as keyof typeof media.crops, size[0])),
    ];
    await Promise.all(names.map((name) => this.options.storage.delete(name)));
  }

  /**
   * The crops job: makes the crops of up to CROPS_BATCH media that have none, from each one's
   * largest stored variant (in the original's format when there is one), one image at a time
   * through the upload queue. Returns true when media without crops remain (the caller runs it
   * again). Idempotent: a crop written twice is the same file, and a medium's row is marked
   * only after its files are in place. A medium whose file is missing is marked with no crops,
   * so it is not tried forever.
   */
  async makeMissingCrops(): Promise<boolean> {
    const pending = await this.repository.withoutCrops(CROPS_BATCH + 1);
    const { cropsOfFile, cropSizes } = await this.loadImaging();
    for (const media of pending.slice(0, CROPS_BATCH)) {
      const width = Math.max(0, ...media.variants);
      const format: MediaFormat = fallbackFormat(media.formats);
      const bytes = width ? await this.options.storage.get(variantFileName(media.file, width, format)) : undefined;
      const crops = bytes ? await this.queue.run(() => cropsOfFile(bytes)) : [];
      for (const crop of crops) await this.options.storage.put(cropFileName(media.file, crop.crop, crop.width), crop.data);
      await this.repository.setCrops(media.id, cropSizes(crops));
    }
    return pending.length > CROPS_BATCH;
  }
}
