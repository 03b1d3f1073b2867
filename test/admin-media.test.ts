/**
 * The media library through the admin API, on SQLite and PostgreSQL: uploads sniffed from their
 * bytes, variants on disk (checked with sharp), EXIF and GPS gone, orientation applied, alt text
 * and captions, search, keyset pages, deletion (refused while in use), and who may do what.
 * Every image is drawn here with sharp.
 */
import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserRole } from "../src/db/schema.js";
import { type Client, caller, codeOf, newsroom } from "./admin-client.js";
import { type TestApp, createTestApp } from "./app.js";
import { SVG, type TestFormat, hasGpsTag, image, multipart, photoWithGps } from "./images.js";

let x: TestApp;
const ORIGIN = "http://news.example.uz";
const MAX_BYTES = 3 * 1024 * 1024;
const MAX_PIXELS = 20_000_000;

let clients: Record<UserRole, Client>;
let call: ReturnType<typeof caller>;

interface Variant {
  width: number;
  format: string;
  url: string;
}
interface Media {
  id: number;
  url: string;
  width: number;
  height: number;
  variants: Variant[];
  alt: Record<string, string>;
  caption: Record<string, string>;
  originalName: string;
  mime: string;
}

const headersOf = (client: Client | undefined): Record<string, string> =>
  client ? { cookie: client.cookie, "x-csrf-token": client.csrfToken, origin: ORIGIN } : {};

function upload(client: Client | undefined, data: Buffer, options: { filename?: string; type?: string; field?: string } = {}) {
  const body = multipart(data, options);
  return x.app.inject({ method: "POST", url: "/api/admin/media", headers: { ...headersOf(client), ...body.headers }, payload: body.payload });
}

async function uploaded(data: Buffer, filename = "photo.jpg"): Promise<Media> {
  const res = await upload(clients.author, data, { filename });
  expect(res.statusCode).toBe(201);
  return res.json<Media>();
}

/** The file a variant's URL names, under the media directory. */
const fileOf = (variant: Variant): string => join(x.config.mediaDir, variant.url.replace(/^\/media\//, ""));

beforeAll(async () => {
  x = await createTestApp({ SITE_URL: ORIGIN, MEDIA_MAX_BYTES: String(MAX_BYTES), MEDIA_MAX_PIXELS: String(MAX_PIXELS) });
  call = caller(x.app, ORIGIN);
  ({ clients } = await newsroom(x.app, x.db));
});

afterAll(async () => {
  await x.close();
});

describe("uploading", () => {
  const ORIGINAL_FORMAT: Record<TestFormat, string[]> = {
    jpeg: ["avif", "webp", "jpeg"],
    png: ["avif", "webp", "png"],
    gif: ["avif", "webp", "gif"],
    webp: ["avif", "webp"],
    avif: ["avif", "webp"],
  };

  it.each(Object.keys(ORIGINAL_FORMAT) as TestFormat[])("takes %s and writes every width ≤ the original in AVIF, WebP and its own format", async (format) => {
    const media = await uploaded(await image(format, 1100, 700), `picture.${format}`);
    expect([media.width, media.height, media.mime]).toEqual([1100, 700, `image/${format}`]);
    const expected = [320, 640, 1024].flatMap((width) => ORIGINAL_FORMAT[format].map((f) => `${width} ${f}`));
    expect(media.variants.map((v) => `${v.width} ${v.format}`).sort()).toEqual(expected.sort());
    const onDisk = [];
    for (const variant of media.variants) {
      const meta = await sharp(await readFile(fileOf(variant))).metadata();
      onDisk.push(`${meta.width} ${meta.format === "heif" ? "avif" : meta.format}`);
    }
    expect(onDisk.sort()).toEqual(expected.sort());
    // Served at its URL, as the picture's fallback points at it.
    expect((await x.app.inject({ url: media.url })).statusCode).toBe(200);
  });

  it("makes one variant, the original's width, of an image narrower than 320", async () => {
    const media = await uploaded(await image("png", 200, 100));
    expect([...new Set(media.variants.map((v) => v.width))]).toEqual([200]);
  });

  it("trusts the bytes, not the name or the declared type", async () => {
    const res = await upload(clients.author, await image("png", 400, 300), { filename: "holiday.jpg", type: "image/jpeg" });
    const media = res.json<Media>();
    expect([res.statusCode, media.mime, media.originalName, media.variants.some((v) => v.format === "png")]).toEqual([201, "image/png", "holiday.jpg", true]);
  });

  it("refuses SVG, garbage, truncated and polyglot files with a 4xx and writes nothing", async () => {
    const jpeg = await image("jpeg", 1200, 800);
    const gifScript = Buffer.concat([Buffer.from("GIF89a"), Buffer.from("=1;alert(document.domain)//<script>alert(1)</script>".repeat(20))]);
    const htmlWithPngHead = Buffer.concat([(await image("png", 50, 50)).subarray(0, 33), Buffer.from("<html><script>alert(1)</script></html>")]);
    const before = readdirSync(x.config.mediaDir);
    const attempts = [
      ["svg", await upload(clients.author, SVG, { filename: "logo.png", type: "image/png" })],
      ["garbage", await upload(clients.author, Buffer.from("just some text, not an image at all".repeat(10)), { filename: "a.jpg", type: "image/jpeg" })],
      ["truncated", await upload(clients.author, jpeg.subarray(0, Math.floor(jpeg.length / 2)))],
      ["gif header + script", await upload(clients.author, gifScript, { filename: "x.gif" })],
      ["png header + html", await upload(clients.author, htmlWithPngHead, { filename: "x.png" })],
      ["heic brand", await upload(clients.author, Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic\0\0\0\0mif1heic"), Buffer.alloc(64)]))],
    ] as const;
    expect(attempts.map(([name, res]) => [name, res.statusCode, codeOf(res)])).toEqual([
      ["svg", 415, "XABAR_UNSUPPORTED_MEDIA_TYPE"],
      ["garbage", 415, "XABAR_UNSUPPORTED_MEDIA_TYPE"],
      ["truncated", 400, "XABAR_BAD_REQUEST"],
      ["gif header + script", 400, "XABAR_BAD_REQUEST"],
      ["png header + html", 400, "XABAR_BAD_REQUEST"],
      ["heic brand", 415, "XABAR_UNSUPPORTED_MEDIA_TYPE"],
    ]);
    expect(readdirSync(x.config.mediaDir)).toEqual(before);
  });

  it("re-encodes an image with something appended, so the payload never reaches the public", async () => {
    const payload = "<script>alert('polyglot')</script>";
    const media = await uploaded(Buffer.concat([await image("jpeg", 700, 400), Buffer.from(payload)]));
    for (const variant of media.variants) expect((await readFile(fileOf(variant))).includes(payload)).toBe(false);
  });

  it("refuses a file over MEDIA_MAX_BYTES with 413, and one with too many pixels before decoding it", async () => {
    const big = Buffer.concat([(await image("jpeg", 100, 100)).subarray(0, 20), Buffer.alloc(MAX_BYTES + 1024, 7)]);
    const tooBig = await upload(clients.author, big);
    // 5000 × 5000 pixels in a few kilobytes: a decompression bomb in miniature.
    const bomb = await sharp({ create: { width: 5000, height: 5000, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    const tooManyPixels = await upload(clients.author, bomb);
    expect([bomb.length < MAX_BYTES, tooBig.statusCode, codeOf(tooBig), tooManyPixels.statusCode, codeOf(tooManyPixels)]).toEqual([
      true,
      413,
      "XABAR_BODY_TOO_LARGE",
      413,
      "XABAR_BODY_TOO_LARGE",
    ]);
    // The limit comes with it, for the app to say what is taken.
    const limits = [tooBig, tooManyPixels].map((res) => res.json<{ error: { limit: string; maxBytes?: number; maxPixels?: number } }>().error);
    expect(limits).toMatchObject([
      { limit: "bytes", maxBytes: MAX_BYTES },
      { limit: "pixels", maxPixels: expect.any(Number) as number },
    ]);
  });

  it("refuses a body that is not multipart, a missing file and a malformed multipart body with a 4xx", async () => {
    const json = await x.app.inject({ method: "POST", url: "/api/admin/media", headers: headersOf(clients.author), payload: { file: "x" } });
    const wrongField = await upload(clients.author, await image("png", 50, 50), { field: "image" });
    const cut = multipart(await image("png", 50, 50));
    const malformed = await x.app.inject({
      method: "POST",
      url: "/api/admin/media",
      headers: { ...headersOf(clients.author), ...cut.headers },
      payload: cut.payload.subarray(0, 120),
    });
    expect([json.statusCode, codeOf(json), wrongField.statusCode, codeOf(wrongField), malformed.statusCode]).toEqual([
      415,
      "XABAR_UNSUPPORTED_MEDIA_TYPE",
      400,
      "XABAR_INVALID",
      400,
    ]);
  });

  it("strips EXIF and GPS from every variant", async () => {
    const photo = await photoWithGps(1700, 1000);
    const original = await sharp(photo).metadata();
    expect([hasGpsTag(original.exif), photo.includes("XabarCam")]).toEqual([true, true]);
    const media = await uploaded(photo);
    expect(media.variants.map((v) => v.width)).toContain(1600);
    const leftovers = [];
    for (const variant of media.variants) {
      const bytes = await readFile(fileOf(variant));
      const meta = await sharp(bytes).metadata();
      if (meta.exif || meta.xmp || meta.iptc || bytes.includes("XabarCam")) leftovers.push(variant.url);
    }
    expect(leftovers).toEqual([]);
  });

  it("applies the EXIF orientation: a sideways photo comes out upright, its width and height swapped", async () => {
    const media = await uploaded(await photoWithGps(1200, 800, 6));
    expect([media.width, media.height]).toEqual([800, 1200]);
    const variant = media.variants.find((v) => v.width === 640 && v.format === "jpeg");
    const meta = await sharp(await readFile(variant ? fileOf(variant) : "")).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([640, 960, 1]);
  });
});

describe("alt text, captions, search and pages", () => {
  it("sets alt text and captions per locale, and removes one with an empty text", async () => {
    const media = await uploaded(await image("jpeg", 400, 300), "registon.jpg");
    const first = await call(clients.translator, "PATCH", `/api/admin/media/${media.id}`, {
      alt: { uz: "Registon maydoni", ru: "Площадь Регистан" },
      caption: { en: "Registan square at dusk" },
    });
    const second = await call(clients.author, "PATCH", `/api/admin/media/${media.id}`, { alt: { ru: "" }, caption: { oz: "Регистон" } });
    const read = (await call(clients.author, "GET", `/api/admin/media/${media.id}`)).json<Media>();
    expect([first.statusCode, second.statusCode, read.alt, read.caption]).toEqual([
      200,
      200,
      { uz: "Registon maydoni" },
      { en: "Registan square at dusk", oz: "Регистон" },
    ]);
    const invalid = await call(clients.author, "PATCH", `/api/admin/media/${media.id}`, { alt: { fr: "Place" } });
    const missing = await call(clients.author, "PATCH", "/api/admin/media/999999", { alt: { uz: "x" } });
    expect([invalid.statusCode, codeOf(invalid), missing.statusCode, codeOf(missing)]).toEqual([400, "XABAR_INVALID", 404, "XABAR_NOT_FOUND"]);
  });

  it("searches the original name, alt texts and captions, in either script", async () => {
    const metro = await uploaded(await image("jpeg", 400, 300), "toshkent-metro.jpg");
    await call(clients.author, "PATCH", `/api/admin/media/${metro.id}`, { alt: { oz: "Кўкалдош мадрасаси" }, caption: { en: "Chorsu_bazaar 100%" } });
    const ids = async (q: string) =>
      (await call(clients.author, "GET", `/api/admin/media?q=${encodeURIComponent(q)}`)).json<{ media: Media[] }>().media.map((m) => m.id);
    expect([await ids("METRO"), await ids("kokaldosh"), await ids("chorsu"), await ids("100%"), await ids("nowhere-at-all")]).toEqual([
      [metro.id],
      [metro.id],
      [metro.id],
      [metro.id],
      [],
    ]);
  });

  it("pages newest first by a keyset cursor, every medium once", async () => {
    const ours = [];
    for (let i = 0; i < 5; i++) ours.push((await uploaded(await image("webp", 100, 100), `paging-${i}.webp`)).id);
    const seen: number[] = [];
    let cursor: string | null = "";
    let pages = 0;
    while (cursor !== null && pages < 50) {
      const res = await call(clients.author, "GET", `/api/admin/media?q=paging&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      const page: { media: Media[]; nextCursor: string | null } = res.json();
      seen.push(...page.media.map((m) => m.id));
      cursor = page.nextCursor;
      pages++;
    }
    expect([seen, pages]).toEqual([[...ours].reverse(), 3]);
    const bad = await call(clients.author, "GET", "/api/admin/media?cursor=abc");
    expect([bad.statusCode, codeOf(bad)]).toEqual([400, "XABAR_INVALID"]);
  });
});

describe("deleting", () => {
  it("refuses while a story's cover or an article's body uses it (409), then deletes the row and its files (204)", async () => {
    const cover = await uploaded(await image("jpeg", 700, 400));
    const inBody = await uploaded(await image("png", 700, 400));
    const stem = inBody.url.replace(/^\/media\/(.+)-\d+\.\w+$/, "$1");
    const story = await x.stories.create({
      category: "world",
      tags: [],
      pinned: false,
      coverMediaId: cover.id,
      renditions: { en: { title: "Cover test", lead: "Lead", bodyHtml: "<p>Words.</p>", publishedAt: new Date().toISOString() } },
    });
    await x.stories.create({
      category: "world",
      tags: [],
      pinned: false,
      renditions: {
        en: {
          title: "Body test",
          lead: "Lead",
          bodyHtml: `<p>See:</p><img src="/media/${stem}-640.png" alt="A square">`,
          publishedAt: new Date().toISOString(),
        },
      },
    });
    const refused = [
      await call(clients.editor, "DELETE", `/api/admin/media/${cover.id}`),
      await call(clients.admin, "DELETE", `/api/admin/media/${inBody.id}`),
    ];
    expect(refused.map((r) => [r.statusCode, codeOf(r)])).toEqual([
      [409, "XABAR_CONFLICT"],
      [409, "XABAR_CONFLICT"],
    ]);
    expect(cover.variants.every((v) => existsSync(fileOf(v)))).toBe(true);

    await x.db.updateTable("stories").set({ cover_media_id: null }).where("id", "=", story.storyId).execute();
    const deleted = await call(clients.editor, "DELETE", `/api/admin/media/${cover.id}`);
    const again = await call(clients.editor, "GET", `/api/admin/media/${cover.id}`);
    expect([deleted.statusCode, again.statusCode, cover.variants.filter((v) => existsSync(fileOf(v)))]).toEqual([204, 404, []]);
  });
});

describe("who may", () => {
  it("lets every role upload and edit, only editors and admins delete, nobody signed out in, and nothing without the CSRF token", async () => {
    const png = await image("png", 64, 64);
    const uploads = [];
    for (const role of ["admin", "editor", "author", "translator"] as const) uploads.push((await upload(clients[role], png)).statusCode);
    const media = (await upload(clients.author, png)).json<Media>();
    const byAuthor = await call(clients.author, "DELETE", `/api/admin/media/${media.id}`);
    const byTranslator = await call(clients.translator, "DELETE", `/api/admin/media/${media.id}`);
    const anonymous = [
      await upload(undefined, png),
      await call(undefined, "GET", "/api/admin/media"),
      await call(undefined, "GET", `/api/admin/media/${media.id}`),
    ];
    const body = multipart(png);
    const noCsrf = await x.app.inject({
      method: "POST",
      url: "/api/admin/media",
      headers: { cookie: clients.author.cookie, origin: ORIGIN, ...body.headers },
      payload: body.payload,
    });
    const otherOrigin = await x.app.inject({
      method: "POST",
      url: "/api/admin/media",
      headers: { ...headersOf(clients.author), origin: "https://evil.example", ...body.headers },
      payload: body.payload,
    });
    const multipartElsewhere = await x.app.inject({
      method: "PATCH",
      url: `/api/admin/media/${media.id}`,
      headers: { ...headersOf(clients.author), ...body.headers },
      payload: body.payload,
    });
    expect({
      uploads,
      deletes: [byAuthor.statusCode, codeOf(byAuthor), byTranslator.statusCode],
      anonymous: anonymous.map((r) => [r.statusCode, codeOf(r)]),
      noCsrf: [noCsrf.statusCode, codeOf(noCsrf)],
      otherOrigin: [otherOrigin.statusCode, codeOf(otherOrigin)],
      multipartElsewhere: [multipartElsewhere.statusCode, codeOf(multipartElsewhere)],
    }).toEqual({
      uploads: [201, 201, 201, 201],
      deletes: [403, "XABAR_FORBIDDEN", 403],
      anonymous: [
        [401, "XABAR_UNAUTHENTICATED"],
        [401, "XABAR_UNAUTHENTICATED"],
        [401, "XABAR_UNAUTHENTICATED"],
      ],
      noCsrf: [403, "XABAR_CSRF"],
      otherOrigin: [403, "XABAR_CSRF"],
      multipartElsewhere: [415, "XABAR_UNSUPPORTED_MEDIA_TYPE"],
    });
    expect((await call(clients.editor, "DELETE", `/api/admin/media/${media.id}`)).statusCode).toBe(204);
  });
});

describe("on the site", () => {
  it("shows an uploaded cover and a library image in the body as <picture> with AVIF and WebP sources", async () => {
    const cover = await uploaded(await image("jpeg", 1300, 700));
    const inBody = await uploaded(await image("png", 700, 500));
    await call(clients.author, "PATCH", `/api/admin/media/${inBody.id}`, { alt: { en: "A drawn square" } });
    await call(clients.author, "PATCH", `/api/admin/media/${cover.id}`, { alt: { en: "Stripes in grey" }, caption: { en: "Drawn for the test <by us>" } });
    const stemOf = (media: Media) => media.url.replace(/^\/media\/(.+)-\d+\.\w+$/, "$1");
    const created = await x.stories.create({
      category: "world",
      tags: [],
      pinned: false,
      coverMediaId: cover.id,
      renditions: {
        en: { title: "Pictures", lead: "Lead", bodyHtml: `<p>See:</p><img src="/media/${stemOf(inBody)}-640.png">`, publishedAt: new Date().toISOString() },
      },
    });
    const first = await x.app.inject({ url: `/en/world/${created.articles[0]?.id ?? 0}` });
    const page = await x.app.inject({ url: first.headers.location ?? "" });
    const c = stemOf(cover);
    const b = stemOf(inBody);
    expect([first.statusCode, page.statusCode]).toEqual([301, 200]);
    expect(page.body).toContain(`<source type="image/avif" srcset="/media/${c}-320.avif 320w, /media/${c}-640.avif 640w, /media/${c}-1024.avif 1024w"`);
    expect(page.body).toContain(`<img src="/media/${c}-640.jpg" srcset="/media/${c}-320.jpg 320w, /media/${c}-640.jpg 640w, /media/${c}-1024.jpg 1024w"`);
    // The cover's alt text and caption are the library's, in the article's language.
    expect(page.body).toMatch(/<img src="[^"]+-640\.jpg"[^>]* alt="Stripes in grey"[^>]*><\/picture><figcaption>Drawn for the test &lt;by us><\/figcaption>/);
    expect(page.body).toContain(`<meta property="og:image:alt" content="Stripes in grey"`);
    expect(page.body).toContain(`<source type="image/webp" srcset="/media/${b}-320.webp 320w, /media/${b}-640.webp 640w"`);
    expect(page.body).toContain(
      `<img src="/media/${b}-640.png" srcset="/media/${b}-320.png 320w, /media/${b}-640.png 640w" sizes="(min-width: 48em) 46em, 100vw" width="700" height="500" alt="A drawn square"`,
    );
    // A new caption shows at once: the cached page goes with the change.
    const articleUrl = first.headers.location ?? "";
    // (after the new story's similar news, whose pass drops its page once more)
    await x.settled();
    await x.app.inject({ url: articleUrl });
    const cached = await x.app.inject({ url: articleUrl });
    await call(clients.author, "PATCH", `/api/admin/media/${cover.id}`, { caption: { en: "Redrawn" } });
    const again = await x.app.inject({ url: articleUrl });
    expect([cached.headers["x-cache"], again.headers["x-cache"], again.body.includes("<figcaption>Redrawn</figcaption>")]).toEqual(["HIT", "MISS", true]);
    // The stored body is what the editor wrote: the page rewrites it as it renders.
    const stored = await x.db
      .selectFrom("articles")
      .select("body_html")
      .where("id", "=", created.articles[0]?.id ?? 0)
      .executeTakeFirstOrThrow();
    expect(stored.body_html).not.toContain("<picture>");
  });
});
