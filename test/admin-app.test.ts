/**
 * The newsroom app as the server hands it out: its pages never cached and kept out of search
 * engines, its hashed assets immutable, every screen's path answering the app; and its weight
 * within budget (the sign-in page ≤ 60 KB of JS gzip, the app with the editor ≤ 250 KB). Builds
 * the app first when `npm run build` has not.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_BUILD_DIR } from "../src/server/admin-app.js";
import { projectRoot } from "../src/site/assets.js";
import { type TestApp, createTestApp } from "./app.js";

let x: TestApp;

/** The JS a page loads: its module script and the chunks it preloads, gzipped as a server would send them. */
function jsGzipBytes(page: string): number {
  const html = readFileSync(join(ADMIN_BUILD_DIR, page), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/admin\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? "");
  expect(files.length).toBeGreaterThan(0);
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(ADMIN_BUILD_DIR, file)), { level: 9 }).length, 0);
}

beforeAll(async () => {
  if (!existsSync(join(ADMIN_BUILD_DIR, "index.html"))) {
    execFileSync(
      process.execPath,
      [join(projectRoot(), "node_modules", "vite", "bin", "vite.js"), "build", "--config", "admin/vite.config.ts", "--logLevel", "warn"],
      {
        cwd: projectRoot(),
        // A production build, whatever NODE_ENV the test runner set (React's development build is far larger).
        env: { ...process.env, NODE_ENV: "production" },
        stdio: "inherit",
      },
    );
  }
  x = await createTestApp();
}, 120_000);

afterAll(async () => {
  await x.close();
});

describe("the newsroom app at /admin/", () => {
  it("answers every screen's path with the app page, never cached, never indexed", async () => {
    for (const url of ["/admin/", "/admin/new", "/admin/articles/12"]) {
      const res = await x.app.inject({ url });
      expect([url, res.statusCode, res.headers["cache-control"], res.headers["x-robots-tag"]]).toEqual([url, 200, "no-cache", "noindex"]);
      expect(res.body).toContain('<div id="root"></div>');
    }
    const signIn = await x.app.inject({ url: "/admin/set-password" });
    expect([signIn.statusCode, signIn.body.includes('class="sign-in"')]).toEqual([200, true]);
    expect((await x.app.inject({ url: "/admin" })).headers.location).toBe("/admin/");
  });

  it("serves its hashed assets as immutable, and nothing else from there", async () => {
    const html = (await x.app.inject({ url: "/admin/sign-in" })).body;
    const script = /src="(\/admin\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? "";
    const res = await x.app.inject({ url: script });
    expect([res.statusCode, res.headers["cache-control"]]).toEqual([200, "public, max-age=31536000, immutable"]);
    for (const url of ["/admin/assets/../../../package.json", "/admin/assets/%2e%2e/%2e%2e/%2e%2e/package.json"])
      expect((await x.app.inject({ url })).body).not.toContain('"name": "xabar"');
    expect((await x.app.inject({ url: "/admin/assets/none.js" })).statusCode).toBe(404);
  });

  it("keeps within its budgets: sign-in ≤ 60 KB of JS gzip, the app with the editor ≤ 250 KB", () => {
    const signIn = jsGzipBytes("sign-in.html");
    const app = jsGzipBytes("index.html");
    console.log(`newsroom app JS, gzip: sign-in ${(signIn / 1024).toFixed(1)} KB, app ${(app / 1024).toFixed(1)} KB`);
    expect(signIn).toBeLessThanOrEqual(60 * 1024);
    expect(app).toBeLessThanOrEqual(250 * 1024);
  });
});
