import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type TestDatabase, openTestDatabase } from "../../../test/database.js";
import { listTables } from "./catalog.js";
import { countRows, dumpTable, loadTable } from "./rows.js";

let dir: string;
let source: TestDatabase;
let target: TestDatabase;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "xabar-rows-"));
  source = await openTestDatabase(join(dir, "a"));
  target = await openTestDatabase(join(dir, "b"));
});

afterEach(async () => {
  await source.close();
  await target.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exchangeRates() {
  const table = (await listTables(source.handle.db, source.handle.dialect.name)).find((t) => t.name === "exchange_rates");
  if (!table) throw new Error("no exchange_rates table");
  return table;
}

const rate = (ccy: string, day: string, rate: string) => ({
  ccy,
  day,
  code: "000",
  nominal: 1,
  rate,
  diff: "0",
  name_uz: `${ccy} oʻzbekcha`,
  name_oz: `${ccy} ўзбекча`,
  name_ru: `${ccy} «по-русски»`,
  name_en: `${ccy} "quoted"\nline`,
  fetched_at: "2026-12-01T05:00:00.000Z",
});

describe("table rows as JSON lines", () => {
  it("dumps a table in key order a chunk at a time (after the last key, not OFFSET) and loads it back the same", async () => {
    const rows = ["USD", "EUR", "RUB", "GBP", "KRW"].flatMap((ccy, i) =>
      Array.from({ length: 9 }, (_, d) => rate(ccy, `2026-11-${String(10 + d).padStart(2, "0")}`, `${1000 + i * 100 + d}.25`)),
    );
    await source.handle.db.insertInto("exchange_rates").values(rows).execute();
    const table = await exchangeRates();
    expect(table.primaryKey).toEqual(["ccy", "day"]);

    // 45 rows in chunks of 7: seven chunks, the last one short.
    const small = join(dir, "small.jsonl");
    const whole = join(dir, "whole.jsonl");
    const dumped = await dumpTable(source.handle.db, table, small, 7);
    expect(dumped.rows).toBe(45);
    await dumpTable(source.handle.db, table, whole, 1_000);
    expect(readFileSync(small, "utf8")).toBe(readFileSync(whole, "utf8"));
    const lines = readFileSync(small, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(45);
    expect(JSON.parse(lines[0] ?? "[]")).toEqual(table.columns.map((c) => rate("EUR", "2026-11-10", "1100.25")[c as keyof ReturnType<typeof rate>]));

    expect(await loadTable(target.handle.db, table, small)).toBe(45);
    expect(await countRows(target.handle.db, "exchange_rates")).toBe(45);
    const back = await target.handle.db.selectFrom("exchange_rates").selectAll().orderBy("ccy").orderBy("day").execute();
    const there = await source.handle.db.selectFrom("exchange_rates").selectAll().orderBy("ccy").orderBy("day").execute();
    expect(back).toEqual(there);
  });

  it("refuses a line with the wrong number of values", async () => {
    const table = await exchangeRates();
    const file = join(dir, "bad.jsonl");
    await import("node:fs/promises").then((fs) => fs.writeFile(file, '["USD","2026-12-01"]\n'));
    await expect(loadTable(target.handle.db, table, file)).rejects.toThrow(/line 1 does not have 11 values/);
  });
});
