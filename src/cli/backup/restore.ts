/**
 * `xabar restore FILE [--force]`: a backup back into the configured DATA_DIR and database. The
 * archive is unpacked into a staging directory and checked whole first (manifest, every file's
 * size and SHA-256), so a damaged one writes nothing. The rows load into a new database beside
 * the target — a temporary SQLite file, or a temporary PostgreSQL schema — migrated to the
 * backup's level, loaded in dependency order in one transaction, counted, then migrated to this
 * version's latest; only then does it replace the target (a rename: the file, or the schema).
 * A target that holds any row or media file is refused unless `force`.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { type Kysely, sql } from "kysely";
import { extract } from "tar";
import type { Config } from "../../config.js";
import { MIGRATION_NAMES, type XabarDatabase, migrateTo, migrateToLatest, openDatabase, openSqlite } from "../../db/database.js";
import type { DialectName } from "../../db/dialects/types.js";
import type { Database } from "../../db/schema.js";
import { listMedia } from "./backup.js";
import { firstNonEmptyTable } from "./catalog.js";
import { ENTRY_NAME, type Manifest, digestFile, manifestSchema } from "./manifest.js";
import { countRows, loadTable } from "./rows.js";

/** `exitCode` 3: the target is not empty; 1: anything else. */
export class RestoreError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface RestoreSummary {
  dialect: DialectName;
  from: DialectName;
  migration: string;
  rows: number;
  mediaFiles: number;
  warnings: string[];
}

const exists = async (path: string) => (await stat(path).catch(() => undefined)) !== undefined;

/** Only what a backup holds is unpacked: the manifest, table files, media files, the secret. */
function allowed(path: string): boolean {
  const name = path.replace(/^\.\//, "").replace(/\/$/, "");
  return (
    name === "manifest.json" ||
    name === "secret" ||
    name === "db" ||
    name === "media" ||
    /^db\/[A-Za-z0-9_]+\.jsonl$/.test(name) ||
    (name.startsWith("media/") && ENTRY_NAME.test(name.slice(6)))
  );
}

async function unpack(file: string, stage: string): Promise<Manifest> {
  // Plain files and folders only: a link in the archive (media/x.jpg → ../secret) would be served
  // under /media/ once the folder is in place. Such an archive is refused, not half-taken.
  let link: string | undefined;
  try {
    await extract({
      file,
      cwd: stage,
      strict: true,
      preserveOwner: false,
      filter: (path, entry) => {
        const type = "type" in entry ? entry.type : "File";
        if (type !== "File" && type !== "OldFile" && type !== "Directory") link ??= path;
        return allowed(path) && link === undefined;
      },
    });
  } catch (error) {
    throw new RestoreError(`${file} is not a readable backup archive: ${(error as Error).message}`);
  }
  if (link !== undefined) throw new RestoreError(`${file} holds ${link}, which is not a plain file: not a backup this tool wrote`);
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(await readFile(join(stage, "manifest.json"), "utf8")));
  } catch (error) {
    throw new RestoreError(`${file} has no valid Xabar manifest: ${(error as Error).message.slice(0, 300)}`);
  }
  const check = async (path: string, expected: { bytes: number; sha256: string }, what: string) => {
    const actual = await digestFile(path).catch(() => undefined);
    if (!actual) throw new RestoreError(`the archive lacks ${what}`);
    if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) throw new RestoreError(`${what} is damaged (checksum mismatch)`);
  };
  for (const table of manifest.tables) await check(join(stage, "db", `${table.name}.jsonl`), table, `table ${table.name}`);
  for (const media of manifest.media) await check(join(stage, "media", media.name), media, `media file ${media.name}`);
  if (manifest.secret) await check(join(stage, "secret"), manifest.secret, "the secret");
  if (!MIGRATION_NAMES.includes(manifest.migration))
    throw new RestoreError(`the backup is at migration ${manifest.migration}, which this version of Xabar does not know (a newer one made it)`);
  return manifest;
}

/** Loads every table (in the manifest's order) in one transaction, and checks the counts. */
async function load(handle: XabarDatabase, manifest: Manifest, stage: string): Promise<number> {
  await migrateTo(handle, manifest.migration);
  let rows = 0;
  await handle.db.transaction().execute(async (trx) => {
    for (const table of manifest.tables) {
      const loaded = await loadTable(trx, table, join(stage, "db", `${table.name}.jsonl`));
      const counted = await countRows(trx, table.name);
      if (loaded !== table.rows || counted !== table.rows)
        throw new RestoreError(`table ${table.name}: ${counted} rows after loading, the backup has ${table.rows}`);
      rows += loaded;
    }
    if (handle.dialect.name === "postgres") await resetSequences(trx);
    else {
      const { rows: broken } = await sql<{ table: string }>`pragma foreign_key_check`.execute(trx);
      if (broken.length) throw new RestoreError(`rows of ${broken[0]?.table} reference rows the backup does not have`);
    }
  });
  // The later migrations of this version transform the restored rows as they would have the originals.
  await migrateToLatest(handle);
  return rows;
}

/** Explicit ids leave PostgreSQL's sequences behind: each follows the largest id stored. */
async function resetSequences(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ table: string; column: string; sequence: string }>`select c.relname as table, a.attname as column,
      pg_get_serial_sequence(quote_ident(c.relname), a.attname) as sequence
    from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid
    where n.nspname = current_schema() and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
      and pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null`.execute(db);
  for (const { table, column, sequence } of rows) {
    await sql`select setval(${sequence}::regclass, coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 1), (select max(${sql.ref(column)}) from ${sql.table(table)}) is not null)`.execute(
      db,
    );
  }
}

async function sqliteTargetNonEmpty(config: Config): Promise<string | undefined> {
  if (!(await exists(config.databaseFile))) return undefined;
  const handle = openSqlite(config.databaseFile);
  try {
    return await firstNonEmptyTable(handle.db, "sqlite");
  } finally {
    await handle.close();
  }
}

async function restoreSqlite(config: Config, manifest: Manifest, stage: string): Promise<number> {
  const hex = randomBytes(6).toString("hex");
  const temporary = join(config.dataDir, `.xabar.sqlite.${hex}.restore`);
  const handle = openSqlite(temporary);
  let rows: number;
  try {
    rows = await load(handle, manifest, stage);
  } catch (error) {
    await handle.close();
    await removeSqlite(temporary);
    throw error;
  }
  // Closing the last connection checkpoints the log into the file: one file to rename.
  await handle.close();
  const old = join(config.dataDir, `.xabar.sqlite.${hex}.old`);
  const hadTarget = await exists(config.databaseFile);
  if (hadTarget) await rename(config.databaseFile, old);
  await rm(`${config.databaseFile}-wal`, { force: true });
  await rm(`${config.databaseFile}-shm`, { force: true });
  await rename(temporary, config.databaseFile);
  await removeSqlite(temporary);
  if (hadTarget) await rm(old, { force: true });
  return rows;
}

async function removeSqlite(file: string): Promise<void> {
  for (const suffix of ["", "-wal", "-shm"]) await rm(`${file}${suffix}`, { force: true });
}

/** The schema a restore replaces (DATABASE_SCHEMA, or where the connection lands: public), and its first table with rows. */
async function postgresTarget(config: Config): Promise<{ target: string; busy: string | undefined }> {
  const probe = await openDatabase({ url: config.databaseUrl, schema: config.databaseSchema, sqliteFile: "" });
  try {
    const target = (await sql<{ name: string }>`select current_schema() as name`.execute(probe.db)).rows[0]?.name ?? "public";
    return { target, busy: await firstNonEmptyTable(probe.db, "postgres") };
  } finally {
    await probe.close();
  }
}

async function restorePostgres(config: Config, manifest: Manifest, stage: string, target: string): Promise<number> {
  const url = config.databaseUrl ?? "";
  const hex = randomBytes(4).toString("hex");
  const temporary = `${target.slice(0, 40)}_restore_${hex}`;
  const old = `${target.slice(0, 40)}_old_${hex}`;
  const handle = await openDatabase({ url, schema: temporary, sqliteFile: "" });
  const admin = await openDatabase({ url, sqliteFile: "" });
  try {
    let rows: number;
    try {
      rows = await load(handle, manifest, stage);
    } finally {
      await handle.close();
    }
    // One transaction: readers see the old schema or the restored one under the target's name.
    await admin.db.transaction().execute(async (trx) => {
      const { rows: present } = await sql<{ one: number }>`select 1 as one from pg_namespace where nspname = ${target}`.execute(trx);
      if (present.length) await sql`alter schema ${sql.id(target)} rename to ${sql.id(old)}`.execute(trx);
      await sql`alter schema ${sql.id(temporary)} rename to ${sql.id(target)}`.execute(trx);
    });
    await sql`drop schema if exists ${sql.id(old)} cascade`.execute(admin.db);
    return rows;
  } catch (error) {
    await sql`drop schema if exists ${sql.id(temporary)} cascade`.execute(admin.db).catch(() => undefined);
    throw error;
  } finally {
    await admin.close();
  }
}

async function placeMedia(config: Config, stage: string): Promise<void> {
  const staged = join(stage, "media");
  if (!(await exists(staged))) await mkdir(staged);
  const old = `${config.mediaDir}.${randomBytes(6).toString("hex")}.old`;
  const hadMedia = await exists(config.mediaDir);
  if (hadMedia) await rename(config.mediaDir, old);
  await rename(staged, config.mediaDir);
  if (hadMedia) await rm(old, { recursive: true, force: true });
}

async function placeSecret(config: Config, manifest: Manifest, stage: string, warnings: string[]): Promise<void> {
  if (!manifest.secret) return;
  const file = join(config.dataDir, "secret");
  await chmod(join(stage, "secret"), 0o600);
  await rename(join(stage, "secret"), file);
  const restored = (await readFile(file, "utf8")).trim();
  if (config.secret && config.secret !== restored)
    warnings.push("XABAR_SECRET differs from the restored secret: visitor ids and view marks of the backup stay valid only with the restored one");
}

export async function restoreBackup(config: Config, source: string, options: { force?: boolean } = {}): Promise<RestoreSummary> {
  const force = options.force ?? false;
  if (!(await exists(source))) throw new RestoreError(`${source} does not exist`);
  const createdDataDir = !(await exists(config.dataDir));
  await mkdir(config.dataDir, { recursive: true });
  const stage = join(config.dataDir, `.restore-${randomBytes(6).toString("hex")}`);
  await mkdir(stage, { mode: 0o700 });
  const warnings: string[] = [];
  let done = false;
  try {
    const manifest = await unpack(source, stage);
    const dialect: DialectName = config.databaseUrl ? "postgres" : "sqlite";
    const pg = dialect === "postgres" ? await postgresTarget(config) : undefined;
    const busy = pg ? pg.busy : await sqliteTargetNonEmpty(config);
    const where = pg ? `the database (schema ${pg.target})` : config.databaseFile;
    if (busy && !force) throw new RestoreError(`${where} is not empty (table ${busy} has rows); --force replaces it`, 3);
    const media = await listMedia(config.mediaDir);
    if (media.length && !force) throw new RestoreError(`${config.mediaDir} is not empty (${media.length} files); --force replaces it`, 3);
    const rows = pg ? await restorePostgres(config, manifest, stage, pg.target) : await restoreSqlite(config, manifest, stage);
    await placeMedia(config, stage);
    await placeSecret(config, manifest, stage, warnings);
    done = true;
    return { dialect, from: manifest.dialect, migration: manifest.migration, rows, mediaFiles: manifest.media.length, warnings };
  } finally {
    await rm(stage, { recursive: true, force: true });
    if (!done && createdDataDir) await rm(config.dataDir, { recursive: true, force: true });
  }
}
