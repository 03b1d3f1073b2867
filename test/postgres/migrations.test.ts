/** Instances starting together migrate a fresh database once, without tripping over each other. */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { migrateToLatest, openDatabase } from "../../src/db/database.js";
import { dropSchema } from "../../src/db/dialects/postgres.js";
import { TEST_POSTGRES_URL } from "../database.js";

const schema = `xabar_t_mig_${randomBytes(4).toString("hex")}`;

afterAll(async () => {
  await dropSchema(TEST_POSTGRES_URL, schema);
});

describe("concurrent migrations", () => {
  it("four instances migrating at once apply each migration once", async () => {
    const handles = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ url: TEST_POSTGRES_URL, schema, sqliteFile: "" })));
    try {
      await Promise.all(handles.map((handle) => migrateToLatest(handle)));
      const first = handles[0];
      if (!first) throw new Error("no handle");
      const applied = await sql<{ name: string }>`select name from ${sql.id(schema, "kysely_migration")} order by name`.execute(first.db);
      expect(applied.rows.map((r) => r.name)).toEqual(expect.arrayContaining(["2026-11-25-initial", "2026-11-27-jobs"]));
      expect(new Set(applied.rows.map((r) => r.name)).size).toBe(applied.rows.length);
      const tables = await sql<{
        n: number;
      }>`select count(*)::int as n from information_schema.tables where table_schema = ${schema} and table_name = 'articles'`.execute(first.db);
      expect(tables.rows[0]?.n).toBe(1);
    } finally {
      await Promise.all(handles.map((handle) => handle.close()));
    }
  });
});
