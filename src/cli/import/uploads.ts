/**
 * Images of the old site from a local copy of its `wp-content/uploads` (`--uploads DIR`; nothing
 * is fetched from the internet) into the media library, through the media service (sniffed,
 * AVIF/WebP/original variants by sharp: the slow part of an import). Each file once per source:
 * `import_items` remembers the medium, so a second run (or one after an interruption) uploads nothing again.
 * A dry run counts the files it finds that a real run would upload, and uploads nothing.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, resolve, sep } from "node:path";
import type { ImportService } from "../../content/import.service.js";
import type { Locale } from "../../lang/locales.js";
import { fallbackFormat, variantFileName } from "../../media/files.js";
import type { MediaService } from "../../media/media.service.js";
import type { ImportReport } from "./report.js";

export interface LibraryImage {
  id: number;
  /** Its URL in bodies: the largest variant in the fallback format (the site renders a `<picture>`). */
  url: string;
}

export class UploadsLibrary {
  private readonly known = new Map<string, Promise<LibraryImage | undefined>>();

  constructor(
    private readonly dir: string,
    private readonly media: MediaService,
    private readonly imports: ImportService,
    /** The import's source (known after the export's first pass). */
    private readonly source: () => string,
    private readonly report: ImportReport,
    private readonly dryRun = false,
  ) {}

  /**
   * The library image of the file at `path` (relative to the uploads folder; `fallback` tried when
   * it is missing). In a dry run, undefined: the file is only counted when a real run would upload it.
   */
  async image(
    path: string,
    fallback: string | undefined,
    alt: { locale: Locale; text: string } | undefined,
    example: string,
  ): Promise<LibraryImage | undefined> {
    const file = (await this.exists(path)) ? path : fallback !== undefined && (await this.exists(fallback)) ? fallback : undefined;
    if (file === undefined) {
      this.report.note("attachment file missing under --uploads", example);
      return undefined;
    }
    let found = this.known.get(file);
    if (!found) {
      found = this.load(file, alt, example);
      this.known.set(file, found);
    }
    return found;
  }

  private async load(path: string, alt: { locale: Locale; text: string } | undefined, example: string): Promise<LibraryImage | undefined> {
    const done = (await this.imports.importedMedia(this.source(), [path])).get(path);
    if (done) {
      try {
        return this.asImage(await this.media.get(done.mediaId));
      } catch {
        // Deleted from the library since: upload it again.
      }
    }
    if (this.dryRun) {
      // Found (image() looked); whether the library takes it, only the upload would tell.
      this.report.media++;
      return undefined;
    }
    const bytes = await this.read(path);
    if (!bytes) {
      this.report.note("attachment file missing under --uploads", example);
      return undefined;
    }
    try {
      let record = await this.media.upload({ bytes, originalName: basename(path), uploadedBy: null });
      if (alt?.text.trim()) record = await this.media.changeTexts(record.id, { alt: { [alt.locale]: alt.text.trim().slice(0, 500) } });
      await this.imports.rememberMedia(this.source(), path, { mediaId: record.id, checksum: String(bytes.length) });
      this.report.media++;
      return this.asImage(record);
    } catch (error) {
      this.report.note(`image not taken by the library (${(error as Error).message})`, example);
      return undefined;
    }
  }

  private asImage(record: { id: number; file: string; variants: number[]; formats: Parameters<typeof fallbackFormat>[0] }): LibraryImage {
    const width = Math.max(...record.variants);
    return { id: record.id, url: `/media/${variantFileName(record.file, width, fallbackFormat(record.formats))}` };
  }

  /** The file's full path, when it is inside the uploads folder. */
  private inside(path: string): string | undefined {
    const root = resolve(this.dir);
    const full = resolve(root, path);
    return full.startsWith(root + sep) ? full : undefined;
  }

  private async exists(path: string): Promise<boolean> {
    const full = this.inside(path);
    return full !== undefined && (await stat(full).catch(() => undefined))?.isFile() === true;
  }

  private async read(path: string): Promise<Buffer | undefined> {
    const full = this.inside(path);
    return full === undefined ? undefined : readFile(full).catch(() => undefined);
  }
}
