/**
 * End-to-end, in Debian's Chromium on the real server: a new story's language follows its title's
 * letters until it is picked by hand; an editor names and describes a byline per language (the
 * screen fits a phone, axe finds nothing); on a phone in Russian every screen fits and a refused
 * Publish shows its error in view; restoring a published article's revision is asked first, and
 * each revision names its title and fields; a post Telegram refused shows beside the editor;
 * what happens between editors: a move
 * (Publish) after a refused or stale save publishes nothing; the "who is editing" lock goes with
 * the tab, and nobody is told that they themselves are editing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleOf, newDraft, saved } from "./admin-browser.js";
import { FAILURES, FAKE_TOKEN, FakeTelegram } from "../fake-telegram.js";
import { type OpenNewsroom, openNewsroom } from "./admin-server.js";

let open: OpenNewsroom | undefined;
/** Telegram's Bot API for the English channel. */
const telegram = new FakeTelegram();

beforeAll(async () => {
  await telegram.start();
  open = await openNewsroom({
    TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
    TELEGRAM_API_URL: telegram.apiUrl,
    TELEGRAM_CHANNELS: JSON.stringify({ en: "@xabar_en" }),
    TELEGRAM_CHANNEL_INTERVAL_MS: "0",
  });
}, 180_000);

afterAll(async () => {
  await open?.close();
  await telegram.stop();
});

const room = () => (open as OpenNewsroom).room;

describe("a new story", () => {
  it("takes its language from the title's letters until one is picked, and says so", async () => {
    const page = await room().signedIn("author@example.uz");
    await page.goto("/admin/new");
    const language = page.getByLabel("Language").last();
    const title = page.getByRole("textbox", { name: "Title" });
    await title.fill("В Ташкенте открылась новая станция метро");
    expect(await language.inputValue()).toBe("ru");
    await page.getByText("Chosen from the title's letters; change it if it is wrong.").waitFor();
    await title.fill("Тошкентда янги метро бекати очилди ва йўловчилар кутиб олинди");
    expect(await language.inputValue()).toBe("oz");
    // Picked by hand, it stays whatever the title says.
    await language.selectOption("ru");
    await title.fill("Toshkentda yangi bekat ochildi va yoʻlovchilar kutib olindi");
    expect(await language.inputValue()).toBe("ru");
    expect(await page.getByText("Chosen from the title's letters").count()).toBe(0);
    await language.selectOption("uz");
    await page.getByRole("button", { name: "Create" }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    expect((await articleOf(page, Number(/(\d+)$/.exec(page.url())?.[1]))).locale).toBe("uz");
  });

  it("makes a Russian story of a Russian title", async () => {
    const page = await room().signedIn("author@example.uz");
    await page.goto("/admin/new");
    await page.getByRole("textbox", { name: "Title" }).fill("В Ферганской долине собрали рекордный урожай");
    await page.getByRole("button", { name: "Create" }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    const article = await articleOf(page, Number(/(\d+)$/.exec(page.url())?.[1]));
    expect(article.locale).toBe("ru");
    expect(article.renditions.map((r) => r.locale)).toEqual(["ru"]);
  });
});

describe("bylines", () => {
  it("are named and described per language by an editor, and the author's page shows it", async () => {
    const page = await room().signedIn("editor@example.uz");
    // The editor's byline is made with their first story.
    await newDraft(page, { title: "Navoiyda yangi kutubxona", lead: "Kutubxona ochildi.", body: "<p>Kitoblar koʻp.</p>" });
    await page.getByRole("link", { name: "Bylines" }).click();
    // The demo's own Dilnoza Karimova has the first slug: the editor's byline is the second.
    const form = page.getByRole("form", { name: /^Dilnoza Karimova dilnoza-karimova-2 / });
    await form.getByRole("group", { name: "Name" }).getByLabel("Русский").fill("Дилноза Каримова");
    await form.getByRole("group", { name: "Biography" }).getByLabel("English").fill("Covers schools & libraries <in Navoi>.");
    await room().look(page, "bylines");
    await form.getByRole("button", { name: "Save" }).click();
    await form.getByRole("status").getByText("Saved").waitFor();
    await page.goto("/en/author/dilnoza-karimova-2");
    await page.getByText("Covers schools & libraries <in Navoi>.").waitFor();
    await page.goto("/ru/author/dilnoza-karimova-2");
    await page.getByRole("heading", { name: "Дилноза Каримова" }).waitFor();
    expect([room().violations, room().overflows]).toEqual([{}, {}]);
  });
});

describe("on a phone, in Russian", () => {
  it("fits every screen and the editor's schedule field, and scrolls a refused Publish's error into view", async () => {
    const page = await room().signedIn("admin@example.uz");
    const id = await newDraft(page, { title: "Qarshida yangi stadion", lead: "Stadion qurildi.", body: "" });
    await page.setViewportSize({ width: 375, height: 740 });
    await page.getByRole("combobox", { name: "Language" }).first().selectOption("ru");
    const widths: Record<string, number> = {};
    for (const path of ["/admin/", "/admin/users", "/admin/tags", "/admin/bylines", "/admin/media", `/admin/articles/${id}`]) {
      await page.goto(path);
      await page.getByRole("navigation").getByRole("link", { name: "Пользователи" }).waitFor();
      widths[path] = await page.evaluate(() => document.documentElement.scrollWidth);
    }
    expect(Object.entries(widths).filter(([, width]) => width > 375)).toEqual([]);
    // The buttons are a screen below the top: the error of a Publish without a body comes into view.
    await page.getByRole("button", { name: "Опубликовать", exact: true }).click();
    const alert = page.getByRole("alert").getByText("Некоторые поля нужно исправить.");
    await alert.waitFor();
    await expect.poll(() => alert.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => localStorage.removeItem("xabar-admin-locale"));
  });
});

describe("a published article's history", () => {
  it("names each revision's title and fields, and asks before a restore puts older text on the site", async () => {
    const page = await room().signedIn("editor@example.uz");
    const id = await newDraft(page, { title: "Urganchda yangi park", lead: "Park ochildi.", body: "<p>Daraxtlar koʻp.</p>" });
    await page.evaluate(async (n) => {
      const { csrfToken } = (await (await fetch("/api/admin/session")).json()) as { csrfToken: string };
      await fetch(`/api/admin/articles/${n}/transitions`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
        body: JSON.stringify({ to: "published" }),
      });
    }, id);
    await page.goto(`/admin/articles/${id}`);
    await page.getByRole("region", { name: "Text" }).getByLabel("Title").fill("Urganchda katta park");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await saved(page);
    const history = page.getByRole("region", { name: "Revisions" });
    await history.getByText("Title: Urganchda katta park", { exact: true }).waitFor();
    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await history
      .getByRole("button", { name: /^Restore/ })
      .nth(1)
      .click();
    await expect.poll(() => asked).toEqual([expect.stringContaining("The article is on the site")]);
    expect((await articleOf(page, id)).title).toBe("Urganchda katta park");
    page.once("dialog", (dialog) => void dialog.accept());
    await history
      .getByRole("button", { name: /^Restore/ })
      .nth(1)
      .click();
    await expect.poll(async () => (await articleOf(page, id)).title).toBe("Urganchda yangi park");
  });
});

describe("where an article went", () => {
  it("shows beside the editor the Telegram post the channel refused, with Telegram's words", async () => {
    telegram.failNext("sendMessage", FAILURES.kicked());
    const page = await room().signedIn("editor@example.uz");
    await page.goto("/admin/new");
    await page.getByRole("textbox", { name: "Title" }).fill("The new bridge over the canal opens with the traffic of the city");
    await page.getByRole("button", { name: "Create" }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    await page.getByRole("region", { name: "Text" }).getByLabel("Lead").fill("The bridge is open.");
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("Cars and buses use it from today.");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    const where = page.getByRole("region", { name: "Where it went" });
    await expect
      .poll(
        async () => {
          await where.getByRole("button", { name: "Refresh" }).click();
          return where.getByRole("listitem").allInnerTexts();
        },
        { timeout: 20_000 },
      )
      .toEqual([expect.stringMatching(/^Telegram @xabar_en: refused · .+ · .*Forbidden: bot was kicked from the channel chat/)]);
  });
});

describe("editors side by side", () => {
  it("publishes nothing when the save before it is refused or stale: the error stays, the article stays a draft", async () => {
    const page = await room().signedIn("editor@example.uz");
    const id = await newDraft(page, { title: "Andijonda yangi bozor", lead: "Bozor dushanba ochiladi.", body: "<p>Rastalar tayyor.</p>" });
    await page.goto(`/admin/articles/${id}`);
    await page.getByRole("region", { name: "Text" }).getByLabel("Title").fill("Bozor ".repeat(60));
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByRole("alert").getByText("Some fields need attention.").waitFor();
    expect((await articleOf(page, id)).status).toBe("draft");
    // Someone else saves meanwhile; Publish with the title put right is a conflict, not their text published.
    const other = await room().signedIn("admin@example.uz");
    await other.goto(`/admin/articles/${id}`);
    await other.getByLabel("Lead").fill("Bozor seshanba ochiladi.");
    await other.getByRole("button", { name: "Save", exact: true }).click();
    await saved(other);
    await page.getByRole("region", { name: "Text" }).getByLabel("Title").fill("Andijonda katta bozor");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByRole("alert").getByText("Someone else saved this article while you were editing.").waitFor();
    expect((await articleOf(page, id)).status).toBe("draft");
  });

  it("releases the lock when the editor's tab closes, and does not show editors their own lock", async () => {
    const editor = await room().signedIn("editor@example.uz");
    const id = await newDraft(editor, { title: "Termizda yangi maktab", lead: "Maktab sentabrda ochiladi.", body: "<p>Sinflar tayyor.</p>" });
    const tab = await editor.context().newPage();
    await tab.goto(`/admin/articles/${id}`);
    await tab.getByRole("button", { name: "Save", exact: true }).waitFor();
    // The editor's own stories list: their lock is not news to them.
    await editor.goto("/admin/");
    await editor.getByRole("link", { name: "Termizda yangi maktab" }).waitFor();
    expect(await editor.getByText("Dilnoza Karimova is editing").count()).toBe(0);
    const admin = await room().signedIn("admin@example.uz");
    const lockedBy = async () =>
      admin.evaluate(
        async (n) => ((await (await fetch(`/api/admin/articles/${n}`)).json()) as { article: { editing: { name: string } | null } }).article.editing,
        id,
      );
    expect(await lockedBy()).toMatchObject({ name: "Dilnoza Karimova" });
    await tab.close({ runBeforeUnload: true });
    await expect.poll(lockedBy).toBeNull();
  });
});
