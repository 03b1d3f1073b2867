/**
 * The newsroom's preview: a draft as the site will show it (the site's own page, its embeds as
 * link cards), only for those signed in, never cached, out of search engines, and the public URL
 * still 404 until it is published. On SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserRole } from "../src/db/schema.js";
import { type Client, caller, codeOf, newsroom } from "./admin-client.js";
import { type TestApp, createTestApp } from "./app.js";

const ORIGIN = "http://news.example.uz";
let x: TestApp;
let call: ReturnType<typeof caller>;
let clients: Record<UserRole, Client>;
let created: { articles: Array<{ id: number; locale: string; url: string }> };

beforeAll(async () => {
  x = await createTestApp({ SITE_URL: ORIGIN });
  call = caller(x.app, ORIGIN);
  ({ clients } = await newsroom(x.app, x.db));
  const res = await call(clients.author, "POST", "/api/admin/stories", {
    category: "world",
    renditions: {
      uz: {
        title: "Buxoroda qadimiy hammom taʼmirlandi",
        lead: "Hammom XVI asrda qurilgan.",
        body: '<p>Taʼmir ikki yil davom etdi.</p><figure data-embed="youtube"><a href="https://youtu.be/dQw4w9WgXcQ">video</a></figure>',
      },
    },
  });
  if (res.statusCode !== 201) throw new Error(`creating the story: ${res.statusCode} ${res.body}`);
  created = res.json();
});

afterAll(async () => {
  await x.close();
});

describe("the preview of an article", () => {
  it("shows a draft as the site will, never cached and not for search engines", async () => {
    const uz = created.articles.find((a) => a.locale === "uz");
    const res = await call(clients.author, "GET", `/api/admin/articles/${uz?.id ?? 0}/preview`);
    const html = res.body;
    expect([res.statusCode, res.headers["content-type"], res.headers["cache-control"], res.headers["x-robots-tag"]]).toEqual([
      200,
      "text/html; charset=utf-8",
      "private, no-store",
      "noindex",
    ]);
    expect(html).toContain("<h1>Buxoroda qadimiy hammom taʼmirlandi</h1>");
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain(
      '<figure data-embed="youtube"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener nofollow">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a><figcaption>YouTube</figcaption></figure>',
    );
    // No island: a preview counts no views and takes no reactions.
    expect(html).not.toMatch(/<script src=/);
    const site = await x.app.inject({ url: uz?.url ?? "/" });
    expect(site.statusCode).toBe(404);
  });

  it("shows the derived Cyrillic rendition in its own script", async () => {
    const oz = created.articles.find((a) => a.locale === "oz");
    const res = await call(clients.translator, "GET", `/api/admin/articles/${oz?.id ?? 0}/preview`);
    expect([res.statusCode, res.body.includes("Бухорода қадимий ҳаммом таъмирланди")]).toEqual([200, true]);
  });

  it("is for the signed-in only, and answers 404 for no article", async () => {
    const uz = created.articles.find((a) => a.locale === "uz");
    const anonymous = await call(undefined, "GET", `/api/admin/articles/${uz?.id ?? 0}/preview`);
    const missing = await call(clients.editor, "GET", "/api/admin/articles/999999/preview");
    const bad = await call(clients.editor, "GET", "/api/admin/articles/abc/preview");
    expect([anonymous.statusCode, codeOf(anonymous), missing.statusCode, bad.statusCode]).toEqual([401, "XABAR_UNAUTHENTICATED", 404, 400]);
  });
});
