/**
 * `xabar backup FILE`: one archive of a site, taken while it serves. The database is snapshotted
 * consistently — SQLite through its online backup API (better-sqlite3's `backup()`) into a
 * temporary copy, PostgreSQL in one read-only REPEATABLE READ transaction — and dumped table by
 * table as JSON lines; the media files are hard-linked into the staging directory (copied where
 * links are not possible), so files deleted meanwhile stay whole; the secret comes along. The
 * archive is written under a temporary name and renamed into place: FILE is whole or absent.
 */
import { randomBytes } from "node:crypto";
import { chmod, copyFile, link, mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { create } from "tar";
import type { Config } from "../../config.js";
import { openDatabase, openSqlite } from "../../db/database.js";
import type { Db } from "../../db/database.js";
import type { DialectName } from "../../db/dialects/types.js";
import { listTables, migrationLevel } from "./catalog.js";
import { ENTRY_NAME, FORMAT, FORMAT_VERSION, type Manifest, digestFile } from "./manifest.js";
import { dumpTable } from "./rows.js";

export class BackupError extends Error {}

export interface BackupSummary {
  file: string;
  dialect: DialectName;
  migration: string;
  rows: number;
  tables: number;
  mediaFiles: number;
  bytes: number;
}

/** Every table's rows into `dir/db/`, and the tables' entries for the manifest. */
async function dumpAll(db: Db, dialect: DialectName, dir: string): Promise<Pick<Manifest, "tables" | "migration">> {
  const migration = await migrationLevel(db);
  if (!migration) throw new BackupError("the database has never been migrated: nothing to back up");
  const tables: Manifest["tables"] = [];
  await mkdir(join(dir, "db"), { recursive: true });
  for (const table of await listTables(db, dialect)) {
    const written = await dumpTable(db, table, join(dir, "db", `${table.name}.jsonl`));
    tables.push({ name: table.name, columns: table.columns, primaryKey: table.primaryKey, selfReferences: table.selfReferences, ...written });
  }
  return { migration, tables };
}

/** SQLite: the online backup API copies the live file into a copy nobody else writes. */
async function dumpSqlite(config: Config, stage: string): Promise<Pick<Manifest, "tables" | "migration">> {
  const copy = join(stage, "snapshot.sqlite");
  let source: SQLite.Database;
  try {
    source = new SQLite(config.databaseFile, { fileMustExist: true });
  } catch {
    throw new BackupError(`no database at ${config.databaseFile}`);
  }
  try {
    source.pragma("busy_timeout = 5000");
    // After the first step, the rest in one: a step reads in one transaction of its own (the WAL
    // lets the server write meanwhile), so the copy is one moment's and never restarts.
    await source.backup(copy, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  const handle = openSqlite(copy);
  try {
    return await dumpAll(handle.db, "sqlite", stage);
  } finally {
    await handle.close();
    await rm(copy, { force: true });
    await rm(`${copy}-wal`, { force: true });
    await rm(`${copy}-shm`, { force: true });
  }
}

/** PostgreSQL: every table read in one snapshot (read only, repeatable read), while the site goes on writing. pg_dump is not needed. */
async function dumpPostgres(config: Config, stage: string): Promise<Pick<Manifest, "tables" | "migration">> {
  const handle = await openDatabase({ url: config.databaseUrl, schema: config.databaseSchema, sqliteFile: config.databaseFile });
  try {
    return await handle.db
      .transaction()
      .setIsolationLevel("repeatable read")
      .setAccessMode("read only")
      .execute((trx) => dumpAll(trx, "postgres", stage));
  } finally {
    await handle.close();
  }
}

/** The media files under `dir`, relative names (dot-entries such as `.incoming/` left out). */
export async function listMedia(dir: string): Promise<string[]> {
  const names: string[] = [];
  const walk = async (at: string) => {
    let entries;
    try {
      entries = await readdir(at, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) names.push(relative(dir, path).split("\\").join("/"));
    }
  };
  await walk(dir);
  return names.sort();
}

async function stageMedia(mediaDir: string, stage: string): Promise<Manifest["media"]> {
  const media: Manifest["media"] = [];
  for (const name of await listMedia(mediaDir)) {
    if (!ENTRY_NAME.test(name)) throw new BackupError(`media file ${JSON.stringify(name)} has a name a backup cannot carry`);
    const target = join(stage, "media", name);
    await mkdir(dirname(target), { recursive: true });
    try {
      await link(join(mediaDir, name), target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Deleted since it was listed: it is not part of the site any more.
      if (code === "ENOENT") continue;
      await copyFile(join(mediaDir, name), target);
    }
    media.push({ name, ...(await digestFile(target)) });
  }
  return media;
}

/** XABAR_SECRET when set, else the one kept in DATA_DIR (none before the first start). */
async function stageSecret(config: Config, stage: string): Promise<Manifest["secret"]> {
  let secret = config.secret;
  if (!secret) {
    try {
      secret = (await readFile(join(config.dataDir, "secret"), "utf8")).trim();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  if (!secret) return null;
  const file = join(stage, "secret");
  await writeFile(file, secret, { mode: 0o600 });
  return digestFile(file);
}

export async function createBackup(config: Config, target: string, options: { force?: boolean } = {}): Promise<BackupSummary> {
  const file = resolve(target);
  if (!options.force && (await stat(file).catch(() => undefined))) throw new BackupError(`${file} exists (--force replaces it)`);
  // Beside the media, so that hard links work; a dot-name, so that media listings skip it.
  await mkdir(config.dataDir, { recursive: true });
  const stage = join(config.dataDir, `.backup-${randomBytes(6).toString("hex")}`);
  const part = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.part`);
  await mkdir(stage, { mode: 0o700 });
  try {
    const dialect: DialectName = config.databaseUrl ? "postgres" : "sqlite";
    const data = dialect === "sqlite" ? await dumpSqlite(config, stage) : await dumpPostgres(config, stage);
    const media = await stageMedia(config.mediaDir, stage);
    const secret = await stageSecret(config, stage);
    const manifest: Manifest = { format: FORMAT, version: FORMAT_VERSION, createdAt: new Date().toISOString(), dialect, ...data, media, secret };
    await writeFile(join(stage, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
    const entries = ["manifest.json", "db", ...(media.length ? ["media"] : []), ...(secret ? ["secret"] : [])];
    await mkdir(dirname(file), { recursive: true });
    await create({ gzip: true, file: part, cwd: stage, portable: true }, entries);
    // It holds the password hashes and the secret: the owner's only.
    await chmod(part, 0o600);
    await rename(part, file);
    return {
      file,
      dialect,
      migration: data.migration,
      tables: data.tables.length,
      rows: data.tables.reduce((sum, t) => sum + t.rows, 0),
      mediaFiles: media.length,
      bytes: (await stat(file)).size,
    };
  } finally {
    await rm(part, { force: true });
    await rm(stage, { recursive: true, force: true });
  }
}
