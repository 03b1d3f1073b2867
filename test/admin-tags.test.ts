/**
 * Naming a tag per locale through the admin API (editors): a tag typed in one language gets its
 * names in the others, and the pages that show it change at once. On SQLite and PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import { codeOf } from "./admin-client.js";
import { useNewsroom } from "./admin-newsroom.js";

const room = useNewsroom();
const call: typeof room.call = (...args) => room.call(...args);

describe("a tag's names", () => {
  it("are given by an editor per locale, and the tag's pages show them at once", async () => {
    const created = await call(room.clients.editor, "POST", "/api/admin/stories", {
      category: "world",
      tags: ["Chilonzor"],
      renditions: { ru: { title: "Новая станция", body: "<p>Станция открыта.</p>" } },
    });
    const ru = created.json<{ articles: Array<{ id: number }> }>().articles[0]?.id ?? 0;
    expect((await call(room.clients.editor, "POST", `/api/admin/articles/${ru}/transitions`, { to: "published" })).statusCode).toBe(200);
    await room.x.settled();
    const before = await room.x.app.inject({ url: "/ru/tag/chilonzor" });
    expect([before.statusCode, before.body.includes("Chilonzor")]).toEqual([200, true]);
    const apiName = async () =>
      (await room.x.app.inject({ url: "/api/v1/tags?locale=ru&limit=100" }))
        .json<{ tags: Array<{ slug: string; name: string }> }>()
        .tags.find((t) => t.slug === "chilonzor")?.name;
    expect(await apiName()).toBe("Chilonzor");

    const renamed = await call(room.clients.editor, "PATCH", "/api/admin/tags/chilonzor", { names: { ru: " Чиланзар ", en: "Chilanzar" } });
    expect([renamed.statusCode, renamed.json<{ tag: object }>().tag]).toEqual([
      200,
      { slug: "chilonzor", names: { uz: "Chilonzor", oz: "Чилонзор", ru: "Чиланзар", en: "Chilanzar" } },
    ]);
    const after = await room.x.app.inject({ url: "/ru/tag/chilonzor" });
    expect([after.headers["x-cache"], after.body.includes("Чиланзар")]).toEqual(["MISS", true]);
    // The public API's list of tags (cached until now) names it anew too.
    expect(await apiName()).toBe("Чиланзар");
    // The editor of the article shows the tag by its Russian name now.
    const article = (await call(room.clients.editor, "GET", `/api/admin/articles/${ru}`)).json<{ article: { tagNames: string[] } }>().article;
    expect(article.tagNames).toEqual(["Чиланзар"]);

    // A name cleared falls back to the Uzbek one (the Cyrillic transliterated); the Uzbek one stays.
    const cleared = await call(room.clients.editor, "PATCH", "/api/admin/tags/chilonzor", { names: { en: null, oz: null } });
    expect(cleared.json<{ tag: { names: object } }>().tag.names).toEqual({ uz: "Chilonzor", oz: "Чилонзор", ru: "Чиланзар", en: "Chilonzor" });
    const base = await call(room.clients.editor, "PATCH", "/api/admin/tags/chilonzor", { names: { uz: null } });
    expect([base.statusCode, codeOf(base), (await room.x.app.inject({ url: "/en/tag/chilonzor" })).body.includes("#Chilonzor")]).toEqual([
      400,
      "XABAR_INVALID",
      true,
    ]);
  });

  it("keep the order they were typed in, new and known ones alike, in the editor, the page and the API", async () => {
    const created = await call(room.clients.editor, "POST", "/api/admin/stories", {
      category: "world",
      tags: ["Yunusobod", "Chilonzor", "Avtobus"],
      renditions: { ru: { title: "Новый маршрут", body: "<p>Маршрут открыт.</p>" } },
    });
    const ru = created.json<{ articles: Array<{ id: number }> }>().articles[0]?.id ?? 0;
    const inEditor = async () =>
      (await call(room.clients.editor, "GET", `/api/admin/articles/${ru}`)).json<{ article: { tagNames: string[]; version: number } }>().article;
    expect((await inEditor()).tagNames).toEqual(["Yunusobod", "Чиланзар", "Avtobus"]);
    const retagged = await call(
      room.clients.editor,
      "PATCH",
      `/api/admin/articles/${ru}`,
      { tags: ["Avtobus", "Yunusobod"] },
      { "if-match": `"${(await inEditor()).version}"` },
    );
    expect(retagged.statusCode).toBe(200);
    expect((await inEditor()).tagNames).toEqual(["Avtobus", "Yunusobod"]);
    expect((await call(room.clients.editor, "POST", `/api/admin/articles/${ru}/transitions`, { to: "published" })).statusCode).toBe(200);
    await room.x.settled();
    const api = (await room.x.app.inject({ url: `/api/v1/articles/${ru}` })).json<{ tags: Array<{ slug: string }>; url: string }>();
    expect(api.tags.map((tag) => tag.slug)).toEqual(["avtobus", "yunusobod"]);
    const page = await room.x.app.inject({ url: new URL(api.url).pathname });
    expect([...page.body.matchAll(/href="\/ru\/tag\/([a-z-]+)"/g)].map((m) => m[1])).toEqual(["avtobus", "yunusobod"]);
  });

  it("are the editors' to give: an author is refused, an unknown tag is 404, a bad name 400", async () => {
    const answers = [
      await call(room.clients.author, "PATCH", "/api/admin/tags/chilonzor", { names: { ru: "Чиланзар" } }),
      await call(room.clients.editor, "PATCH", "/api/admin/tags/no-such-tag-2099", { names: { ru: "Нет" } }),
      await call(room.clients.editor, "PATCH", "/api/admin/tags/chilonzor", { names: { ru: " ", fr: "Chilanzar" } }),
    ];
    expect(answers.map((a) => [a.statusCode, codeOf(a)])).toEqual([
      [403, "XABAR_FORBIDDEN"],
      [404, "XABAR_NOT_FOUND"],
      [400, "XABAR_INVALID"],
    ]);
  });
});
