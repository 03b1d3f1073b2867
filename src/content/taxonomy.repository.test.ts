/** Tags as the editor sees and sends them: by name in the article's language, new ones named in it; bylines' names from a user's. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStory, createTestDb, type TestDb } from "../../test/factories.js";
import { TaxonomyRepository, bylineNamesFrom } from "./taxonomy.repository.js";

let t: TestDb;
let repo: TaxonomyRepository;
beforeAll(async () => {
  t = await createTestDb();
  repo = new TaxonomyRepository(t.db);
});
afterAll(async () => {
  await t.close();
});

const namesOf = async (slug: string) =>
  Object.entries((await repo.tag(slug))?.names ?? {})
    .map(([locale, name]) => `${locale} ${name}`)
    .sort();

describe("a story's tags in the newsroom", () => {
  it("are named in the article's language, and those names find the same tags again", async () => {
    await repo.upsertTag("metro", { uz: "Metro", oz: "Метро", ru: "Метрополитен", en: "Underground" });
    const { storyId } = await buildStory(t, { locales: ["oz", "ru"], tags: ["metro"] });
    const [oz, ru] = [await repo.tagNames(storyId, "oz"), await repo.tagNames(storyId, "ru")];
    expect([oz, ru]).toEqual([["Метро"], ["Метрополитен"]]);
    const before = await t.db
      .selectFrom("tags")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    // What the Russian editor shows comes back as the same tag (slugifying it made a new "metropoliten").
    const again = await repo.ensureTags(ru, "ru");
    const after = await t.db
      .selectFrom("tags")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect([again.slugs, Number(after.n) - Number(before.n)]).toEqual([["metro"], 0]);
  });

  it("makes a new tag named as written in its language, the other Uzbek script transliterated", async () => {
    const made = await repo.ensureTags(["Сув таъминоти"], "oz");
    expect(made.slugs).toEqual(["suv-taminoti"]);
    expect(await namesOf("suv-taminoti")).toEqual(["en Сув таъминоти", "oz Сув таъминоти", "ru Сув таъминоти", "uz Suv taʼminoti"]);
    await repo.ensureTags(["Chorsu bozori"], "uz");
    expect(await namesOf("chorsu-bozori")).toEqual(["en Chorsu bozori", "oz Чорсу бозори", "ru Chorsu bozori", "uz Chorsu bozori"]);
  });
});

describe("a byline's names from the name a user goes by", () => {
  it.each([
    ["Shahzod Yoʻldoshev", { uz: "Shahzod Yoʻldoshev", oz: "Шаҳзод Йўлдошев", ru: "Shahzod Yoʻldoshev", en: "Shahzod Yoʻldoshev" }],
    // English names are not spelt letter by letter in Cyrillic ("Жоҳн Смитҳ").
    ["John Smith", { uz: "John Smith", oz: "John Smith", ru: "John Smith", en: "John Smith" }],
    // Typed in Cyrillic: the Latin pages get it transliterated.
    ["Мария Иванова", { uz: "Mariya Ivanova", oz: "Мария Иванова", ru: "Мария Иванова", en: "Mariya Ivanova" }],
    ["Шаҳзод Йўлдошев", { uz: "Shahzod Yoʻldoshev", oz: "Шаҳзод Йўлдошев", ru: "Шаҳзод Йўлдошев", en: "Shahzod Yoʻldoshev" }],
  ])("%s", (name, names) => {
    expect(bylineNamesFrom(name)).toEqual(names);
  });
});
