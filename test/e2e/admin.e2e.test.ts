/**
 * End-to-end, the newsroom app in Debian's Chromium on the real server (demo content, embedded
 * SQLite): an author signs in, writes a story and submits it; an editor publishes it and it is on
 * the public site within a second with its Cyrillic rendition; two editors saving the same article
 * see the conflict. Screenshots of the screens at 1280 and 390 px in test-results/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Running, start } from "../../src/app/start.js";
import { loadConfig } from "../../src/config.js";
import { ADMIN_BUILD_DIR } from "../../src/server/admin-app.js";
import { launchChromium } from "../chromium.js";

const SCREENSHOTS = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));
const PASSWORD = "Registon-maydoni-2026";
let dataDir: string;
let server: Running | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
let articleId = 0;

const base = (): string => server?.url ?? "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** What the newsroom's Content-Security-Policy refused on any page of these tests (it must be nothing). */
const refusals: string[] = [];

async function newPage(locale: string): Promise<Page> {
  if (!browser) throw new Error("no browser");
  const context = await browser.newContext({ baseURL: base(), locale, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) refusals.push(message.text());
  });
  return page;
}

async function signedIn(email: string): Promise<Page> {
  const page = await newPage("en-US");
  await page.goto("/admin/");
  await page.waitForURL("**/admin/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/admin/");
  await page.getByRole("heading", { name: "Stories" }).waitFor();
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, `admin-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function createUser(email: string, role: string): Promise<void> {
  const login = await fetch(`${base()}/api/admin/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@example.uz", password: PASSWORD }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await fetch(`${base()}/api/admin/users`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
    body: JSON.stringify({ email, name: role === "editor" ? "Dilnoza Karimova" : "Sardor Rahimov", role, password: PASSWORD }),
  });
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  if (!existsSync(join(ADMIN_BUILD_DIR, "index.html"))) throw new Error("The newsroom app is not built: run `npm run build` first");
  mkdirSync(SCREENSHOTS, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), "xabar-admin-e2e-"));
  // A port known before the start: the site's origin (SITE_URL) must be the one the browser uses.
  const port = await freePort();
  server = await start(
    loadConfig({
      PORT: String(port),
      SITE_URL: `http://127.0.0.1:${port}`,
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      WEATHER_API_URL: "http://127.0.0.1:9/v1/forecast",
      CBU_API_URL: "http://127.0.0.1:9/json/",
      WEATHER_TIMEOUT_MS: "200",
      ADMIN_EMAIL: "admin@example.uz",
      ADMIN_PASSWORD: PASSWORD,
    }),
  );
  await createUser("author@example.uz", "author");
  await createUser("editor@example.uz", "editor");
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the newsroom app", () => {
  it("lets an author write a story and submit it for review", async () => {
    const page = await signedIn("author@example.uz");
    await screenshot(page, "stories");
    await page.getByRole("link", { name: "New story" }).click();
    await page.getByLabel("Language").last().selectOption("uz");
    await page.getByLabel("Title").fill("Samarqandda yangi kutubxona ochildi");
    await screenshot(page, "new-story");
    await page.getByRole("button", { name: "Create" }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    articleId = Number(/(\d+)$/.exec(page.url())?.[1]);
    await page.getByLabel("Lead").fill("Kutubxonada oʻn ming kitob bor.");
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("Kutubxona har kuni ertalab soat sakkizdan ochiq.");
    await page.keyboard.press("Control+s");
    await page
      .getByRole("status")
      .getByText(/^Saved /)
      .waitFor();
    await screenshot(page, "editor");
    await page.getByRole("button", { name: "Submit for review" }).click();
    await page.getByText("In review", { exact: true }).first().waitFor();
    expect(articleId).toBeGreaterThan(0);
  });

  it("lets an editor publish it: on the site within a second, with its Cyrillic rendition", async () => {
    const page = await signedIn("editor@example.uz");
    await page.getByLabel("Status").selectOption("review");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.getByRole("link", { name: "Samarqandda yangi kutubxona ochildi" }).click();
    await page.waitForURL(`**/admin/articles/${articleId}`);
    const publishing = page.waitForResponse((r) => r.url().endsWith(`/api/admin/articles/${articleId}/transitions`));
    await page.getByRole("button", { name: "Publish" }).click();
    expect((await publishing).status()).toBe(200);
    const published = Date.now();
    await page.getByRole("link", { name: "View on the site" }).waitFor();
    const siteUrl = (await page.getByRole("link", { name: "View on the site" }).getAttribute("href")) ?? "";
    const uz = await fetch(`${base()}${siteUrl}`);
    const seenAfter = Date.now() - published;
    const ozId = await page.evaluate(async (id) => {
      const answer = (await (await fetch(`/api/admin/articles/${id}`)).json()) as { article: { renditions: Array<{ id: number; locale: string }> } };
      return answer.article.renditions.find((r) => r.locale === "oz")?.id ?? 0;
    }, articleId);
    const ozUrl =
      (await page.evaluate(async (id) => ((await (await fetch(`/api/admin/articles/${id}`)).json()) as { article: { url: string } }).article.url, ozId)) ?? "";
    const oz = await fetch(`${base()}${ozUrl}`);
    expect([uz.status, oz.status, seenAfter < 1_000]).toEqual([200, 200, true]);
    expect(await oz.text()).toContain("Самарқандда янги кутубхона очилди");
  });

  it("shows two editors saving the same article the conflict, with reload or keep mine", async () => {
    const first = await signedIn("editor@example.uz");
    const second = await signedIn("admin@example.uz");
    for (const page of [first, second]) await page.goto(`/admin/articles/${articleId}`);
    await first.getByRole("region", { name: "Text" }).getByLabel("Title").fill("Samarqandda katta kutubxona ochildi");
    await first.getByRole("button", { name: "Save" }).click();
    await first
      .getByRole("status")
      .getByText(/^Saved /)
      .waitFor();
    await second.getByLabel("Lead").fill("Kutubxonada yigirma ming kitob bor.");
    await second.getByRole("button", { name: "Save" }).click();
    await second.getByRole("alert").getByText("Someone else saved this article while you were editing.").waitFor();
    await screenshot(second, "conflict");
    await second.getByRole("button", { name: "Keep mine" }).click();
    await second
      .getByRole("status")
      .getByText(/^Saved /)
      .waitFor();
    const stored = (await (await fetch(`${base()}/uz/`)).text()).includes("Samarqandda katta kutubxona ochildi");
    expect(stored).toBe(true);
  });

  it("shows the sign-in page in the chosen language", async () => {
    const page = await newPage("ru-RU");
    await page.goto("/admin/sign-in");
    await page.getByRole("button", { name: "Войти" }).waitFor();
    await screenshot(page, "sign-in");
    await page.getByLabel("Язык").selectOption("oz");
    await page.getByRole("button", { name: "Кириш" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("uz-Cyrl");
  });

  it("ran every screen above under its Content-Security-Policy, which refused nothing", async () => {
    const page = await newPage("en-US");
    const answer = await page.goto("/admin/sign-in");
    expect(answer?.headers()["content-security-policy"]).toMatch(/script-src 'self';.*style-src 'self'/);
    expect(refusals).toEqual([]);
  });
});
