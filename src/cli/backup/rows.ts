/**
 * Table rows in and out of JSON lines: one array of column values per line, in the manifest's
 * column order. The schema holds integers, floats and text only, which JSON carries exactly, so
 * rows dumped from SQLite load into PostgreSQL and back unchanged.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.js";
import type { TableInfo } from "./catalog.js";

type Db = Kysely<Database>;
type Value = string | number | null;

const READ_CHUNK = 2_000;
/** PostgreSQL takes at most 65 535 parameters in a statement. */
const MAX_PARAMETERS = 30_000;

function plain(value: unknown, table: string, column: string): Value {
  if (value === null || typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "bigint") return value.toString();
  throw new Error(`${table}.${column}: a ${typeof value} value, which a backup cannot carry`);
}

/**
 * Writes every row of `table` to `file`, in key order (two dumps of the same data are the same
 * bytes), a chunk at a time: each chunk starts after the last key of the one before, so a large
 * table costs one index walk, not OFFSET's ever longer ones. Tables without a key (none of ours)
 * fall back to OFFSET.
 */
export async function dumpTable(db: Db, table: TableInfo, file: string, chunkRows = READ_CHUNK): Promise<{ rows: number; bytes: number; sha256: string }> {
  const key = table.primaryKey;
  const order = key.length ? key : table.columns;
  const columns = sql.join(table.columns.map((c) => sql.ref(c)));
  const orderBy = sql.join(order.map((c) => sql.ref(c)));
  const keyRefs = sql.join(key.map((c) => sql.ref(c)));
  const hash = createHash("sha256");
  const out = await open(file, "wx");
  let rows = 0;
  let bytes = 0;
  let after: unknown[] | undefined;
  try {
    for (;;) {
      const from = after ? sql`where (${keyRefs}) > (${sql.join(after)})` : sql``;
      const offset = key.length ? sql`` : sql`offset ${rows}`;
      const { rows: chunk } = await sql<
        Record<string, unknown>
      >`select ${columns} from ${sql.table(table.name)} ${from} order by ${orderBy} limit ${chunkRows} ${offset}`.execute(db);
      if (chunk.length === 0) break;
      const text = chunk.map((row) => `${JSON.stringify(table.columns.map((c) => plain(row[c], table.name, c)))}\n`).join("");
      const buffer = Buffer.from(text);
      hash.update(buffer);
      bytes += buffer.length;
      await out.write(buffer);
      rows += chunk.length;
      const last = chunk[chunk.length - 1] ?? {};
      after = key.map((c) => last[c]);
      if (chunk.length < chunkRows) break;
    }
  } finally {
    await out.close();
  }
  return { rows, bytes, sha256: hash.digest("hex") };
}

/**
 * Inserts the rows of `file` into `table` (columns as the manifest names them). Self-referencing
 * columns go in empty and are set once every row of the table is there. Returns the rows loaded.
 */
export async function loadTable(
  db: Db,
  table: { name: string; columns: string[]; primaryKey: string[]; selfReferences: string[] },
  file: string,
): Promise<number> {
  const self = new Set(table.selfReferences);
  if (self.size && !table.primaryKey.length) throw new Error(`${table.name} references itself but has no primary key`);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / table.columns.length));
  const columns = sql.join(table.columns.map((c) => sql.ref(c)));
  const later: Value[][] = [];
  let batch: Value[][] = [];
  let count = 0;
  const flush = async () => {
    if (!batch.length) return;
    const values = sql.join(batch.map((row) => sql`(${sql.join(row.map((v, i) => (self.has(table.columns[i] ?? "") ? null : v)))})`));
    await sql`insert into ${sql.table(table.name)} (${columns}) values ${values}`.execute(db);
    batch = [];
  };
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const row = JSON.parse(line) as Value[];
    if (!Array.isArray(row) || row.length !== table.columns.length)
      throw new Error(`${table.name}: line ${count + 1} does not have ${table.columns.length} values`);
    batch.push(row);
    if (self.size && table.columns.some((c, i) => self.has(c) && row[i] !== null)) later.push(row);
    count += 1;
    if (batch.length >= perStatement) await flush();
  }
  await flush();
  for (const row of later) {
    const value = (column: string) => row[table.columns.indexOf(column)] ?? null;
    const set = sql.join([...self].map((c) => sql`${sql.ref(c)} = ${value(c)}`));
    const where = sql.join(
      table.primaryKey.map((c) => sql`${sql.ref(c)} = ${value(c)}`),
      sql` and `,
    );
    await sql`update ${sql.table(table.name)} set ${set} where ${where}`.execute(db);
  }
  return count;
}

/** Rows in a table now. */
export async function countRows(db: Db, table: string): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
