import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { buildStory, createTestDb, type TestDb } from "../../test/factories.js";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.close();
});

describe("StoryService.create", () => {
  it("stores sanitized renditions and derives Uzbek Cyrillic from Latin", async () => {
    const { ids } = await buildStory(t, {
      locales: ["uz", "ru"],
      title: "Oʻzbekiston yoshlari",
      body: '<p onclick="x()">Yangi <b>gʻalaba</b><script>alert(1)</script> <a href="javascript:alert(1)">havola</a></p>',
    });
    const rows = await t.db.selectFrom("articles").selectAll().orderBy("id").execute();
    expect(rows.map((r) => r.locale)).toEqual(["uz", "ru", "oz"]);
    const uz = rows.find((r) => r.locale === "uz");
    const oz = rows.find((r) => r.locale === "oz");
    expect(uz?.body_html).toBe('<p>Yangi <b>gʻalaba</b> <a rel="noopener nofollow">havola</a></p>');
    expect(uz?.slug).toBe("ozbekiston-yoshlari-uz");
    expect(oz?.title).toBe("Ўзбекистон ёшлари уз");
    expect(oz?.body_html).toBe('<p>Янги <b>ғалаба</b> <a rel="noopener nofollow">ҳавола</a></p>');
    expect(oz?.slug).toBe(uz?.slug);
    expect(oz?.derived_from).toBe(ids.uz);
    expect(oz?.search_text).toBe(uz?.search_text);
  });

  it("rejects bad input with a code and writes nothing", async () => {
    const attempts: unknown[] = [
      { category: "world", renditions: {} },
      { category: "nope", renditions: { en: { title: "A", bodyHtml: "<p>x</p>" } } },
      { category: "world", tags: ["unknown"], renditions: { en: { title: "A", bodyHtml: "<p>x</p>" } } },
      { category: "world", renditions: { en: { title: "", bodyHtml: "<p>x</p>" } } },
      { category: "world", renditions: { xx: { title: "A", bodyHtml: "" } } },
      "not an object",
    ];
    for (const input of attempts) {
      await expect(t.stories.create(input)).rejects.toBeInstanceOf(AppError);
    }
    const counts = await Promise.all(
      ["stories", "articles", "story_tags", "article_stats"].map((table) =>
        t.db
          .selectFrom(table as "stories")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow(),
      ),
    );
    expect(counts.map((c) => Number(c.n))).toEqual([0, 0, 0, 0]);
  });
});
