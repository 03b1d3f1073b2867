/**
 * The workflow through the admin API: the whole role × action matrix, every move and the
 * impossible ones, and what the public site shows after each (published, edited, withdrawn
 * with 410, back again, scheduled, corrected, renamed). On SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserRole } from "../src/db/schema.js";
import type { ArticleEvent } from "../src/events.js";
import { type Client, caller, codeOf, newsroom } from "./admin-client.js";
import { type TestApp, createTestApp } from "./app.js";

const ORIGIN = "http://news.example.uz";
let x: TestApp;
let call: ReturnType<typeof caller>;
let clients: Record<UserRole, Client>;
const heard: Array<[string, ArticleEvent]> = [];

interface Created {
  story: { id: number };
  articles: Array<{ id: number; locale: string; url: string }>;
}
interface Article {
  id: number;
  status: string;
  version: number;
  url: string;
  publishedAt: string | null;
  allowedTransitions: string[];
  may: { edit: boolean; editStory: boolean };
  body: string;
}

let counter = 0;
async function story(by: Client = clients.author, locales: object = {}): Promise<{ uz: number; oz: number; storyId: number; url: string; ozUrl: string }> {
  counter++;
  const res = await call(by, "POST", "/api/admin/stories", {
    category: "world",
    tags: ["chess"],
    renditions: {
      uz: { title: `Shaxmat olimpiadasi ${counter}`, lead: "Terma jamoa gʻalaba qozondi.", body: "<p>Oʻyin besh soat davom etdi.</p>" },
      ...locales,
    },
  });
  expect(res.statusCode).toBe(201);
  const created = res.json<Created>();
  const [uz, oz] = created.articles;
  return { uz: uz?.id ?? 0, oz: oz?.id ?? 0, storyId: created.story.id, url: uz?.url ?? "", ozUrl: oz?.url ?? "" };
}

const get = async (id: number): Promise<Article> => (await call(clients.editor, "GET", `/api/admin/articles/${id}`)).json<{ article: Article }>().article;
const move = (by: Client, id: number, to: string, at?: string) => call(by, "POST", `/api/admin/articles/${id}/transitions`, { to, ...(at ? { at } : {}) });
const patch = async (by: Client, id: number, change: object) =>
  call(by, "PATCH", `/api/admin/articles/${id}`, change, { "if-match": `"${(await get(id)).version}"` });
const page = (url: string) => x.app.inject({ url });
const soon = () => new Date(Date.now() + 3_600_000).toISOString();

async function ruRendition(storyId: number): Promise<number> {
  const res = await call(clients.editor, "POST", `/api/admin/stories/${storyId}/renditions`, { locale: "ru", title: `Шахматная олимпиада ${storyId}` });
  return res.json<Created>().articles[0]?.id ?? 0;
}

/** The article after the editor moved it along `path`. */
async function at(path: string[], s?: Awaited<ReturnType<typeof story>>): Promise<number> {
  const { uz } = s ?? (await story());
  for (const to of path) expect((await move(clients.editor, uz, to, to === "scheduled" ? soon() : undefined)).statusCode).toBe(200);
  return uz;
}

beforeAll(async () => {
  x = await createTestApp({ SITE_URL: ORIGIN, JOB_POLL_MS: "100" });
  call = caller(x.app, ORIGIN);
  ({ clients } = await newsroom(x.app, x.db));
  for (const name of ["article.published", "article.updated", "article.unpublished"] as const) x.events.on(name, (event) => heard.push([name, event]));
});

afterAll(async () => {
  await x.close();
});

/** Each action on a fresh resource; the stories are the author's (so "own" for the author). */
const ACTIONS: Record<string, (by: Client) => Promise<{ statusCode: number }>> = {
  "create a story": (by) => call(by, "POST", "/api/admin/stories", { category: "world", renditions: { en: { title: "Chess" } } }),
  "edit the author's draft": async (by) => patch(by, (await story()).uz, { title: "Yangi sarlavha" }),
  "change the category of the author's draft": async (by) => patch(by, (await story()).uz, { category: "sport" }),
  "submit the author's draft": async (by) => move(by, (await story()).uz, "review"),
  "edit it in review": async (by) => patch(by, await at(["review"]), { title: "Tahrir" }),
  "publish it from review": async (by) => move(by, await at(["review"]), "published"),
  "schedule it": async (by) => move(by, await at(["review"]), "scheduled", soon()),
  "return it to draft": async (by) => move(by, await at(["review"]), "draft"),
  "edit a published article": async (by) => patch(by, await at(["published"]), { title: "Tahrir" }),
  "unpublish it": async (by) => move(by, await at(["published"]), "unpublished"),
  "correct it": async (by) => call(by, "POST", `/api/admin/articles/${await at(["published"])}/corrections`, { text: "Sana tuzatildi." }),
  "archive a draft": async (by) => move(by, (await story()).uz, "archived"),
  "add a ru rendition": async (by) => call(by, "POST", `/api/admin/stories/${(await story()).storyId}/renditions`, { locale: "ru", title: "Шахматы" }),
  "edit the ru draft": async (by) => patch(by, await ruRendition((await story()).storyId), { title: "Шахматы!" }),
  "submit the ru draft": async (by) => move(by, await ruRendition((await story()).storyId), "review"),
  "edit the ru rendition once published": async (by) => {
    const ru = await ruRendition((await story()).storyId);
    await patch(clients.editor, ru, { body: "<p>Партия сыграна.</p>" });
    expect((await move(clients.editor, ru, "published")).statusCode).toBe(200);
    return patch(by, ru, { title: "Шахматы!" });
  },
  "add an en rendition": async (by) => call(by, "POST", `/api/admin/stories/${(await story()).storyId}/renditions`, { locale: "en", title: "Chess" }),
  "edit the editor's draft": async (by) => patch(by, (await story(clients.editor)).uz, { title: "Tahrir" }),
};

/** Who may: written from the rules of the issue (admin all; editor all content; author own drafts; translator their locales before publication). */
const MAY: Record<string, string> = {
  "create a story": "admin editor author",
  "edit the author's draft": "admin editor author",
  "change the category of the author's draft": "admin editor author",
  "submit the author's draft": "admin editor author",
  "edit it in review": "admin editor",
  "publish it from review": "admin editor",
  "schedule it": "admin editor",
  "return it to draft": "admin editor",
  "edit a published article": "admin editor",
  "unpublish it": "admin editor",
  "correct it": "admin editor",
  "archive a draft": "admin editor",
  "add a ru rendition": "admin editor author translator",
  "edit the ru draft": "admin editor author translator",
  "submit the ru draft": "admin editor author translator",
  "edit the ru rendition once published": "admin editor",
  "add an en rendition": "admin editor author",
  "edit the editor's draft": "admin editor",
};

describe("the role × action matrix", () => {
  it("lets each role do exactly what the rules say, and refuses the rest with 403", async () => {
    const outcome: Record<string, string> = {};
    const refusals = new Set<number>();
    for (const [action, attempt] of Object.entries(ACTIONS)) {
      const allowed: string[] = [];
      for (const role of ["admin", "editor", "author", "translator"] as const) {
        const res = await attempt(clients[role]);
        if (res.statusCode < 300) allowed.push(role);
        else refusals.add(res.statusCode);
      }
      outcome[action] = allowed.join(" ");
    }
    expect([...refusals]).toEqual([403]);
    expect(outcome).toEqual(MAY);
  });

  it("tells each reader of an article what they may do with it, as the matrix allows", async () => {
    const { uz: draft } = await story();
    const published = await at(["published"]);
    const seen = async (id: number, role: "editor" | "author" | "translator") => {
      const article = (await call(clients[role], "GET", `/api/admin/articles/${id}`)).json<{ article: Article }>().article;
      return [role, article.may, article.allowedTransitions];
    };
    expect(await Promise.all([seen(draft, "author"), seen(draft, "editor"), seen(published, "author"), seen(published, "editor")])).toEqual([
      ["author", { edit: true, editStory: true }, ["review"]],
      ["editor", { edit: true, editStory: true }, ["review", "scheduled", "published", "archived"]],
      ["author", { edit: false, editStory: false }, []],
      ["editor", { edit: true, editStory: true }, ["unpublished"]],
    ]);
  });

  it("lets nobody in without a session, and no state change without the CSRF token", async () => {
    const { uz } = await story();
    expect((await call(undefined, "GET", `/api/admin/articles/${uz}`)).statusCode).toBe(401);
    const forged = await x.app.inject({
      method: "POST",
      url: `/api/admin/articles/${uz}/transitions`,
      headers: { cookie: clients.editor.cookie, origin: ORIGIN },
      payload: { to: "published" },
    });
    expect([forged.statusCode, codeOf(forged), (await get(uz)).status]).toEqual([403, "XABAR_CSRF", "draft"]);
  });
});

describe("moves", () => {
  it("refuses impossible ones with 409 XABAR_BAD_TRANSITION and the moves that exist", async () => {
    const uz = await at(["published"]);
    const res = await move(clients.editor, uz, "review");
    expect([res.statusCode, codeOf(res), res.json<{ error: { allowed: string[] } }>().error.allowed]).toEqual([409, "XABAR_BAD_TRANSITION", ["unpublished"]]);
    const unknown = await move(clients.editor, uz, "deleted");
    expect([unknown.statusCode, codeOf(unknown)]).toEqual([400, "XABAR_INVALID"]);
    expect((await move(clients.editor, 999_999, "published")).statusCode).toBe(404);
  });

  it("put nothing empty on the site: no publishing or scheduling without a body, no emptying a published one", async () => {
    const { storyId } = await story();
    const ru = await ruRendition(storyId);
    const problems = (res: { json: <T>() => T }) => res.json<{ error: { problems: object } }>().error.problems;
    const refused = [await move(clients.editor, ru, "published"), await move(clients.editor, ru, "scheduled", soon())];
    expect(refused.map((res) => [res.statusCode, problems(res)])).toEqual([
      [400, { body: { code: "required" } }],
      [400, { body: { code: "required" } }],
    ]);
    expect((await get(ru)).status).toBe("draft");
    const uz = await at(["published"]);
    const emptied = await patch(clients.editor, uz, { body: "<p> </p><p>&nbsp;</p>" });
    expect([emptied.statusCode, problems(emptied)]).toEqual([400, { body: { code: "required" } }]);
    expect((await get(uz)).body).toBe("<p>Oʻyin besh soat davom etdi.</p>");
    // A picture alone is a body; a draft may be emptied.
    const photo = await patch(clients.editor, uz, { body: '<figure><img src="https://example.uz/a.jpg" alt="Doska" /></figure>' });
    expect([photo.statusCode, (await patch(clients.editor, ru, { body: "" })).statusCode]).toEqual([200, 200]);
    // That picture is another site's: loaded without a referrer, and the editor is told whose it is.
    const shown = (await call(clients.editor, "GET", `/api/admin/articles/${uz}`)).json<{ article: { body: string; externalImages: string[] } }>().article;
    expect([shown.body, shown.externalImages]).toEqual([
      '<figure><img src="https://example.uz/a.jpg" alt="Doska" loading="lazy" referrerpolicy="no-referrer" /></figure>',
      ["example.uz"],
    ]);
  });

  it("publish a story with its derived Cyrillic rendition; unpublishing answers 410 and takes it off the lists; publishing again restores it", async () => {
    const s = await story();
    expect((await page(s.url)).statusCode).toBe(404);
    heard.length = 0;
    expect((await move(clients.editor, s.uz, "published")).statusCode).toBe(200);
    expect(heard.map(([name, e]) => [name, e.articleId])).toEqual([
      ["article.published", s.uz],
      ["article.published", s.oz],
    ]);
    expect([(await page(s.url)).statusCode, (await page(s.ozUrl)).statusCode]).toEqual([200, 200]);
    expect((await page("/uz/")).body).toContain(`Shaxmat olimpiadasi ${counter}`);
    expect((await page("/uz/world/")).body).toContain(`Shaxmat olimpiadasi ${counter}`);
    const firstPublished = (await get(s.uz)).publishedAt;

    expect((await move(clients.editor, s.uz, "unpublished")).statusCode).toBe(200);
    const gone = await page(s.url);
    expect([gone.statusCode, (await page(s.ozUrl)).statusCode]).toEqual([410, 410]);
    expect(gone.body).toContain("Maqola olib tashlandi");
    expect(gone.body).toContain('<meta name="robots" content="noindex"');
    expect((await page("/uz/")).body).not.toContain(`Shaxmat olimpiadasi ${counter}`);
    expect((await page("/uz/world/")).body).not.toContain(`Shaxmat olimpiadasi ${counter}`);

    expect((await move(clients.editor, s.uz, "published")).statusCode).toBe(200);
    expect([(await page(s.url)).statusCode, (await get(s.uz)).publishedAt]).toEqual([200, firstPublished]);
  });

  it("take a withdrawn story out of the Today strip of every cached page at once", async () => {
    const other = await story();
    await move(clients.editor, other.uz, "published");
    const pinned = await story();
    expect((await patch(clients.editor, pinned.uz, { pinned: true, title: "Bugungi asosiy xabar" })).statusCode).toBe(200);
    await move(clients.editor, pinned.uz, "published");
    // Similar news follows in the background and drops the pages it changes: let it finish first.
    await x.settled();
    expect((await page(other.url)).body).toContain("Bugungi asosiy xabar");
    expect((await page(other.url)).headers["x-cache"]).toBe("HIT");
    await move(clients.editor, pinned.uz, "unpublished");
    expect((await page(other.url)).body).not.toContain("Bugungi asosiy xabar");
  });

  it("show an edit of a published article on the site at once, and keep the old URL answering 301 after a slug change", async () => {
    const s = await story();
    await move(clients.editor, s.uz, "published");
    expect((await page(s.url)).statusCode).toBe(200);
    expect((await patch(clients.editor, s.uz, { title: "Olimpiada yakunlandi", slug: "olimpiada-yakunlandi" })).statusCode).toBe(200);
    const renamed = (await get(s.uz)).url;
    expect(renamed).toMatch(/\/\d+-olimpiada-yakunlandi$/);
    const old = await page(s.url);
    expect([old.statusCode, old.headers.location]).toEqual([301, renamed]);
    expect((await page(renamed)).body).toContain("Olimpiada yakunlandi");
    expect((await page("/uz/")).body).toContain("Olimpiada yakunlandi");
  });

  it("schedule: a time in the past is refused; at its time the job publishes it, with its Cyrillic rendition", async () => {
    const s = await story();
    const past = await move(clients.editor, s.uz, "scheduled", "2020-01-01T08:00:00+05:00");
    expect([past.statusCode, past.json<{ error: { fields: object } }>().error.fields]).toEqual([400, { at: "must be in the future" }]);
    const when = new Date(Date.now() + 2_500);
    const scheduled = await move(clients.editor, s.uz, "scheduled", when.toISOString());
    expect([scheduled.statusCode, (await get(s.uz)).status, (await get(s.oz)).status]).toEqual([200, "scheduled", "scheduled"]);
    expect((await page(s.url)).statusCode).toBe(404);
    const deadline = Date.now() + 12_000;
    while ((await get(s.oz)).status !== "published" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect([(await get(s.uz)).status, (await get(s.oz)).status, (await page(s.url)).statusCode, (await page(s.ozUrl)).statusCode]).toEqual([
      "published",
      "published",
      200,
      200,
    ]);
  });
});

describe("corrections", () => {
  it("add a dated, localised note to a published article, its JSON-LD and dateModified; a draft takes none", async () => {
    const s = await story();
    const draft = await call(clients.editor, "POST", `/api/admin/articles/${s.uz}/corrections`, { text: "Hisob tuzatildi." });
    expect([draft.statusCode, codeOf(draft)]).toEqual([409, "XABAR_BAD_TRANSITION"]);
    await move(clients.editor, s.uz, "published");
    const before = await page(s.url);
    const modified = (html: string) => /"dateModified":"([^"]+)"/.exec(html)?.[1];
    const held = (await get(s.uz)).version;
    const res = await call(clients.editor, "POST", `/api/admin/articles/${s.uz}/corrections`, { text: "Hisob 3:2 emas, 3:1 edi." });
    expect(res.statusCode).toBe(201);
    // The note's version, so an editor who held the one before saves on without a false conflict.
    expect(res.json<{ version: number }>().version).toBe(held + 1);
    const after = await page(s.url);
    expect(after.body).toMatch(
      /<aside class="corrections"[^>]*><p><strong>Tuzatish<\/strong> <time datetime="[^"]+">[^<]+<\/time>: Hisob 3:2 emas, 3:1 edi\.<\/p>/,
    );
    expect(after.body).toContain('"correction":[{"@type":"CorrectionComment","text":"Hisob 3:2 emas, 3:1 edi."');
    expect(modified(after.body)).not.toBe(modified(before.body));
    expect((await page(s.ozUrl)).body).toContain("<strong>Тузатиш</strong>");
    expect((await page(s.ozUrl)).body).toContain(": Ҳисоб 3:2 эмас, 3:1 эди.</p>");
    const empty = await call(clients.editor, "POST", `/api/admin/articles/${s.uz}/corrections`, { text: "  " });
    expect([empty.statusCode, codeOf(empty)]).toEqual([400, "XABAR_INVALID"]);
  });
});

describe("what a rendition's change may reach", () => {
  it("refuses an author the story's fields once any rendition has left the drafts", async () => {
    const s = await story();
    const en = (await call(clients.author, "POST", `/api/admin/stories/${s.storyId}/renditions`, { locale: "en", title: "Chess olympiad" })).json<Created>();
    await move(clients.editor, s.uz, "published");
    const refused = await patch(clients.author, en.articles[0]?.id ?? 0, { category: "sport", pinned: true });
    expect([refused.statusCode, codeOf(refused)]).toEqual([403, "XABAR_FORBIDDEN"]);
    expect((await x.db.selectFrom("stories").select(["pinned"]).where("id", "=", s.storyId).executeTakeFirstOrThrow()).pinned).toBe(0);
    expect((await patch(clients.author, en.articles[0]?.id ?? 0, { title: "Chess olympiad ends" })).statusCode).toBe(200);
  });

  it("leaves a derived rendition that went its own way to be re-derived by hand", async () => {
    const s = await story();
    await move(clients.editor, s.oz, "published");
    expect((await patch(clients.author, s.uz, { title: "Muallif yozdi" })).statusCode).toBe(200);
    const oz = (await call(clients.editor, "GET", `/api/admin/articles/${s.oz}`)).json<{ article: { title: string; status: string } }>().article;
    expect([oz.status, oz.title]).toEqual(["published", `Шахмат олимпиадаси ${counter}`]);
  });

  it("moves the derived rendition with a new scheduled time", async () => {
    const s = await story();
    expect((await move(clients.editor, s.uz, "scheduled", soon())).statusCode).toBe(200);
    const later = new Date(Date.now() + 7_200_000).toISOString();
    expect((await patch(clients.editor, s.uz, { scheduledAt: later })).statusCode).toBe(200);
    const rows = await x.db.selectFrom("articles").select(["id", "published_at"]).where("story_id", "=", s.storyId).orderBy("id").execute();
    const jobs = await x.db
      .selectFrom("jobs")
      .select(["key", "run_at"])
      .where("key", "in", [`publish:article:${s.uz}`, `publish:article:${s.oz}`])
      .execute();
    expect(rows.map((r) => r.published_at)).toEqual([later, later]);
    expect(jobs.map((j) => j.run_at)).toEqual([later, later]);
  });

  it("takes a withdrawn story off its tags' lists too, and a draft's saves drop no public page", async () => {
    const s = await story();
    await move(clients.editor, s.uz, "published");
    expect((await page("/uz/tag/chess")).body).toContain(`Shaxmat olimpiadasi ${counter}`);
    await move(clients.editor, s.uz, "unpublished");
    expect((await page("/uz/tag/chess")).body).not.toContain(`Shaxmat olimpiadasi ${counter}`);

    const changes: unknown[] = [];
    x.events.on("articles.changed", (change) => changes.push(change));
    const draft = await story();
    await patch(clients.author, draft.uz, { lead: "Autosaqlash.", autosave: true });
    await patch(clients.author, draft.uz, { category: "sport" });
    expect(changes).toEqual([]);
  });

  it("keeps answering 410 for a withdrawn article sent back to the drafts", async () => {
    const s = await story();
    await move(clients.editor, s.uz, "published");
    await move(clients.editor, s.uz, "unpublished");
    await move(clients.editor, s.uz, "draft");
    expect((await page(s.url)).statusCode).toBe(410);
  });

  it("lets only those who may edit an article hold its soft lock", async () => {
    const s = await story();
    const held = await call(clients.translator, "POST", `/api/admin/articles/${s.uz}/lock`);
    expect([held.statusCode, held.json<{ editing: unknown }>().editing]).toEqual([200, null]);
  });

  it("answers ids beyond any row with 400, never 500", async () => {
    const s = await story();
    const huge = 3_000_000_000;
    const answers = [
      await patch(clients.editor, s.uz, { cover: huge }),
      await call(clients.editor, "GET", `/api/admin/articles?author=${huge}`),
      await call(clients.editor, "GET", `/api/admin/articles?cursor=1764000000000-${huge}`),
      await call(clients.editor, "GET", `/api/admin/articles/${s.uz}/revisions/diff?from=${huge}&to=1`),
      await call(clients.editor, "GET", `/api/admin/articles/${huge}`),
      await call(clients.editor, "POST", "/api/admin/stories", { category: "world", cover: huge, renditions: { en: { title: "x" } } }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([400, 400, 400, 400, 400, 400]);
  });
});
