/**
 * What distribution stores and reads: an article as a channel shows it, the Telegram post of each
 * article and channel (with the "sending" mark that makes one runner at a time its sender), the
 * webhook delivery log, and the distribution jobs that failed for good. Takes a transaction too.
 */
import type { Db } from "../db/database.js";
import type { TelegramPostState } from "../db/schema.js";
import type { Locale } from "../lang/locales.js";

export const TELEGRAM_JOB = "telegram.sync";
export const WEBHOOK_JOB = "webhook.deliver";

export const telegramJobKey = (articleId: number): string => `telegram:article:${articleId}`;
export const webhookJobKey = (articleId: number, delivery: string): string => `webhook:article:${articleId}:${delivery}`;

export interface ArticleToShare {
  id: number;
  storyId: number;
  locale: Locale;
  title: string;
  lead: string;
  slug: string;
  status: string;
  category: string;
  coverMediaId: number | null;
  publishedAt: string | null;
  updatedAt: string;
}

export interface TelegramPost {
  articleId: number;
  chat: string;
  messageId: string | null;
  kind: "photo" | "text" | null;
  mediaId: number | null;
  state: TelegramPostState;
  contentHash: string | null;
  sendingBy: string | null;
  sendingUntil: string | null;
  postedAt: string | null;
  error: string | null;
  updatedAt: string;
}

export type PostChange = Partial<Pick<TelegramPost, "messageId" | "kind" | "mediaId" | "state" | "contentHash" | "postedAt" | "error">>;

export interface Delivery {
  delivery: string;
  url: string;
  event: string;
  articleId: number;
  attempt: number;
  status: "delivered" | "failed" | "refused";
  responseCode: number | null;
  error: string | null;
  durationMs: number;
  createdAt: string;
}

export interface FailedJob {
  id: number;
  kind: string;
  key: string | null;
  attempts: number;
  error: string | null;
  updatedAt: string;
}

function toColumns(change: PostChange) {
  return {
    ...(change.messageId !== undefined ? { message_id: change.messageId } : {}),
    ...(change.kind !== undefined ? { kind: change.kind } : {}),
    ...(change.mediaId !== undefined ? { media_id: change.mediaId } : {}),
    ...(change.state !== undefined ? { state: change.state } : {}),
    ...(change.contentHash !== undefined ? { content_hash: change.contentHash } : {}),
    ...(change.postedAt !== undefined ? { posted_at: change.postedAt } : {}),
    ...(change.error !== undefined ? { error: change.error } : {}),
  };
}

export class DistributionRepository {
  constructor(private readonly db: Db) {}

  async article(id: number): Promise<ArticleToShare | undefined> {
    const row = await this.db
      .selectFrom("articles as a")
      .innerJoin("stories as s", "s.id", "a.story_id")
      .innerJoin("categories as c", "c.id", "s.category_id")
      .select([
        "a.id",
        "a.story_id",
        "a.locale",
        "a.title",
        "a.lead",
        "a.slug",
        "a.status",
        "c.slug as category",
        "s.cover_media_id",
        "a.published_at",
        "a.updated_at",
      ])
      .where("a.id", "=", id)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      storyId: row.story_id,
      locale: row.locale,
      title: row.title,
      lead: row.lead,
      slug: row.slug,
      status: row.status,
      category: row.category,
      coverMediaId: row.cover_media_id,
      publishedAt: row.published_at,
      updatedAt: row.updated_at,
    };
  }

  /** Whether the article has a post or a Telegram job under way (an edit of an article never posted posts nothing). */
  async hasTelegram(articleId: number): Promise<boolean> {
    const post = await this.db.selectFrom("telegram_posts").select("id").where("article_id", "=", articleId).executeTakeFirst();
    if (post) return true;
    const job = await this.db
      .selectFrom("jobs")
      .select("id")
      .where("key", "=", telegramJobKey(articleId))
      .where("status", "in", ["queued", "running"])
      .executeTakeFirst();
    return job !== undefined;
  }

  async post(articleId: number, chat: string): Promise<TelegramPost | undefined> {
    const row = await this.db.selectFrom("telegram_posts").selectAll().where("article_id", "=", articleId).where("chat", "=", chat).executeTakeFirst();
    return row
      ? {
          articleId: row.article_id,
          chat: row.chat,
          messageId: row.message_id,
          kind: row.kind,
          mediaId: row.media_id,
          state: row.state,
          contentHash: row.content_hash,
          sendingBy: row.sending_by,
          sendingUntil: row.sending_until,
          postedAt: row.posted_at,
          error: row.error,
          updatedAt: row.updated_at,
        }
      : undefined;
  }

  /**
   * Makes `runner` the post's only sender until `until`, if nobody else holds it and it is as it was
   * read (`seen`, or absent); committed at once, before Telegram is called. A post without a message
   * id is marked "sending" meanwhile: found so after the mark lapsed, its sender died between
   * Telegram's answer and storing the id.
   */
  async claim(articleId: number, chat: string, seen: TelegramPost | undefined, runner: string, now: string, until: string): Promise<boolean> {
    if (!seen) {
      const inserted = await this.db
        .insertInto("telegram_posts")
        .values({ article_id: articleId, chat, state: "sending", sending_by: runner, sending_until: until, updated_at: now })
        .onConflict((oc) => oc.columns(["article_id", "chat"]).doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    }
    const updated = await this.db
      .updateTable("telegram_posts")
      .set({ sending_by: runner, sending_until: until, updated_at: now, ...(seen.messageId === null ? { state: "sending" } : {}) })
      .where("article_id", "=", articleId)
      .where("chat", "=", chat)
      .where("updated_at", "=", seen.updatedAt)
      .where((eb) => eb.or([eb("sending_until", "is", null), eb("sending_until", "<", now)]))
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1;
  }

  /** Records what happened and lets go of the post (only if `runner` still holds it). */
  async settle(articleId: number, chat: string, runner: string, change: PostChange, now: string): Promise<void> {
    await this.db
      .updateTable("telegram_posts")
      .set({ ...toColumns(change), sending_by: null, sending_until: null, updated_at: now })
      .where("article_id", "=", articleId)
      .where("chat", "=", chat)
      .where("sending_by", "=", runner)
      .execute();
  }

  /**
   * Reserves `chat`'s next free moment to post, in one statement (every instance on the database
   * shares the channel's slots), unless it is more than `maxWaitMs` away: `{ at }` is the moment
   * reserved (the next one is `intervalMs` after it); `{ busyUntil }` when none was reserved.
   */
  async reserveSlot(chat: string, nowMs: number, intervalMs: number, maxWaitMs: number): Promise<{ at: number } | { busyUntil: number }> {
    const reserved = await this.db
      .insertInto("telegram_slots")
      .values({ chat, next_at: nowMs + intervalMs })
      .onConflict((oc) =>
        oc
          .column("chat")
          .doUpdateSet((eb) => ({
            next_at: eb
              .case()
              .when("telegram_slots.next_at", ">", nowMs)
              .then(eb("telegram_slots.next_at", "+", intervalMs))
              .else(nowMs + intervalMs)
              .end(),
          }))
          .where("telegram_slots.next_at", "<=", nowMs + maxWaitMs),
      )
      .returning("next_at")
      .executeTakeFirst();
    if (reserved) return { at: Number(reserved.next_at) - intervalMs };
    const row = await this.db.selectFrom("telegram_slots").select("next_at").where("chat", "=", chat).executeTakeFirst();
    return { busyUntil: Number(row?.next_at ?? nowMs) };
  }

  /** Nobody posts to `chat` before `untilMs` (Telegram's retry_after), whatever was reserved. */
  async shutChannel(chat: string, untilMs: number): Promise<void> {
    await this.db
      .insertInto("telegram_slots")
      .values({ chat, next_at: untilMs })
      .onConflict((oc) => oc.column("chat").doUpdateSet({ next_at: untilMs }).where("telegram_slots.next_at", "<", untilMs))
      .execute();
  }

  /** Forgets a post that is not in the channel (nothing to delete), so that publishing again posts afresh. */
  async forget(articleId: number, chat: string, seen: TelegramPost): Promise<void> {
    await this.db
      .deleteFrom("telegram_posts")
      .where("article_id", "=", articleId)
      .where("chat", "=", chat)
      .where("updated_at", "=", seen.updatedAt)
      .where("message_id", "is", null)
      .execute();
  }

  async posts(articleId: number | undefined, limit: number): Promise<TelegramPost[]> {
    let query = this.db.selectFrom("telegram_posts").select(["article_id", "chat"]).orderBy("id", "desc").limit(limit);
    if (articleId !== undefined) query = query.where("article_id", "=", articleId);
    const keys = await query.execute();
    const posts = await Promise.all(keys.map((k) => this.post(k.article_id, k.chat)));
    return posts.filter((p): p is TelegramPost => p !== undefined);
  }

  async addDelivery(d: Delivery): Promise<void> {
    await this.db
      .insertInto("webhook_deliveries")
      .values({
        delivery: d.delivery,
        url: d.url,
        event: d.event,
        article_id: d.articleId,
        attempt: d.attempt,
        status: d.status,
        response_code: d.responseCode,
        error: d.error,
        duration_ms: d.durationMs,
        created_at: d.createdAt,
      })
      .execute();
  }

  async deliveries(articleId: number | undefined, limit: number): Promise<Delivery[]> {
    let query = this.db.selectFrom("webhook_deliveries").selectAll().orderBy("id", "desc").limit(limit);
    if (articleId !== undefined) query = query.where("article_id", "=", articleId);
    return (await query.execute()).map((r) => ({
      delivery: r.delivery,
      url: r.url,
      event: r.event,
      articleId: r.article_id,
      attempt: r.attempt,
      status: r.status,
      responseCode: r.response_code,
      error: r.error,
      durationMs: r.duration_ms,
      createdAt: r.created_at,
    }));
  }

  /** Distribution jobs that failed for good (an article's, or the latest of all), with their errors. */
  async failedJobs(articleId: number | undefined, limit: number): Promise<FailedJob[]> {
    let query = this.db
      .selectFrom("jobs")
      .select(["id", "kind", "key", "attempts", "last_error", "updated_at"])
      .where("kind", "in", [TELEGRAM_JOB, WEBHOOK_JOB])
      .where("status", "=", "failed")
      .orderBy("updated_at", "desc")
      .limit(limit);
    if (articleId !== undefined)
      query = query.where((eb) => eb.or([eb("key", "=", telegramJobKey(articleId)), eb("key", "like", `${webhookJobKey(articleId, "")}%`)]));
    return (await query.execute()).map((r) => ({ id: r.id, kind: r.kind, key: r.key, attempts: r.attempts, error: r.last_error, updatedAt: r.updated_at }));
  }
}
