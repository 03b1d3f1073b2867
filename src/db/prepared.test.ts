import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/factories.js";
import { prepared } from "./prepared.js";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

describe("prepared", () => {
  it("compiles once and runs with each call's values", async () => {
    const bySlug = prepared(t.db, (slug: string, limit: number) =>
      t.db.selectFrom("categories").select(["slug", "position"]).where("slug", "=", slug).where("position", ">", 0).limit(limit),
    );
    expect(await bySlug("world", 5)).toEqual([{ slug: "world", position: 1 }]);
    expect(await bySlug("sport", 5)).toEqual([{ slug: "sport", position: 2 }]);
    expect(await bySlug("sport", 0)).toEqual([]);
    expect(await bySlug("nope", 5)).toEqual([]);
  });

  it("refuses a builder that drops or repeats an argument", async () => {
    const dropped = prepared(t.db, (_slug: string) => t.db.selectFrom("categories").select("slug"));
    await expect(dropped("world")).rejects.toThrow(/exactly one parameter/);
    const repeated = prepared(t.db, (slug: string) => t.db.selectFrom("categories").select("slug").where("slug", "=", slug).where("slug", "!=", `${slug}`));
    await expect(repeated("world")).rejects.toThrow(/exactly one parameter/);
  });
});
