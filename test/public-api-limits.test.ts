/**
 * The public content API's settings at work, on SQLite and PostgreSQL: API_CORS_ORIGINS (a list
 * lets only those origins read; the setting's spelling) and the rate limit per address.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";
import { codeOf } from "./admin-client.js";
import { type TestApp, createTestApp } from "./app.js";
import { buildStory } from "./factories.js";

const SITE = "https://news.example.uz";
const FOREIGN = "https://reader.example.com";

describe("limits and failures", () => {
  let small: TestApp;
  const PARTNER = "https://partner.example.uz";

  beforeAll(async () => {
    small = await createTestApp({ SITE_URL: SITE, API_CORS_ORIGINS: `${PARTNER}, https://other.example.uz`, API_RATE_LIMIT_PER_MINUTE: "5" });
    await buildStory(small, { locales: ["en"] });
  });
  afterAll(async () => {
    await small.close();
  });

  it("lets only the listed origins read, when API_CORS_ORIGINS lists them", async () => {
    const partner = await small.app.inject({ url: "/api/v1/categories?locale=en", headers: { origin: PARTNER } });
    const stranger = await small.app.inject({ url: "/api/v1/categories?locale=en", headers: { origin: FOREIGN } });
    expect([partner.headers["access-control-allow-origin"], stranger.headers["access-control-allow-origin"]]).toEqual([PARTNER, undefined]);
    expect(String(partner.headers.vary)).toMatch(/Origin/);
    expect(String(partner.headers.vary)).toMatch(/Accept-Encoding/);
  });

  it("rate limits per address (429 XABAR_RATE_LIMITED)", async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await small.app.inject({ url: "/api/v1/tags?locale=en", remoteAddress: "192.0.2.7" })).statusCode);
    const limited = await small.app.inject({ url: "/api/v1/tags?locale=en", remoteAddress: "192.0.2.7" });
    const other = await small.app.inject({ url: "/api/v1/tags?locale=en", remoteAddress: "192.0.2.8" });
    expect([statuses.filter((s) => s === 200).length, limited.statusCode, codeOf(limited), other.statusCode]).toEqual([5, 429, "XABAR_RATE_LIMITED", 200]);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
  });
});

describe("API_CORS_ORIGINS", () => {
  it("takes *, none or a list of origins, and refuses anything else", () => {
    const origins = (value?: string) => loadConfig(value === undefined ? {} : { API_CORS_ORIGINS: value }).publicApi.corsOrigins;
    expect([origins(), origins(""), origins("none"), origins(" https://A.example.uz , http://localhost:5173")]).toEqual([
      "*",
      "*",
      "none",
      ["https://a.example.uz", "http://localhost:5173"],
    ]);
    for (const bad of ["https://a.example.uz/path", "a.example.uz", "*, https://a.example.uz", "javascript:alert(1)"]) {
      expect(() => origins(bad)).toThrow(ConfigError);
    }
  });
});
