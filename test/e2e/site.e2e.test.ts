/**
 * End-to-end: the real server (demo content, embedded SQLite in a temp dir, the fake weather API)
 * driven by Debian's Chromium through playwright-core. Behaviour only, never timings.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../src/config.js";
import type { ReactionKind as Reaction } from "../../src/engagement/reactions.js";
import { type Running, start } from "../../src/app/start.js";
import { launchChromium } from "../chromium.js";
import { FakeOpenMeteo } from "../fake-open-meteo.js";

interface Stats {
  views: number;
  reactions: Record<Reaction, number>;
  mine: Reaction | null;
}

const VIEW_FLUSH_MS = 200;
const CYRILLIC = /[\u0400-\u04FF]/;
const SCREENSHOTS = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));
const TEST_TIMEOUT = 60_000;

let fake: FakeOpenMeteo;
let dataDir: string;
let server: Running | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

/** The English article every test below works on, found by clicking through from the home page. */
let articleUrl = "";
let articleId = "";

function base(): string {
  if (!server) throw new Error("server not started");
  return server.url;
}

async function newContext(options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  if (!browser) throw new Error("browser not launched");
  const context = await browser.newContext({ baseURL: base(), locale: "en-US", ...options });
  contexts.push(context);
  return context;
}

async function apiStats(id: string): Promise<Stats> {
  const response = await fetch(`${base()}/api/v1/articles/${id}/stats`);
  expect(response.status).toBe(200);
  return (await response.json()) as Stats;
}

/** The number in a `.count` element ("1,234" → 1234). */
async function countIn(root: Locator): Promise<number> {
  const text = (await root.locator(".count").textContent()) ?? "";
  const digits = text.replace(/\D/g, "");
  return digits === "" ? Number.NaN : Number(digits);
}

const isStats = (id: string) => (url: string) => url.endsWith(`/api/v1/articles/${id}/stats`);

/** Opens (or reloads) an article and waits until the island has asked for the visitor's stats. */
async function openArticle(page: Page, url: string, id: string): Promise<void> {
  const statsLoaded = page.waitForResponse((response) => isStats(id)(response.url()));
  await page.goto(url);
  await statsLoaded;
}

async function reloadArticle(page: Page, id: string): Promise<void> {
  const statsLoaded = page.waitForResponse((response) => isStats(id)(response.url()));
  await page.reload();
  await statsLoaded;
}

function reactionButton(page: Page, reaction: Reaction): Locator {
  return page.locator(`[data-xabar="reactions"] button[data-reaction="${reaction}"]`);
}

function likeButton(page: Page): Locator {
  return reactionButton(page, "like");
}

/** The answer to the page's next reaction POST for article `id`. */
function reactionPosted(page: Page, id: string) {
  return page.waitForResponse((response) => response.url().endsWith(`/api/v1/articles/${id}/reactions`) && response.request().method() === "POST");
}

/**
 * A new visitor without JavaScript opens the article and presses a reaction: the count before, and
 * the form's last answer (a first visit is a 307 that gives the visitor its id, then the 303).
 */
async function reactWithoutJavaScript(reaction: Reaction) {
  const page = await (await newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(articleUrl);
  const before = (await apiStats(articleId)).reactions[reaction];
  const posted = page.waitForResponse((response) => response.url().includes(`/api/v1/articles/${articleId}/reactions`) && response.status() !== 307);
  await reactionButton(page, reaction).click();
  return { page, before, response: await posted };
}

/** Waits until the page is back on the article after the form's redirect. */
async function backOnArticle(page: Page): Promise<void> {
  await page.waitForURL((url) => url.pathname === articleUrl);
  await page.locator("h1").waitFor();
}

/** Clicks a reaction button (JS on) and waits for the API to answer. */
async function clickReaction(page: Page, button: Locator, id: string): Promise<void> {
  const answered = reactionPosted(page, id);
  await button.click();
  expect((await answered).status()).toBe(200);
}

/** A full-page screenshot would show lazy images below the fold as empty boxes: load them all first. */
async function loadAllImages(page: Page): Promise<void> {
  await page.locator("img").evaluateAll((images) => {
    for (const image of images) if (image instanceof HTMLImageElement) image.loading = "eager";
  });
  await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
}

const VIEWPORTS = { small: { width: 320, height: 640 }, phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

/**
 * How a page sits in its viewport's width. `fits`: no horizontal scroll (the root's scrollWidth
 * is within window.innerWidth). `offenders`: elements wider than the viewport or sticking out of
 * it, outermost only (the one to fix, not its children); what a scrolling strip such as the
 * category bar holds scrolls there on purpose, and what is parked off-screen (the skip link) is
 * not in the way.
 */
interface Layout {
  fits: boolean;
  offenders: string[];
}
const FITS: Layout = { fits: true, offenders: [] };

function measureLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const sticksOut = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      return box.width > width + 0.5 || box.right > width + 0.5 || (box.left < -0.5 && box.right > 0);
    };
    const scrolledOrClipped = (element: Element): boolean => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible") return true;
      }
      return false;
    };
    const offending = new Set(Array.from(document.body.querySelectorAll("*")).filter((element) => sticksOut(element) && !scrolledOrClipped(element)));
    const name = (element: Element): string => {
      const classes = Array.from(element.classList, (c) => `.${c}`).join("");
      return `${element.tagName.toLowerCase()}${classes || ` "${(element.textContent ?? "").trim().slice(0, 40)}"`}`;
    };
    return {
      fits: document.documentElement.scrollWidth <= width,
      offenders: Array.from(offending)
        .filter((element) => !(element.parentElement && offending.has(element.parentElement)))
        .map(name),
    };
  });
}

/** Writes a full-page screenshot to test-results/screenshots/ and measures the page. */
async function screenshotAndMeasure(page: Page, file: string): Promise<Layout> {
  await loadAllImages(page);
  await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
  return measureLayout(page);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Set-up waits (a hook has no test for `expect` to fail): retries until `ready` holds, for at most 30 s. */
async function waitUntil(what: string, ready: () => boolean | Promise<boolean>, interval: number): Promise<void> {
  await vi.waitFor(
    async () => {
      if (!(await ready())) throw new Error(`still waiting until ${what}`);
    },
    { timeout: 30_000, interval },
  );
}

/** The first of `hrefs` whose page links its Uzbek Cyrillic rendition (an article, not the /oz/ home). */
async function firstWithCyrillicRendition(page: Page, hrefs: string[]): Promise<string | undefined> {
  for (const href of hrefs) {
    await page.goto(href);
    const oz = await page.locator('nav.langs a[hreflang="uz-Cyrl"]').getAttribute("href");
    if (oz && oz !== "/oz/") return href;
  }
  return undefined;
}

describe("public site in Chromium", () => {
  beforeAll(async () => {
    fake = new FakeOpenMeteo();
    // Fog, +3°, wind 4 m/s from 135° (SE): all checkable in English.
    fake.setCurrent({ time: "2026-11-25T20:30", temperature_2m: 3.2, weather_code: 45, wind_speed_10m: 4.1, wind_direction_10m: 135 });
    await fake.start();
    dataDir = mkdtempSync(join(tmpdir(), "xabar-e2e-"));
    server = await start(
      loadConfig({
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        WEATHER_API_URL: fake.apiUrl,
        CBU_API_URL: "http://127.0.0.1:9/json/",
        LOG_LEVEL: "warn",
        VIEW_FLUSH_MS: String(VIEW_FLUSH_MS),
      }),
    );
    browser = await launchChromium();
    // The seeded observation is a day old, so the server asks the fake at once.
    await waitUntil("the server has asked the fake weather API", () => fake.requests >= 1, 50);
    // A 404 page is never kept in the page cache and shows the current weather: wait until the
    // fake's fog is what the server serves, so every page rendered from here on shows it.
    await waitUntil("pages show the fake's fog", async () => (await (await fetch(`${base()}/en/no-such-section-e2e/`)).text()).includes("fog"), 100);
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    await fake?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it(
    "home → article: similar news, English weather, today's story, html lang",
    async () => {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto("/en/");
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");

      const title = page.locator(".top-stories article.card h2 a, .top-stories article.card h3 a").first();
      const titleText = ((await title.textContent()) ?? "").trim();
      expect(titleText).not.toBe("");
      await title.click();
      await page.waitForURL(/\/en\/[a-z0-9-]+\/\d+/);
      articleUrl = new URL(page.url()).pathname;
      await expect.poll(async () => ((await page.locator("h1").textContent()) ?? "").trim()).toBe(titleText);

      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(await page.locator('[data-xabar="similar-item"]').count()).toBe(6);

      const weather = ((await page.locator('[data-xabar="weather"]').textContent()) ?? "").trim();
      expect(weather).toContain("wind");
      expect(weather).toContain("m/s");
      expect(weather).toContain("fog");
      expect(weather).toContain("SE");
      expect(weather).not.toMatch(CYRILLIC);

      const today = page.locator('[data-xabar="today"] a');
      expect(await today.count()).toBe(1);
      expect(await today.getAttribute("href")).toMatch(/^\/en\/[a-z0-9-]+\/\d+/);

      articleId = (await page.locator('[data-xabar="views"]').getAttribute("data-article-id")) ?? "";
      expect(articleId).toMatch(/^\d+$/);
    },
    TEST_TIMEOUT,
  );

  it(
    "reactions: toggle on, survive a reload, a second visitor adds one, toggling off removes one",
    async () => {
      expect(articleId).not.toBe("");
      const before = (await apiStats(articleId)).reactions.like;

      const first = await (await newContext()).newPage();
      await openArticle(first, articleUrl, articleId);
      const like = likeButton(first);
      await expect.poll(() => countIn(like)).toBe(before);
      expect(await like.getAttribute("aria-pressed")).toBe("false");

      await clickReaction(first, like, articleId);
      await expect.poll(() => countIn(like)).toBe(before + 1);
      expect(await like.getAttribute("aria-pressed")).toBe("true");
      expect((await apiStats(articleId)).reactions.like).toBe(before + 1);

      await reloadArticle(first, articleId);
      await expect.poll(() => likeButton(first).getAttribute("aria-pressed")).toBe("true");
      await expect.poll(() => countIn(likeButton(first))).toBe(before + 1);

      const second = await (await newContext()).newPage();
      await openArticle(second, articleUrl, articleId);
      const secondLike = likeButton(second);
      await expect.poll(() => countIn(secondLike)).toBe(before + 1);
      expect(await secondLike.getAttribute("aria-pressed")).toBe("false");
      await clickReaction(second, secondLike, articleId);
      await expect.poll(() => countIn(secondLike)).toBe(before + 2);
      expect(await secondLike.getAttribute("aria-pressed")).toBe("true");
      expect((await apiStats(articleId)).reactions.like).toBe(before + 2);

      // The first visitor takes theirs back.
      await clickReaction(first, likeButton(first), articleId);
      await expect.poll(() => countIn(likeButton(first))).toBe(before + 1);
      expect(await likeButton(first).getAttribute("aria-pressed")).toBe("false");
      expect((await apiStats(articleId)).reactions.like).toBe(before + 1);
    },
    TEST_TIMEOUT,
  );

  it(
    "views: once per visitor; a reload does not count again, a new visitor counts once",
    async () => {
      expect(articleId).not.toBe("");
      const page = await (await newContext()).newPage();
      const counted = page.waitForResponse((response) => response.url().endsWith(`/api/v1/articles/${articleId}/views`));
      await openArticle(page, articleUrl, articleId);
      expect((await counted).status()).toBe(200);
      const views = page.locator('[data-xabar="views"]');
      await expect.poll(() => countIn(views)).toBeGreaterThan(0);

      await sleep(VIEW_FLUSH_MS * 3);
      const afterFirst = (await apiStats(articleId)).views;
      expect(await countIn(views)).toBeLessThanOrEqual(afterFirst);

      const recounted = page.waitForResponse((response) => response.url().endsWith(`/api/v1/articles/${articleId}/views`));
      await reloadArticle(page, articleId);
      expect((await recounted).status()).toBe(200);
      await sleep(VIEW_FLUSH_MS * 3);
      expect((await apiStats(articleId)).views).toBe(afterFirst);

      const other = await (await newContext()).newPage();
      await openArticle(other, articleUrl, articleId);
      await expect.poll(() => countIn(other.locator('[data-xabar="views"]'))).toBe(afterFirst + 1);
      await sleep(VIEW_FLUSH_MS * 3);
      expect((await apiStats(articleId)).views).toBe(afterFirst + 1);
    },
    TEST_TIMEOUT,
  );

  it(
    "under its Content-Security-Policy the article works with no violation; the strip is in a landmark; the favicon loads",
    async () => {
      expect(articleId).not.toBe("");
      const page = await (await newContext()).newPage();
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || /Content Security Policy/i.test(message.text())) problems.push(message.text());
      });
      page.on("pageerror", (error) => problems.push(error.message));
      const icon = page.waitForResponse((response) => /\/favicon\.(svg|ico)$/.test(response.url()));
      // Chromium reports a refusal on the console too; the event names the directive.
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective}`));
      });
      const answer = await page.goto(articleUrl);
      expect(answer?.headers()["content-security-policy"]).toMatch(/script-src 'self'/);
      // The island ran under the policy: it counted the view and showed the reactions.
      await expect.poll(() => countIn(page.locator('[data-xabar="views"]'))).toBeGreaterThan(0);
      await clickReaction(page, reactionButton(page, "angry"), articleId);
      await expect.poll(() => reactionButton(page, "angry").getAttribute("aria-pressed")).toBe("true");
      // NewsArticle and BreadcrumbList, each in its own data block, both allowed by the policy.
      const types = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((scripts) => scripts.map((s) => (JSON.parse(s.textContent ?? "{}") as { "@type"?: string })["@type"]));
      expect(types).toEqual(["NewsArticle", "BreadcrumbList"]);
      const landmark = await page
        .locator('[data-xabar="today"]')
        .evaluate((element) => element.closest("header, nav, main, aside, footer, section[aria-label]")?.tagName ?? "");
      expect(landmark).toBe("ASIDE");
      expect((await icon).status()).toBe(200);
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    "language switcher leads to the same story in Uzbek Cyrillic",
    async () => {
      const page = await (await newContext()).newPage();
      // The first English article with an Uzbek rendition: its switcher points at an article, not /oz/.
      await page.goto("/en/");
      const candidates = await page.locator("article.card h2 a, article.card h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      const englishUrl = await firstWithCyrillicRendition(page, [articleUrl, ...candidates.filter((href) => href !== articleUrl)]);
      // An English article that has an Uzbek rendition.
      expect(englishUrl).toMatch(/^\/en\/[a-z0-9-]+\/\d+-/);

      await page.locator('nav.langs a[hreflang="uz-Cyrl"]').click();
      await page.waitForURL(/\/oz\/[a-z0-9-]+\/\d+/);
      expect(await page.locator("html").getAttribute("lang")).toBe("uz-Cyrl");
      expect(((await page.locator("#similar-title").textContent()) ?? "").trim()).toBe("Ўхшаш янгиликлар");
      expect((await page.locator("h1").textContent()) ?? "").toMatch(CYRILLIC);
      // Same story: the Cyrillic page's English link goes back where we came from.
      expect(await page.locator('nav.langs a[hreflang="en"]').getAttribute("href")).toBe(englishUrl);
    },
    TEST_TIMEOUT,
  );

  it(
    "without JavaScript the reaction form posts, redirects back (303) and counts",
    async () => {
      expect(articleId).not.toBe("");
      const { page, before, response } = await reactWithoutJavaScript("laugh");
      expect(response.status()).toBe(303);
      expect(response.headers()["location"]).toBe(`${articleUrl}?mine=laugh`);
      await backOnArticle(page);

      expect((await apiStats(articleId)).reactions.laugh).toBe(before + 1);
    },
    TEST_TIMEOUT,
  );

  // After the no-JS POST the 303 leads to the article rendered fresh for this visitor
  // (`?mine=…`, never cached), not to the cached page from before the reaction.
  it(
    "without JavaScript the page after the redirect shows the new count",
    async () => {
      expect(articleId).not.toBe("");
      const { page, before, response } = await reactWithoutJavaScript("sad");
      expect(response.status()).toBe(303);
      await backOnArticle(page);
      expect((await apiStats(articleId)).reactions.sad).toBe(before + 1);
      expect(await countIn(reactionButton(page, "sad"))).toBe(before + 1);
      expect(await reactionButton(page, "sad").getAttribute("aria-pressed")).toBe("true");
    },
    TEST_TIMEOUT,
  );

  it(
    "home, an article and the rates fit a 320 px and a 390 px phone and a desktop in every language (the converter writing numbers as the server does), with screenshots for humans",
    async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const page = await (await newContext()).newPage();
      await page.goto("/en/");
      const homes = await page.locator("nav.langs a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      expect(homes).toEqual(["/uz/", "/oz/", "/ru/", "/en/"]);

      const layouts: Record<string, Layout> = {};
      const results: Record<string, string> = {};
      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        const sized = await (await newContext({ viewport })).newPage();
        for (const home of homes) {
          const locale = home.replaceAll("/", "");
          await sized.goto(home);
          layouts[`${locale} home ${size}`] = await screenshotAndMeasure(sized, `home-${locale}-${size}.png`);
          const article = (await sized.locator("article.card h2 a, article.card h3 a").first().getAttribute("href")) ?? "";
          expect(article).toMatch(new RegExp(`^${home}[a-z0-9-]+/\\d+-`));
          const statsLoaded = sized.waitForResponse((response) => /\/api\/v1\/articles\/\d+\/stats$/.test(response.url()));
          await sized.goto(article);
          await statsLoaded;
          layouts[`${locale} article ${size}`] = await screenshotAndMeasure(sized, `article-${locale}-${size}.png`);
          await sized.goto(`${home}rates`);
          await expect.poll(() => sized.locator(".rates-table tbody tr").count()).toBeGreaterThan(0);
          // The converter's island writes numbers as the server does, though this Chromium has no Uzbek data.
          const converted = (await sized.locator(".converter output").textContent()) ?? "";
          results[`${locale} converter ${size}`] = /^\d{1,3}((\u00a0|,)\d{3})*[.,]\d{2} /.exec(converted)?.[0] ?? converted;
          layouts[`${locale} rates ${size}`] = await screenshotAndMeasure(sized, `rates-${locale}-${size}.png`);
        }
      }
      const expected = Object.fromEntries(Object.keys(layouts).map((key) => [key, FITS]));
      expect(layouts).toEqual(expected);
      const sum = (locale: string) => (locale === "en" ? "1,205,000.00 " : "1\u00a0205\u00a0000,00 ");
      expect(results).toEqual(Object.fromEntries(Object.keys(results).map((key) => [key, sum(key.split(" ")[0] ?? "")])));
    },
    2 * TEST_TIMEOUT,
  );
});
