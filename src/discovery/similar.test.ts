import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStory, createTestDb, type TestDb } from "../../test/factories.js";
import { isIndexTerm, recomputeSimilar, similarFor } from "./similar.js";

const NOW = new Date("2026-11-25T12:00:00.000Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

const FOOTBALL_EN = [
  {
    title: "National football team wins the Asian Cup qualifier",
    body: "<p>The national football team beat Iran two to one in the Asian Cup qualifier at Bunyodkor stadium. The coach praised the midfield and the goalkeeper.</p>",
  },
  {
    title: "Football federation names a new national team coach",
    body: "<p>The football federation appointed a new head coach of the national team before the Asian Cup. The goalkeeper and the midfield stay.</p>",
  },
  {
    title: "Pakhtakor football club signs a goalkeeper",
    body: "<p>Pakhtakor signed a goalkeeper from the national football team ahead of the Asian Champions League; the coach wanted a stronger defence.</p>",
  },
];

const UNRELATED_EN = [
  {
    category: "economy",
    title: "Central bank keeps the refinancing rate unchanged",
    body: "<p>The central bank left its refinancing rate unchanged as inflation slowed; loans and deposits in banks grew.</p>",
  },
  {
    category: "world",
    title: "Parliament approves budget for new schools",
    body: "<p>Parliament approved spending on schools, teachers and textbooks in the regions next year.</p>",
  },
];

function isSubsetOf(ids: number[], allowed: Set<number>): boolean {
  return ids.every((id) => allowed.has(id));
}

describe("recomputeSimilar", () => {
  let t: TestDb;
  const football: number[] = [];
  const unrelated: number[] = [];
  /** The uz and oz renditions of a story whose English body matches the football stories exactly. */
  let otherLocaleFootball: { storyId: number; uz: number; oz: number; en: number };
  let draftFootball: number;
  let futureFootball: number;
  let zoo: number;
  const uzFootball: Array<{ uz: number; oz: number }> = [];
  let ozBank: number;

  beforeAll(async () => {
    t = await createTestDb(() => NOW);
    for (const [i, s] of FOOTBALL_EN.entries()) {
      const { ids } = await buildStory(t, { ...s, category: "sport", tags: ["football"], locales: ["en"], publishedAt: hoursAgo(i + 1) });
      football.push(ids.en ?? 0);
    }
    for (const [i, s] of UNRELATED_EN.entries()) {
      const { ids } = await buildStory(t, { ...s, locales: ["en"], publishedAt: hoursAgo(i + 1) });
      unrelated.push(ids.en ?? 0);
    }
    // uz + en (+ derived oz) of one story, all with the English football body.
    const multi = await buildStory(t, {
      title: "Asian Cup: the national football team and its coach",
      body: FOOTBALL_EN[0]?.body ?? "",
      category: "sport",
      tags: ["football"],
      publishedAt: hoursAgo(2),
    });
    otherLocaleFootball = { storyId: multi.storyId, uz: multi.ids.uz ?? 0, oz: multi.ids.oz ?? 0, en: multi.ids.en ?? 0 };

    const draft = await t.stories.create({
      category: "sport",
      tags: ["football"],
      renditions: { en: { title: "Draft: national football team coach", bodyHtml: FOOTBALL_EN[1]?.body ?? "", status: "draft" } },
    });
    draftFootball = draft.articles[0]?.id ?? 0;
    const future = await buildStory(t, {
      title: "Tomorrow: national football team and the Asian Cup goalkeeper",
      body: FOOTBALL_EN[0]?.body ?? "",
      category: "sport",
      tags: ["football"],
      locales: ["en"],
      publishedAt: new Date(NOW.getTime() + 86_400_000),
    });
    futureFootball = future.ids.en ?? 0;
    // Shares only the factory's boilerplate lead word with everything else.
    const lonely = await buildStory(t, {
      title: "Giraffe born in zoo",
      body: "<p>A giraffe calf was born at the zoo.</p>",
      locales: ["en"],
      publishedAt: hoursAgo(3),
    });
    zoo = lonely.ids.en ?? 0;

    // Uzbek Latin stories; their Cyrillic renditions are derived by the story service.
    for (const s of [
      {
        title: "Oʻzbekiston terma jamoasi futbol boʻyicha Osiyo kubogida gʻalaba qozondi",
        body: "<p>Futbol boʻyicha milliy terma jamoa Eron jamoasini magʻlub etdi. Bosh murabbiy darvozabon va yarim himoyani maqtadi.</p>",
      },
      {
        title: "Futbol federatsiyasi terma jamoaga yangi murabbiy tayinladi",
        body: "<p>Futbol federatsiyasi milliy terma jamoa uchun yangi bosh murabbiyni tayinladi. Darvozabon oʻz joyida qoladi.</p>",
      },
    ]) {
      const { ids } = await buildStory(t, { ...s, category: "sport", tags: ["football"], locales: ["uz"], publishedAt: hoursAgo(4) });
      uzFootball.push({ uz: ids.uz ?? 0, oz: ids.oz ?? 0 });
    }
    const bank = await buildStory(t, {
      title: "Markaziy bank qayta moliyalash stavkasini oʻzgartirmadi",
      body: "<p>Markaziy bank inflyatsiya sekinlashgani sababli stavkani oʻzgartirmadi; kreditlar va omonatlar oʻsdi.</p>",
      category: "economy",
      locales: ["uz"],
      publishedAt: hoursAgo(4),
    });
    ozBank = bank.ids.oz ?? 0;

    await recomputeSimilar(t.db, { now: NOW });
  });

  afterAll(async () => {
    await t.close();
  });

  it("ranks stories about football above unrelated ones", async () => {
    const [first, ...rest] = football;
    const list = await similarFor(t.db, first ?? 0);
    expect(list.length).toBeGreaterThanOrEqual(rest.length);
    const footballRanks = rest.map((id) => list.indexOf(id));
    expect(footballRanks.every((rank) => rank >= 0)).toBe(true);
    // No unrelated story stands anywhere above the last football story.
    const throughLastFootball = list.slice(0, Math.max(...footballRanks) + 1);
    expect(throughLastFootball.length).toBeGreaterThanOrEqual(rest.length);
    expect(throughLastFootball.filter((id) => unrelated.includes(id))).toEqual([]);
  });

  it("never lists the article itself or another rendition of its story, nor a story twice", async () => {
    const enList = await similarFor(t.db, otherLocaleFootball.en);
    expect(enList.length).toBeGreaterThan(0);
    for (const id of [otherLocaleFootball.en, otherLocaleFootball.uz, otherLocaleFootball.oz]) expect(enList).not.toContain(id);
    for (const id of [...football, ...unrelated, zoo]) expect(await similarFor(t.db, id)).not.toContain(id);
    const stories = await t.db.selectFrom("articles").select("story_id").where("id", "in", enList).execute();
    expect(new Set(stories.map((s) => s.story_id)).size).toBe(enList.length);
  });

  it("stays within the article's locale", async () => {
    const enArticles = await t.db.selectFrom("articles").select("id").where("locale", "=", "en").execute();
    const en = new Set(enArticles.map((a) => a.id));
    for (const id of football) expect(isSubsetOf(await similarFor(t.db, id), en)).toBe(true);
    // The uz rendition has the very same body as the English football stories, yet finds none of them.
    const uzList = await similarFor(t.db, otherLocaleFootball.uz);
    for (const id of football) expect(uzList).not.toContain(id);
  });

  it("never lists drafts or articles published in the future, and gives them no list", async () => {
    for (const id of [...football, otherLocaleFootball.en]) {
      const list = await similarFor(t.db, id);
      expect(list).not.toContain(draftFootball);
      expect(list).not.toContain(futureFootball);
    }
    expect(await similarFor(t.db, draftFootball)).toEqual([]);
    expect(await similarFor(t.db, futureFootball)).toEqual([]);
  });

  it("leaves the list short when nothing is related", async () => {
    expect(await similarFor(t.db, zoo)).toEqual([]);
  });

  it("finds the Cyrillic renditions of related Latin stories for a derived Cyrillic article", async () => {
    const [first, second] = uzFootball;
    expect([typeof second?.oz, typeof second?.uz, ozBank > 0]).toEqual(["number", "number", true]);
    const derived = await t.db
      .selectFrom("articles")
      .select(["locale", "derived_from"])
      .where("id", "=", first?.oz ?? 0)
      .executeTakeFirstOrThrow();
    expect(derived).toEqual({ locale: "oz", derived_from: first?.uz });
    const list = await similarFor(t.db, first?.oz ?? 0);
    expect(list[0]).toBe(second?.oz);
    expect(list).not.toContain(second?.uz);
    // Of the football story and the bank story, the football one ranks higher (the bank may be left out).
    expect(list.filter((id) => id === second?.oz || id === ozBank)[0]).toBe(second?.oz);
    const uzList = await similarFor(t.db, first?.uz ?? 0);
    expect(uzList[0]).toBe(second?.uz);
  });
});

describe("recomputeSimilar limits and replacement", () => {
  let t: TestDb;
  const ids: number[] = [];

  beforeAll(async () => {
    t = await createTestDb(() => NOW);
    for (let i = 0; i < 9; i++) {
      const { ids: created } = await buildStory(t, {
        title: `Football round ${i}: national team and coach`,
        body: "<p>The national football team trained with the coach and the goalkeeper before the Asian Cup match.</p>",
        category: "sport",
        tags: ["football"],
        locales: ["en"],
        publishedAt: hoursAgo(i),
      });
      ids.push(created.en ?? 0);
    }
  });

  afterAll(async () => {
    await t.close();
  });

  const rowsOf = (id: number) => t.db.selectFrom("similar_articles").select(["rank", "similar_id"]).where("article_id", "=", id).orderBy("rank").execute();

  it("keeps at most 6 by default, ranked 1..N", async () => {
    await recomputeSimilar(t.db, { now: NOW });
    for (const id of ids) {
      const rows = await rowsOf(id);
      expect(rows).toHaveLength(6);
      expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    }
  });

  it("replaces the previous rows of the recomputed articles only", async () => {
    const [a, b] = ids;
    await recomputeSimilar(t.db, { now: NOW });
    const before = await similarFor(t.db, b ?? 0);
    await recomputeSimilar(t.db, { now: NOW, articleIds: [a ?? 0], limit: 2 });
    expect(await rowsOf(a ?? 0)).toHaveLength(2);
    expect(await similarFor(t.db, b ?? 0)).toEqual(before);
  });

  it("drops articles that are no longer published, on their own list and on others' lists", async () => {
    const [a, b] = ids;
    await recomputeSimilar(t.db, { now: NOW });
    expect(await similarFor(t.db, b ?? 0)).toContain(a);
    await t.db
      .updateTable("articles")
      .set({ status: "draft" })
      .where("id", "=", a ?? 0)
      .execute();
    await recomputeSimilar(t.db, { now: NOW, articleIds: [a ?? 0] });
    expect(await similarFor(t.db, a ?? 0)).toEqual([]);
    await recomputeSimilar(t.db, { now: NOW });
    for (const id of ids) expect(await similarFor(t.db, id)).not.toContain(a);
  });

  it("with neighbours, reaches the lists a change touches: a new article enters its candidates' lists, a withdrawn one leaves them", async () => {
    await recomputeSimilar(t.db, { now: NOW });
    const { ids: created } = await buildStory(t, {
      title: "Football round 10: national team and coach",
      body: "<p>The national football team trained with the coach and the goalkeeper before the Asian Cup match.</p>",
      category: "sport",
      tags: ["football"],
      locales: ["en"],
      publishedAt: hoursAgo(0.5),
    });
    const fresh = created.en ?? 0;
    const naming = async () => (await t.db.selectFrom("similar_articles").select("article_id").where("similar_id", "=", fresh).execute()).length;
    expect(await naming()).toBe(0);
    const recomputed = await recomputeSimilar(t.db, { now: NOW, articleIds: [fresh], neighbours: 60 });
    expect(recomputed).toEqual(expect.arrayContaining([fresh, ...ids.slice(1)]));
    // The same lists a full recompute makes: the pass reached every list the article entered.
    const all = () => t.db.selectFrom("similar_articles").select(["article_id", "rank", "similar_id"]).orderBy("article_id").orderBy("rank").execute();
    const afterPass = await all();
    await recomputeSimilar(t.db, { now: NOW });
    expect([(await naming()) > 0, afterPass]).toEqual([true, await all()]);

    await t.db.updateTable("articles").set({ status: "unpublished" }).where("id", "=", fresh).execute();
    await recomputeSimilar(t.db, { now: NOW, articleIds: [fresh], neighbours: 60 });
    const afterWithdrawal = await all();
    await recomputeSimilar(t.db, { now: NOW });
    expect([await naming(), afterWithdrawal]).toEqual([0, await all()]);
  });

  it("rejects a limit that is not a positive integer", async () => {
    await expect(recomputeSimilar(t.db, { now: NOW, limit: 0 })).rejects.toMatchObject({ code: "XABAR_BAD_REQUEST" });
  });
});

describe("isIndexTerm", () => {
  it("drops short tokens, bare numbers and the locale's stop words, in their folded form", async () => {
    const { STOP_WORDS } = await import("./stop-words.js");
    const { searchKey } = await import("../lang/search-key.js");
    expect(isIndexTerm("futbol", STOP_WORDS.uz)).toBe(true);
    expect(isIndexTerm("va", STOP_WORDS.uz)).toBe(false);
    expect(isIndexTerm("2026", STOP_WORDS.en)).toBe(false);
    expect(isIndexTerm(searchKey("boʻyicha"), STOP_WORDS.uz)).toBe(false);
    expect(isIndexTerm(searchKey("бўйича"), STOP_WORDS.oz)).toBe(false);
    expect(isIndexTerm(searchKey("для"), STOP_WORDS.ru)).toBe(false);
    expect(isIndexTerm(searchKey("футбол"), STOP_WORDS.ru)).toBe(true);
    expect(isIndexTerm("the", STOP_WORDS.en)).toBe(false);
  });
});

describe("the corpus window", () => {
  it("compares only the newest articles of a locale and leaves older lists alone", async () => {
    const t = await createTestDb();
    try {
      const ids: number[] = [];
      for (let i = 0; i < 5; i++) {
        const story = await buildStory(t, {
          locales: ["en"],
          title: `Football final report ${i}`,
          body: "<p>football final goals stadium fans</p>",
          publishedAt: new Date(Date.now() - (5 - i) * 3_600_000),
        });
        ids.push(story.ids.en ?? 0);
      }
      await recomputeSimilar(t.db);
      const oldest = ids[0] ?? 0;
      const before = await similarFor(t.db, oldest);
      expect(before.length).toBeGreaterThan(0);
      await recomputeSimilar(t.db, { window: 3 });
      const newest = ids.slice(2);
      for (const id of newest) {
        const list = await similarFor(t.db, id);
        expect(list.every((similar) => newest.includes(similar))).toBe(true);
      }
      expect(await similarFor(t.db, oldest)).toEqual(before);
    } finally {
      await t.close();
    }
  });
});
