import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";
import { emptyCounts } from "../src/engagement/reactions.js";

let x: TestApp;
let id: number;
/** The API's error body. */
interface ApiError {
  error: { code: string; message: string };
}
const anyNumber: unknown = expect.any(Number);
const anyString: unknown = expect.any(String);
const browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

beforeAll(async () => {
  x = await createTestApp({ RATE_LIMIT_PER_MINUTE: "1000" });
  const story = await buildStory(x, { locales: ["en"] });
  id = story.ids.en ?? 0;
});
afterAll(async () => {
  await x.close();
});

/** A visitor: keeps the cookie the API gives it (a new one has none yet: `arrived` asks for it first, as the island does). */
function visitor(userAgent = browser) {
  let cookie = "";
  return async (method: "GET" | "POST", url: string, payload?: unknown, type?: string) => {
    const res = await x.app.inject({
      method,
      url,
      headers: { "user-agent": userAgent, ...(cookie ? { cookie } : {}), ...(type ? { "content-type": type } : {}) },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    const set = res.headers["set-cookie"];
    const first = Array.isArray(set) ? set[0] : set;
    if (first) cookie = first.split(";")[0] ?? "";
    return res;
  };
}

/** A visitor who has had the island's first call (stats), so has an issued id. */
async function arrived(userAgent = browser) {
  const someone = visitor(userAgent);
  await someone("GET", `/api/v1/articles/${id}/stats`);
  return someone;
}

describe("views", () => {
  it("counts a view once per visitor per article per day, and survives a flush", async () => {
    const alice = visitor();
    const first = await alice("GET", `/api/v1/articles/${id}/stats`);
    expect(first.statusCode).toBe(200);
    const setCookie = String(first.headers["set-cookie"]);
    expect(setCookie).toMatch(/^xv=[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22};/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    expect((await alice("POST", `/api/v1/articles/${id}/views`)).json()).toEqual({ views: 1, counted: true });
    expect((await alice("POST", `/api/v1/articles/${id}/views`)).json()).toEqual({ views: 1, counted: false });
    expect((await (await arrived())("POST", `/api/v1/articles/${id}/views`)).json()).toEqual({ views: 2, counted: true });
    await x.views.flush();
    const row = await x.db.selectFrom("article_stats").select("views").where("article_id", "=", id).executeTakeFirstOrThrow();
    expect(row.views).toBe(2);
    expect((await alice("POST", `/api/v1/articles/${id}/views`)).json()).toEqual({ views: 2, counted: false });
    expect((await alice("GET", `/api/v1/articles/${id}/stats`)).json()).toMatchObject({ views: 2 });
  });

  it("does not count known bots", async () => {
    const before = (await visitor()("GET", `/api/v1/articles/${id}/stats`)).json<{ views: number }>().views;
    const bot = visitor("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
    expect((await bot("GET", `/api/v1/articles/${id}/stats`)).headers["set-cookie"]).toBeUndefined();
    const res = await bot("POST", `/api/v1/articles/${id}/views`);
    expect(res.json()).toEqual({ views: before, counted: false });
    expect(res.headers["set-cookie"]).toBeUndefined();
  });
});

describe("reactions", () => {
  it("keeps one changeable, removable reaction per visitor", async () => {
    const alice = await arrived();
    const bob = await arrived();
    const liked = await alice("POST", `/api/v1/articles/${id}/reactions`, { reaction: "like" });
    expect(liked.statusCode).toBe(200);
    expect(liked.json()).toEqual({ views: anyNumber, reactions: { ...emptyCounts(), like: 1 }, mine: "like" });
    expect((await bob("POST", `/api/v1/articles/${id}/reactions`, { reaction: "like" })).json()).toMatchObject({ reactions: { like: 2 }, mine: "like" });
    expect((await alice("POST", `/api/v1/articles/${id}/reactions`, { reaction: "sad" })).json()).toMatchObject({
      reactions: { like: 1, sad: 1 },
      mine: "sad",
    });
    expect((await alice("POST", `/api/v1/articles/${id}/reactions`, { reaction: null })).json()).toMatchObject({ reactions: { like: 1, sad: 0 }, mine: null });
    expect((await bob("GET", `/api/v1/articles/${id}/stats`)).json()).toMatchObject({ mine: "like" });
    expect((await visitor()("GET", `/api/v1/articles/${id}/stats`)).json()).toMatchObject({ mine: null, reactions: { like: 1 } });
  });

  it("works as a plain form POST without JavaScript", async () => {
    const carol = await arrived();
    const back = "/en/world/1-test";
    const res = await carol("POST", `/api/v1/articles/${id}/reactions`, `reaction=love&back=${encodeURIComponent(back)}`, "application/x-www-form-urlencoded");
    expect([res.statusCode, res.headers.location]).toEqual([303, `${back}?mine=love`]);
    const stats = await carol("GET", `/api/v1/articles/${id}/stats`);
    expect(stats.json()).toMatchObject({ reactions: { love: 1 } });
    const offsite = await carol("POST", `/api/v1/articles/${id}/reactions`, "reaction=love&back=//evil.example", "application/x-www-form-urlencoded");
    expect(offsite.headers.location).toBe("/");
    for (const back of ["/\t/evil.example/x", "/en/world/1-a\r\nSet-Cookie: x=1", "/а", "https://evil.example/en/world/1"]) {
      const res = await carol("POST", `/api/v1/articles/${id}/reactions`, `reaction=sad&back=${encodeURIComponent(back)}`, "application/x-www-form-urlencoded");
      expect({ back, status: res.statusCode, location: res.headers.location }).toEqual({ back, status: 303, location: "/" });
    }
  });
});

describe("bad input", () => {
  it.each([
    ["POST", "/api/v1/articles/abc/views", undefined, 400, "XABAR_INVALID_ID"],
    ["POST", "/api/v1/articles/-1/views", undefined, 400, "XABAR_INVALID_ID"],
    ["POST", "/api/v1/articles/99999999999999/views", undefined, 400, "XABAR_INVALID_ID"],
    ["POST", "/api/v1/articles/2147483648/views", undefined, 400, "XABAR_INVALID_ID"],
    ["POST", "/api/v1/articles/999999/views", undefined, 404, "XABAR_ARTICLE_NOT_FOUND"],
    ["GET", "/api/v1/articles/999999/stats", undefined, 404, "XABAR_ARTICLE_NOT_FOUND"],
    ["POST", "/api/v1/articles/ID/reactions", { reaction: "wow" }, 400, "XABAR_INVALID_REACTION"],
    ["POST", "/api/v1/articles/ID/reactions", { nothing: true }, 400, "XABAR_INVALID_REACTION"],
    ["POST", "/api/v1/articles/ID/reactions", [1, 2], 400, "XABAR_INVALID_REACTION"],
    ["GET", "/api/v1/nope", undefined, 404, "XABAR_NOT_FOUND"],
  ] as const)("%s %s %j → %i %s", async (method, url, payload, status, code) => {
    const res = await x.app.inject({ method, url: url.replace("ID", String(id)), ...(payload === undefined ? {} : { payload: payload as object }) });
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual({ error: { code, message: anyString } });
  });

  it("refuses broken JSON, huge bodies and odd content types with a code, never a 500", async () => {
    const url = `/api/v1/articles/${id}/reactions`;
    const broken = await x.app.inject({ method: "POST", url, headers: { "content-type": "application/json" }, payload: "{nope" });
    expect(broken.statusCode).toBe(400);
    expect(broken.json<ApiError>().error.code).toBe("XABAR_BAD_REQUEST");
    const huge = await x.app.inject({
      method: "POST",
      url,
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ reaction: "x".repeat(200_000) }),
    });
    expect([huge.statusCode, huge.json<ApiError>().error.code]).toEqual([413, "XABAR_BODY_TOO_LARGE"]);
    const xml = await x.app.inject({ method: "POST", url, headers: { "content-type": "application/xml" }, payload: "<a/>" });
    expect([xml.statusCode, xml.json<ApiError>().error.code]).toEqual([415, "XABAR_UNSUPPORTED_MEDIA_TYPE"]);
    for (const res of [broken, huge, xml]) expect(res.body).not.toContain("at ");
  });
});

describe("rate limiting", () => {
  it("answers 429 with a code once a visitor goes over the limit", async () => {
    const limited = await createTestApp({ RATE_LIMIT_PER_MINUTE: "3" });
    try {
      const story = await buildStory(limited, { locales: ["en"] });
      const url = `/api/v1/articles/${story.ids.en}/stats`;
      const statuses: number[] = [];
      let last = "";
      for (let i = 0; i < 5; i++) {
        // A new visitor cookie each time does not escape the limit: it is per address.
        const res = await limited.app.inject({ url, headers: { cookie: `xv=AAAAAAAAAAAAAAAAAAAAA${i}`, "x-forwarded-for": `10.0.0.${i}` } });
        statuses.push(res.statusCode);
        last = res.body;
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(JSON.parse(last)).toEqual({ error: { code: "XABAR_RATE_LIMITED", message: anyString } });
    } finally {
      await limited.close();
    }
  });
});
