/**
 * What a backup holds, read from the database's own catalogue rather than a list kept by hand:
 * every table of ours (not the migrator's, not SQLite's, not a virtual table's shadow, not the search index), its
 * columns, primary key and foreign keys, and an order to load them in (a table after the tables
 * it references). A table that references itself (articles.derived_from) is loaded with those
 * columns empty, then filled in.
 */
import { type Kysely, sql } from "kysely";
import { DERIVED_TABLES, type DialectName } from "../../db/dialects/types.js";
import type { Database } from "../../db/schema.js";

export interface TableInfo {
  name: string;
  columns: string[];
  /** Primary key columns, in key order (empty: none). */
  primaryKey: string[];
  /** Columns referencing this same table. */
  selfReferences: string[];
  /** Other tables this one references. */
  references: string[];
}

type Db = Kysely<Database>;

/** Ours to keep: not SQLite's, not the migrator's, not what triggers make from our rows (rebuilt as a restore writes them). */
const OURS = (name: string) => !name.startsWith("sqlite_") && !name.startsWith("kysely_") && !DERIVED_TABLES.includes(name);

async function sqliteTables(db: Db): Promise<TableInfo[]> {
  const { rows: tables } = await sql<{ name: string; sql: string | null }>`select name, sql from sqlite_master where type = 'table' order by name`.execute(db);
  // A virtual table (FTS) is rebuilt from its content, and its shadow tables go with it.
  const virtual = tables.filter((t) => /^create virtual table/i.test(t.sql ?? "")).map((t) => t.name);
  const plain = tables.filter((t) => OURS(t.name) && !virtual.some((v) => t.name === v || t.name.startsWith(`${v}_`)));
  const infos: TableInfo[] = [];
  for (const { name } of plain) {
    const { rows: columns } = await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${name}) order by cid`.execute(db);
    const { rows: keys } = await sql<{ table: string; from: string }>`select "table", "from" from pragma_foreign_key_list(${name})`.execute(db);
    infos.push({
      name,
      columns: columns.map((c) => c.name),
      primaryKey: columns
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      selfReferences: keys.filter((k) => k.table === name).map((k) => k.from),
      references: [...new Set(keys.filter((k) => k.table !== name).map((k) => k.table))],
    });
  }
  return infos;
}

async function postgresTables(db: Db): Promise<TableInfo[]> {
  const { rows: tables } = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const { rows: columns } = await sql<{ table: string; name: string }>`select table_name as table, column_name as name from information_schema.columns
    where table_schema = current_schema() order by table_name, ordinal_position`.execute(db);
  const { rows: keys } = await sql<{ table: string; name: string }>`select c.relname as table, a.attname as name
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
    join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
    where i.indisprimary and n.nspname = current_schema() order by c.relname, k.position`.execute(db);
  const { rows: foreign } = await sql<{ table: string; target: string; name: string }>`select c.relname as table, t.relname as target, a.attname as name
    from pg_constraint f join pg_class c on c.oid = f.conrelid join pg_class t on t.oid = f.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    cross join lateral unnest(f.conkey) as k(attnum)
    join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
    where f.contype = 'f' and n.nspname = current_schema()`.execute(db);
  return tables
    .filter((t) => OURS(t.name))
    .map(({ name }) => ({
      name,
      columns: columns.filter((c) => c.table === name).map((c) => c.name),
      primaryKey: keys.filter((k) => k.table === name).map((k) => k.name),
      selfReferences: foreign.filter((f) => f.table === name && f.target === name).map((f) => f.name),
      references: [...new Set(foreign.filter((f) => f.table === name && f.target !== name).map((f) => f.target))],
    }));
}

/** The tables in load order: each after the ones it references; ties by name, so the order is stable. */
export async function listTables(db: Db, dialect: DialectName): Promise<TableInfo[]> {
  const tables = dialect === "sqlite" ? await sqliteTables(db) : await postgresTables(db);
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const visit = (table: TableInfo) => {
    if (placed.has(table.name)) return;
    if (visiting.has(table.name)) throw new Error(`tables reference each other in a cycle through ${table.name}`);
    visiting.add(table.name);
    for (const ref of table.references) {
      const target = byName.get(ref);
      if (target) visit(target);
    }
    visiting.delete(table.name);
    placed.add(table.name);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

/** The last migration applied, as Kysely's own table records it. */
export async function migrationLevel(db: Db): Promise<string | undefined> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return rows[0]?.name;
}

/** Whether any table of ours holds a row (what makes a database "not empty" for a restore). */
export async function firstNonEmptyTable(db: Db, dialect: DialectName): Promise<string | undefined> {
  for (const table of await listTables(db, dialect)) {
    const { rows } = await sql<{ one: number }>`select 1 as one from ${sql.table(table.name)} limit 1`.execute(db);
    if (rows.length) return table.name;
  }
  return undefined;
}
