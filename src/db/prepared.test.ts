import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/factories.js";
import { prepared, preparedByShape } from "./prepared.js";

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

  it("keeps one query per shape: filters present or not, list lengths, literals", async () => {
    let built = 0;
    const list = preparedByShape(t.db, (shape: { limit: number }, v: { slug: string | undefined; not: string[] | undefined }) => {
      built++;
      let query = t.db.selectFrom("categories").select("slug").orderBy("position").limit(shape.limit);
      if (v.slug !== undefined) query = query.where("slug", "=", v.slug);
      if (v.not) query = query.where("slug", "not in", v.not);
      return query;
    });
    expect(await list({ limit: 1 }, { slug: "sport", not: undefined })).toEqual([{ slug: "sport" }]);
    expect(await list({ limit: 1 }, { slug: "world", not: undefined })).toEqual([{ slug: "world" }]);
    expect(built).toBe(1);
    const all = (await list({ limit: 100 }, { slug: undefined, not: undefined })).map((r) => r.slug);
    expect(all.length).toBeGreaterThan(2);
    expect((await list({ limit: 100 }, { slug: undefined, not: ["world"] })).map((r) => r.slug)).toEqual(all.filter((s) => s !== "world"));
    expect((await list({ limit: 100 }, { slug: undefined, not: ["sport", "world"] })).map((r) => r.slug)).toEqual(
      all.filter((s) => s !== "world" && s !== "sport"),
    );
    expect(await list({ limit: 1 }, { slug: undefined, not: undefined })).toEqual([{ slug: all[0] }]);
    // limit 1 and 100; without and with one or two exclusions; with a slug: five shapes.
    expect(built).toBe(5);
  });
});
