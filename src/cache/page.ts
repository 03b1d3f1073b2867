/**
 * A rendered response ready to send many times: the body, its ETag, and its gzip and brotli forms
 * computed once, on first need.
 */
import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export type Encoding = "br" | "gzip" | "identity";

export class RenderedPage {
  readonly etag: string;
  private gzip: Buffer | undefined;
  private br: Buffer | undefined;

  constructor(
    readonly status: number,
    readonly contentType: string,
    readonly body: Buffer,
    readonly tags: readonly string[] = [],
    readonly cacheControl: string = "no-store",
  ) {
    this.etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 20)}"`;
  }

  static html(html: string, status: number, tags: readonly string[], cacheControl: string): RenderedPage {
    return new RenderedPage(status, "text/html; charset=utf-8", Buffer.from(html), tags, cacheControl);
  }

  /** The body in `encoding`; small bodies are not worth compressing. */
  encoded(encoding: Encoding): { body: Buffer; encoding: Encoding } {
    if (encoding === "identity" || this.body.length < 1024) return { body: this.body, encoding: "identity" };
    if (encoding === "br") {
      this.br ??= brotliCompressSync(this.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: this.body.length } });
      return { body: this.br, encoding };
    }
    this.gzip ??= gzipSync(this.body, { level: 6 });
    return { body: this.gzip, encoding };
  }
}

/** Picks br, then gzip, from an Accept-Encoding header (q=0 excludes). */
export function negotiateEncoding(header: string | undefined): Encoding {
  if (!header) return "identity";
  let gzip = false;
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (params.some((p) => /^\s*q=0(?:\.0*)?\s*$/.test(p))) continue;
    if (name === "br") return "br";
    if (name === "gzip") gzip = true;
  }
  return gzip ? "gzip" : "identity";
}
