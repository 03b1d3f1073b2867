/**
 * `xabar import` (issue 12, "Import") against a real database, SQLite and PostgreSQL: a Polylang
 * export with its translation groups, a WPML one, a DLE-style RSS feed served by a local HTTP
 * server and an Atom file; idempotent re-runs, changed items, an interrupted import resumed, and
 * the old addresses answering 301 before the 404 page.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportReport } from "../src/cli/import/report.js";
import { importFeed } from "../src/cli/import/rss.js";
import { ImportService } from "../src/content/import.service.js";
import type { Db } from "../src/db/database.js";
import { type TestApp, createTestApp } from "./app.js";
import { image } from "./images.js";
import { FIXTURES, type Run, wordpress } from "./import-run.js";

interface ArticleRow {
  story: number;
  locale: string;
  status: string;
  title: string;
  slug: string;
  derived: boolean;
  category: string;
}

async function articles(db: Db): Promise<ArticleRow[]> {
  const rows = await db
    .selectFrom("articles as a")
    .innerJoin("stories as s", "s.id", "a.story_id")
    .innerJoin("categories as c", "c.id", "s.category_id")
    .select(["a.story_id", "a.locale", "a.status", "a.title", "a.slug", "a.derived_from", "c.slug as category"])
    .orderBy("a.story_id")
    .orderBy("a.locale")
    .execute();
  return rows.map((r) => ({
    story: r.story_id,
    locale: r.locale,
    status: r.status,
    title: r.title,
    slug: r.slug,
    derived: r.derived_from !== null,
    category: r.category,
  }));
}

async function count(db: Db, table: "articles" | "stories" | "media" | "redirects" | "import_items" | "authors"): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("xabar import wordpress (Polylang)", () => {
  let x: TestApp;
  let uploads: string;
  let first: Run;
  let dry: Run;
  let writtenByDryRun: number;

  beforeAll(async () => {
    x = await createTestApp();
    uploads = join(x.config.dataDir, "old-uploads");
    mkdirSync(join(uploads, "2026/11"), { recursive: true });
    writeFileSync(join(uploads, "2026/11/registon.jpg"), await image("jpeg", 800, 533));
    dry = await wordpress(x, `${FIXTURES}/polylang.xml`, { uploads, dryRun: true });
    writtenByDryRun = (await count(x.db, "media")) + (await count(x.db, "articles"));
    first = await wordpress(x, `${FIXTURES}/polylang.xml`, { uploads });
  });
  afterAll(async () => {
    await x.close();
  });

  it("makes one story per translation group, each post in its locale, uz-Cyrl told from uz-Latn", async () => {
    const rows = await articles(x.db);
    const byStory = new Map<number, ArticleRow[]>();
    for (const r of rows) byStory.set(r.story, [...(byStory.get(r.story) ?? []), r]);
    const stories = [...byStory.values()].map((list) => list.map((r) => `${r.locale}${r.derived ? "*" : ""}:${r.status}:${r.slug}`));
    expect(stories).toEqual([
      // The metro group: uz, oz, ru, en (the en post is named only in the group's term description).
      [
        "en:published:tashkent-metro-new-station",
        "oz:published:toshkent-metrosida-yangi-bekat-oz",
        "ru:published:novaya-stantsiya",
        "uz:published:toshkent-metrosida-yangi-bekat",
      ],
      // Tagged "uz" but written in Cyrillic: oz, by the text.
      ["oz:published:samarqand-forum", "ru:published:samarkand-forum"],
      // A uz post alone: its uz-Cyrl rendition derived (marked *).
      ["oz*:published:buxoro-qovun-sayli", "uz:published:buxoro-qovun-sayli"],
      ["oz*:draft:qoralama-navoiy-viloyati", "uz:draft:qoralama-navoiy-viloyati"],
      // The private post comes in as a draft.
      ["ru:draft:vnutrennyaya-zametka"],
    ]);
    expect(rows.find((r) => r.locale === "oz" && r.derived && r.status === "published")?.title).toBe("Бухорода қовун сайли");
    expect(first.report.imported).toBe(9);
    expect(first.report.stories).toBe(5);
  });

  it("makes imported articles findable by search, the derived Cyrillic one too", async () => {
    const found = async (locale: string, q: string) =>
      (await x.app.inject({ url: `/api/v1/search?locale=${locale}&q=${encodeURIComponent(q)}` }))
        .json<{ items: { title: string }[] }>()
        .items.map((i) => i.title);
    expect(await found("oz", "қовун")).toContain("Бухорода қовун сайли");
    expect(await found("uz", "qovun")).toEqual(expect.arrayContaining([expect.stringContaining("qovun")]));
  });

  it("reports what it skipped and what needs an editor's look", () => {
    expect(Object.fromEntries(first.report.skipped)).toEqual({
      "in the trash": 1,
      'not a post (post type "page")': 1,
      'language "fr" is not one of uz, oz, ru, en': 1,
    });
    expect(Object.fromEntries(first.report.notes)).toEqual({
      "private post: imported as a draft": 1,
      "shortcode [gallery] left as text": 1,
      "featured image not in the export": 1,
    });
    expect(first.report.lines({ dryRun: false, seconds: 1, items: 10 }).join("\n")).toContain("shortcode [gallery] left as text  (e.g. 16)");
  });

  it("keeps dates, bylines, categories named per locale and tags", async () => {
    const uz = await x.db
      .selectFrom("articles as a")
      .innerJoin("authors as au", "au.id", "a.author_id")
      .select(["a.id", "a.published_at", "a.updated_at", "a.story_id", "a.lead", "au.slug as author", "au.names"])
      .where("a.slug", "=", "toshkent-metrosida-yangi-bekat")
      .executeTakeFirstOrThrow();
    expect([uz.published_at, uz.updated_at, uz.lead, uz.author]).toEqual([
      "2026-11-20T06:30:00.000Z",
      "2026-11-20T07:00:00.000Z",
      "Yangi bekat yoʻlovchilarni kutmoqda.",
      "dilnoza",
    ]);
    expect(JSON.parse(uz.names)).toMatchObject({ uz: "Dilnoza Karimova", oz: "Дилноза Каримова" });
    const names = await x.db
      .selectFrom("category_names as n")
      .innerJoin("categories as c", "c.id", "n.category_id")
      .select(["n.locale", "n.name"])
      .where("c.slug", "=", "jamiyat")
      .orderBy("n.locale")
      .execute();
    expect(names).toEqual([
      { locale: "en", name: "Society" },
      { locale: "oz", name: "Жамият" },
      { locale: "ru", name: "Общество" },
      { locale: "uz", name: "Jamiyat" },
    ]);
    const tags = await x.db
      .selectFrom("story_tags as st")
      .innerJoin("tags as t", "t.id", "st.tag_id")
      .select("t.slug")
      .where("st.story_id", "=", uz.story_id)
      .execute();
    expect(tags.map((t) => t.slug)).toEqual(["toshkent"]);
  });

  it("takes the featured image and the body's image from the uploads folder into the library (once), the caption as a figure", async () => {
    const story = await x.db
      .selectFrom("stories as s")
      .innerJoin("media as m", "m.id", "s.cover_media_id")
      .innerJoin("articles as a", "a.story_id", "s.id")
      .select(["m.file", "m.alt", "m.uploaded_by", "a.body_html"])
      .where("a.locale", "=", "uz")
      .where("a.slug", "=", "toshkent-metrosida-yangi-bekat")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(story.alt)).toEqual({ uz: "Registon maydoni kechqurun" });
    expect(story.uploaded_by).toBeNull();
    expect(await count(x.db, "media")).toBe(1);
    expect(first.report.media).toBe(1);
    expect(story.body_html).not.toContain("wp:");
    expect(story.body_html).not.toContain("[caption");
    expect(story.body_html).toMatch(
      new RegExp(
        `<figure><img src="/media/${story.file}-640\\.jpg" alt="Registon" width="640" height="427" loading="lazy" /><figcaption>Bekat yonidagi maydon</figcaption></figure>`,
      ),
    );
    const classic = await x.db
      .selectFrom("articles")
      .select("body_html")
      .where("locale", "=", "uz")
      .where("slug", "=", "buxoro-qovun-sayli")
      .executeTakeFirstOrThrow();
    expect(classic.body_html).toBe(
      '<p>Buxoro dehqonlari bu yil ham qovun sayliga yigʻildi.</p>\n<p>Sayl uch kun davom etadi.<br />\nKirish bepul.</p>\n<p><code>[gallery ids="20,21" columns="2"]</code></p>',
    );
  });

  it("says in a dry run what the run then does: the same items, images and notes, nothing written", () => {
    const summary = (run: Run) => [
      run.report.imported,
      run.report.stories,
      run.report.media,
      run.report.lines({ dryRun: false, seconds: 1, items: 9 }).slice(1),
    ];
    expect(summary(dry)).toEqual(summary(first));
    expect(writtenByDryRun).toBe(0);
  });

  it("adds nothing when run again", async () => {
    const before = await Promise.all((["articles", "stories", "media", "redirects", "import_items", "authors"] as const).map((t) => count(x.db, t)));
    const again = await wordpress(x, `${FIXTURES}/polylang.xml`, { uploads });
    expect([again.report.imported, again.report.updated, again.report.unchanged, again.report.media]).toEqual([0, 0, 9, 0]);
    expect(await Promise.all((["articles", "stories", "media", "redirects", "import_items", "authors"] as const).map((t) => count(x.db, t)))).toEqual(before);
  });

  it("updates the article of a changed post, and its derived uz-Cyrl rendition", async () => {
    const changed = join(x.config.dataDir, "changed.xml");
    writeFileSync(changed, readFileSync(`${FIXTURES}/polylang.xml`, "utf8").replace("Buxoroda qovun sayli", "Buxoroda katta qovun sayli"));
    const run = await wordpress(x, changed, { uploads });
    expect([run.report.imported, run.report.updated, run.report.unchanged]).toEqual([0, 1, 8]);
    const rows = (await articles(x.db)).filter((r) => r.slug === "buxoro-qovun-sayli");
    expect(rows.map((r) => [r.locale, r.title])).toEqual([
      ["oz", "Бухорода катта қовун сайли"],
      ["uz", "Buxoroda katta qovun sayli"],
    ]);
  });

  it("answers the old addresses with a 301 to the article's URL in its locale, before the 404 page", async () => {
    const url = async (slug: string, locale: string) => {
      const row = await x.db
        .selectFrom("articles as a")
        .innerJoin("categories as c", "c.id", "a.category_id")
        .select(["a.id", "c.slug as category"])
        .where("a.slug", "=", slug)
        .where("a.locale", "=", locale as "uz")
        .executeTakeFirstOrThrow();
      return `/${locale}/${row.category}/${row.id}-${slug}`;
    };
    const cache = x.cache;
    const size = cache?.size ?? 0;
    const answers: Array<[string, number, string | undefined]> = [];
    for (const path of [
      "/2026/11/20/toshkent-metrosida-yangi-bekat/",
      "/2026/11/20/toshkent-metrosida-yangi-bekat",
      "/?p=12",
      "/ru/2026/11/20/%D0%BD%D0%BE%D0%B2%D0%B0%D1%8F-%D1%81%D1%82%D0%B0%D0%BD%D1%86%D0%B8%D1%8F/",
      "/en/2026/11/20/tashkent-metro-new-station/?utm_source=old",
    ]) {
      const res = await x.app.inject({ url: path });
      answers.push([path, res.statusCode, res.headers.location]);
    }
    expect(answers).toEqual([
      ["/2026/11/20/toshkent-metrosida-yangi-bekat/", 301, await url("toshkent-metrosida-yangi-bekat", "uz")],
      ["/2026/11/20/toshkent-metrosida-yangi-bekat", 301, await url("toshkent-metrosida-yangi-bekat", "uz")],
      ["/?p=12", 301, await url("novaya-stantsiya", "ru")],
      ["/ru/2026/11/20/%D0%BD%D0%BE%D0%B2%D0%B0%D1%8F-%D1%81%D1%82%D0%B0%D0%BD%D1%86%D0%B8%D1%8F/", 301, await url("novaya-stantsiya", "ru")],
      ["/en/2026/11/20/tashkent-metro-new-station/?utm_source=old", 301, await url("tashkent-metro-new-station", "en")],
    ]);
    // A draft's old address is no redirect (it would show the draft's URL), an unknown path still 404.
    const draft = await x.app.inject({ url: "/?p=17" });
    expect([draft.statusCode, draft.headers.location]).toEqual([302, "/uz/"]);
    for (const path of ["/2026/11/20/no-such-post/", "/?p=999", "/uz/jamiyat/no-such-article"]) {
      const res = await x.app.inject({ url: path });
      expect([path, res.statusCode]).toEqual([path, path === "/?p=999" ? 302 : 404]);
    }
    // Misses make no cache entries.
    expect(cache?.size ?? 0).toBe(size);
    const target = await x.app.inject({ url: answers[0]?.[2] ?? "" });
    expect(target.statusCode).toBe(200);
  });
});

describe("xabar import wordpress (WPML)", () => {
  let x: TestApp;
  beforeAll(async () => {
    x = await createTestApp();
  });
  afterAll(async () => {
    await x.close();
  });

  it("links translations by WPML's translation group and duplicates, and reads WPML's language codes", async () => {
    const run = await wordpress(x, `${FIXTURES}/wpml.xml`);
    expect([run.report.imported, run.report.stories, run.source]).toEqual([4, 2, "wordpress:http://wpml.example.uz"]);
    const stories = new Map<number, string[]>();
    for (const r of await articles(x.db)) stories.set(r.story, [...(stories.get(r.story) ?? []), `${r.locale}${r.derived ? "*" : ""}`]);
    expect([...stories.values()]).toEqual([["en", "oz*", "ru", "uz"], ["oz"]]);
  });
});

describe("an interrupted import", () => {
  let interrupted: TestApp;
  let whole: TestApp;
  beforeAll(async () => {
    [interrupted, whole] = await Promise.all([createTestApp(), createTestApp()]);
  });
  afterAll(async () => {
    await Promise.all([interrupted.close(), whole.close()]);
  });

  it("continues where it stopped and ends as an uninterrupted one", async () => {
    const file = join(interrupted.config.dataDir, "export.xml");
    copyFileSync(`${FIXTURES}/polylang.xml`, file);
    const stop = new Error("interrupted");
    await expect(
      wordpress(interrupted, file, {
        batchSize: 2,
        afterBatch: (n) => {
          if (n === 2) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    const half = await count(interrupted.db, "articles");
    expect(half).toBeGreaterThan(0);
    const resumed = await wordpress(interrupted, file, { batchSize: 2 });
    expect(resumed.report.unchanged).toBeGreaterThan(0);
    await wordpress(whole, file, { batchSize: 2 });
    const shape = (rows: ArticleRow[]) => rows.map(({ story: _story, ...r }) => r).sort((a, b) => `${a.locale}${a.slug}`.localeCompare(`${b.locale}${b.slug}`));
    const [a, b] = await Promise.all([articles(interrupted.db), articles(whole.db)]);
    expect(a.length).toBeGreaterThan(half);
    expect(shape(a)).toEqual(shape(b));
    expect(await count(interrupted.db, "stories")).toBe(await count(whole.db, "stories"));
  });
});

describe("xabar import rss", () => {
  let x: TestApp;
  let server: Server;
  let feedUrl = "";
  beforeAll(async () => {
    x = await createTestApp();
    const body = readFileSync(`${FIXTURES}/dle-rss.xml`);
    server = createServer((request, response) => {
      if (request.url === "/rss.xml") response.writeHead(200, { "content-type": "application/rss+xml" }).end(body);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rss.xml`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await x.close();
  });

  const feed = async (url: string, locale: "uz" | "en", category: string, credit = false) => {
    const report = new ImportReport();
    await importFeed({ feed: url, imports: new ImportService(x.db), report, locale, category, credit, dryRun: false });
    return report;
  };

  it("imports a DLE feed from a URL, telling Cyrillic items from Latin, and nothing more when it runs again", async () => {
    const first = await feed(feedUrl, "uz", "viloyat");
    expect([first.imported, first.stories]).toEqual([2, 2]);
    const rows = await articles(x.db);
    expect(rows.map((r) => `${r.locale}${r.derived ? "*" : ""}:${r.category}:${r.slug}`)).toEqual([
      "oz*:viloyat:namanganda-yangi-maktab-qurildi",
      "uz:viloyat:namanganda-yangi-maktab-qurildi",
      "oz:viloyat:andijonda-qor-yogdi",
    ]);
    const second = await feed(feedUrl, "uz", "viloyat");
    expect([second.imported, second.updated, second.unchanged]).toEqual([0, 0, 2]);
    expect(await count(x.db, "articles")).toBe(3);
  });

  it("answers DLE's old paths with a 301", async () => {
    const id = (
      await x.db.selectFrom("articles").select("id").where("locale", "=", "uz").where("slug", "=", "namanganda-yangi-maktab-qurildi").executeTakeFirstOrThrow()
    ).id;
    for (const path of ["/jamiyat/1234-namanganda-yangi-maktab.html", "/1234-namanganda-yangi-maktab.html"]) {
      const res = await x.app.inject({ url: path });
      expect([res.statusCode, res.headers.location]).toEqual([301, `/uz/viloyat/${id}-namanganda-yangi-maktab-qurildi`]);
    }
    expect((await x.app.inject({ url: "/9999-no-such-news.html" })).statusCode).toBe(404);
  });

  it("imports an Atom file with the feed as each story's source, bodies sanitized", async () => {
    const report = await feed(`${FIXTURES}/atom.xml`, "en", "world", true);
    expect(report.imported).toBe(2);
    const row = await x.db
      .selectFrom("articles as a")
      .innerJoin("stories as s", "s.id", "a.story_id")
      .select(["a.body_html", "s.source_name", "s.source_url", "a.published_at"])
      .where("a.slug", "=", "central-asian-leaders-meet-in-tashkent")
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      body_html: "<p>Leaders of five countries met in Tashkent to discuss water and trade.</p>",
      source_name: "Wire Desk",
      source_url: "http://wire.example.com/2026/12/01/leaders-meet",
      published_at: "2026-12-01T07:00:00.000Z",
    });
  });
});
