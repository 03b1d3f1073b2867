/**
 * Structured data and identity: the JSON-LD of articles (NewsArticle field by field, its
 * BreadcrumbList) and of home pages (WebSite + SearchAction), safe inside its script block
 * whatever a title holds; OpenGraph and Twitter tags; the icons and the web manifest; and the
 * 1:1, 4:3 and 16:9 crops the images name (made at upload, and by the job for older media).
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueJob } from "../src/jobs/jobs.js";
import { CROPS_JOB, MediaService } from "../src/media/media.service.js";
import { DiskStorage } from "../src/media/storage.js";
import { SITE_CSP } from "../src/server/security-headers.js";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory, buildUser, testAccounts } from "./factories.js";
import { drawing, image } from "./images.js";

let x: TestApp;
let site: string;
let articlePath: string;
let articleId: number;
let hostileId: number;
let uploaderId: number;
const HOSTILE_TITLE = 'Gap </script><script>alert(1)</script> <!-- "quoted" & more';

/** Every JSON-LD document of a page, parsed, and the raw text of each block. */
function jsonLd(html: string): { docs: Array<Record<string, unknown>>; raw: string[] } {
  const raw = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  return { docs: raw.map((text) => JSON.parse(text) as Record<string, unknown>), raw };
}

/** The content of every `<meta property|name="key">` of a page, in order. */
function meta(html: string, key: string): string[] {
  return [...html.matchAll(new RegExp(`<meta (?:property|name)="${key.replace(/[.:+]/g, "\\$&")}" content="([^"]*)"/>`, "g"))].map((m) =>
    (m[1] ?? "")
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<"),
  );
}

function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

beforeAll(async () => {
  x = await createTestApp();
  site = x.config.siteUrl;
  const media = await x.db
    .insertInto("media")
    .values({
      file: "abc123def456",
      width: 1600,
      height: 900,
      variants: JSON.stringify([320, 640, 1024, 1600]),
      formats: JSON.stringify(["avif", "webp", "jpeg"]),
      crops: JSON.stringify({ "1x1": [900, 900], "4x3": [1200, 900], "16x9": [1200, 675] }),
      created_at: new Date().toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const author = await x.db
    .insertInto("authors")
    .values({ slug: "aziz-tursunov", names: JSON.stringify({ uz: "Aziz Tursunov", en: "Aziz Tursunov" }) })
    .returning("id")
    .executeTakeFirstOrThrow();
  const publishedAt = new Date(Date.now() - 3_600_000).toISOString();
  const created = await x.stories.create({
    category: "sport",
    tags: ["football", "chess"],
    authorId: author.id,
    coverMediaId: media.id,
    renditions: {
      en: { title: "Final whistle in Namangan", lead: "The home side won 2–1.", bodyHtml: "<p>Report.</p>", publishedAt },
      uz: { title: "Namanganda final hushtagi", lead: "Mezbonlar 2:1 hisobida yutdi.", bodyHtml: "<p>Hisobot.</p>", publishedAt },
      ru: { title: "Финальный свисток в Намангане", lead: "Хозяева победили 2:1.", bodyHtml: "<p>Отчёт.</p>", publishedAt },
    },
  });
  articleId = created.articles.find((a) => a.locale === "en")?.id ?? 0;
  const { slug } = await x.db.selectFrom("articles").select("slug").where("id", "=", articleId).executeTakeFirstOrThrow();
  articlePath = `/en/sport/${articleId}-${slug}`;
  const hostile = await buildStory(x, { locales: ["en"], title: HOSTILE_TITLE, category: "world" });
  hostileId = hostile.ids.en ?? 0;
  uploaderId = (await buildUser(testAccounts(x.db), { role: "editor" })).id;
  x.cache?.clear();
});

afterAll(async () => {
  await x.close();
});

describe("JSON-LD", () => {
  it("describes an article as a complete NewsArticle", async () => {
    const html = (await x.app.inject({ url: articlePath })).body;
    const { docs, raw } = jsonLd(html);
    // A data block each.
    expect([raw.length, docs.map((d) => d["@type"])]).toEqual([2, ["NewsArticle", "BreadcrumbList"]]);
    const article = docs.find((d) => d["@type"] === "NewsArticle");
    const row = await x.db.selectFrom("articles").select(["published_at", "updated_at"]).where("id", "=", articleId).executeTakeFirstOrThrow();
    const publishedAt = row.published_at ?? "";
    const publisher = {
      "@type": "NewsMediaOrganization",
      "@id": `${site}/#publisher`,
      name: "Xabar",
      url: `${site}/`,
      logo: { "@type": "ImageObject", url: `${site}/icon-512.png`, width: 512, height: 512 },
    };
    expect(article).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Final whistle in Namangan",
      description: "The home side won 2–1.",
      inLanguage: "en",
      datePublished: publishedAt,
      // Written before it was published: never modified before it.
      dateModified: row.updated_at > publishedAt ? row.updated_at : publishedAt,
      mainEntityOfPage: { "@type": "WebPage", "@id": `${site}${articlePath}` },
      url: `${site}${articlePath}`,
      articleSection: "Sport",
      image: [`${site}/media/abc123def456-1x1-900.jpg`, `${site}/media/abc123def456-4x3-1200.jpg`, `${site}/media/abc123def456-16x9-1200.jpg`],
      author: { "@type": "Person", name: "Aziz Tursunov", url: `${site}/en/author/aziz-tursunov` },
      publisher,
      isAccessibleForFree: true,
      keywords: "Football, Chess",
    });
    expect(docs.find((d) => d["@type"] === "BreadcrumbList")).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: `${site}/en/` },
        { "@type": "ListItem", position: 2, name: "Sport", item: `${site}/en/sport/` },
        { "@type": "ListItem", position: 3, name: "Final whistle in Namangan", item: `${site}${articlePath}` },
      ],
    });
    // The Uzbek page: its language tag, its breadcrumb words.
    const uzPath = /<link rel="alternate" hreflang="uz-Latn" href="[^"]*?(\/uz\/[^"]+)"/.exec(html)?.[1] ?? "";
    const uz = jsonLd((await x.app.inject({ url: uzPath })).body).docs;
    expect(uz.find((d) => d["@type"] === "NewsArticle")?.inLanguage).toBe("uz-Latn");
    expect((uz.find((d) => d["@type"] === "BreadcrumbList")?.itemListElement as Array<{ name: string }>)[0]?.name).toBe("Bosh sahifa");
  });

  it("names the WebSite and its search on home pages", async () => {
    for (const [locale, tag] of [
      ["en", "en"],
      ["oz", "uz-Cyrl"],
    ] as const) {
      const { docs } = jsonLd((await x.app.inject({ url: `/${locale}/` })).body);
      expect(docs).toHaveLength(1);
      expect(docs[0]).toMatchObject({
        "@context": "https://schema.org",
        "@type": "WebSite",
        url: `${site}/${locale}/`,
        inLanguage: tag,
        potentialAction: {
          "@type": "SearchAction",
          target: { "@type": "EntryPoint", urlTemplate: `${site}/${locale}/search?q={search_term_string}` },
          "query-input": "required name=search_term_string",
        },
      });
    }
  });

  it("cannot be closed early by a title: </script> and <!-- stay inside the data", async () => {
    const page = await x.app.inject({ url: `/en/world/${hostileId}` });
    const html = (await x.app.inject({ url: page.headers.location as string })).body;
    const { docs, raw } = jsonLd(html);
    for (const text of raw) expect(text).not.toMatch(/<\/script|<!--|<script/i);
    // (buildStory adds the locale to the title.)
    expect(docs.find((d) => d["@type"] === "NewsArticle")?.headline).toBe(`${HOSTILE_TITLE} en`);
    expect(html.match(/<script\b/g)).toHaveLength(1 + raw.length);
    // An article without a cover or a byline: no image, the site as author.
    expect(docs.find((d) => d["@type"] === "NewsArticle")).toMatchObject({ author: { "@type": "Organization", name: "Xabar" } });
    expect(docs.find((d) => d["@type"] === "NewsArticle")?.image).toBe(undefined);
  });
});

describe("OpenGraph and Twitter cards", () => {
  it("gives an article page every tag a link preview reads", async () => {
    const response = await x.app.inject({ url: articlePath });
    const html = response.body;
    expect(meta(html, "og:type")).toEqual(["article"]);
    expect(meta(html, "og:image")).toEqual([`${site}/media/abc123def456-16x9-1200.jpg`]);
    expect([meta(html, "og:image:width"), meta(html, "og:image:height")]).toEqual([["1200"], ["675"]]);
    expect(meta(html, "og:image:alt")).toEqual(["Cover image: Final whistle in Namangan"]);
    expect(meta(html, "og:locale")).toEqual(["en_US"]);
    expect(meta(html, "og:locale:alternate")).toEqual(["uz_UZ", "ru_RU"]);
    expect(meta(html, "article:published_time")).toHaveLength(1);
    expect(meta(html, "article:modified_time")).toHaveLength(1);
    expect(meta(html, "article:section")).toEqual(["Sport"]);
    expect(meta(html, "article:tag")).toEqual(["Football", "Chess"]);
    expect(meta(html, "twitter:card")).toEqual(["summary_large_image"]);
    expect(meta(html, "twitter:image")).toEqual([`${site}/media/abc123def456-16x9-1200.jpg`]);
    expect(meta(html, "twitter:title")).toEqual(["Final whistle in Namangan — Xabar"]);
    expect(response.headers["content-security-policy"]).toBe(SITE_CSP);
  });

  it("shows the site's icon for pages without a cover", async () => {
    const html = (await x.app.inject({ url: "/en/" })).body;
    expect(meta(html, "og:type")).toEqual(["website"]);
    expect(meta(html, "og:image")).toEqual([`${site}/icon-512.png`]);
    expect(meta(html, "twitter:card")).toEqual(["summary"]);
    expect(meta(html, "og:locale:alternate")).toEqual(["uz_UZ", "ru_RU"]);
  });
});

describe("icons and the web manifest", () => {
  it("serves the apple-touch-icon, the manifest's icons and the manifest, linked from every page", async () => {
    for (const [url, size] of [
      ["/apple-touch-icon.png", 180],
      ["/icon-192.png", 192],
      ["/icon-512.png", 512],
    ] as const) {
      const response = await x.app.inject({ url });
      expect([url, response.statusCode, response.headers["content-type"]]).toEqual([url, 200, "image/png"]);
      expect(pngSize(response.rawPayload)).toEqual([size, size]);
      expect(response.headers["cache-control"]).toContain("max-age=86400");
      // Decodable by a real decoder, and the touch icon is opaque (iOS rounds its own corners).
      const stats = await sharp(response.rawPayload).stats();
      expect(stats.isOpaque).toBe(url === "/apple-touch-icon.png");
    }
    const manifest = await x.app.inject({ url: "/site.webmanifest" });
    expect(manifest.headers["content-type"]).toBe("application/manifest+json; charset=utf-8");
    const body = manifest.json<{ name: string; start_url: string; theme_color: string; icons: Array<{ src: string; sizes: string; type: string }> }>();
    expect([body.name, body.start_url, body.theme_color]).toEqual(["Xabar", "/", "#0b5cad"]);
    for (const icon of body.icons) {
      const response = await x.app.inject({ url: icon.src });
      expect([icon.src, response.statusCode, response.headers["content-type"]]).toEqual([icon.src, 200, icon.type]);
    }
    for (const url of ["/en/", articlePath, "/en/latest", "/ru/nowhere/"]) {
      const response = await x.app.inject({ url });
      expect([url, response.statusCode]).toEqual([url, url.includes("nowhere") ? 404 : 200]);
      const html = response.body;
      expect(html).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png" sizes="180x180"/>');
      expect(html).toContain('<link rel="manifest" href="/site.webmanifest"/>');
    }
  });
});

describe("crops for structured data", () => {
  const service = () => new MediaService(x.db, { storage: new DiskStorage(x.config.mediaDir), maxPixels: 50_000_000, concurrency: 1 });

  it("makes 1:1, 4:3 and 16:9 JPEGs at upload, and removes them with the medium", async () => {
    const media = service();
    const uploaded = await media.upload({ bytes: await image("png", 2000, 1000), originalName: "wide.png", uploadedBy: uploaderId });
    // From the largest variant (1600×800): the tallest crops are 800 high, none wider than 1200.
    expect(uploaded.crops).toEqual({ "1x1": [800, 800], "4x3": [1066, 800], "16x9": [1200, 675] });
    for (const [crop, [width, height]] of Object.entries(uploaded.crops)) {
      const file = join(x.config.mediaDir, `${uploaded.file}-${crop}-${width}.jpg`);
      const info = await sharp(file).metadata();
      expect([crop, info.format, info.width, info.height]).toEqual([crop, "jpeg", width, height]);
    }
    await media.remove(uploaded.id);
    expect(existsSync(join(x.config.mediaDir, `${uploaded.file}-16x9-1200.jpg`))).toBe(false);
  });

  it("makes no crop under Google's 50,000 pixels", async () => {
    const uploaded = await service().upload({ bytes: await image("jpeg", 400, 120), originalName: "strip.jpg", uploadedBy: uploaderId });
    // 16:9 of 400×120 is 213×120 (25,560 pixels); 1:1 and 4:3 are smaller still.
    expect(uploaded.crops).toEqual({});
  });

  it("makes the crops of older media in the crops job, from their largest variant", async () => {
    writeFileSync(join(x.config.mediaDir, "old0000000001-1200.webp"), await drawing(1200, 800).webp().toBuffer());
    const old = await x.db
      .insertInto("media")
      .values({ file: "old0000000001", width: 1200, height: 800, variants: "[400, 1200]", created_at: new Date().toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await enqueueJob(x.db, { kind: CROPS_JOB, key: CROPS_JOB, payload: {}, runAt: new Date(Date.now() - 1000) });
    await x.jobs.tick();
    const row = await x.db.selectFrom("media").select("crops").where("id", "=", old.id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.crops ?? "null")).toEqual({ "1x1": [800, 800], "4x3": [1066, 800], "16x9": [1200, 675] });
    expect((await sharp(join(x.config.mediaDir, "old0000000001-4x3-1066.jpg")).metadata()).height).toBe(800);
    const job = await x.db.selectFrom("jobs").select(["status"]).where("key", "=", CROPS_JOB).executeTakeFirstOrThrow();
    expect(job.status).toBe("done");
  });
});
