import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDb, buildUser, createTestDb, testAccounts } from "../../test/factories.js";
import { EditorialService } from "../content/editorial.service.js";
import type { Editor } from "../content/editorial.js";
import type { StoryInput } from "../content/story.service.js";
import { WorkflowService } from "../content/workflow.service.js";
import type { Locale } from "../lang/locales.js";
import { type SearchRequest, type SearchResults, SearchService, type TextPart } from "./search.js";

const NOW = new Date("2026-11-25T12:00:00.000Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

const marked = (parts: TextPart[]) => parts.filter((p) => p.hit).map((p) => p.text);

describe("search", () => {
  let t: TestDb;
  let search: SearchService;
  let editor: Editor;
  const id: Record<string, number> = {};

  async function story(name: string, renditions: StoryInput["renditions"], options: { category?: string; derive?: boolean } = {}) {
    const created = await t.stories.create({ category: options.category ?? "world", tags: [], renditions, deriveCyrillic: options.derive ?? false });
    for (const a of created.articles) id[`${name}.${a.locale}`] = a.id;
  }
  const rendition = (title: string, body: string, hours: number, lead = "") => ({ title, lead, bodyHtml: `<p>${body}</p>`, publishedAt: hoursAgo(hours) });

  async function results(request: SearchRequest): Promise<SearchResults> {
    const outcome = await search.search(request);
    if (outcome.kind !== "results") throw new Error(`invalid ${outcome.field}`);
    return outcome.results;
  }
  const ids = async (q: string, locale?: Locale, extra: Partial<SearchRequest> = {}) =>
    (await results({ q, ...(locale ? { locale } : {}), ...extra })).hits.map((h) => h.id);

  beforeAll(async () => {
    t = await createTestDb(() => NOW);
    search = new SearchService(t.db, t.dialect, { timeZone: "Asia/Tashkent", candidates: 1000, now: () => NOW });
    const user = await buildUser(testAccounts(t.db), { role: "admin" });
    editor = { id: user.id, name: user.name, may: () => undefined, can: () => true };
    await story("metro", { uz: rendition("Toshkentda yangi metro bekati ochildi", "Poytaxt aholisi yangi bekatdan foydalanmoqda.", 1) }, { derive: true });
    await story("rain", { oz: rendition("Тошкент вилоятида кучли ёмғир", "Синоптиклар ёмғир давом этишини айтди.", 2) });
    await story("festival", { uz: rendition("Samarqandda musiqa festivali", "Festivalga Toshkent va Buxorodan mehmonlar keldi.", 3) }, { category: "sport" });
    await story("country", { uz: rendition("O‘zbekiston terma jamoasi g‘alaba qozondi", "Terma jamoa o‘yinni yutdi.", 4) });
    await story("news", { ru: rendition("Главные новости недели", "Обзор событий в стране и мире.", 5) });
    await story("elections", {
      en: rendition("Elections held in the region", "Voters were running to the polling stations.", 6, "Turnout was high."),
      ru: rendition("В регионе прошли выборы", "Избиратели пришли на участки.", 6),
    });
    await story("scheduled", { uz: { title: "Toshkent kelajakda", lead: "", bodyHtml: "<p>Kelajak.</p>", publishedAt: "2026-12-31T00:00:00.000Z" } });
    await story("draft", { uz: { title: "Toshkent qoralama", lead: "", bodyHtml: "<p>Qoralama.</p>", status: "draft" } });
    await story("old", { en: rendition("An election long ago", "Archive.", 24 * 40) });
  });
  afterAll(async () => t.close());

  it("finds Uzbek in either script, and the words a term starts", async () => {
    const found = await ids("toshkent");
    expect(found).toEqual(expect.arrayContaining([id["metro.uz"], id["metro.oz"], id["rain.oz"], id["festival.uz"]]));
    expect(found).toHaveLength(4);
    expect(await ids("Тошкент", "uz")).toEqual([id["metro.uz"], id["festival.uz"]]);
    expect(await ids("TOSHKENT", "oz")).toEqual(expect.arrayContaining([id["metro.oz"], id["rain.oz"]]));
    // "toshkentda" is a form of its own: it does not find the bare word.
    expect(await ids("toshkentda", "uz")).toEqual([id["metro.uz"]]);
  });

  it("ignores how the apostrophe is typed", async () => {
    for (const q of ["O'zbekiston", "Oʻzbekiston", "O‘zbekiston", "O`zbekiston", "ozbekiston", "Ўзбекистон"]) {
      expect(await ids(q, "uz")).toEqual([id["country.uz"]]);
    }
    expect(await ids("g'alaba", "uz")).toEqual([id["country.uz"]]);
  });

  it("finds Russian and English words by their stem", async () => {
    expect(await ids("новостями", "ru")).toEqual([id["news.ru"]]);
    expect(await ids("НОВОСТЬ", "ru")).toEqual([id["news.ru"]]);
    expect(await ids("выборах", "ru")).toEqual([id["elections.ru"]]);
    expect((await ids("election", "en")).sort()).toEqual([id["elections.en"], id["old.en"]].sort());
    expect(await ids("runs", "en")).toEqual([id["elections.en"]]);
    // Every term must match.
    expect(await ids("election archive", "en")).toEqual([id["old.en"]]);
  });

  it("ranks a title match above a body match", async () => {
    const found = await ids("toshkent", "uz");
    expect(found).toEqual([id["metro.uz"], id["festival.uz"]]);
    const results_ = await results({ q: "toshkent", locale: "uz" });
    expect(results_.hits[0]?.cursor.score).toBeGreaterThan(results_.hits[1]?.cursor.score ?? Infinity);
  });

  it("finds only what readers may see", async () => {
    const found = await ids("toshkent");
    expect(found).not.toContain(id["scheduled.uz"]);
    expect(found).not.toContain(id["draft.uz"]);
  });

  it("filters by category and by date (days in the site's time zone)", async () => {
    expect(await ids("toshkent", undefined, { category: "sport" })).toEqual([id["festival.uz"]]);
    expect(await ids("election", "en", { from: "2026-11-20" })).toEqual([id["elections.en"]]);
    expect(await ids("election", "en", { to: "2026-10-20" })).toEqual([id["old.en"]]);
    // Published 06:00 UTC on the 25th: 11:00 in Tashkent, the 25th there.
    expect(await ids("election", "en", { from: "2026-11-25", to: "2026-11-25" })).toEqual([id["elections.en"]]);
    expect(await ids("election", "en", { from: "2026-11-26" })).toEqual([]);
    expect(await search.search({ q: "x", category: "nope" })).toMatchObject({ kind: "invalid", field: "category" });
    expect(await search.search({ q: "x", from: "2026-02-30" })).toMatchObject({ kind: "invalid", field: "from" });
  });

  it("highlights the displayed words, not the folded ones", async () => {
    const oz = await results({ q: "toshkent", locale: "oz" });
    const rain = oz.hits.find((h) => h.id === id["rain.oz"]);
    expect(marked(rain?.titleParts ?? [])).toEqual(["Тошкент"]);
    const uz = await results({ q: "toshkent", locale: "uz" });
    const festival = uz.hits.find((h) => h.id === id["festival.uz"]);
    expect(marked(festival?.snippet ?? [])).toEqual(["Toshkent"]);
    expect((festival?.snippet ?? []).map((p) => p.text).join("")).toContain("Festivalga Toshkent va Buxorodan");
    const country = await results({ q: "ozbekiston", locale: "uz" });
    expect(marked(country.hits[0]?.titleParts ?? [])).toEqual(["O‘zbekiston"]);
    const ru = await results({ q: "новостями", locale: "ru" });
    expect(marked(ru.hits[0]?.titleParts ?? [])).toEqual(["новости"]);
  });

  it("treats hostile queries as queries", async () => {
    const hostile = [
      '"',
      "*",
      "NEAR(",
      "toshkent NEAR(",
      "-toshkent",
      "toshkent OR",
      "title:toshkent",
      "' or 1=1 --",
      "x".repeat(10_000),
      "🙂🙂",
      "\u0000\u0007\u001b[2J",
      "toshkent AND NOT",
      "^toshkent",
      "toshkent)",
    ];
    for (const q of hostile) {
      const outcome = await search.search({ q });
      expect(outcome.kind).toBe("results");
    }
    expect(await ids("title:toshkent", "uz")).toEqual([]); // "title" and "toshkent" both: no article has both
    expect(await ids("-toshkent", "uz")).toEqual([id["metro.uz"], id["festival.uz"]]);
    expect(await ids("toshkent)", "uz")).toEqual([id["metro.uz"], id["festival.uz"]]);
    expect((await results({ q: "" })).searched).toBe(false);
    expect((await results({ q: "🙂 — !!" })).hits).toEqual([]);
  });

  /**
   * What the index itself holds for a term, without the search's check of the article: the FTS5
   * table's rows (SQLite, kept by triggers), the rows of its article_search table (PostgreSQL,
   * kept by a trigger).
   */
  async function indexed(term: string): Promise<number[]> {
    const query =
      t.dialect.name === "sqlite"
        ? sql<{ id: number }>`select rowid as id from article_search where article_search match ${`"${term}"`}`
        : sql<{ id: number }>`select id from article_search where vector @@ to_tsquery('simple', ${term})`;
    return (await query.execute(t.db)).rows.map((r) => r.id);
  }

  it("keeps the index in step with edits, unpublishing and deletion", async () => {
    await story("edited", { en: rendition("Budget approved", "Parliament voted.", 7) });
    const articleId = id["edited.en"] ?? 0;
    expect(await ids("budget", "en")).toEqual([articleId]);
    const editorial = new EditorialService(t.db, t.events);
    const version = (await t.db.selectFrom("articles").select("version").where("id", "=", articleId).executeTakeFirstOrThrow()).version;
    await editorial.change(articleId, version, { title: "Spending plan approved" }, editor);
    expect(await ids("budget", "en")).toEqual([]);
    expect(await indexed("budget")).toEqual([]);
    expect(await ids("spending plans", "en")).toEqual([articleId]);

    const workflow = new WorkflowService(t.db, t.events);
    await workflow.transition(articleId, { to: "unpublished" }, editor);
    expect(await ids("spending", "en")).toEqual([]);
    expect(await indexed("spend")).toEqual([]);
    await workflow.transition(articleId, { to: "published" }, editor);
    expect(await ids("spending", "en")).toEqual([articleId]);
    expect(await indexed("spend")).toEqual([articleId]);

    await t.db
      .deleteFrom("stories")
      .where("id", "=", (await t.db.selectFrom("articles").select("story_id").where("id", "=", articleId).executeTakeFirstOrThrow()).story_id)
      .execute();
    expect(await ids("spending", "en")).toEqual([]);
    expect(await indexed("spend")).toEqual([]);
  });

  it("pages through the ranking with keyset cursors, without repeats or gaps", async () => {
    for (let i = 0; i < 7; i++) await story(`page${i}`, { en: rendition(`Harvest report ${i}`, i % 2 ? "harvest harvest harvest" : "fields", 10 + i) });
    const all = (await results({ q: "harvest", locale: "en", pageSize: 100 })).hits.map((h) => h.id);
    expect(all).toHaveLength(7);
    const seen: number[] = [];
    let page = await results({ q: "harvest", locale: "en", pageSize: 3 });
    const pages = [page];
    seen.push(...page.hits.map((h) => h.id));
    while (page.next) {
      page = await results({ q: "harvest", locale: "en", pageSize: 3, position: page.next });
      pages.push(page);
      seen.push(...page.hits.map((h) => h.id));
    }
    expect(seen).toEqual(all);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    // Back from the last page, by the "previous" cursor.
    const back = await results({ q: "harvest", locale: "en", pageSize: 3, position: pages[2]?.previous ?? { page: 1 } });
    expect(back.hits.map((h) => h.id)).toEqual(pages[1]?.hits.map((h) => h.id));
    expect(back.page).toBe(2);
    // A bare page number works too.
    expect((await results({ q: "harvest", locale: "en", pageSize: 3, position: { page: 3 } })).hits.map((h) => h.id)).toEqual(all.slice(6));
  });
});
