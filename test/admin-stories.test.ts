/**
 * Stories through the admin API, as a newsroom uses them: a story with its derived Cyrillic
 * rendition, translations that know when their source moved on, If-Match, revisions, the list,
 * the activity log, and what the public site shows after each step. On SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserRole } from "../src/db/schema.js";
import { type Client, caller, codeOf, newsroom } from "./admin-client.js";
import { type TestApp, createTestApp } from "./app.js";

const ORIGIN = "http://news.example.uz";
let x: TestApp;
let call: ReturnType<typeof caller>;
let clients: Record<UserRole, Client>;
let ids: Record<UserRole, number>;

interface Article {
  id: number;
  storyId: number;
  locale: string;
  status: string;
  version: number;
  title: string;
  lead: string;
  body: string;
  slug: string;
  url: string;
  derived: boolean;
  sourceChanged: boolean;
  sourceDiff?: Record<string, Array<{ op: string; text: string }>>;
  editing: { userId: number; name: string } | null;
  tags: string[];
  category: string;
  corrections: Array<{ text: string }>;
  scriptMismatch: string | null;
}
interface Created {
  story: { id: number };
  articles: Array<{ id: number; locale: string; status: string; derived: boolean; url: string }>;
}

const NEW_STORY = {
  category: "world",
  tags: ["football"],
  renditions: {
    uz: {
      title: "Toshkentda yangi metro bekati ochildi",
      lead: "Bekat Chilonzor yoʻnalishida joylashgan.",
      body: "<p>Yangi bekat ertalabdan yoʻlovchilarni qabul qilmoqda.</p>",
      sourceName: "Xabar muxbiri",
      sourceUrl: "https://example.uz/metro",
    },
  },
};

async function article(id: number, client: Client = clients.editor): Promise<Article> {
  return (await call(client, "GET", `/api/admin/articles/${id}`)).json<{ article: Article }>().article;
}

async function patch(id: number, change: object, client: Client = clients.editor) {
  const current = await article(id, client);
  return call(client, "PATCH", `/api/admin/articles/${id}`, change, { "if-match": `"${current.version}"` });
}

async function createStory(client: Client = clients.author, body: object = NEW_STORY): Promise<Created> {
  const res = await call(client, "POST", "/api/admin/stories", body);
  expect(res.statusCode).toBe(201);
  return res.json<Created>();
}

const idOf = (created: Created, locale: string): number => created.articles.find((a) => a.locale === locale)?.id ?? 0;

beforeAll(async () => {
  x = await createTestApp({ SITE_URL: ORIGIN });
  call = caller(x.app, ORIGIN);
  ({ clients, ids } = await newsroom(x.app, x.db));
});

afterAll(async () => {
  await x.close();
});

describe("a new story", () => {
  it("is a draft in uz with its uz-Cyrl rendition derived, none of it on the site", async () => {
    const created = await createStory();
    expect(created.articles.map((a) => [a.locale, a.status, a.derived])).toEqual([
      ["uz", "draft", false],
      ["oz", "draft", true],
    ]);
    expect(created.articles[0]?.url).toMatch(/^\/uz\/world\/\d+-toshkentda-yangi-metro-bekati-ochildi$/);
    const oz = await article(idOf(created, "oz"));
    expect([oz.title, oz.body, oz.category, oz.tags]).toEqual([
      "Тошкентда янги метро бекати очилди",
      "<p>Янги бекат эрталабдан йўловчиларни қабул қилмоқда.</p>",
      "world",
      ["football"],
    ]);
    expect((await x.app.inject({ url: created.articles[0]?.url ?? "/" })).statusCode).toBe(404);
  });

  it("is refused whole when a field is wrong, naming the fields and writing nothing", async () => {
    const before = await x.db
      .selectFrom("stories")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const bad = await call(clients.author, "POST", "/api/admin/stories", {
      category: "",
      renditions: { uz: { title: " ", sourceUrl: "javascript:alert(1)" } },
    });
    expect([bad.statusCode, codeOf(bad)]).toEqual([400, "XABAR_INVALID"]);
    expect(Object.keys(bad.json<{ error: { fields: object } }>().error.fields).sort()).toEqual(["category", "renditions"]);
    const halfway = await call(clients.author, "POST", "/api/admin/stories", { ...NEW_STORY, tags: ["yangi-teg-2099"], cover: 999_999 });
    expect([halfway.statusCode, halfway.json<{ error: { fields: object } }>().error.fields]).toEqual([400, { cover: "no such media" }]);
    expect(await x.db.selectFrom("tags").select("id").where("slug", "=", "yangi-teg-2099").execute()).toEqual([]);
    const noTag = await call(clients.author, "POST", "/api/admin/stories", { ...NEW_STORY, tags: ["football", "!!!"] });
    expect([noTag.statusCode, noTag.json<{ error: { fields: object } }>().error.fields]).toEqual([400, { tags: '"!!!" makes no tag: use letters or digits' }]);
    expect(noTag.json<{ error: { problems: object } }>().error.problems).toEqual({ tags: { code: "bad_tag", value: "!!!" } });
    const after = await x.db
      .selectFrom("stories")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("makes the tags it is given that do not exist yet, named in every locale", async () => {
    const res = await call(clients.author, "POST", "/api/admin/stories", {
      category: "world",
      tags: ["football", "Toshkent metrosi", "tashkent"],
      renditions: { en: { title: "Tags" } },
    });
    expect(res.json<{ story: { tags: string[] } }>().story.tags).toEqual(["football", "toshkent-metrosi", "tashkent"]);
    const names = await x.db
      .selectFrom("tag_names as n")
      .innerJoin("tags as t", "t.id", "n.tag_id")
      .select(["t.slug", "n.locale", "n.name"])
      .where("t.slug", "in", ["toshkent-metrosi", "tashkent"])
      .orderBy("t.slug")
      .orderBy("n.locale")
      .execute();
    expect(names.map((n) => `${n.slug} ${n.locale} ${n.name}`)).toEqual([
      "tashkent en Tashkent",
      "tashkent oz Ташкент",
      "tashkent ru Tashkent",
      "tashkent uz Tashkent",
      "toshkent-metrosi en Toshkent metrosi",
      "toshkent-metrosi oz Тошкент метроси",
      "toshkent-metrosi ru Toshkent metrosi",
      "toshkent-metrosi uz Toshkent metrosi",
    ]);
  });

  it("sanitizes the body on the server", async () => {
    const created = await createStory(clients.author, {
      category: "world",
      renditions: { en: { title: "Sanitized", body: '<p onclick="alert(1)">Hi<script>alert(2)</script><a href="javascript:alert(3)">x</a></p>' } },
    });
    expect((await article(idOf(created, "en"))).body).toBe('<p>Hi<a rel="noopener nofollow">x</a></p>');
  });

  it("gets a slug of its own when another article of the language has the title's", async () => {
    const again = await createStory();
    expect(again.articles[0]?.url).toMatch(/-toshkentda-yangi-metro-bekati-ochildi-2$/);
  });
});

describe("editing", () => {
  it("needs If-Match with the current version: none is 428, a stale one 409 with the version to reload", async () => {
    const created = await createStory();
    const id = idOf(created, "uz");
    const res = await call(clients.author, "GET", `/api/admin/articles/${id}`);
    expect(res.headers.etag).toBe('"1"');
    const none = await call(clients.author, "PATCH", `/api/admin/articles/${id}`, { title: "Yangi sarlavha" });
    expect([none.statusCode, codeOf(none)]).toEqual([428, "XABAR_PRECONDITION_REQUIRED"]);
    const first = await call(clients.author, "PATCH", `/api/admin/articles/${id}`, { title: "Birinchi tahrir" }, { "if-match": '"1"' });
    expect([first.statusCode, first.headers.etag]).toEqual([200, '"2"']);
    const stale = await call(clients.editor, "PATCH", `/api/admin/articles/${id}`, { title: "Ikkinchi tahrir" }, { "if-match": '"1"' });
    expect([stale.statusCode, codeOf(stale), stale.json<{ error: { version: number } }>().error.version]).toEqual([409, "XABAR_CONFLICT", 2]);
    expect((await article(id)).title).toBe("Birinchi tahrir");
  });

  it("carries a uz change into the derived oz text, until someone edits the oz text; re-derive shows the diff, then applies it", async () => {
    const created = await createStory();
    const [uz, oz] = [idOf(created, "uz"), idOf(created, "oz")];
    await patch(uz, { title: "Metro bekati ochildi" }, clients.author);
    expect([(await article(oz)).title, (await article(oz)).derived]).toEqual(["Метро бекати очилди", true]);

    expect((await patch(oz, { title: "Метро бекати очилди!" })).statusCode).toBe(200);
    expect((await article(oz)).derived).toBe(false);
    await patch(uz, { title: "Metro bekati yana ochildi" }, clients.author);
    expect((await article(oz)).title).toBe("Метро бекати очилди!");

    const preview = await call(clients.editor, "POST", `/api/admin/articles/${oz}/rederive`);
    const shown = preview.json<{ applied: boolean; diff: { title: Array<{ op: string; text: string }> } }>();
    expect([shown.applied, shown.diff.title.filter((p) => p.op !== "=").map((p) => `${p.op}${p.text}`)]).toEqual([false, ["+яна ", "-!"]]);
    expect((await article(oz)).title).toBe("Метро бекати очилди!");
    const applied = await call(clients.editor, "POST", `/api/admin/articles/${oz}/rederive?confirm=1`);
    expect(applied.json<{ applied: boolean }>().applied).toBe(true);
    expect([(await article(oz)).title, (await article(oz)).derived]).toEqual(["Метро бекати яна очилди", true]);
  });

  it("names the invalid fields, and refuses a slug another article of the language uses", async () => {
    const created = await createStory();
    const id = idOf(created, "uz");
    const bad = await patch(id, { title: "", sourceUrl: "ftp://x", cover: 999999, tags: ["metro", "!!!"] }, clients.author);
    expect([bad.statusCode, Object.keys(bad.json<{ error: { fields: object } }>().error.fields).sort()]).toEqual([400, ["sourceUrl", "tags", "title"]]);
    const taken = await patch(id, { slug: "toshkentda-yangi-metro-bekati-ochildi" }, clients.author);
    expect([taken.statusCode, taken.json<{ error: { fields: object } }>().error.fields]).toEqual([400, { slug: "another article of this language uses it" }]);
    const stray = await patch(id, { headline: "x" }, clients.author);
    expect([stray.statusCode, stray.json<{ error: { fields: object } }>().error.fields]).toEqual([400, { headline: "not a field of this request" }]);
    expect([bad, taken, stray].map((answer) => answer.json<{ error: { problems: object } }>().error.problems)).toEqual([
      { title: { code: "required" }, sourceUrl: { code: "invalid_url" }, tags: { code: "bad_tag", value: "!!!" } },
      { slug: { code: "taken" } },
      { headline: { code: "unknown_field" } },
    ]);
    const noCover = await patch(id, { cover: 999999 }, clients.author);
    expect([noCover.statusCode, noCover.json<{ error: { fields: object } }>().error.fields]).toEqual([400, { cover: "no such media" }]);
  });

  it("shows who is editing: a soft lock taken by saving or by asking, released on leaving", async () => {
    const created = await createStory();
    const id = idOf(created, "uz");
    const locked = await call(clients.author, "POST", `/api/admin/articles/${id}/lock`);
    expect(locked.json<{ editing: { userId: number } }>().editing.userId).toBe(ids.author);
    const other = await call(clients.editor, "POST", `/api/admin/articles/${id}/lock`);
    expect(other.json<{ editing: { userId: number; name: string } }>().editing).toMatchObject({ userId: ids.author, name: "Author Karimova" });
    expect((await article(id)).editing?.userId).toBe(ids.author);
    expect((await call(clients.author, "DELETE", `/api/admin/articles/${id}/lock`)).statusCode).toBe(204);
    expect((await article(id)).editing).toBeNull();
  });
});

describe("translations", () => {
  it("know when their source changed, with a word diff, until the translator saves", async () => {
    const created = await createStory();
    const added = await call(clients.translator, "POST", `/api/admin/stories/${created.story.id}/renditions`, {
      locale: "ru",
      title: "В Ташкенте открылась новая станция метро",
      body: "<p>Станция принимает пассажиров с утра.</p>",
    });
    expect(added.statusCode).toBe(201);
    const ru = added.json<Created>().articles[0]?.id ?? 0;
    expect((await article(ru)).sourceChanged).toBe(false);

    await patch(idOf(created, "uz"), { body: "<p>Yangi bekat soat oltidan yoʻlovchilarni qabul qilmoqda.</p>" }, clients.author);
    const behind = await article(ru, clients.translator);
    expect(behind.sourceChanged).toBe(true);
    expect(behind.sourceDiff?.body?.filter((p) => p.op !== "=").map((p) => `${p.op}${p.text.trim()}`)).toEqual(["-ertalabdan", "+soat oltidan"]);

    const revisions = (await call(clients.translator, "GET", `/api/admin/articles/${ru}/revisions`)).json<{ revisions: Array<{ id: number }> }>().revisions;
    await call(clients.translator, "POST", `/api/admin/articles/${ru}/revisions/${revisions[0]?.id ?? 0}/restore`);
    await patch(ru, { lead: "Черновик.", autosave: true }, clients.translator);
    expect((await article(ru, clients.translator)).sourceChanged).toBe(true);
    expect((await patch(ru, { body: "<p>Станция принимает пассажиров с шести утра.</p>" }, clients.translator)).statusCode).toBe(200);
    expect((await article(ru, clients.translator)).sourceChanged).toBe(false);
  });

  it("are one per locale, and a translator adds only their own locales", async () => {
    const created = await createStory();
    const twice = await call(clients.editor, "POST", `/api/admin/stories/${created.story.id}/renditions`, { locale: "oz", title: "Иккинчи" });
    expect([twice.statusCode, codeOf(twice)]).toEqual([409, "XABAR_CONFLICT"]);
    const english = await call(clients.translator, "POST", `/api/admin/stories/${created.story.id}/renditions`, { locale: "en", title: "New station" });
    expect([english.statusCode, codeOf(english)]).toEqual([403, "XABAR_FORBIDDEN"]);
    const nowhere = await call(clients.editor, "POST", "/api/admin/stories/999999/renditions", { locale: "en", title: "New station" });
    expect(nowhere.statusCode).toBe(404);
  });
});

describe("revisions", () => {
  it("keeps every save, folds one person's autosaves, diffs any two and restores as a new revision", async () => {
    const created = await createStory();
    const id = idOf(created, "uz");
    await patch(id, { lead: "Birinchi autosaqlash.", autosave: true }, clients.author);
    await patch(id, { lead: "Ikkinchi autosaqlash.", autosave: true }, clients.author);
    await patch(id, { lead: "Qoʻlda saqlandi." }, clients.author);
    type Revision = { id: number; kind: string; userName: string; changed: string[] };
    const revisions = (await call(clients.author, "GET", `/api/admin/articles/${id}/revisions`)).json<{ revisions: Revision[] }>().revisions;
    expect(revisions.map((r) => [r.kind, r.changed])).toEqual([
      ["save", ["lead"]],
      ["autosave", ["lead"]],
      ["create", ["title", "lead", "body", "slug"]],
    ]);
    const [saved, autosaved, first] = revisions;
    const diff = await call(clients.author, "GET", `/api/admin/articles/${id}/revisions/diff?from=${first?.id ?? 0}&to=${autosaved?.id ?? 0}`);
    const leadDiff = diff.json<{ diff: { lead: Array<{ op: string; text: string }> } }>().diff.lead;
    expect(leadDiff.filter((p) => p.op === "+").map((p) => p.text)).toEqual(["Ikkinchi autosaqlash"]);

    const restored = await call(clients.author, "POST", `/api/admin/articles/${id}/revisions/${first?.id ?? 0}/restore`);
    expect([restored.statusCode, restored.json<{ article: Article }>().article.lead]).toEqual([200, NEW_STORY.renditions.uz.lead]);
    const after = (await call(clients.author, "GET", `/api/admin/articles/${id}/revisions`)).json<{ revisions: Revision[] }>().revisions;
    expect([after.length, after[0]?.kind, after[1]?.id]).toEqual([4, "restore", saved?.id]);
  });
});

describe("the article list", () => {
  it("filters by status, locale, category, author, text and missing locale, in keyset pages", async () => {
    const created = await createStory(clients.editor, {
      category: "sport",
      renditions: { ru: { title: "Шахматисты сыграли вничью", body: "<p>Партия длилась пять часов.</p>" } },
    });
    const ru = idOf(created, "ru");
    const list = async (query: string) =>
      (await call(clients.editor, "GET", `/api/admin/articles?${query}`)).json<{ articles: Array<{ id: number }>; nextCursor: string | null }>();
    expect((await list("category=sport&locale=ru")).articles.map((a) => a.id)).toEqual([ru]);
    expect((await list(`author=${ids.editor}&category=sport`)).articles.map((a) => a.id)).toEqual([ru]);
    expect((await list("q=вничью")).articles.map((a) => a.id)).toEqual([ru]);
    expect((await list("missing=uz&category=sport")).articles.map((a) => a.id)).toEqual([ru]);
    expect((await list("missing=ru&category=sport")).articles).toEqual([]);
    expect((await list("status=published&category=sport")).articles).toEqual([]);

    const seen: number[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page = await list(`limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.articles.map((a) => a.id));
      cursor = page.nextCursor;
    }
    const all = await x.db.selectFrom("articles").select("id").execute();
    expect([...seen].sort((a, b) => a - b)).toEqual(all.map((a) => a.id).sort((a, b) => a - b));
    const bad = await call(clients.editor, "GET", "/api/admin/articles?status=lost&cursor=x");
    expect([bad.statusCode, Object.keys(bad.json<{ error: { fields: object } }>().error.fields).sort()]).toEqual([400, ["cursor", "status"]]);
  });
});

describe("the activity log", () => {
  it("says who did what to a story, newest first", async () => {
    const created = await createStory();
    const uz = idOf(created, "uz");
    await patch(uz, { tags: [] }, clients.author);
    await call(clients.author, "POST", `/api/admin/articles/${uz}/transitions`, { to: "review" });
    const log = (await call(clients.editor, "GET", `/api/admin/stories/${created.story.id}/activity`)).json<{
      activity: Array<{ action: string; userName: string; detail: object }>;
    }>().activity;
    expect(log.map((entry) => [entry.action, entry.userName, entry.detail])).toEqual([
      ["status", "Author Karimova", { from: "draft", to: "review", with: [idOf(created, "oz")] }],
      ["edited", "Author Karimova", { fields: ["tags"] }],
      ["created", "Author Karimova", { locales: ["uz", "oz"] }],
    ]);
    expect((await call(clients.editor, "GET", "/api/admin/stories/999999/activity")).statusCode).toBe(404);
  });
});

describe("a rendition in the wrong script", () => {
  it("is flagged with the language its text reads as", async () => {
    const created = await createStory(clients.editor, {
      category: "world",
      renditions: {
        ru: {
          title: "Toshkentda yangi metro bekati ochildi",
          body: "<p>Yangi bekat ertalabdan yoʻlovchilarni qabul qilmoqda va har besh daqiqada poyezd keladi.</p>",
        },
        en: {
          title: "A new metro station opened in Tashkent",
          body: "<p>The station takes passengers from the morning, and a train comes every five minutes.</p>",
        },
      },
    });
    expect([(await article(idOf(created, "ru"))).scriptMismatch, (await article(idOf(created, "en"))).scriptMismatch]).toEqual(["uz-Latn", null]);
  });
});

describe("the taxonomy", () => {
  it("lists categories in their order, tags matching a query and the bylines, named per locale", async () => {
    await createStory();
    const all = (await call(clients.translator, "GET", "/api/admin/taxonomy")).json<{
      categories: Array<{ slug: string; names: Record<string, string> }>;
      tags: Array<{ slug: string }>;
      authors: Array<{ slug: string; userId: number | null; names: Record<string, string> }>;
    }>();
    expect(all.categories.map((c) => [c.slug, c.names.ru])).toEqual([
      ["world", "Мир"],
      ["sport", "Спорт"],
      ["economy", "Экономика"],
    ]);
    expect(all.tags.map((t) => t.slug)).toEqual(expect.arrayContaining(["chess", "football"]));
    expect(all.authors.find((a) => a.userId === ids.author)?.names).toEqual({
      uz: "Author Karimova",
      oz: "Author Karimova",
      ru: "Author Karimova",
      en: "Author Karimova",
    });
    const found = (await call(clients.editor, "GET", "/api/admin/taxonomy?q=Шахмат")).json<{ tags: Array<{ slug: string }> }>().tags;
    expect(found.map((t) => t.slug)).toEqual(["chess"]);
  });
});
