/**
 * The newsroom e2e's browser side: pages in their own contexts (collecting what the CSP refuses),
 * signing in, and `look` — a screenshot of the screen at 1280 and 390 px and an axe-core run at
 * each width, its violations kept per screen for the test to assert on.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";

export const PASSWORD = "Registon-maydoni-2026";
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export class Newsroom {
  readonly contexts: BrowserContext[] = [];
  /** What the newsroom's Content-Security-Policy refused on any page (it must be nothing). */
  readonly refusals: string[] = [];
  /** axe-core's violations per screen and width ("editor@390": ["label: #x", …]), only where there are some. */
  readonly violations: Record<string, string[]> = {};
  /** Screens looked at. */
  readonly looked: string[] = [];
  /** Elements reaching past the viewport's right edge (the page scrolls sideways), per screen and width. */
  readonly overflows: Record<string, string[]> = {};
  private readonly sessions = new Map<string, BrowserContext>();

  constructor(
    private readonly browser: Browser,
    private readonly base: string,
    private readonly screenshots: string,
  ) {}

  async page(locale = "en-US"): Promise<Page> {
    const context = await this.browser.newContext({ baseURL: this.base, locale, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(8_000);
    this.contexts.push(context);
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    return this.watched(context);
  }

  private async watched(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    page.on("console", (message) => {
      if (/Content Security Policy|CSP violation/i.test(message.text())) this.refusals.push(message.text());
    });
    return page;
  }

  /** A page signed in as `email`: one sign-in per user (the server limits sign-ins per address), a new page of that session after. */
  async signedIn(email: string): Promise<Page> {
    const session = this.sessions.get(email);
    if (session) {
      const page = await this.watched(session);
      await page.goto("/admin/");
      await page.getByRole("heading", { name: "Stories" }).waitFor();
      return page;
    }
    const page = await this.page();
    this.sessions.set(email, page.context());
    await page.goto("/admin/");
    await page.waitForURL("**/admin/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/admin/");
    await page.getByRole("heading", { name: "Stories" }).waitFor();
    return page;
  }

  /** Screenshots at 1280 and 390 px, and axe at each (CDP's evaluate is not bound by the page's CSP). */
  async look(page: Page, name: string): Promise<void> {
    this.looked.push(name);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: join(this.screenshots, `admin-${name}-${width}.png`), fullPage: true });
      const found = await axeViolations(page);
      if (found.length) this.violations[`${name}@${width}`] = found;
      const wider = await overflowing(page);
      if (wider.length) this.overflows[`${name}@${width}`] = wider;
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close();
  }
}

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>;
}

/** The innermost elements that end past the viewport's width (none: the page never scrolls sideways). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const wide = [...document.body.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest("dialog:not([open])"));
    return wide
      .filter((el) => !wide.some((other) => other !== el && el.contains(other)))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""} → ${Math.round(el.getBoundingClientRect().right)}px`,
      );
  });
}

export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** An account made by the admin through the API. */
export async function createUser(base: string, user: { email: string; name: string; role: string; locales?: string[] }): Promise<void> {
  const login = await fetch(`${base}/api/admin/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@example.uz", password: PASSWORD }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/admin/users`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken, origin: base },
    body: JSON.stringify({ ...user, password: PASSWORD }),
  });
  if (res.status !== 201) throw new Error(`creating ${user.email}: ${res.status} ${await res.text()}`);
}

/** A port nobody listens on now (the server is started on it, its SITE_URL known before). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The editor's status line says the article is saved. */
export const saved = (page: Page) =>
  page
    .getByRole("status")
    .getByText(/^Saved /)
    .waitFor();

/** A new uz draft made through the API as the page's user; its article's id. */
export const newDraft = (page: Page, rendition: { title: string; lead: string; body: string }) =>
  page.evaluate(async (uz) => {
    const { csrfToken } = (await (await fetch("/api/admin/session")).json()) as { csrfToken: string };
    const res = await fetch("/api/admin/stories", {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
      body: JSON.stringify({ category: "world", renditions: { uz } }),
    });
    return ((await res.json()) as { articles: Array<{ id: number }> }).articles[0]?.id ?? 0;
  }, rendition);

/** Screens typed as addresses by a role they are not for: each says so (waited for), and holds how many forms (none, to fill in for nothing). */
export async function formsOfRefusedScreens(page: Page, paths: readonly string[]): Promise<number[]> {
  const forms: number[] = [];
  for (const path of paths) {
    await page.goto(path);
    await page.getByRole("alert").getByText("Your role does not allow this.").waitFor();
    forms.push(await page.locator("main form").count());
  }
  return forms;
}

/** An article as the API gives it to the page's user. */
export const articleOf = (page: Page, id: number) =>
  page.evaluate(
    async (n) =>
      (
        (await (await fetch(`/api/admin/articles/${n}`)).json()) as {
          article: {
            locale: string;
            status: string;
            url: string;
            title: string;
            lead: string;
            body: string;
            cover: number | null;
            author: number | null;
            renditions: Array<{ id: number; locale: string }>;
          };
        }
      ).article,
    id,
  );
