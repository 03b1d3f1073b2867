/**
 * Counters that cannot be inflated (issue 13, item 7): a view or a reaction counts only from a
 * visitor id the server issued (signed) on an earlier answer; absent, rotated, unsigned and forged
 * cookies count nothing; calls from another site's pages get 403 and add nothing; many readers
 * behind one carrier address all count (the address only has a rate limit).
 */
import { createHmac, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";

const SITE = "https://news.example.uz";
const browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
const FORM = "application/x-www-form-urlencoded";
let x: TestApp;
let id = 0;
let api: { views: string; stats: string; reactions: string };

beforeAll(async () => {
  x = await createTestApp({ RATE_LIMIT_PER_MINUTE: "10000", SITE_URL: SITE });
  id = (await buildStory(x, { locales: ["en"] })).ids.en ?? 0;
  api = { views: `/api/v1/articles/${id}/views`, stats: `/api/v1/articles/${id}/stats`, reactions: `/api/v1/articles/${id}/reactions` };
});
afterAll(async () => {
  await x.close();
});

interface Stats {
  views: number;
  reactions: Record<string, number>;
  mine: string | null;
}

/** What the database and the buffer hold for the article. */
async function stats(): Promise<Stats> {
  await x.views.flush();
  return (await x.app.inject({ url: api.stats, headers: { "user-agent": browser } })).json<Stats>();
}

/** The `xv=…` pair of an answer's Set-Cookie, or "". */
function cookieOf(res: { headers: Record<string, unknown> }): string {
  const set = res.headers["set-cookie"];
  const first = Array.isArray(set) ? String(set[0]) : typeof set === "string" ? set : "";
  return first.split(";")[0] ?? "";
}

/** An id the server issued, as the island gets it (its first call). */
async function issuedCookie(): Promise<string> {
  return cookieOf(await x.app.inject({ url: api.stats, headers: { "user-agent": browser } }));
}

const post = (url: string, headers: Record<string, string>, payload?: string | object) =>
  x.app.inject({ method: "POST", url, headers: { "user-agent": browser, ...headers }, ...(payload === undefined ? {} : { payload }) });

describe("a view or a reaction counts only from an issued id", () => {
  it("absent, rotating, unsigned and forged cookies count no view", async () => {
    const before = (await stats()).views;
    const randomId = () => randomBytes(16).toString("base64url");
    const forged = (secret: string) => {
      const visitor = randomId();
      return `${visitor}.${createHmac("sha256", secret).update(`visitor-id|${visitor}`).digest("base64url").slice(0, 22)}`;
    };
    const cookies = [
      ...Array.from({ length: 10 }, () => ""),
      ...Array.from({ length: 10 }, () => `xv=${randomId()}`),
      ...Array.from({ length: 10 }, () => `xv=${randomId()}.${randomId()}`),
      ...Array.from({ length: 10 }, () => `xv=${forged("not-the-instance-secret")}`),
    ];
    const answers = [];
    for (const cookie of cookies) {
      const res = await post(api.views, cookie ? { cookie } : {});
      answers.push([res.statusCode, res.json<{ counted: boolean }>().counted, /^xv=[\w-]{22}\.[\w-]{22}$/.test(cookieOf(res))]);
    }
    // Each gets an id of its own (for next time) and counts nothing now.
    expect(answers).toEqual(cookies.map(() => [200, false, true]));
    expect((await stats()).views).toBe(before);
  });

  it("the id issued on an earlier answer counts, once per day", async () => {
    const before = (await stats()).views;
    const cookie = await issuedCookie();
    expect((await post(api.views, { cookie })).json()).toMatchObject({ counted: true });
    expect((await post(api.views, { cookie })).json()).toMatchObject({ counted: false });
    expect((await stats()).views).toBe(before + 1);
  });

  it("a reaction without an issued id is refused (403) and adds nothing; with the id it was given, it counts", async () => {
    const before = (await stats()).reactions.love ?? 0;
    const refused = await post(api.reactions, { cookie: `xv=${randomBytes(16).toString("base64url")}` }, { reaction: "love" });
    expect([refused.statusCode, refused.json<{ error: { code: string } }>().error.code]).toEqual([403, "XABAR_UNKNOWN_VISITOR"]);
    expect((await stats()).reactions.love).toBe(before);
    const again = await post(api.reactions, { cookie: cookieOf(refused) }, { reaction: "love" });
    expect([again.statusCode, again.json<Stats>().mine]).toEqual([200, "love"]);
    expect((await stats()).reactions.love).toBe(before + 1);
  });

  it("the no-JS form on a first visit: 307 with the id, the browser posts again and it counts; without cookies nothing counts", async () => {
    const before = (await stats()).reactions.laugh ?? 0;
    const back = `/en/world/${id}-x`;
    const body = `reaction=laugh&back=${encodeURIComponent(back)}`;
    const first = await post(api.reactions, { "content-type": FORM, origin: SITE }, body);
    expect([first.statusCode, first.headers.location]).toEqual([307, `${api.reactions}?visitor=new`]);
    expect((await stats()).reactions.laugh).toBe(before);
    const followed = await post(`${api.reactions}?visitor=new`, { "content-type": FORM, origin: SITE, cookie: cookieOf(first) }, body);
    expect([followed.statusCode, followed.headers.location]).toEqual([303, `${back}?mine=laugh`]);
    expect((await stats()).reactions.laugh).toBe(before + 1);
    // A browser that keeps no cookie comes back without one: no loop, no count.
    const cookieless = await post(`${api.reactions}?visitor=new`, { "content-type": FORM, origin: SITE }, body);
    expect([cookieless.statusCode, cookieless.headers.location]).toEqual([303, back]);
    expect((await stats()).reactions.laugh).toBe(before + 1);
  });

  it("many readers behind one address all count: no cap per address, only the rate limit", async () => {
    const before = (await stats()).views;
    for (let i = 0; i < 150; i++) {
      const cookie = await issuedCookie();
      expect((await post(api.views, { cookie })).json()).toMatchObject({ counted: true });
    }
    expect((await stats()).views).toBe(before + 150);
  });
});

describe("calls from another site's pages", () => {
  it("a cross-site form POST to /reactions gets 403 and adds nothing, even with the reader's id", async () => {
    const cookie = await issuedCookie();
    const before = await stats();
    const forged: Array<Record<string, string>> = [
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site", origin: "https://blog.news.example.uz" },
      { origin: "null" },
    ];
    const answers = [];
    for (const headers of forged) {
      const res = await post(api.reactions, { ...headers, cookie, "content-type": FORM }, `reaction=like&back=/en/world/${id}-x`);
      const views = await post(api.views, { ...headers, cookie });
      answers.push([res.statusCode, res.json<{ error: { code: string } }>().error.code, views.statusCode]);
    }
    expect(answers).toEqual(forged.map(() => [403, "XABAR_FOREIGN_ORIGIN", 403]));
    expect(await stats()).toEqual(before);
  });

  it("takes calls from the site's own pages (its origin, or the origin it was reached at) and from callers that say nothing", async () => {
    const cookie = await issuedCookie();
    for (const headers of [{ origin: SITE, "sec-fetch-site": "same-origin" }, { origin: "http://localhost:80" }, { "sec-fetch-site": "none" }, {}]) {
      const res = await x.app.inject({ url: api.stats, headers: { ...headers, cookie, "user-agent": browser, host: "localhost:80" } });
      expect({ headers, status: res.statusCode }).toEqual({ headers, status: 200 });
    }
  });
});
