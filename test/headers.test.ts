/**
 * Headers and exposure (issue 13, items 11 and 12): a Content-Security-Policy on every HTML page
 * without inline script, HSTS when the site is served over HTTPS, /metrics only with its bearer
 * token (and absent without one), the "Today" strip inside a landmark, and our own favicon.
 * (That the pages work under the policy in Chromium: test/e2e/site.e2e.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";

const TOKEN = "metrics-token-0123456789abcdef";
let x: TestApp;
let https: TestApp;
let proxied: TestApp;
let articlePath = "";

beforeAll(async () => {
  x = await createTestApp({ METRICS_TOKEN: TOKEN });
  const story = await buildStory(x, { locales: ["en"], title: "Headline", category: "world", pinned: true });
  articlePath = `/en/world/${story.ids.en}-headline-en`;
  https = await createTestApp({ SITE_URL: "https://news.example.uz" });
  proxied = await createTestApp({ TRUST_PROXY: "1" });
});
afterAll(async () => {
  for (const app of [x, https, proxied]) await app.close();
});

/** The policy's directives by name. */
function directives(policy: unknown): Record<string, string> {
  expect(typeof policy).toBe("string");
  return Object.fromEntries(
    String(policy)
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name = "", ...values]) => [name, values.join(" ")]),
  );
}

describe("Content-Security-Policy", () => {
  it("is on every HTML page: no inline script or style, no plugins, no <base>, framing by the site only", async () => {
    const urls = ["/en/", "/en/world/", articlePath, "/en/no-such-section/", "/en/world/999999-gone", "/%ZZ"];
    for (const url of urls) {
      const res = await x.app.inject({ url });
      expect([url, String(res.headers["content-type"])]).toEqual([url, expect.stringContaining("text/html")]);
      const csp = directives(res.headers["content-security-policy"]);
      expect({ url, csp }).toMatchObject({
        url,
        csp: {
          "default-src": "'self'",
          "script-src": "'self'",
          "style-src": "'self'",
          "object-src": "'none'",
          "base-uri": "'none'",
          "frame-ancestors": "'self'",
        },
      });
      expect(String(res.headers["content-security-policy"])).not.toContain("unsafe-");
    }
  });

  it("pages carry no inline script but the JSON-LD data block, and no inline style", async () => {
    const html = (await x.app.inject({ url: articlePath })).body;
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes = "", body = ""]) => ({
      attributes,
      inline: body.trim() !== "",
    }));
    // The JSON-LD blocks (NewsArticle, BreadcrumbList) are the only inline ones: data, which CSP does not run.
    expect(scripts.filter((script) => script.inline).map((script) => script.attributes.trim())).toEqual([
      'type="application/ld+json"',
      'type="application/ld+json"',
    ]);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it("the newsroom's pages have a policy of their own: its scripts and styles only, never framed", async () => {
    for (const url of ["/admin/", "/admin/sign-in"]) {
      const res = await x.app.inject({ url });
      const csp = directives(res.headers["content-security-policy"]);
      expect({ url, csp }).toMatchObject({
        url,
        csp: { "script-src": "'self'", "style-src": "'self'", "object-src": "'none'", "base-uri": "'none'", "frame-ancestors": "'none'" },
      });
    }
  });
});

describe("HSTS", () => {
  it("is sent when SITE_URL is https, or a trusted proxy says the request came over https; never over plain http", async () => {
    expect((await https.app.inject({ url: "/en/" })).headers["strict-transport-security"]).toBe("max-age=31536000");
    expect((await https.app.inject({ url: "/healthz" })).headers["strict-transport-security"]).toBe("max-age=31536000");
    expect((await proxied.app.inject({ url: "/en/", headers: { "x-forwarded-proto": "https" } })).headers["strict-transport-security"]).toBe(
      "max-age=31536000",
    );
    expect((await proxied.app.inject({ url: "/en/" })).headers["strict-transport-security"]).toBeUndefined();
    // Without TRUST_PROXY a client's own X-Forwarded-Proto means nothing.
    expect((await x.app.inject({ url: "/en/", headers: { "x-forwarded-proto": "https" } })).headers["strict-transport-security"]).toBeUndefined();
  });
});

describe("/metrics", () => {
  it("answers only the bearer of METRICS_TOKEN", async () => {
    const ok = await x.app.inject({ url: "/metrics", headers: { authorization: `Bearer ${TOKEN}` } });
    expect([ok.statusCode, ok.body.includes("xabar_http_requests_total")]).toEqual([200, true]);
    for (const authorization of [undefined, "Bearer wrong-token-0123456789abcdef", `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, "Bearer "]) {
      const res = await x.app.inject({ url: "/metrics", headers: authorization === undefined ? {} : { authorization } });
      expect({ authorization, status: res.statusCode, metrics: res.body.includes("xabar_") }).toEqual({ authorization, status: 401, metrics: false });
    }
  });

  it("is off (404) when no token is configured", async () => {
    for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }]) {
      const res = await https.app.inject({ url: "/metrics", headers });
      expect([res.statusCode, res.body.includes("xabar_http")]).toEqual([404, false]);
    }
  });

  it("refuses tokens too short to be secret", async () => {
    const { loadConfig, ConfigError } = await import("../src/config.js");
    expect(() => loadConfig({ METRICS_TOKEN: "short" })).toThrow(ConfigError);
    expect(loadConfig({ METRICS_TOKEN: TOKEN }).metricsToken).toBe(TOKEN);
  });
});

describe("the strip and the favicon (item 12)", () => {
  it("puts the Today strip and the weather inside a labelled landmark, in every language", async () => {
    for (const locale of ["en", "uz", "oz", "ru"]) {
      const html = (await x.app.inject({ url: `/${locale}/` })).body;
      // Everything in <body> sits in a landmark: header, nav, aside, main, footer (the skip link aside).
      const strip = /<aside class="wrap strip" aria-label="([^"]+)">([\s\S]*?)<\/aside>/.exec(html);
      expect({ locale, labelled: /\S/.test(strip?.[1] ?? "") }).toEqual({ locale, labelled: true });
      expect(strip?.[2]).toContain('data-xabar="today"');
      const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? "";
      const outside = body.replace(/<a class="skip"[\s\S]*?<\/a>/, "").replace(/<(header|aside|main|footer)\b[\s\S]*?<\/\1>/g, "");
      expect(outside.trim()).toBe("");
    }
  });

  it("serves our icon at /favicon.ico and /favicon.svg, and pages link it", async () => {
    const ico = await x.app.inject({ url: "/favicon.ico" });
    expect([ico.statusCode, ico.headers["content-type"]]).toEqual([200, "image/x-icon"]);
    const bytes = ico.rawPayload;
    // ICONDIR: reserved 0, type 1 (icon), one image of 32×32.
    expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2), bytes.readUInt16LE(4), bytes[6], bytes[7]]).toEqual([0, 1, 1, 32, 32]);
    expect(bytes.length).toBe(22 + bytes.readUInt32LE(14));
    const svg = await x.app.inject({ url: "/favicon.svg" });
    expect([svg.statusCode, svg.headers["content-type"], svg.body.startsWith("<svg")]).toEqual([200, "image/svg+xml", true]);
    const html = (await x.app.inject({ url: articlePath })).body;
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
    expect(html).toContain('<link rel="icon" href="/favicon.ico" sizes="32x32"/>');
  });
});
