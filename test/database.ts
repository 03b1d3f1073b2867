/**
 * The database a test runs on: a SQLite file in a temporary directory, or, when
 * XABAR_TEST_DB=postgres, a schema of its own on the machine's PostgreSQL, so that runs never
 * collide. `npm test` runs the database suites both ways.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { type DatabaseTimeouts, type XabarDatabase, migrateToLatest, openDatabase } from "../src/db/database.js";
import { dropSchema } from "../src/db/dialects/postgres.js";

export const TEST_DIALECT = process.env.XABAR_TEST_DB === "postgres" ? "postgres" : "sqlite";
export const TEST_POSTGRES_URL = process.env.XABAR_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestDatabase {
  handle: XabarDatabase;
  /** The DATABASE_URL and schema a server process would need to reach the same data. */
  url: string | undefined;
  schema: string | undefined;
  close(): Promise<void>;
}

/** `postgresUrl` reaches the same server another way (through a proxy, say); `timeouts` are a serving process's. */
export async function openTestDatabase(dir: string, postgresUrl = TEST_POSTGRES_URL, timeouts?: DatabaseTimeouts): Promise<TestDatabase> {
  if (TEST_DIALECT === "postgres") {
    const schema = `xabar_t_${process.pid}_${randomBytes(4).toString("hex")}`;
    const handle = await openDatabase({ url: postgresUrl, schema, sqliteFile: "", timeouts });
    await migrateToLatest(handle);
    return {
      handle,
      url: TEST_POSTGRES_URL,
      schema,
      async close() {
        await handle.close();
        await dropSchema(TEST_POSTGRES_URL, schema);
      },
    };
  }
  const handle = await openDatabase({ sqliteFile: join(dir, "xabar.sqlite") });
  await migrateToLatest(handle);
  return { handle, url: undefined, schema: undefined, close: () => handle.close() };
}
