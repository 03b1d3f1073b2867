/**
 * Cached routes that answer with a reply of their own (a 404, a 301 to the canonical URL) send it
 * once: alone or several at once on one cache key, never "Reply was already sent".
 */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";

let x: TestApp;
const lines: string[] = [];
let wrongSlug = "";

beforeAll(async () => {
  x = await createTestApp({}, { log: pino({ level: "warn" }, { write: (line: string) => lines.push(line) }) });
  const { ids } = await buildStory(x, { locales: ["en"], title: "Replies of their own", category: "world" });
  wrongSlug = `/en/world/${ids.en ?? 0}-not-its-slug`;
  await x.settled();
});

afterAll(async () => {
  await x.close();
});

describe("a cached route's own reply", () => {
  it("is sent once, for one request and for three at once on one key", async () => {
    for (const url of ["/en/world/x", wrongSlug]) {
      const alone = await x.app.inject({ url });
      const together = await Promise.all([1, 2, 3].map(() => x.app.inject({ url })));
      expect([alone, ...together].map((r) => r.statusCode)).toEqual(url === wrongSlug ? [301, 301, 301, 301] : [404, 404, 404, 404]);
    }
    expect(lines.filter((line) => line.includes("Reply was already sent"))).toEqual([]);
  });
});
