import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStory, createTestDb, type TestDb } from "../../test/factories.js";
import { SimilarRepository } from "./similar.repository.js";

let t: TestDb;
const NOW = new Date("2026-12-01T12:00:00Z");

beforeAll(async () => {
  t = await createTestDb(() => NOW);
  // Eleven English articles, four of them published at the same instant (a page may end inside a tie).
  for (let i = 0; i < 11; i++) {
    const hours = i < 4 ? 5 : i;
    await buildStory(t, { locales: ["en"], publishedAt: new Date(NOW.getTime() - hours * 3_600_000) });
  }
  await buildStory(t, { locales: ["en"], publishedAt: new Date(NOW.getTime() + 3_600_000) });
});

afterAll(async () => {
  await t.close();
});

describe("the similarity corpus", () => {
  it("reads in pages the very rows one statement reads, however the pages fall", async () => {
    const repo = new SimilarRepository(t.db);
    const whole = await repo.corpus(NOW, "en", 100, 1_000);
    expect(whole).toHaveLength(11);
    for (const page of [1, 2, 3, 4, 5, 11]) expect(await repo.corpus(NOW, "en", 100, page)).toEqual(whole);
  });

  it("keeps to the window: the newest articles, in pages too", async () => {
    const repo = new SimilarRepository(t.db);
    const newest = await repo.corpus(NOW, "en", 6, 1_000);
    expect(newest).toHaveLength(6);
    for (const page of [1, 4, 5]) expect(await repo.corpus(NOW, "en", 6, page)).toEqual(newest);
    const all = await repo.corpus(NOW, "en", 100, 1_000);
    const cut = [...all].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id).slice(0, 6);
    expect(newest.map((r) => r.id)).toEqual(cut.map((r) => r.id).sort((a, b) => a - b));
  });
});
