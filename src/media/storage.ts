/**
 * Where variant files live, behind a small interface (a bucket could implement it too). The disk
 * implementation writes under the media directory that /media/ serves: each file goes to a
 * temporary name in `.incoming/` first and is renamed into place, so a reader sees a whole file
 * or none. Names are the library's own (`{stem}-{width}.{ext}`), checked here again.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface MediaStorage {
  /** Stores `data` under `name`, replacing nothing half-way: readers see the old state or the whole new file. */
  put(name: string, data: Uint8Array): Promise<void>;
  get(name: string): Promise<Buffer | undefined>;
  exists(name: string): Promise<boolean>;
  /** Removes the file; a missing file is not an error. */
  delete(name: string): Promise<void>;
}

const FILE_NAME = /^[a-z0-9][a-z0-9-]{0,62}-\d{1,5}\.(avif|webp|jpg|png|gif)$/;

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";

export class DiskStorage implements MediaStorage {
  private readonly incoming: string;

  constructor(private readonly dir: string) {
    this.incoming = join(dir, ".incoming");
  }

  private path(name: string): string {
    if (!FILE_NAME.test(name)) throw new Error(`not a media file name: ${JSON.stringify(name)}`);
    return join(this.dir, name);
  }

  async put(name: string, data: Uint8Array): Promise<void> {
    const target = this.path(name);
    await mkdir(this.incoming, { recursive: true });
    // Same file system as the target, so the rename is atomic.
    const temporary = join(this.incoming, `${randomBytes(12).toString("hex")}.part`);
    try {
      await writeFile(temporary, data, { flag: "wx" });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(name: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.path(name));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async exists(name: string): Promise<boolean> {
    try {
      return (await stat(this.path(name))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(name: string): Promise<void> {
    await rm(this.path(name), { force: true });
  }
}
