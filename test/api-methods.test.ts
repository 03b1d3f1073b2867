/** Methods an address does not take: the API says which it does (405 with Allow); the site's pages are 404s as before. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp } from "./app.js";
import { codeOf } from "./admin-client.js";

let x: TestApp;
beforeAll(async () => {
  x = await createTestApp();
});
afterAll(async () => {
  await x.close();
});

describe("a method an API address does not take", () => {
  it("say which methods an address takes (405 with Allow), and 404 where there is no address", async () => {
    const answers = [];
    for (const [method, url] of [
      ["POST", "/api/v1/articles"],
      ["DELETE", "/api/v1/articles/1"],
      ["GET", "/api/v1/articles/1/reactions"],
      ["PUT", "/api/v1/search"],
      ["POST", "/api/v1/nosuch"],
    ] as const) {
      const res = await x.app.inject({ method, url });
      answers.push([method, url, res.statusCode, codeOf(res), res.headers.allow ?? null]);
    }
    expect(answers).toEqual([
      ["POST", "/api/v1/articles", 405, "XABAR_METHOD_NOT_ALLOWED", "GET, HEAD"],
      ["DELETE", "/api/v1/articles/1", 405, "XABAR_METHOD_NOT_ALLOWED", "GET, HEAD"],
      ["GET", "/api/v1/articles/1/reactions", 405, "XABAR_METHOD_NOT_ALLOWED", "POST"],
      ["PUT", "/api/v1/search", 405, "XABAR_METHOD_NOT_ALLOWED", "GET, HEAD"],
      ["POST", "/api/v1/nosuch", 404, "XABAR_NOT_FOUND", null],
    ]);
    // A page of the site is not the API: a POST to it is the site's 404 page.
    expect((await x.app.inject({ method: "POST", url: "/en/rss.xml" })).statusCode).toBe(404);
  });
});
