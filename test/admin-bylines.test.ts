/**
 * A byline's names and biographies through the admin API (editors): the byline made from a
 * user's name when they first write, put right per locale; the article pages, the author's page
 * and the structured data show it at once. On SQLite and PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import { codeOf } from "./admin-client.js";
import { useNewsroom } from "./admin-newsroom.js";

const room = useNewsroom();
const call: typeof room.call = (...args) => room.call(...args);

interface Byline {
  id: number;
  slug: string;
  names: Record<string, string>;
  bios: Record<string, string>;
}

/** An English story by the author, published by the editor; its article's page URL. */
async function publishedByAuthor(title: string): Promise<string> {
  const created = await call(room.clients.author, "POST", "/api/admin/stories", {
    category: "world",
    renditions: { en: { title, lead: "A lead.", body: "<p>The text.</p>" } },
  });
  const id = created.json<{ articles: Array<{ id: number }> }>().articles[0]?.id ?? 0;
  expect((await call(room.clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to: "published" })).statusCode).toBe(200);
  await room.x.settled();
  return (await call(room.clients.editor, "GET", `/api/admin/articles/${id}`)).json<{ article: { url: string } }>().article.url;
}

const bylineOfAuthor = async (): Promise<Byline> => {
  const taxonomy = (await call(room.clients.editor, "GET", "/api/admin/taxonomy")).json<{ authors: Byline[] }>();
  const byline = taxonomy.authors.find((a) => a.slug === "author-karimova");
  if (!byline) throw new Error("no byline for the author");
  return byline;
};

describe("a byline", () => {
  it("is put right and described by an editor per locale, and the pages show it at once", async () => {
    const url = await publishedByAuthor("A new bridge over the canal");
    const byline = await bylineOfAuthor();
    // Made from the user's name; an English-looking one is not spelt letter by letter in Cyrillic ("Аутҳор").
    expect(byline.names).toEqual({ uz: "Author Karimova", oz: "Author Karimova", ru: "Author Karimova", en: "Author Karimova" });
    expect((await room.x.app.inject({ url })).body).toContain("Author Karimova");

    const edited = await call(room.clients.editor, "PATCH", `/api/admin/bylines/${byline.id}`, {
      names: { oz: "Аутор Каримова", en: " Aisha Karimova " },
      bios: { en: "Writes about the city's transport.", ru: "Пишет о городском транспорте." },
    });
    expect([edited.statusCode, edited.json<{ byline: object }>().byline]).toEqual([
      200,
      {
        id: byline.id,
        slug: "author-karimova",
        names: { uz: "Author Karimova", oz: "Аутор Каримова", ru: "Author Karimova", en: "Aisha Karimova" },
        bios: { en: "Writes about the city's transport.", ru: "Пишет о городском транспорте." },
      },
    ]);
    // The article page is rendered anew (it was cached before), the byline and its JSON-LD Person renamed.
    const page = await room.x.app.inject({ url });
    expect([page.headers["x-cache"], page.body.includes("Aisha Karimova"), page.body.includes("Author Karimova")]).toEqual(["MISS", true, false]);
    expect(page.body).toMatch(/"author":\{"@type":"Person","name":"Aisha Karimova"/);
    const authorPage = await room.x.app.inject({ url: "/en/author/author-karimova" });
    expect([
      authorPage.statusCode,
      authorPage.body.includes("Writes about the city&#39;s transport.") || authorPage.body.includes("Writes about the city's transport."),
    ]).toEqual([200, true]);

    // A name cleared falls back to the Uzbek one; a biography emptied is none; the Uzbek name stays.
    const cleared = await call(room.clients.editor, "PATCH", `/api/admin/bylines/${byline.id}`, { names: { en: null }, bios: { ru: "" } });
    expect(cleared.json<{ byline: Byline }>().byline).toMatchObject({
      names: { uz: "Author Karimova", en: "Author Karimova" },
      bios: { en: "Writes about the city's transport." },
    });
    expect(cleared.json<{ byline: Byline }>().byline.bios).not.toHaveProperty("ru");
    const base = await call(room.clients.editor, "PATCH", `/api/admin/bylines/${byline.id}`, { names: { uz: null } });
    expect([base.statusCode, codeOf(base)]).toEqual([400, "XABAR_INVALID"]);
  });

  it("is refused with a code for bad input, an unknown byline and a role that may not name things, and nothing changes", async () => {
    const { id } = await bylineOfAuthor();
    const before = await bylineOfAuthor();
    const answers = await Promise.all([
      call(room.clients.editor, "PATCH", `/api/admin/bylines/${id}`, { names: { xx: "Name" } }),
      call(room.clients.editor, "PATCH", `/api/admin/bylines/${id}`, { names: { en: "N".repeat(121) } }),
      call(room.clients.editor, "PATCH", `/api/admin/bylines/${id}`, { bios: { en: "B".repeat(1_001) } }),
      call(room.clients.editor, "PATCH", `/api/admin/bylines/${id}`, { names: { en: 7 } }),
      call(room.clients.editor, "PATCH", `/api/admin/bylines/${id}`, { slug: "other" }),
      call(room.clients.editor, "PATCH", "/api/admin/bylines/99999", { names: { en: "Nobody" } }),
      call(room.clients.editor, "PATCH", "/api/admin/bylines/03", { names: { en: "Nobody" } }),
      call(room.clients.author, "PATCH", `/api/admin/bylines/${id}`, { names: { en: "Myself" } }),
      call(room.clients.translator, "PATCH", `/api/admin/bylines/${id}`, { names: { en: "Myself" } }),
    ]);
    expect(answers.map((a) => [a.statusCode, codeOf(a)])).toEqual([
      [400, "XABAR_INVALID"],
      [400, "XABAR_INVALID"],
      [400, "XABAR_INVALID"],
      [400, "XABAR_INVALID"],
      [400, "XABAR_INVALID"],
      [404, "XABAR_NOT_FOUND"],
      [400, "XABAR_INVALID_ID"],
      [403, "XABAR_FORBIDDEN"],
      [403, "XABAR_FORBIDDEN"],
    ]);
    expect(answers[1]?.json<{ error: { problems: object } }>().error.problems).toEqual({ names: { code: "too_long", limit: 120 } });
    expect(await bylineOfAuthor()).toEqual(before);
  });
});
