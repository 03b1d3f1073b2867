import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { RenderedPage, negotiateEncoding } from "./page.js";
import { PageCache } from "./page-cache.js";

const page = (text: string, tags: string[]) => RenderedPage.html(text, 200, tags, "public");

describe("PageCache", () => {
  it("serves until the TTL, then misses", () => {
    let now = 0;
    const cache = new PageCache({ maxEntries: 10, ttlMs: 1000, now: () => now });
    cache.set("/uz/", page("a", ["home:uz"]));
    expect(cache.get("/uz/")?.body.toString()).toBe("a");
    now = 1000;
    expect(cache.get("/uz/")).toBeUndefined();
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
    expect(cache.stale("/uz/")?.body.toString()).toBe("a");
    cache.invalidate(["home:uz"]);
    expect(cache.stale("/uz/")).toBeUndefined();
  });

  it("invalidates exactly the pages with a tag", () => {
    const cache = new PageCache({ maxEntries: 10, ttlMs: 60_000 });
    cache.set("/uz/world/1-a", page("1", ["article:1", "story:1"]));
    cache.set("/ru/world/2-a", page("2", ["article:2", "story:1"]));
    cache.set("/uz/", page("home", ["home:uz"]));
    expect(cache.invalidate(["story:1"])).toBe(2);
    expect(cache.get("/uz/world/1-a")).toBeUndefined();
    expect(cache.get("/uz/")?.body.toString()).toBe("home");
    expect(cache.invalidate(["story:1", "nothing"])).toBe(0);
  });

  it("does not store a page rendered before an invalidation that happened meanwhile", () => {
    const cache = new PageCache({ maxEntries: 10, ttlMs: 60_000 });
    const renderedAt = cache.version;
    cache.invalidate(["article:1"]);
    cache.set("/uz/world/1-a", page("old", ["article:1"]), renderedAt);
    expect(cache.get("/uz/world/1-a")).toBeUndefined();
    cache.set("/uz/world/1-a", page("new", ["article:1"]), cache.version);
    expect(cache.get("/uz/world/1-a")?.body.toString()).toBe("new");
  });

  it("evicts the least recently used entry when full", () => {
    const cache = new PageCache({ maxEntries: 2, ttlMs: 60_000 });
    cache.set("a", page("a", ["t"]));
    cache.set("b", page("b", ["t"]));
    cache.get("a");
    cache.set("c", page("c", ["t"]));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.size).toBe(2);
    expect(cache.invalidate(["t"])).toBe(2);
  });
});

describe("RenderedPage", () => {
  it("compresses once per encoding and keeps a stable ETag", () => {
    const html = "<p>Yangiliklar</p>".repeat(200);
    const p = page(html, []);
    const br = p.encoded("br");
    expect(br.encoding).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    expect(gunzipSync(p.encoded("gzip").body).toString()).toBe(html);
    expect(p.encoded("br").body).toBe(br.body);
    expect(page(html, []).etag).toBe(p.etag);
    expect(page("small", []).encoded("gzip").encoding).toBe("identity");
  });

  it("negotiates encodings", () => {
    expect(negotiateEncoding("gzip, deflate, br")).toBe("br");
    expect(negotiateEncoding("gzip")).toBe("gzip");
    expect(negotiateEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(negotiateEncoding(undefined)).toBe("identity");
    expect(negotiateEncoding("identity")).toBe("identity");
  });
});
