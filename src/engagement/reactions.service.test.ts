import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStory, createTestDb, type TestDb } from "../../test/factories.js";
import { emptyCounts } from "./reactions.js";
import { ReactionService } from "./reactions.service.js";

let t: TestDb;
let reactions: ReactionService;
let articleId: number;
beforeAll(async () => {
  t = await createTestDb();
  reactions = new ReactionService(t.db, () => new Date("2026-11-25T10:00:00Z"));
  articleId = (await buildStory(t, { locales: ["en"] })).ids.en ?? 0;
});
afterAll(async () => {
  await t.close();
});

describe("ReactionService.toggle", () => {
  it("sets a reaction, changes it, and removes it when the same one is pressed again", async () => {
    expect(await reactions.toggle(articleId, "alice", "like")).toBe("like");
    expect(await reactions.mine(articleId, "alice")).toBe("like");
    expect(await reactions.toggle(articleId, "alice", "sad")).toBe("sad");
    expect(await reactions.counts(articleId)).toEqual({ ...emptyCounts(), sad: 1 });
    expect(await reactions.toggle(articleId, "alice", "sad")).toBeNull();
    expect(await reactions.mine(articleId, "alice")).toBeNull();
    expect(await reactions.counts(articleId)).toEqual(emptyCounts());
  });

  it("counts each visitor's reaction once", async () => {
    await reactions.toggle(articleId, "bob", "love");
    await reactions.toggle(articleId, "carol", "love");
    await reactions.toggle(articleId, "dave", "angry");
    expect(await reactions.counts(articleId)).toEqual({ ...emptyCounts(), love: 2, angry: 1 });
    const votes = await t.db.selectFrom("reaction_votes").select(["visitor", "updated_at"]).where("visitor", "=", "bob").execute();
    expect(votes).toEqual([{ visitor: "bob", updated_at: "2026-11-25T10:00:00.000Z" }]);
  });
});
