/**
 * One spelling per URL (issue 13, items 9 and 10): percent-encoded variants of a page's path
 * answer 301 to it before the page cache is asked (so they neither render nor make entries),
 * unknown query parameters share the page's entry, and ids are canonical decimal everywhere —
 * the engagement API, the admin API's ids, the article segment of a page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, caller, newsroom } from "./admin-client.js";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";
import { statusesOf } from "./inject.js";

const ORIGIN = "http://news.example.uz";
let x: TestApp;
let id = 0;
let articlePath = "";
let editor: Client;

beforeAll(async () => {
  x = await createTestApp({ SITE_URL: ORIGIN });
  // Enough stories that the id has two digits: `1e1` and `0x…` name it too when parsed leniently.
  for (let i = 0; i < 6; i++) {
    const story = await buildStory(x, { locales: ["en"], title: `World story ${i}`, category: "world" });
    id = story.ids.en ?? 0;
  }
  articlePath = `/en/world/${id}-world-story-5-en`;
  editor = (await newsroom(x.app, x.db)).clients.editor;
});
afterAll(async () => {
  await x.close();
});

function pageCache(): NonNullable<TestApp["cache"]> {
  if (!x.cache) throw new Error("the test app runs without a page cache");
  return x.cache;
}

/** `count` spellings of `path`, each percent-encoding another set of its letters (upper- or lowercase hex). */
function encodings(path: string, count: number): string[] {
  const letters = [...path].map((char, index) => (/[a-z]/.test(char) ? index : -1)).filter((index) => index >= 0);
  const spellings: string[] = [];
  for (let mask = 1; spellings.length < count && mask < 2 ** letters.length; mask++) {
    const chars = [...path];
    letters.forEach((index, bit) => {
      if (mask & (1 << bit)) {
        const hex = (chars[index] ?? "").charCodeAt(0).toString(16);
        chars[index] = `%${mask % 2 ? hex.toUpperCase() : hex}`;
      }
    });
    spellings.push(chars.join(""));
  }
  return spellings;
}

describe("cache keys (item 9)", () => {
  it("answers 32 encodings of /en/world/ with a 301 to it: one render, one entry", async () => {
    const cache = pageCache();
    cache.clear();
    const variants = encodings("/en/world/", 32);
    expect(new Set(variants).size).toBe(32);
    const misses = cache.misses;
    const answers = [];
    for (const url of variants) {
      const res = await x.app.inject({ url });
      answers.push([url, res.statusCode, res.headers.location]);
    }
    expect(answers).toEqual(variants.map((url) => [url, 301, "/en/world/"]));
    expect(cache.misses - misses).toBe(0);
    expect(cache.size).toBe(0);
    const canonical = await x.app.inject({ url: "/en/world/" });
    expect([canonical.statusCode, canonical.headers["x-cache"], cache.size]).toEqual([200, "MISS", 1]);
  });

  it("keeps the query on the redirect, and an encoded article path goes to its one spelling", async () => {
    const encodedId = articlePath.replace(String(id), [...String(id)].map((digit) => `%3${digit}`).join(""));
    const res = await x.app.inject({ url: `${encodedId}?utm_source=x` });
    expect([res.statusCode, res.headers.location]).toEqual([301, `${articlePath}?utm_source=x`]);
    const list = await x.app.inject({ url: "/%65n/world/?page=2" });
    expect([list.statusCode, list.headers.location]).toEqual([301, "/en/world/?page=2"]);
  });

  it("does not turn what no route takes (%2F, %20, non-ASCII, broken escapes) into a page", async () => {
    const cache = pageCache();
    const size = cache.size;
    expect(await statusesOf(x.app, ["/en/world%2F", "/en/%20world/", "/en/w%C3%B6rld/", "/en/world/%E0%A4%A"])).toEqual([
      ["/en/world%2F", 404],
      ["/en/%20world/", 404],
      ["/en/w%C3%B6rld/", 404],
      ["/en/world/%E0%A4%A", 400],
    ]);
    expect(cache.size).toBe(size);
  });

  it("unknown query parameters do not make new keys", async () => {
    const cache = pageCache();
    cache.clear();
    const urls = [
      articlePath,
      `${articlePath}?utm_source=a`,
      `${articlePath}?fbclid=b&x=1`,
      "/en/world/",
      "/en/world/?utm_campaign=c",
      "/en/world/?page=1&z=2",
    ];
    const states = [];
    for (const url of urls) states.push([url, (await x.app.inject({ url })).headers["x-cache"]]);
    expect(states).toEqual(urls.map((url, i) => [url, i === 0 || i === 3 ? "MISS" : "HIT"]));
    expect(cache.size).toBe(2);
  });
});

/** Lenient spellings of `id`: each must name nothing. */
const lenient = (n: number): string[] => [`0x${n.toString(16)}`, `+${n}`, `0${n}`, `${n}.0`, `%20${n}`, ` ${n}`, `${n / 10}e1`, `${n}%20`, "1e3"];

describe("ids in canonical decimal only (item 10)", () => {
  it("the engagement API refuses every other spelling with 400", async () => {
    expect((await x.app.inject({ url: `/api/v1/articles/${id}/stats` })).statusCode).toBe(200);
    const answers = [];
    for (const spelling of lenient(id)) {
      const res = await x.app.inject({ url: `/api/v1/articles/${spelling}/stats` });
      answers.push([spelling, res.statusCode, res.json<{ error: { code: string } }>().error.code]);
    }
    expect(answers).toEqual(lenient(id).map((spelling) => [spelling, 400, "XABAR_INVALID_ID"]));
  });

  it("an article page's id segment: 404 for every other spelling", async () => {
    const slug = articlePath.slice(articlePath.indexOf("-"));
    expect((await x.app.inject({ url: articlePath })).statusCode).toBe(200);
    const urls = [`0${id}`, `+${id}`, `${id}.0`, `0x${id.toString(16)}`, `${id / 10}e1`, `%20${id}`].map((spelling) => `/en/world/${spelling}${slug}`);
    expect(await statusesOf(x.app, urls)).toEqual(urls.map((url) => [url, 404]));
  });

  it("a list's page number and cursor: 404 for other spellings of them", async () => {
    const urls = ["/en/world/?page=01", "/en/world/?page=0x2", "/en/world/?page=2.0", "/en/world/?page=%202", "/en/world/?page=2&before=01700000000000-1"];
    expect(await statusesOf(x.app, urls)).toEqual(urls.map((url) => [url, 404]));
  });

  it("the admin API's ids in paths and queries", async () => {
    const call = caller(x.app, ORIGIN);
    expect((await call(editor, "GET", `/api/admin/articles/${id}`)).statusCode).toBe(200);
    const urls = lenient(id).flatMap((spelling) => [
      `/api/admin/articles/${spelling}`,
      `/api/admin/articles/${spelling}/revisions`,
      `/api/admin/stories/${spelling}/activity`,
      `/api/admin/articles/${id}/revisions/diff?from=${spelling}&to=${id}`,
      `/api/admin/media/${spelling}`,
      `/api/admin/media?cursor=${spelling}`,
      `/api/admin/articles?author=${spelling}`,
    ]);
    const answers = [];
    for (const url of urls) answers.push([url, (await call(editor, "GET", url)).statusCode]);
    expect(answers.filter(([, status]) => status !== 400 && status !== 404)).toEqual([]);
    const admin = await call(editor, "PATCH", `/api/admin/users/0${id}`, { disabled: true });
    expect([400, 403, 404]).toContain(admin.statusCode);
  });
});
