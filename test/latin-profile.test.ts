/**
 * TRANSLIT_PROFILE=reform: uz pages are shown in the reform alphabet, while the archive (and the
 * uz-Cyrl pages derived from it) stay as stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";

let x: TestApp;
let ids: Record<string, number | undefined>;

beforeAll(async () => {
  x = await createTestApp({ TRANSLIT_PROFILE: "reform" });
  ({ ids } = await buildStory(x, {
    locales: ["uz", "ru", "en"],
    title: "Oʻzbekiston shaharlarida choy festivali",
    body: "<p>Shahar markazida gʻalaba qozongan choyxona taqdirlandi.</p>",
    category: "sport",
    publishedAt: new Date(Date.now() - 3_600_000),
  }));
});

afterAll(async () => {
  await x.close();
});

describe("the reform profile on the site", () => {
  it("shows uz pages in the reform alphabet: text, title and UI", async () => {
    const moved = await x.app.inject({ url: `/uz/sport/${ids.uz}-x` });
    const page = await x.app.inject({ url: String(moved.headers.location) });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Õzbekiston şaharlarida çoy festivali");
    expect(page.body).toContain("Şahar markazida ğalaba qozongan çoyxona taqdirlandi.");
    expect(page.body).toContain("<h1>Õzbekiston şaharlarida çoy festivali");
    expect(page.body).toContain('<meta property="og:title" content="Õzbekiston şaharlarida çoy festivali');
    expect(page.body).toContain("Asosiy matnga õtiş");
    // URLs keep the archive's slug; structured data keeps the archive's spelling.
    expect(page.body).toContain(`<meta property="og:url" content="http://localhost:3000/uz/sport/${ids.uz}-ozbekiston-shaharlarida-choy-festivali`);
    expect(page.body).toContain('"headline":"Oʻzbekiston shaharlarida choy festivali');
  });
  it("keeps the archive, the URLs and the Cyrillic pages as they are", async () => {
    const row = await x.db
      .selectFrom("articles")
      .select(["title", "slug"])
      .where("id", "=", ids.uz ?? 0)
      .executeTakeFirstOrThrow();
    expect(row.title).toMatch(/^Oʻzbekiston shaharlarida choy festivali/);
    expect(row.slug).toMatch(/^ozbekiston-shaharlarida-choy-festivali/);
    const home = await x.app.inject({ url: "/oz/" });
    expect(home.body).toContain("Ўзбекистон шаҳарларида чой фестивали");
    expect(home.body).not.toMatch(/[ÕŞÇĞõşçğ]/);
  });
});
