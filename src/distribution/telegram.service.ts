/**
 * One Telegram channel per locale. The job `telegram.sync` (one pending per article, enqueued in
 * the transaction that publishes, edits or withdraws it) makes the channel show what the site
 * shows: a published article without a post is posted (sendPhoto with the cover uploaded and an
 * HTML caption, else sendMessage with a link preview), a post whose text changed is edited (a new
 * cover replaces the photo: editMessageMedia), a
 * withdrawn article's post is deleted (or, when Telegram refuses — after 48 hours — edited to say
 * the story was withdrawn). Running it again changes nothing more.
 *
 * Twice never: the job claim (SKIP LOCKED, a lease) gives each job one runner, and the post's own
 * "sending" mark, committed before Telegram is called, gives each post one sender even when an
 * edit re-queues the job while a runner is still posting it. A runner that dies between Telegram's
 * answer and storing the message id leaves the mark; found lapsed, the post is "uncertain" and is
 * NOT sent again (a process that crashes after each send would otherwise flood the channel): the
 * failure is recorded and shown in the newsroom, and withdrawing + publishing again posts afresh.
 *
 * Flood limits: a channel's slots (one message per TELEGRAM_CHANNEL_INTERVAL_MS) are reserved in the
 * database, so every instance keeps to them together; a 429's retry_after shuts the channel there
 * for all of them. The bot-wide 30 a second is kept per process (rate-gate.ts).
 *
 * Errors: 429 waits retry_after (the job comes back then; the channel stays shut); 5xx and
 * no answer are retried with the runner's backoff; any other refusal (400, 403 "bot was kicked")
 * is recorded on the post and fails the job for good. A new post that got no answer after its
 * request may have reached Telegram (a timeout, a reset: Telegram has no idempotency key) is
 * "uncertain" like a dead sender's, not retried; one that never connected is retried. Edits and
 * deletions are retried either way: doing them twice changes nothing.
 */
import { createHash } from "node:crypto";
import * as z from "zod";
import type { Db } from "../db/database.js";
import { PermanentJobError, RetryJobAt } from "../jobs/jobs.js";
import type { Locale } from "../lang/locales.js";
import { t } from "../lang/messages.js";
import { type ArticleToShare, DistributionRepository, type PostChange, type TelegramPost } from "./distribution.repository.js";
import { RateGate } from "./rate-gate.js";
import {
  CAPTION_LIMIT,
  TEXT_LIMIT,
  type TelegramClient,
  TelegramError,
  type TelegramFile,
  type TelegramMessage,
  TelegramNetworkError,
  postHtml,
  withdrawnHtml,
} from "./telegram.js";

const payloadSchema = z.object({ articleId: z.number().int().positive() });

/** How long a sender's mark holds: longer than a call may take (TELEGRAM_TIMEOUT_MS) with room. */
const SENDING_MS = 2 * 60_000;
/** A wait for the channel's slot longer than this gives the runner back: the job returns then. */
const MAX_INLINE_WAIT_MS = 5_000;
/** Why an uncertain post is not sent again, and what brings it back. */
const NOT_SENT_AGAIN = "it may be in the channel, so it is not sent again (withdraw and publish again to repost)";

export interface TelegramServiceOptions {
  client: TelegramClient;
  channels: Partial<Record<Locale, string>>;
  /** The article's public address (absolute). */
  articleUrl: (article: ArticleToShare) => string;
  /** The cover as a file to upload, or undefined (no cover, or its file is gone). */
  cover: (mediaId: number) => Promise<TelegramFile | undefined>;
  /** Who is sending (the job runner's id): the "sending" mark names it. */
  runnerId: string;
  /** The least time between two messages to one channel (Telegram: about a second). */
  channelIntervalMs?: number;
  /** The bot-wide window (30 a second). */
  gate?: RateGate;
  now?: () => Date;
  log?: { warn(obj: object, msg?: string): void };
}

const hash = (...parts: string[]): string => createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);

export class TelegramService {
  private readonly gate: RateGate;
  private readonly now: () => Date;
  private readonly repo: DistributionRepository;

  constructor(
    db: Db,
    private readonly options: TelegramServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.gate = options.gate ?? new RateGate({ perSecond: 30, now: () => this.now().getTime() });
    this.repo = new DistributionRepository(db);
  }

  /** The channel an article of `locale` goes to, if any. */
  channelOf(locale: Locale): string | undefined {
    return this.options.channels[locale];
  }

  /** The job handler. */
  async sync(payload: unknown): Promise<void> {
    const { articleId } = payloadSchema.parse(payload);
    const article = await this.repo.article(articleId);
    if (!article) return;
    const chat = this.channelOf(article.locale);
    if (!chat) return;
    const post = await this.repo.post(articleId, chat);
    const onSite = article.status === "published";
    if (!onSite) {
      if (!post || post.state === "deleted" || post.state === "withdrawn") return;
      if (post.messageId === null && !this.heldByOther(post)) {
        // Never reached the channel (failed, uncertain): nothing to delete.
        await this.repo.forget(articleId, chat, post);
        return;
      }
    }
    // Left uncertain by a sender that died: not sent again (see above); the failure stands.
    if (post?.state === "uncertain") throw new PermanentJobError(post.error ?? "uncertain");
    const now = this.now();
    const until = new Date(now.getTime() + SENDING_MS).toISOString();
    if (!(await this.repo.claim(articleId, chat, post, this.options.runnerId, now.toISOString(), until)))
      throw new RetryJobAt("another runner is sending this post", new Date(now.getTime() + 5_000));
    const settle = (change: PostChange) => this.repo.settle(articleId, chat, this.options.runnerId, change, this.now().toISOString());
    /** The post may be in the channel: marked so, never sent again, the job failed for good. */
    const uncertain = async (why: string): Promise<never> => {
      const error = `uncertain: ${why}; ${NOT_SENT_AGAIN}`;
      await settle({ state: "uncertain", error });
      throw new PermanentJobError(error);
    };
    // The mark lapsed: its sender may have posted and died before storing the id.
    if (post && post.state === "sending" && post.messageId === null) return uncertain(`a send started before ${post.sendingUntil ?? "?"} did not finish`);
    let change: PostChange;
    try {
      change = onSite ? await this.show(article, chat, post) : await this.withdraw(article, chat, post);
    } catch (error) {
      // A new post that got no answer may be in the channel, like a dead sender's.
      if (onSite && !post?.messageId && error instanceof TelegramNetworkError && error.mayHaveArrived) return uncertain(error.message);
      await settle(this.failure(error, post));
      throw await this.asJobError(error, chat);
    }
    // Telegram has it. Should storing that fail (the database away), the "sending" mark stays and
    // lapses, and the post turns uncertain above: never "failed", which would send it again.
    await settle(change);
  }

  private heldByOther(post: TelegramPost): boolean {
    return post.sendingUntil !== null && post.sendingUntil >= this.now().toISOString();
  }

  /** Posts the article, or edits its post to what the article says now. */
  private async show(article: ArticleToShare, chat: string, post: TelegramPost | undefined): Promise<PostChange> {
    const url = this.options.articleUrl(article);
    const text = { title: article.title, lead: article.lead, url, linkText: t(article.locale, "readOnSite") };
    if (post?.messageId && post.kind) {
      const html = postHtml(text, post.kind === "photo" ? CAPTION_LIMIT : TEXT_LIMIT).html;
      const contentHash = hash(post.kind, html, url);
      // A photo post whose story has another cover now: the photo is replaced, with the caption.
      const newCover = post.kind === "photo" && article.coverMediaId !== null && article.coverMediaId !== post.mediaId;
      if (post.state === "posted" && post.contentHash === contentHash && !newCover) return { error: null };
      const cover = newCover && article.coverMediaId !== null ? await this.coverFile(article.coverMediaId) : undefined;
      if (cover) {
        await this.slot(chat);
        const media = { type: "photo", media: `attach://${cover.field}`, caption: html, parse_mode: "HTML" };
        await this.options.client.call("editMessageMedia", { chat_id: chat, message_id: Number(post.messageId), media }, cover);
        return { state: "posted", contentHash, mediaId: article.coverMediaId, error: null };
      }
      await this.edit(chat, post.messageId, post.kind, html, url);
      return { state: "posted", contentHash, error: null };
    }
    const cover = article.coverMediaId === null ? undefined : await this.coverFile(article.coverMediaId);
    const kind = cover ? "photo" : "text";
    const html = postHtml(text, cover ? CAPTION_LIMIT : TEXT_LIMIT).html;
    await this.slot(chat);
    const sent = cover
      ? await this.options.client.call<TelegramMessage>("sendPhoto", { chat_id: chat, caption: html, parse_mode: "HTML" }, cover)
      : await this.options.client.call<TelegramMessage>("sendMessage", {
          chat_id: chat,
          text: html,
          parse_mode: "HTML",
          link_preview_options: { url, prefer_large_media: true },
        });
    const mediaId = cover ? article.coverMediaId : null;
    return {
      state: "posted",
      messageId: String(sent.message_id),
      kind,
      mediaId,
      contentHash: hash(kind, html, url),
      postedAt: this.now().toISOString(),
      error: null,
    };
  }

  /** Deletes the post; when Telegram will not (48 h), edits it to say the story was withdrawn. */
  private async withdraw(article: ArticleToShare, chat: string, post: TelegramPost | undefined): Promise<PostChange> {
    if (!post?.messageId) return { state: "deleted", messageId: null, error: null };
    await this.slot(chat);
    try {
      await this.options.client.call("deleteMessage", { chat_id: chat, message_id: Number(post.messageId) });
      return { state: "deleted", messageId: null, contentHash: null, error: null };
    } catch (error) {
      if (error instanceof TelegramError && error.messageGone) return { state: "deleted", messageId: null, contentHash: null, error: null };
      if (!(error instanceof TelegramError && error.cannotDelete)) throw error;
    }
    const html = withdrawnHtml(t(article.locale, "goneTitle"), t(article.locale, "goneText"));
    await this.edit(chat, post.messageId, post.kind ?? "text", html, undefined);
    return { state: "withdrawn", contentHash: hash("withdrawn", html), error: null };
  }

  /** editMessageCaption or editMessageText; "message is not modified" means it already says this. */
  private async edit(chat: string, messageId: string, kind: "photo" | "text", html: string, previewUrl: string | undefined): Promise<void> {
    await this.slot(chat);
    try {
      if (kind === "photo")
        await this.options.client.call("editMessageCaption", { chat_id: chat, message_id: Number(messageId), caption: html, parse_mode: "HTML" });
      else
        await this.options.client.call("editMessageText", {
          chat_id: chat,
          message_id: Number(messageId),
          text: html,
          parse_mode: "HTML",
          link_preview_options: previewUrl ? { url: previewUrl, prefer_large_media: true } : { is_disabled: true },
        });
    } catch (error) {
      if (error instanceof TelegramError && error.notModified) return;
      throw error;
    }
  }

  private async coverFile(mediaId: number): Promise<TelegramFile | undefined> {
    try {
      return await this.options.cover(mediaId);
    } catch (error) {
      this.options.log?.warn({ err: error, mediaId }, "cover not readable; posting without it");
      return undefined;
    }
  }

  /** Reserves the channel's next slot and waits for it, or gives the runner back when that is far off. */
  private async slot(chat: string): Promise<void> {
    const now = this.now().getTime();
    const slot = await this.repo.reserveSlot(chat, now, this.options.channelIntervalMs ?? 1_000, MAX_INLINE_WAIT_MS);
    if ("busyUntil" in slot)
      throw new RetryJobAt(`channel ${chat} is rate limited for ${Math.ceil((slot.busyUntil - now) / 1000)} s`, new Date(slot.busyUntil));
    await this.gate.take(slot.at);
  }

  /** What the post row says after a failed call. */
  private failure(error: unknown, post: TelegramPost | undefined): PostChange {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof PermanentJobError && /^uncertain/.test(message)) return {};
    // A post that was never sent stays unsent ("failed"); one in the channel keeps its state.
    return post?.messageId ? { error: message } : { state: "failed", error: message };
  }

  private async asJobError(error: unknown, chat: string): Promise<Error> {
    if (error instanceof RetryJobAt || error instanceof PermanentJobError) return error;
    if (error instanceof TelegramError) {
      if (error.code === 429) {
        const until = this.now().getTime() + (error.retryAfter ?? 5) * 1000;
        await this.repo.shutChannel(chat, until);
        return new RetryJobAt(error.message, new Date(until));
      }
      if (error.transient) return error;
      return new PermanentJobError(error.message);
    }
    if (error instanceof TelegramNetworkError) return error;
    return error instanceof Error ? error : new Error(String(error));
  }
}
