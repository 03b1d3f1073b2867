/**
 * The archive's table of contents (`manifest.json`), written last at backup and checked first
 * at restore: the format and its version, where the data came from, the migration its rows are
 * at, and for every file in the archive its size and SHA-256 (tables also their row counts).
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import * as z from "zod";

export const FORMAT = "xabar-backup";
export const FORMAT_VERSION = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** Names inside the archive: plain segments, nothing that could climb out of the directory it is unpacked in. */
export const ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}){0,7}$/;
const entryName = z.string().regex(ENTRY_NAME);

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  createdAt: z.string(),
  /** Where the rows were dumped from; they load into either. */
  dialect: z.enum(["sqlite", "postgres"]),
  /** The last migration the source had applied: a restore migrates to it, loads, then migrates on. */
  migration: z.string().min(1),
  tables: z.array(
    z.object({
      name: entryName,
      columns: z.array(z.string().min(1)).min(1),
      primaryKey: z.array(z.string()),
      selfReferences: z.array(z.string()),
      rows: z.number().int().min(0),
      bytes: z.number().int().min(0),
      sha256,
    }),
  ),
  media: z.array(z.object({ name: entryName, bytes: z.number().int().min(0), sha256 })),
  secret: z.object({ bytes: z.number().int().min(1), sha256 }).nullable(),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type TableEntry = Manifest["tables"][number];

/** A file's size and SHA-256, read as a stream. */
export async function digestFile(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest("hex") };
}
