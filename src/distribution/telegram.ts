/**
 * The Telegram Bot API, as much as the channels need: POST {apiUrl}/bot{token}/{method} with a
 * JSON body, or multipart/form-data when a file goes with it (a cover for sendPhoto). Every answer
 * is `{ok: true, result}` or `{ok: false, error_code, description, parameters?: {retry_after}}`;
 * a refusal is thrown as TelegramError, a request that got no answer as TelegramNetworkError.
 * Also the post's text: Telegram's HTML (only <b>, <a href> here; <, > and & escaped), cut to the
 * limit Telegram counts after the entities are parsed (UTF-16 code units) without cutting a tag
 * or an entity in half.
 */
import { randomBytes } from "node:crypto";

/** sendPhoto's caption and sendMessage's text, in characters after entity parsing. */
export const CAPTION_LIMIT = 1024;
export const TEXT_LIMIT = 4096;

export class TelegramError extends Error {
  constructor(
    readonly method: string,
    readonly code: number,
    readonly description: string,
    readonly retryAfter: number | undefined,
  ) {
    super(`Telegram ${method}: ${code} ${description}`);
  }

  /** "Bad Request: message is not modified: …": the post already says this. */
  get notModified(): boolean {
    return this.code === 400 && /message is not modified/i.test(this.description);
  }

  /** Too old (48 h) or not ours to delete: "message can't be deleted" (for everyone). */
  get cannotDelete(): boolean {
    return this.code === 400 && /message can't be deleted/i.test(this.description);
  }

  /** Someone deleted the post in the channel by hand. */
  get messageGone(): boolean {
    return this.code === 400 && /message to (edit|delete) not found/i.test(this.description);
  }

  /** Worth trying again: flood control (429) or Telegram's own trouble (5xx). */
  get transient(): boolean {
    return this.code === 429 || this.code >= 500;
  }
}

/**
 * No answer: refused, reset, timed out, or not Telegram's JSON. `mayHaveArrived` is false only
 * when the request cannot have reached Telegram (no connection was made); after a timeout or a
 * reset Telegram may have done what was asked, and a new post sent again would be there twice.
 */
export class TelegramNetworkError extends Error {
  constructor(
    message: string,
    readonly mayHaveArrived: boolean,
  ) {
    super(message);
  }
}

/** Errors of connecting (DNS, refused, unreachable, TLS): the request never left. */
const NOT_CONNECTED =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT|ERR_TLS_CERT_ALTNAME_INVALID|CERT_HAS_EXPIRED|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)$/;

/** fetch's error (undici puts the socket's in `cause`, an AggregateError's in `errors`) names a failure to connect. */
function neverConnected(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown; errors?: Array<{ code?: unknown }> } | undefined) : undefined;
  const codes = [cause?.code, ...(cause?.errors ?? []).map((e) => e.code)].filter((code): code is string => typeof code === "string");
  return codes.length > 0 && codes.every((code) => NOT_CONNECTED.test(code));
}

export interface TelegramFile {
  field: string;
  name: string;
  type: string;
  bytes: Uint8Array;
}

export interface TelegramMessage {
  message_id: number;
}

type Params = Record<string, string | number | boolean | object | undefined>;

interface Answer {
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

export class TelegramClient {
  constructor(
    private readonly options: { apiUrl: string; token: string; timeoutMs: number },
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** Calls `method`; resolves with `result`. */
  async call<T>(method: string, params: Params, file?: TelegramFile): Promise<T> {
    const url = `${this.options.apiUrl}/bot${this.options.token}/${method}`;
    const defined = Object.entries(params).filter((entry): entry is [string, string | number | boolean | object] => entry[1] !== undefined);
    let body: string | Uint8Array<ArrayBuffer>;
    const headers: Record<string, string> = {};
    if (file) {
      const form = multipart(defined, file);
      body = new Uint8Array(form.body);
      headers["content-type"] = form.contentType;
    } else {
      body = JSON.stringify(Object.fromEntries(defined));
      headers["content-type"] = "application/json";
    }
    let answer: Answer;
    let status: number;
    let response: Response;
    try {
      response = await this.fetchImpl(url, { method: "POST", headers, body, signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (error) {
      throw this.networkError(method, error, !neverConnected(error));
    }
    try {
      status = response.status;
      answer = (await response.json()) as Answer;
    } catch (error) {
      throw this.networkError(method, error, true);
    }
    if (answer.ok) return answer.result as T;
    throw new TelegramError(method, answer.error_code ?? status, answer.description ?? "no description", answer.parameters?.retry_after);
  }

  private networkError(method: string, error: unknown, mayHaveArrived: boolean): TelegramNetworkError {
    const reason = error instanceof Error ? (error.name === "TimeoutError" ? `no answer within ${this.options.timeoutMs} ms` : error.message) : String(error);
    const code = error instanceof Error ? (error.cause as { code?: unknown } | undefined)?.code : undefined;
    const message = `Telegram ${method}: ${reason}${typeof code === "string" ? ` (${code})` : ""}`;
    // The token is part of the URL: never let it reach a message.
    return new TelegramNetworkError(message.split(this.options.token).join("…"), mayHaveArrived);
  }
}

/**
 * multipart/form-data by hand: FormData (the HTML algorithm) rewrites every "\n" in a value as
 * "\r\n", which Telegram would count against the caption's limit. Objects go as JSON.
 */
function multipart(fields: Array<[string, string | number | boolean | object]>, file: TelegramFile): { body: Buffer; contentType: string } {
  const boundary = `xabar-${randomBytes(12).toString("hex")}`;
  const quote = (name: string) => name.replace(/["\r\n]/g, "_");
  const parts: Buffer[] = [];
  for (const [key, value] of fields) {
    const text = typeof value === "object" ? JSON.stringify(value) : String(value);
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(key)}"\r\n\r\n${text}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.name)}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    Buffer.from(file.bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Telegram's HTML: text with <, > and & as entities (quotes too, for attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** At most `max` UTF-16 code units of `text`, cut at a word when one ends near the limit, with "…"; never half a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? "…" : "";
  let end = max - 1;
  // A high surrogate at the cut would leave half a character.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  const space = text.lastIndexOf(" ", end);
  if (space > end * 0.6) end = space;
  return `${text.slice(0, end).replace(/[\s,;:.\-–—]+$/u, "")}…`;
}

export interface PostText {
  title: string;
  lead: string;
  url: string;
  /** The link's words ("Read on the site"), in the rendition's language. */
  linkText: string;
}

/**
 * The post: the title in bold, the lead, the link. What Telegram counts is the text without the
 * tags and with the entities decoded, so the limit is checked on the plain parts and the lead (or,
 * if need be, the title) is cut before it is escaped: no cut can fall inside a tag or an entity.
 */
export function postHtml(post: PostText, limit: number): { html: string; length: number } {
  const lead = post.lead.trim();
  const link = post.linkText;
  const separators = (lead ? 2 : 0) + 2;
  let title = post.title.trim();
  const room = limit - link.length - separators;
  title = cutText(title, Math.max(1, Math.min(title.length, room - (lead ? Math.min(lead.length, 1) : 0))));
  const leadText = lead ? cutText(lead, Math.max(0, room - title.length)) : "";
  const parts = [`<b>${escapeHtml(title)}</b>`];
  if (leadText) parts.push(escapeHtml(leadText));
  parts.push(`<a href="${escapeHtml(post.url)}">${escapeHtml(link)}</a>`);
  const length = title.length + (leadText ? leadText.length + 2 : 0) + 2 + link.length;
  return { html: parts.join("\n\n"), length };
}

/** The withdrawn post: a bold line and a sentence, in the rendition's language. */
export function withdrawnHtml(title: string, text: string): string {
  return `<b>${escapeHtml(title)}</b>\n\n${escapeHtml(text)}`;
}
