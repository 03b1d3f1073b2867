/**
 * A local stand-in for the Telegram Bot API: POST /bot<token>/<method> with JSON or
 * multipart/form-data, answered `{ok: true, result}` or `{ok: false, error_code, description,
 * parameters}` as Telegram answers. Records every call (method, arguments, uploaded files) and can
 * be told to answer the next calls of a method with an error (429 with retry_after, 5xx, "message
 * is not modified", "message can't be deleted", 403 "bot was kicked") or to answer slowly.
 * Point TELEGRAM_API_URL at `fake.apiUrl` after `start()`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What Telegram shows of an HTML text (and counts, in UTF-16 code units): tags dropped, entities decoded. */
export const visible = (html: string): string =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

export const FAKE_TOKEN = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz";

export interface RecordedFile {
  name: string;
  type: string;
  size: number;
}

export interface RecordedCall {
  method: string;
  /** The arguments, as Telegram reads them (multipart fields as strings, JSON values as sent). */
  args: Record<string, unknown>;
  files: Record<string, RecordedFile>;
  contentType: string;
  /** When it arrived (ms since the epoch). */
  at: number;
}

export interface FakeFailure {
  code: number;
  description: string;
  retryAfter?: number;
}

export const FAILURES = {
  flood: (seconds: number): FakeFailure => ({ code: 429, description: `Too Many Requests: retry after ${seconds}`, retryAfter: seconds }),
  serverError: (): FakeFailure => ({ code: 502, description: "Bad Gateway" }),
  notModified: (): FakeFailure => ({
    code: 400,
    description:
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
  }),
  cannotDelete: (): FakeFailure => ({ code: 400, description: "Bad Request: message can't be deleted for everyone" }),
  kicked: (): FakeFailure => ({ code: 403, description: "Forbidden: bot was kicked from the channel chat" }),
};

const METHODS = new Set(["sendPhoto", "sendMessage", "editMessageCaption", "editMessageText", "editMessageMedia", "deleteMessage"]);

export class FakeTelegram {
  readonly calls: RecordedCall[] = [];
  private readonly failures = new Map<string, FakeFailure[]>();
  /** Milliseconds to wait before answering each call. */
  delayMs = 0;
  private nextMessageId = 100;
  private server = createServer((req, res) => {
    void this.answer(req, res);
  });
  apiUrl = "";

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.apiUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next calls of `method` fail so, one failure per call, in order. */
  failNext(method: string, ...failures: FakeFailure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  of(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  reset(): void {
    this.calls.length = 0;
    this.failures.clear();
    this.delayMs = 0;
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = (status: number, body: object) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    if (req.method !== "POST" || !match) return send(404, { ok: false, error_code: 404, description: "Not Found" });
    if (match[1] !== FAKE_TOKEN) return send(401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2] ?? "";
    const contentType = req.headers["content-type"] ?? "";
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const args: Record<string, unknown> = {};
    const files: Record<string, RecordedFile> = {};
    if (contentType.startsWith("multipart/form-data")) {
      const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
      for (const [key, value] of form.entries()) {
        if (typeof value === "string") args[key] = value;
        else files[key] = { name: value.name, type: value.type, size: value.size };
      }
    } else if (contentType.startsWith("application/json")) {
      Object.assign(args, JSON.parse(raw.toString("utf8")) as object);
    }
    this.calls.push({ method, args, files, contentType, at: Date.now() });
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (!METHODS.has(method)) return send(404, { ok: false, error_code: 404, description: "Not Found: method not found" });
    if (args.chat_id === undefined) return send(400, { ok: false, error_code: 400, description: "Bad Request: chat_id is empty" });
    const failure = this.failures.get(method)?.shift();
    if (failure)
      return send(failure.code, {
        ok: false,
        error_code: failure.code,
        description: failure.description,
        ...(failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {}),
      });
    if (method === "sendPhoto" && !files.photo && typeof args.photo !== "string")
      return send(400, { ok: false, error_code: 400, description: "Bad Request: there is no photo in the request" });
    if (method === "editMessageMedia") {
      // media: InputMediaPhoto JSON whose "attach://name" names an uploaded part.
      const media = (typeof args.media === "string" ? JSON.parse(args.media) : {}) as { media?: string };
      const attached = /^attach:\/\/(.+)$/.exec(media.media ?? "")?.[1];
      if (!attached || !files[attached]) return send(400, { ok: false, error_code: 400, description: "Bad Request: can't parse InputMedia: media not found" });
    }
    if (method === "deleteMessage") return send(200, { ok: true, result: true });
    const messageId = method.startsWith("send") ? this.nextMessageId++ : Number(args.message_id);
    return send(200, { ok: true, result: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: -1001, type: "channel" } } });
  }
}
