/**
 * The public content API (/api/v1) over the whole app, on SQLite and PostgreSQL: lists and their
 * filters, keyset pages without gaps or repeats, one article by id and by slug with its
 * translations, categories and tags; only what the site shows; ETag/304, Cache-Control,
 * Surrogate-Key and invalidation by an edit; CORS for the reads and never for the engagement
 * calls or the admin API; hostile parameters answered 400 without cache entries; the OpenAPI
 * document against the routes. Listed origins and the rate limit: public-api-limits.test.ts.
 */
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccountService } from "../src/newsroom/accounts.service.js";
import { articleListSchema, articleSchema, categoryListSchema, tagListSchema } from "../src/api/public/articles.schema.js";
import { PUBLIC_OPERATIONS, requireDocumented } from "../src/api/public/openapi.js";
import { statsAnswer } from "../src/api/engagement.schema.js";
import { type Client, caller, codeOf, signIn } from "./admin-client.js";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";

const SITE = "https://news.example.uz";
const FOREIGN = "https://reader.example.com";
const HOUR = 3_600_000;
const BASE = Date.now() - 10 * 86_400_000;

let x: TestApp;
let editor: Client;
let call: ReturnType<typeof caller>;
/** The en sport articles, newest first (published_at desc, id desc). */
let sportEn: number[] = [];
/** The en sport articles tagged football, newest first. */
let footballEn: number[] = [];
let story: { storyId: number; ids: Partial<Record<"uz" | "oz" | "ru" | "en", number>> };
const hidden: Record<string, number> = {};

interface List {
  articles: Array<{ id: number; locale: string; category: { slug: string }; tags: Array<{ slug: string }>; publishedAt: string; title: string }>;
  nextCursor: string | null;
  next: string | null;
}
interface Article {
  id: number;
  storyId: number;
  locale: string;
  title: string;
  url: string;
  bodyHtml: string;
  bodyText: string;
  translations: Array<{ locale: string; id: number; url: string }>;
}

const get = (url: string, headers: Record<string, string> = {}) => x.app.inject({ url, headers });
const ids = (list: List) => list.articles.map((a) => a.id);
/** The path and query of an absolute URL of the site. */
const local = (url: string) => url.replace(SITE, "");

beforeAll(async () => {
  x = await createTestApp({ SITE_URL: SITE });
  call = caller(x.app, SITE);
  const made: Array<{ id: number; at: number; football: boolean }> = [];
  // 23 sport stories; groups of three share a publication time, so ids break the ties.
  for (let i = 0; i < 23; i++) {
    const at = BASE + Math.floor(i / 3) * HOUR;
    const football = i % 3 === 0;
    const built = await buildStory(x, {
      locales: ["uz", "en"],
      category: "sport",
      tags: football ? ["football"] : [],
      title: `Sport ${i}`,
      publishedAt: new Date(at),
    });
    made.push({ id: built.ids.en ?? 0, at, football });
  }
  sportEn = [...made].sort((a, b) => b.at - a.at || b.id - a.id).map((m) => m.id);
  footballEn = [...made]
    .filter((m) => m.football)
    .sort((a, b) => b.at - a.at || b.id - a.id)
    .map((m) => m.id);
  story = await buildStory(x, {
    locales: ["uz", "ru", "en"],
    category: "world",
    tags: ["chess"],
    title: "Chess olympiad",
    publishedAt: new Date(BASE + 30 * HOUR),
  });
  // What the site does not show: due tomorrow, a draft, scheduled, and one withdrawn after publication.
  hidden.future =
    (await buildStory(x, { locales: ["en"], category: "sport", title: "Future sport", publishedAt: new Date(Date.now() + 86_400_000) })).ids.en ?? 0;
  const draft = await x.stories.create({ category: "sport", renditions: { en: { title: "Draft sport", bodyHtml: "<p>x</p>", status: "draft" } } });
  hidden.draft = draft.articles[0]?.id ?? 0;
  const scheduled = await x.stories.create({
    category: "sport",
    renditions: { en: { title: "Scheduled sport", bodyHtml: "<p>x</p>", status: "scheduled", publishedAt: new Date(Date.now() + HOUR).toISOString() } },
  });
  hidden.scheduled = scheduled.articles[0]?.id ?? 0;
  // A row marked published with a time still to come (as an import may leave one): not shown before its time.
  hidden.dueLater = (await buildStory(x, { locales: ["en"], category: "sport", title: "Due later sport", publishedAt: new Date(BASE) })).ids.en ?? 0;
  await x.db
    .updateTable("articles")
    .set({ published_at: new Date(Date.now() + 86_400_000).toISOString() })
    .where("id", "=", hidden.dueLater)
    .execute();
  hidden.withdrawn =
    (await buildStory(x, { locales: ["en"], category: "sport", title: "Withdrawn sport", publishedAt: new Date(BASE + 40 * HOUR) })).ids.en ?? 0;

  await new AccountService(x.db).createUser({ email: "editor@example.uz", name: "Editor", role: "editor", locales: [], password: "Amir-Temur-xiyoboni" });
  editor = await signIn(x.app, "editor@example.uz");
  const withdrawn = await call(editor, "POST", `/api/admin/articles/${hidden.withdrawn}/transitions`, { to: "unpublished" });
  if (withdrawn.statusCode !== 200) throw new Error(`withdrawing answered ${withdrawn.statusCode}`);
});

afterAll(async () => {
  await x.close();
});

describe("article lists", () => {
  it("filter by locale, category, tag and publication time", async () => {
    const sport = (await get("/api/v1/articles?locale=en&category=sport&limit=100")).json<List>();
    const football = (await get("/api/v1/articles?locale=en&tag=football&limit=100")).json<List>();
    const since = new Date(BASE + 6 * HOUR).toISOString();
    const recent = (await get(`/api/v1/articles?locale=en&category=sport&since=${since}`)).json<List>();
    const uz = (await get("/api/v1/articles?locale=uz&limit=100")).json<List>();
    expect(ids(sport)).toEqual(sportEn);
    expect(ids(football)).toEqual(footballEn);
    // Three stories a publication time: times 6 and 7 are the newest five of the 23.
    expect(ids(recent)).toEqual(sportEn.slice(0, 5));
    expect(new Set(uz.articles.map((a) => a.locale))).toEqual(new Set(["uz"]));
    expect(uz.articles.filter((a) => a.category.slug === "world").map((a) => a.title)).toEqual(["Chess olympiad uz"]);
    expect(sport.nextCursor).toBeNull();
  });

  it("without a locale merge all four, newest first", async () => {
    const all = (await get("/api/v1/articles?limit=6")).json<List>();
    // The chess story is the newest: its uz, oz (derived), ru and en renditions come first.
    expect(new Set(all.articles.slice(0, 4).map((a) => a.locale))).toEqual(new Set(["uz", "oz", "ru", "en"]));
    const times = all.articles.map((a) => a.publishedAt);
    expect(times).toEqual([...times].sort().reverse());
    // Page after page, the merge is the one order of everything on the site.
    const seen: number[] = [];
    let url: string | null = "/api/v1/articles?limit=9";
    while (url) {
      const res = await get(url);
      const list = res.json<List>();
      seen.push(...ids(list));
      url = list.next ? local(list.next) : null;
    }
    const visible = await x.db
      .selectFrom("articles")
      .select("id")
      .where("status", "=", "published")
      .where("published_at", "<=", new Date().toISOString())
      .orderBy("published_at", "desc")
      .orderBy("id", "desc")
      .execute();
    expect(seen).toEqual(visible.map((row) => row.id));
  });

  it("page by keyset cursors without gaps or repeats, with next in the body and in Link", async () => {
    const seen: number[] = [];
    let url: string | null = "/api/v1/articles?locale=en&category=sport&limit=4";
    let pages = 0;
    while (url) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      const list = res.json<List>();
      seen.push(...ids(list));
      expect(res.headers.link).toBe(list.next ? `<${list.next}>; rel="next"` : undefined);
      url = list.next ? local(list.next) : null;
      pages++;
      // Something published meanwhile is newer than every cursor: it shifts no later page.
      if (pages === 1) await buildStory(x, { locales: ["en"], category: "sport", title: "Published meanwhile" });
    }
    expect([pages, seen]).toEqual([6, sportEn]);
    // The publication dropped page 1 (home:en); made again, it is then served from the cache
    // with the same Link, and HEAD answers the headers alone.
    const first = "/api/v1/articles?locale=en&category=sport&limit=4";
    expect((await get(first)).headers["x-cache"]).toBe("MISS");
    const cached = await get(first);
    const head = await x.app.inject({ method: "HEAD", url: first });
    expect([cached.headers["x-cache"], cached.headers.link, head.statusCode, head.body, head.headers.etag]).toEqual([
      "HIT",
      `<${cached.json<List>().next ?? ""}>; rel="next"`,
      200,
      "",
      cached.headers.etag,
    ]);
  });

  it("hide drafts, scheduled, future and withdrawn articles", async () => {
    const titles = (await get("/api/v1/articles?locale=en&limit=100")).json<List>().articles.map((a) => a.title);
    expect(titles.filter((t) => /Future|Draft|Scheduled|Withdrawn|Due later/.test(t))).toEqual([]);
    const answers = [];
    for (const [name, id] of Object.entries(hidden)) answers.push([name, (await get(`/api/v1/articles/${id}`)).statusCode]);
    expect(answers).toEqual(Object.keys(hidden).map((name) => [name, 404]));
  });
});

describe("one article", () => {
  it("by id, with its body and its translations' canonical URLs", async () => {
    const res = await get(`/api/v1/articles/${story.ids.uz ?? 0}`);
    const article = articleSchema.parse(res.json());
    const page = await get(local(article.url));
    expect([res.statusCode, article.locale, page.statusCode]).toEqual([200, "uz", 200]);
    expect(article.bodyHtml).toContain("<p>");
    expect(article.bodyText).not.toContain("<");
    expect(article.tags).toEqual([{ slug: "chess", name: "Shaxmat" }]);
    expect(article.translations.map((t) => t.locale)).toEqual(["oz", "ru", "en"]);
    for (const translation of article.translations) {
      const other = (await get(`/api/v1/articles/${translation.id}`)).json<Article>();
      expect([other.url, other.storyId, other.translations.map((t) => t.locale)]).toEqual([
        translation.url,
        article.storyId,
        ["uz", "oz", "ru", "en"].filter((lc) => lc !== translation.locale),
      ]);
    }
  });

  it("by language and slug, the same article; unknown ones answer 404 JSON", async () => {
    const byId = (await get(`/api/v1/articles/${story.ids.en ?? 0}`)).json<Article>();
    const slug = byId.url.split("/").pop()?.replace(/^\d+-/, "") ?? "";
    const bySlug = await get(`/api/v1/articles/by-slug/en/${slug}`);
    expect([bySlug.statusCode, bySlug.json<Article>().id, bySlug.json<Article>().bodyHtml]).toEqual([200, byId.id, byId.bodyHtml]);
    const missing = [`/api/v1/articles/by-slug/ru/${slug}`, "/api/v1/articles/by-slug/en/no-such-article", "/api/v1/articles/999999"];
    for (const url of missing) {
      const res = await get(url);
      expect([url, res.statusCode, codeOf(res), res.headers["content-type"]]).toEqual([url, 404, "XABAR_ARTICLE_NOT_FOUND", "application/json; charset=utf-8"]);
    }
  });
});

describe("categories and tags", () => {
  it("name categories in the language asked for, in the site's order", async () => {
    const res = await get("/api/v1/categories?locale=ru");
    const { categories } = categoryListSchema.parse(res.json());
    expect(categories).toEqual([
      { slug: "world", name: "Мир", url: `${SITE}/ru/world/` },
      { slug: "sport", name: "Спорт", url: `${SITE}/ru/sport/` },
      { slug: "economy", name: "Экономика", url: `${SITE}/ru/economy/` },
    ]);
  });

  it("page tags by slug", async () => {
    const first = tagListSchema.parse((await get("/api/v1/tags?locale=en&limit=1")).json());
    const second = tagListSchema.parse((await get(local(first.next ?? ""))).json());
    expect([first.tags, second.tags, second.nextCursor]).toEqual([
      [{ slug: "chess", name: "Chess", url: `${SITE}/en/tag/chess` }],
      [{ slug: "football", name: "Football", url: `${SITE}/en/tag/football` }],
      null,
    ]);
  });
});

describe("caching", () => {
  it("answers with a strong ETag, 304 on If-None-Match, Cache-Control and Surrogate-Key", async () => {
    const url = `/api/v1/articles/${story.ids.en ?? 0}`;
    const first = await get(url);
    const etag = String(first.headers.etag);
    const again = await get(url, { "if-none-match": etag });
    const list = await get("/api/v1/articles?locale=en&limit=2");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20}"$/);
    expect([again.statusCode, again.body, again.headers["x-cache"]]).toEqual([304, "", "HIT"]);
    // "*": any current representation (RFC 9110); an article that is not there has none.
    expect((await get(url, { "if-none-match": "*" })).statusCode).toBe(304);
    expect((await get("/api/v1/articles/99999", { "if-none-match": "*" })).statusCode).toBe(404);
    expect(first.headers["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=300, stale-if-error=86400");
    expect(String(first.headers["surrogate-key"]).split(" ").sort()).toEqual([`article:${story.ids.en ?? 0}`, `story:${story.storyId}`]);
    expect(String(list.headers["surrogate-key"]).split(" ")).toContain("home:en");
  });

  it("drops an article and the lists showing it when it is edited: a new ETag", async () => {
    const id = story.ids.en ?? 0;
    const url = `/api/v1/articles/${id}`;
    const before = await get(url);
    const listBefore = await get("/api/v1/articles?locale=en&limit=3");
    expect([before.headers["x-cache"], (await get(url)).headers["x-cache"]]).toEqual([expect.stringMatching(/MISS|HIT/), "HIT"]);
    const article = (await call(editor, "GET", `/api/admin/articles/${id}`)).json<{ article: { version: number } }>().article;
    const patched = await call(editor, "PATCH", `/api/admin/articles/${id}`, { title: "Chess olympiad, day two" }, { "if-match": `"${article.version}"` });
    expect(patched.statusCode).toBe(200);
    const after = await get(url, { "if-none-match": String(before.headers.etag) });
    const listAfter = await get("/api/v1/articles?locale=en&limit=3", { "if-none-match": String(listBefore.headers.etag) });
    expect([after.statusCode, after.headers["x-cache"], after.json<Article>().title]).toEqual([200, "MISS", "Chess olympiad, day two"]);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect([listAfter.statusCode, listAfter.json<List>().articles.some((a) => a.title === "Chess olympiad, day two")]).toEqual([200, true]);
  });
});

describe("hostile parameters", () => {
  it("answer 400 with the catalogue's code, never 500, and make no cache entries", async () => {
    const someRow = Buffer.from("2020-01-01T00:00:00.000Z~5").toString("base64url");
    const bad = [
      "/api/v1/articles?limit=1000",
      "/api/v1/articles?limit=0",
      "/api/v1/articles?limit=05",
      "/api/v1/articles?limit=-1",
      "/api/v1/articles?limit=1e2",
      "/api/v1/articles?cursor=not-a-cursor",
      `/api/v1/articles?cursor=${someRow}`,
      `/api/v1/articles?cursor=${someRow}=`,
      "/api/v1/articles?category=%27%20OR%201%3D1%20--",
      "/api/v1/articles?category=nosuch",
      "/api/v1/articles?tag=x%22%3B%20DROP%20TABLE%20articles%3B",
      "/api/v1/articles?since=yesterday",
      "/api/v1/articles?locale=de",
      "/api/v1/articles?locale=en&locale=ru",
      "/api/v1/articles?page=2",
      `/api/v1/articles?q=${"x".repeat(5000)}`,
      "/api/v1/articles/by-slug/xx/slug",
      "/api/v1/articles/by-slug/en/Not_A_Slug",
      "/api/v1/categories",
      "/api/v1/categories?locale=en&extra=1",
      "/api/v1/tags?locale=en&cursor=Zm9v",
      "/api/v1/tags?locale=en&limit=101",
      "/api/v1/articles/1?x=1",
      "/api/v1/articles/by-slug/en/some-slug?utm_source=x",
    ];
    const sizeBefore = x.cache?.size;
    const answers = [];
    for (const url of bad) {
      const res = await get(url);
      answers.push([url, res.statusCode, codeOf(res)]);
    }
    expect(answers).toEqual(bad.map((url) => [url, 400, "XABAR_INVALID"]));
    const badIds = ["03", "1e3", "0x1", "99999999999", "-1", "1.0"];
    const idAnswers = [];
    for (const id of badIds) {
      const res = await get(`/api/v1/articles/${id}`);
      idAnswers.push([id, res.statusCode, codeOf(res)]);
    }
    expect(idAnswers).toEqual(badIds.map((id) => [id, 400, "XABAR_INVALID_ID"]));
    expect(x.cache?.size).toBe(sizeBefore);
  });

  it("name the parameters that are wrong", async () => {
    const res = await get("/api/v1/articles?limit=500&colour=red");
    expect(Object.keys(res.json<{ error: { fields: Record<string, string> } }>().error.fields).sort()).toEqual(["colour", "limit"]);
    // With codes: a bound names its number.
    expect(res.json<{ error: { problems: object } }>().error.problems).toEqual({ colour: { code: "unknown_field" }, limit: { code: "too_large", limit: 100 } });
  });
});

describe("CORS", () => {
  it("lets any origin read the content API, preflight included", async () => {
    const read = await get("/api/v1/articles?limit=1", { origin: FOREIGN });
    const preflight = await x.app.inject({
      method: "OPTIONS",
      url: "/api/v1/articles?limit=1",
      headers: { origin: FOREIGN, "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" },
    });
    expect([read.statusCode, read.headers["access-control-allow-origin"], read.headers["access-control-allow-credentials"]]).toEqual([200, "*", undefined]);
    expect(String(read.headers["access-control-expose-headers"])).toContain("ETag");
    // The same answer for every origin: nothing for a CDN to keep apart.
    expect(read.headers.vary).toBe("Accept-Encoding");
    expect([preflight.statusCode, preflight.headers["access-control-allow-origin"], preflight.headers["access-control-allow-methods"]]).toEqual([
      204,
      "*",
      "GET, HEAD",
    ]);
    expect(String(preflight.headers["access-control-allow-headers"]).toLowerCase()).toBe("if-none-match");
  });

  it("never opens the engagement calls or the admin API to other origins", async () => {
    const id = story.ids.en ?? 0;
    const preflights = [];
    for (const url of [`/api/v1/articles/${id}/views`, `/api/v1/articles/${id}/reactions`, "/api/admin/session"]) {
      const res = await x.app.inject({ method: "OPTIONS", url, headers: { origin: FOREIGN, "access-control-request-method": "POST" } });
      preflights.push([url, res.statusCode, res.headers["access-control-allow-origin"]]);
    }
    expect(preflights.map(([url, , allowed]) => [url, allowed])).toEqual(preflights.map(([url]) => [url, undefined]));
    // No preflight is answered: the engagement calls' CORS refuses it (404); the admin API takes no OPTIONS (405).
    expect(preflights.map(([, status]) => status)).toEqual([404, 404, 405]);
    const view = await x.app.inject({ method: "POST", url: `/api/v1/articles/${id}/views`, headers: { origin: FOREIGN } });
    const stats = await x.app.inject({ url: `/api/v1/articles/${id}/stats`, headers: { origin: FOREIGN } });
    expect([view.statusCode, codeOf(view), view.headers["access-control-allow-origin"]]).toEqual([403, "XABAR_FOREIGN_ORIGIN", undefined]);
    expect([stats.statusCode, codeOf(stats), stats.headers["access-control-allow-origin"]]).toEqual([403, "XABAR_FOREIGN_ORIGIN", undefined]);
  });
});

describe("the API document", () => {
  interface Doc {
    openapi: string;
    paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }>; responses: Record<string, { content?: object }> }>>;
    components: { schemas: Record<string, { type?: string; properties?: object }> };
  }

  it("is OpenAPI 3.1 with every /api/v1 operation, each registered", async () => {
    const res = await get("/api/v1/openapi.json");
    const doc = res.json<Doc>();
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect([doc.openapi, operations.sort()]).toEqual([
      "3.1.0",
      [
        "GET /api/v1/articles",
        "GET /api/v1/articles/by-slug/{locale}/{slug}",
        "GET /api/v1/articles/{id}",
        "GET /api/v1/articles/{id}/stats",
        "GET /api/v1/categories",
        "GET /api/v1/openapi.json",
        "GET /api/v1/search",
        "GET /api/v1/tags",
        "POST /api/v1/articles/{id}/reactions",
        "POST /api/v1/articles/{id}/views",
      ],
    ]);
    for (const op of PUBLIC_OPERATIONS) {
      expect([op.method, op.path, x.app.hasRoute({ method: op.method.toUpperCase(), url: op.path.replace(/\{(\w+)\}/g, ":$1") })]).toEqual([
        op.method,
        op.path,
        true,
      ]);
    }
    // Parameters from the schemas the routes validate with; answers refer to named components.
    const list = doc.paths["/api/v1/articles"]?.get;
    expect(list?.parameters?.filter((p) => p.in === "query").map((p) => p.name)).toEqual(["locale", "category", "tag", "since", "cursor", "limit"]);
    expect(list?.responses["200"]?.content).toEqual({ "application/json": { schema: { $ref: "#/components/schemas/ArticleList" } } });
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        // Every {name} of the path is a declared path parameter, and nothing else is.
        const declared = (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
        expect([method, path, declared]).toEqual([method, path, [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])]);
        for (const response of Object.values(op.responses)) {
          const ref = JSON.stringify(response.content ?? {}).match(/#\/components\/schemas\/(\w+)/)?.[1];
          expect([method, path, ref === undefined || doc.components.schemas[ref]?.type === "object"]).toEqual([method, path, true]);
        }
      }
    }
  });

  it("refuses to register a /api/v1 route it does not list", async () => {
    const app = Fastify();
    app.addHook("onRoute", requireDocumented);
    app.get("/api/v1/articles", async () => ({}));
    app.get("/elsewhere", async () => ({}));
    expect(() => app.get("/api/v1/secrets", async () => ({}))).toThrow("GET /api/v1/secrets is missing from PUBLIC_OPERATIONS");
    expect(() => app.delete("/api/v1/articles/:id", async () => ({}))).toThrow("DELETE /api/v1/articles/:id is missing");
    await app.close();
  });

  it("describes the real answers (parsed with the schemas it is generated from)", async () => {
    const list = articleListSchema.safeParse((await get("/api/v1/articles?limit=100")).json());
    const stats = statsAnswer.safeParse((await get(`/api/v1/articles/${story.ids.en ?? 0}/stats`)).json());
    expect([list.success, list.error?.issues, stats.success]).toEqual([true, undefined, true]);
  });
});
