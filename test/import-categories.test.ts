/**
 * An import's categories meet the site's by name: a WordPress category named as an existing
 * section (its slug differs) goes into that section instead of making a second one of the same
 * name in the menu. SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportRepository } from "../src/content/import.repository.js";
import { type TestApp, createTestApp } from "./app.js";
import { FIXTURES, wordpress } from "./import-run.js";

describe("xabar import wordpress: categories", () => {
  let x: TestApp;
  let society: number;

  beforeAll(async () => {
    x = await createTestApp();
    // The site's section, named by an editor in Uzbek only, in capitals; the export calls it "jamiyat", "Jamiyat".
    society = await new ImportRepository(x.db).createCategory("society", { uz: "JAMIYAT" });
    await wordpress(x, `${FIXTURES}/polylang.xml`);
  });
  afterAll(async () => {
    await x.close();
  });

  it("puts a story whose category has an existing section's name into that section", async () => {
    const rows = await x.db
      .selectFrom("stories as s")
      .innerJoin("categories as c", "c.id", "s.category_id")
      .innerJoin("articles as a", "a.story_id", "s.id")
      .select(["c.slug", "a.slug as article"])
      .where("a.slug", "=", "toshkent-metrosida-yangi-bekat")
      .execute();
    expect(rows.map((r) => r.slug)).toEqual(["society"]);
    const slugs = await x.db.selectFrom("categories").select("slug").orderBy("slug").execute();
    expect(slugs.map((r) => r.slug)).not.toContain("jamiyat");
  });

  it("names the section in the locales it had no name in, and keeps the editor's", async () => {
    const names = await x.db.selectFrom("category_names").select(["locale", "name"]).where("category_id", "=", society).orderBy("locale").execute();
    expect(names).toEqual([
      { locale: "en", name: "Society" },
      { locale: "oz", name: "Жамият" },
      { locale: "ru", name: "Общество" },
      { locale: "uz", name: "JAMIYAT" },
    ]);
  });

  it("finds a name in either script and without apostrophes, never in another locale", async () => {
    const repo = new ImportRepository(x.db);
    expect(await repo.categoryByName({ oz: "жамият" })).toBe(society);
    expect(await repo.categoryByName({ uz: "Jamiyat " })).toBe(society);
    expect(await repo.categoryByName({ ru: "Jamiyat" })).toBeUndefined();
    expect(await repo.categoryByName({ uz: "" })).toBeUndefined();
  });
});
