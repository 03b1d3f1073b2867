/**
 * SQL for the media library. Rows arrive ready to store (JSON encoded, search text folded); the
 * rules are the service's. Lists are keyset ranges on the id (ids grow with uploads, so "newest
 * first" is `id desc`), never an OFFSET.
 */
import { sql } from "kysely";
import type { Db } from "../db/database.js";
import type { MediaRow } from "../db/schema.js";
import type { Locale } from "../lang/locales.js";
import { type Crops, type MediaFormat, isMediaFormat, parseCrops } from "./files.js";

export type LocaleTexts = Partial<Record<Locale, string>>;

export interface MediaRecord {
  id: number;
  /** The random stem of the variant files. */
  file: string;
  width: number;
  height: number;
  /** The widths its variants exist in. */
  variants: number[];
  formats: MediaFormat[];
  originalName: string | null;
  mime: string | null;
  bytes: number | null;
  alt: LocaleTexts;
  caption: LocaleTexts;
  uploadedBy: number | null;
  createdAt: string;
  /** The crops for structured data that exist (none until made). */
  crops: Crops;
}

export interface MediaToStore {
  file: string;
  width: number;
  height: number;
  widths: number[];
  formats: MediaFormat[];
  originalName: string;
  mime: string;
  bytes: number;
  uploadedBy: number | null;
  searchText: string;
  createdAt: string;
  crops: Crops;
}

export interface MediaTexts {
  alt: LocaleTexts;
  caption: LocaleTexts;
  searchText: string;
}

export type Removal = "deleted" | "in-use" | "missing";

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function toRecord(row: MediaRow): MediaRecord {
  return {
    id: row.id,
    file: row.file,
    width: row.width,
    height: row.height,
    variants: parseJson<number[]>(row.variants, []),
    formats: parseJson<unknown[]>(row.formats, ["webp"]).filter(isMediaFormat),
    originalName: row.original_name,
    mime: row.mime,
    bytes: row.bytes === null ? null : Number(row.bytes),
    alt: parseJson<LocaleTexts>(row.alt, {}),
    caption: parseJson<LocaleTexts>(row.caption, {}),
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
    crops: parseCrops(row.crops),
  };
}

/** `column` contains `text` as it is: `%` and `_` in it match themselves (LIKE … ESCAPE, which both databases read alike). */
function contains(column: "search_text" | "body_html", text: string) {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

export class MediaRepository {
  constructor(private readonly db: Db) {}

  async insert(media: MediaToStore): Promise<MediaRecord> {
    const row = await this.db
      .insertInto("media")
      .values({
        file: media.file,
        width: media.width,
        height: media.height,
        variants: JSON.stringify(media.widths),
        formats: JSON.stringify(media.formats),
        original_name: media.originalName,
        mime: media.mime,
        bytes: media.bytes,
        uploaded_by: media.uploadedBy,
        search_text: media.searchText,
        created_at: media.createdAt,
        crops: JSON.stringify(media.crops),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRecord(row);
  }

  async find(id: number): Promise<MediaRecord | undefined> {
    const row = await this.db.selectFrom("media").selectAll().where("id", "=", id).executeTakeFirst();
    return row && toRecord(row);
  }

  /** The media with these stems (the images an article's body points at): one query. */
  async findByFiles(files: readonly string[]): Promise<MediaRecord[]> {
    if (!files.length) return [];
    const rows = await this.db
      .selectFrom("media")
      .selectAll()
      .where("file", "in", [...files])
      .execute();
    return rows.map(toRecord);
  }

  async updateTexts(id: number, texts: MediaTexts): Promise<MediaRecord | undefined> {
    const row = await this.db
      .updateTable("media")
      .set({ alt: JSON.stringify(texts.alt), caption: JSON.stringify(texts.caption), search_text: texts.searchText })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Newest first, `limit` rows older than `before` (an id), whose search text contains `key` (folded) when given. */
  async list(options: { key?: string; before?: number; limit: number }): Promise<MediaRecord[]> {
    const { key, before, limit } = options;
    const rows = await this.db
      .selectFrom("media")
      .selectAll()
      .$if(before !== undefined, (q) => q.where("id", "<", before ?? 0))
      .$if(Boolean(key), (q) => q.where(contains("search_text", key ?? "")))
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
    return rows.map(toRecord);
  }

  /** Where a medium shows: the stories it is the cover of, the articles whose body points at one of its files. */
  async usage(id: number, file: string): Promise<{ storyIds: number[]; articleIds: number[] }> {
    const [stories, articles] = await Promise.all([
      this.db.selectFrom("stories").select("id").where("cover_media_id", "=", id).execute(),
      this.db
        .selectFrom("articles")
        .select("id")
        .where(contains("body_html", `/media/${file}-`))
        .execute(),
    ]);
    return { storyIds: stories.map((s) => s.id), articleIds: articles.map((a) => a.id) };
  }

  /**
   * Deletes the row unless a story has it as cover or an article's body points at one of its
   * files (`/media/{stem}-`), in one transaction: the check and the delete see the same data.
   */
  async deleteUnused(id: number): Promise<{ removal: Removal; media?: MediaRecord }> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom("media").selectAll().where("id", "=", id).executeTakeFirst();
      if (!row) return { removal: "missing" as const };
      const media = toRecord(row);
      const cover = await trx.selectFrom("stories").select("id").where("cover_media_id", "=", id).limit(1).executeTakeFirst();
      const body =
        cover ??
        (await trx
          .selectFrom("articles")
          .select("id")
          .where(contains("body_html", `/media/${row.file}-`))
          .limit(1)
          .executeTakeFirst());
      if (body) return { removal: "in-use" as const, media };
      await trx.deleteFrom("media").where("id", "=", id).execute();
      return { removal: "deleted" as const, media };
    });
  }

  /** Media whose crops were never made (stored before crops existed), oldest first. */
  async withoutCrops(limit: number): Promise<MediaRecord[]> {
    const rows = await this.db.selectFrom("media").selectAll().where("crops", "is", null).orderBy("id").limit(limit).execute();
    return rows.map(toRecord);
  }

  async setCrops(id: number, crops: Crops): Promise<void> {
    await this.db
      .updateTable("media")
      .set({ crops: JSON.stringify(crops) })
      .where("id", "=", id)
      .execute();
  }

  async delete(id: number): Promise<void> {
    await this.db.deleteFrom("media").where("id", "=", id).execute();
  }
}
