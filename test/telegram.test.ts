/**
 * Telegram channels, one per locale, through the newsroom API and the job runner against a local
 * Bot API (test/fake-telegram.ts) that records every call: what is posted on publish (with and
 * without a cover), edited, deleted or marked withdrawn. Failures and two instances are in
 * telegram-failures.test.ts. On SQLite and PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import { CAPTION_LIMIT, TEXT_LIMIT } from "../src/distribution/telegram.js";
import { t } from "../src/lang/messages.js";
import { FAILURES, visible } from "./fake-telegram.js";
import {
  CHANNELS,
  type Created,
  x,
  fake,
  call,
  clients,
  story,
  idOf,
  urlOf,
  move,
  patch,
  job,
  post,
  due,
  matching,
  only,
  coverId,
  useTelegramApp,
} from "./telegram-fixture.js";

useTelegramApp();

describe("publishing", () => {
  it("posts a story with a cover as sendPhoto, the caption in each rendition's language, cut at 1,024 characters", async () => {
    // 990 characters: with the title and the link, past the caption's 1,024.
    const lead = `Bozorda narxlar <pasaydi> & savdo jonlandi. ${"Sotuvchilar mamnun. ".repeat(48)}`.slice(0, 990);
    const created = await story(
      {
        uz: { title: "Chorsu bozori <yangilandi> & kengaydi", lead, body: "<p>Matn.</p>" },
        ru: { title: "Рынок Чорсу обновлён", lead: "Цены снизились.", body: "<p>Текст.</p>" },
        en: { title: "Chorsu bazaar renewed", lead: "Prices fell.", body: "<p>Text.</p>" },
      },
      await coverId(),
    );
    for (const locale of ["uz", "ru", "en"]) await move(idOf(created, locale), "published");
    expect(await x.jobs.tick()).toBeGreaterThanOrEqual(3);

    const photos = fake.of("sendPhoto");
    // uz, its derived oz and ru; en has no channel.
    expect(photos.map((c) => c.args.chat_id).sort()).toEqual([CHANNELS.ru, CHANNELS.oz, CHANNELS.uz].sort());
    expect(fake.calls.every((c) => c.method === "sendPhoto")).toBe(true);
    const uz = photos.find((c) => c.args.chat_id === CHANNELS.uz);
    expect(uz?.contentType).toMatch(/^multipart\/form-data/);
    expect(uz?.files.photo).toMatchObject({ type: "image/jpeg", name: "cover.jpg" });
    expect(uz?.files.photo?.size).toBeGreaterThan(1000);
    expect(uz?.args.parse_mode).toBe("HTML");
    const caption = String(uz?.args.caption);
    expect(caption.startsWith("<b>Chorsu bozori &lt;yangilandi&gt; &amp; kengaydi</b>\n\nBozorda narxlar &lt;pasaydi&gt; &amp; savdo")).toBe(true);
    expect(caption.endsWith(`…\n\n<a href="${urlOf(created, "uz")}">${t("uz", "readOnSite")}</a>`)).toBe(true);
    const shown = visible(caption);
    expect(shown.length).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(shown.length).toBeGreaterThan(CAPTION_LIMIT - 40);
    // No tag or entity cut in half: without our two tags and the four entities, no <, > or & is left.
    expect(caption.replace(/<\/?b>|<a href="[^"<>]*">|<\/a>/g, "").replace(/&(amp|lt|gt|quot);/g, "")).not.toMatch(/[&<>]/);

    const oz = photos.find((c) => c.args.chat_id === CHANNELS.oz);
    expect(String(oz?.args.caption)).toContain(t("oz", "readOnSite"));
    expect(String(oz?.args.caption)).toMatch(/<b>Чорсу бозори/);
    const ru = photos.find((c) => c.args.chat_id === CHANNELS.ru);
    expect(ru?.args.caption).toBe(`<b>Рынок Чорсу обновлён</b>\n\nЦены снизились.\n\n<a href="${urlOf(created, "ru")}">${t("ru", "readOnSite")}</a>`);

    const stored = await post(idOf(created, "ru"));
    expect([stored?.state, stored?.kind, stored?.chat, stored?.message_id]).toEqual(["posted", "photo", CHANNELS.ru, matching(/^\d+$/)]);
    expect(await post(idOf(created, "en"))).toBeUndefined();
    // Again: nothing more.
    fake.reset();
    await due();
    await x.jobs.tick();
    expect(fake.calls).toEqual([]);

    // A new cover replaces the photo of every rendition's post, the caption kept.
    await patch(idOf(created, "ru"), { cover: await coverId() });
    await x.jobs.tick();
    const replaced = fake.of("editMessageMedia");
    expect(replaced.map((c) => c.args.chat_id).sort()).toEqual([CHANNELS.ru, CHANNELS.oz, CHANNELS.uz].sort());
    expect(fake.calls.every((c) => c.method === "editMessageMedia")).toBe(true);
    const ruMedia = replaced.find((c) => c.args.chat_id === CHANNELS.ru);
    expect(ruMedia?.args.message_id).toBe(stored?.message_id);
    expect(JSON.parse(String(ruMedia?.args.media))).toEqual({ type: "photo", media: "attach://photo", caption: ru?.args.caption, parse_mode: "HTML" });
    expect(ruMedia?.files.photo).toMatchObject({ type: "image/jpeg" });
  });

  it("posts a story without a cover as sendMessage with a link preview, the whole lead (under 4,096 characters)", async () => {
    const lead = "Снег & ветер. ".repeat(70).trim();
    const created = await story({ ru: { title: "Снегопад в Ташкенте", lead, body: "<p>Текст.</p>" } });
    const id = idOf(created, "ru");
    await move(id, "published");
    await x.jobs.tick();
    const sent = only("sendMessage");
    expect(sent.contentType).toMatch(/^application\/json/);
    expect(sent.args).toMatchObject({
      chat_id: CHANNELS.ru,
      parse_mode: "HTML",
      link_preview_options: { url: urlOf(created, "ru"), prefer_large_media: true },
    });
    const shown = visible(String(sent.args.text));
    expect(shown.length).toBeLessThanOrEqual(TEXT_LIMIT);
    expect(shown).toBe(`Снегопад в Ташкенте\n\n${lead}\n\n${t("ru", "readOnSite")}`);
    expect(String(sent.args.text)).toContain("Снег &amp; ветер.");
  });
});

describe("the outbox", () => {
  it("posts a scheduled story when the publishing job makes it visible", async () => {
    const created = await story({ ru: { title: "По расписанию", lead: "", body: "<p>x</p>" } });
    const id = idOf(created, "ru");
    const at = new Date(Date.now() + 3_000).toISOString();
    expect((await call(clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to: "scheduled", at })).statusCode).toBe(200);
    await x.jobs.tick();
    expect(fake.calls).toEqual([]);
    expect(await job(id)).toBeUndefined();
    // Its time comes: the publishing job runs, and enqueues the post in its transaction.
    await new Promise((resolve) => setTimeout(resolve, Date.parse(at) - Date.now() + 50));
    await x.jobs.tick();
    expect((await job(id))?.status).toBe("queued");
    await x.jobs.tick();
    expect(only("sendMessage").args.chat_id).toBe(CHANNELS.ru);
  });

  it("enqueues in the publishing transaction: a publication without its job is never committed", async () => {
    const created = await story({ ru: { title: "Транзакция", lead: "", body: "<p>x</p>" } });
    const id = idOf(created, "ru");
    x.events.onWithin("article.published", (event) => (event.articleId === id ? Promise.reject(new Error("the outbox is away")) : Promise.resolve()));
    const res = await call(clients.editor, "POST", `/api/admin/articles/${id}/transitions`, { to: "published" });
    expect(res.statusCode).toBe(500);
    const article = await x.db.selectFrom("articles").select("status").where("id", "=", id).executeTakeFirstOrThrow();
    expect(article.status).toBe("draft");
    expect(await job(id)).toBeUndefined();
  });
});

describe("edits and withdrawals", () => {
  async function posted(): Promise<{ id: number; created: Created; messageId: number }> {
    const created = await story({ ru: { title: "Курс доллара", lead: "Сум укрепился.", body: "<p>Текст.</p>" } });
    const id = idOf(created, "ru");
    await move(id, "published");
    await x.jobs.tick();
    const messageId = Number((await post(id))?.message_id);
    fake.reset();
    return { id, created, messageId };
  }

  it("edits the post when its title or lead changes; 'not modified' is success; a body edit sends nothing", async () => {
    const { id, created, messageId } = await posted();
    await patch(id, { title: "Курс доллара снизился" });
    await x.jobs.tick();
    const edit = only("editMessageText");
    expect(edit.args).toEqual({
      chat_id: CHANNELS.ru,
      message_id: messageId,
      text: `<b>Курс доллара снизился</b>\n\nСум укрепился.\n\n<a href="${urlOf(created, "ru")}">${t("ru", "readOnSite")}</a>`,
      parse_mode: "HTML",
      link_preview_options: { url: urlOf(created, "ru"), prefer_large_media: true },
    });

    fake.reset();
    await patch(id, { body: "<p>Новый текст.</p>" });
    await x.jobs.tick();
    expect(fake.calls).toEqual([]);

    fake.failNext("editMessageText", FAILURES.notModified());
    await patch(id, { lead: "Сум заметно укрепился." });
    await x.jobs.tick();
    expect(fake.of("editMessageText")).toHaveLength(1);
    expect((await job(id))?.status).toBe("done");
    expect((await post(id))?.state).toBe("posted");
  });

  it("deletes the post on unpublishing, and posts afresh when published again", async () => {
    const { id, messageId } = await posted();
    await move(id, "unpublished");
    await x.jobs.tick();
    expect(only("deleteMessage").args).toEqual({ chat_id: CHANNELS.ru, message_id: messageId });
    expect(await post(id)).toMatchObject({ state: "deleted", message_id: null });
    fake.reset();
    await move(id, "published");
    await x.jobs.tick();
    expect(only("sendMessage").args.chat_id).toBe(CHANNELS.ru);
  });

  it("edits the post to say the story was withdrawn when Telegram refuses to delete it", async () => {
    const { id, messageId } = await posted();
    fake.failNext("deleteMessage", FAILURES.cannotDelete());
    await move(id, "unpublished");
    await x.jobs.tick();
    expect(fake.calls.map((c) => c.method)).toEqual(["deleteMessage", "editMessageText"]);
    expect(fake.of("editMessageText")[0]?.args).toEqual({
      chat_id: CHANNELS.ru,
      message_id: messageId,
      text: `<b>${t("ru", "goneTitle")}</b>\n\n${t("ru", "goneText")}`,
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    });
    expect((await post(id))?.state).toBe("withdrawn");
  });
});
