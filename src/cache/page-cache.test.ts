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

  describe("render: one at a time per key", () => {
    /** A render that finishes when told to. */
    function gate() {
      let open: (page: RenderedPage | undefined) => void = () => undefined;
      let fail: (error: Error) => void = () => undefined;
      let calls = 0;
      const render = () => {
        calls++;
        return new Promise<RenderedPage | undefined>((resolve, reject) => {
          open = resolve;
          fail = reject;
        });
      };
      return { render, open: (p: RenderedPage | undefined) => open(p), fail: (e: Error) => fail(e), calls: () => calls };
    }

    it("lets the others wait for the first render and share its page", async () => {
      const cache = new PageCache({ maxEntries: 10, ttlMs: 60_000 });
      const g = gate();
      const all = Promise.all([cache.render("/uz/", g.render), cache.render("/uz/", g.render), cache.render("/uz/", g.render)]);
      g.open(page("home", ["home:uz"]));
      const results = await all;
      expect(g.calls()).toBe(1);
      expect(results.map((r) => [r.state, r.page?.body.toString()])).toEqual([
        ["MISS", "home"],
        ["HIT", "home"],
        ["HIT", "home"],
      ]);
      expect(cache.get("/uz/")?.body.toString()).toBe("home");
    });

    it("gives the others the stale copy while one request renders the expired page", async () => {
      let now = 0;
      const cache = new PageCache({ maxEntries: 10, ttlMs: 1_000, now: () => now });
      cache.set("/uz/", page("old", ["home:uz"]));
      now = 2_000;
      const g = gate();
      const first = cache.render("/uz/", g.render);
      const second = await cache.render("/uz/", g.render);
      expect([second.state, second.page?.body.toString()]).toEqual(["STALE", "old"]);
      g.open(page("new", ["home:uz"]));
      expect((await first).page?.body.toString()).toBe("new");
      expect(g.calls()).toBe(1);
    });

    it("does not let a failed render poison the key: the waiting get its error, the next request renders again", async () => {
      const cache = new PageCache({ maxEntries: 10, ttlMs: 60_000 });
      const g = gate();
      const first = cache.render("/uz/", g.render);
      const second = cache.render("/uz/", g.render);
      g.fail(new Error("database down"));
      await expect(first).rejects.toThrow("database down");
      await expect(second).rejects.toThrow("database down");
      expect(cache.stale("/uz/")).toBeUndefined();
      const again = cache.render("/uz/", g.render);
      g.open(page("back", ["home:uz"]));
      expect((await again).page?.body.toString()).toBe("back");
      expect(g.calls()).toBe(2);
    });

    it("stores nothing for a render without a page, and starts anew after an invalidation", async () => {
      const cache = new PageCache({ maxEntries: 10, ttlMs: 60_000 });
      const redirect = gate();
      const first = cache.render("/uz/x", redirect.render);
      redirect.open(undefined);
      expect(await first).toEqual({ page: undefined, state: "MISS" });
      expect(cache.size).toBe(0);

      const before = gate();
      const old = cache.render("/uz/", before.render, cache.version);
      cache.invalidate(["home:uz"]);
      const after = gate();
      const fresh = cache.render("/uz/", after.render, cache.version);
      before.open(page("before the change", ["home:uz"]));
      after.open(page("after the change", ["home:uz"]));
      expect((await old).page?.body.toString()).toBe("before the change");
      expect((await fresh).page?.body.toString()).toBe("after the change");
      expect(cache.get("/uz/")?.body.toString()).toBe("after the change");
    });
  });
});
