/**
 * A move through the workflow at the version the editor saw (If-Match): publishing text someone
 * else saved meanwhile, unseen, is a 409 that moves nothing. A published article changes by a
 * deliberate save only: an autosave of half-typed text is refused. On SQLite and PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import { codeOf } from "./admin-client.js";
import { useNewsroom } from "./admin-newsroom.js";

const room = useNewsroom();
const call: typeof room.call = (...args) => room.call(...args);

interface Article {
  status: string;
  version: number;
  lead: string;
}
const articleOf = async (id: number) => (await call(room.clients.editor, "GET", `/api/admin/articles/${id}`)).json<{ article: Article }>().article;

describe("a move at the version the editor saw", () => {
  it("is refused (409, the current version) when someone saved since, and goes ahead at the current one", async () => {
    const created = await call(room.clients.editor, "POST", "/api/admin/stories", {
      category: "world",
      renditions: { en: { title: "Two editors, one draft", lead: "First lead.", body: "<p>Text.</p>" } },
    });
    const id = created.json<{ articles: Array<{ id: number }> }>().articles[0]?.id ?? 0;
    const seen = (await articleOf(id)).version;
    // The other editor saves a new lead; this one, not having seen it, presses Publish.
    expect((await call(room.clients.admin, "PATCH", `/api/admin/articles/${id}`, { lead: "Their lead." }, { "if-match": `"${seen}"` })).statusCode).toBe(200);
    const stale = await call(room.clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to: "published" }, { "if-match": `"${seen}"` });
    expect([stale.statusCode, codeOf(stale), stale.json<{ error: { version: number } }>().error.version]).toEqual([409, "XABAR_CONFLICT", seen + 1]);
    expect((await articleOf(id)).status).toBe("draft");

    const fresh = await call(room.clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to: "published" }, { "if-match": `"${seen + 1}"` });
    expect([fresh.statusCode, (await articleOf(id)).status]).toEqual([200, "published"]);
  });

  it("is a move as before without If-Match (API clients), and a malformed one is a 400", async () => {
    const created = await call(room.clients.editor, "POST", "/api/admin/stories", {
      category: "world",
      renditions: { en: { title: "Without a precondition", body: "<p>Text.</p>" } },
    });
    const id = created.json<{ articles: Array<{ id: number }> }>().articles[0]?.id ?? 0;
    const bad = await call(room.clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to: "published" }, { "if-match": "yesterday" });
    expect([bad.statusCode, codeOf(bad)]).toEqual([400, "XABAR_INVALID"]);
    expect((await call(room.clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to: "published" })).statusCode).toBe(200);
  });
});

describe("a published article", () => {
  it("refuses an autosave (409, nothing changes for readers) and takes a deliberate save", async () => {
    const created = await call(room.clients.editor, "POST", "/api/admin/stories", {
      category: "world",
      renditions: { en: { title: "A bridge opens", lead: "The bridge opens today.", body: "<p>Text.</p>" } },
    });
    const id = created.json<{ articles: Array<{ id: number; url: string }> }>().articles[0]?.id ?? 0;
    expect((await call(room.clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to: "published" })).statusCode).toBe(200);
    await room.x.settled();
    const { version } = await articleOf(id);
    const url = (await call(room.clients.editor, "GET", `/api/admin/articles/${id}`)).json<{ article: { url: string } }>().article.url;

    const autosave = await call(
      room.clients.editor,
      "PATCH",
      `/api/admin/articles/${id}`,
      { lead: "The bridge op", autosave: true },
      { "if-match": `"${version}"` },
    );
    expect([autosave.statusCode, codeOf(autosave), autosave.json<{ error: { reason: string } }>().error.reason]).toEqual([409, "XABAR_CONFLICT", "published"]);
    expect(await articleOf(id)).toMatchObject({ version, lead: "The bridge opens today." });
    expect((await room.x.app.inject({ url })).body).toContain("The bridge opens today.");

    const saved = await call(room.clients.editor, "PATCH", `/api/admin/articles/${id}`, { lead: "The bridge opened today." }, { "if-match": `"${version}"` });
    expect([saved.statusCode, (await articleOf(id)).lead]).toEqual([200, "The bridge opened today."]);
    expect((await room.x.app.inject({ url })).body).toContain("The bridge opened today.");
  });
});
