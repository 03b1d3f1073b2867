/**
 * A local stand-in for an IndexNow endpoint (https://www.indexnow.org/documentation): POST of
 * JSON `{host, key, keyLocation, urlList}`, answered as the protocol says — 202 Accepted, 400 for
 * a malformed body, 422 for URLs of another host or a key location elsewhere, 429 or 500 on
 * demand — and every request recorded. Point INDEXNOW_URL at `fake.url` after `start()`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface IndexNowRequest {
  method: string;
  path: string;
  contentType: string | undefined;
  body: unknown;
}

export class FakeIndexNow {
  readonly requests: IndexNowRequest[] = [];
  /** Answer with this status instead of the protocol's (429, 500…) for the next `failures` requests. */
  failWith: { status: number; times: number } | undefined;
  private readonly server = createServer((request, response) => void this.answer(request, response));

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/indexnow`;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    this.requests.push({ method: request.method ?? "", path: request.url ?? "", contentType: request.headers["content-type"], body });
    if (this.failWith && this.failWith.times > 0) {
      this.failWith.times--;
      response.writeHead(this.failWith.status).end();
      return;
    }
    response.writeHead(this.statusFor(request, body)).end();
  }

  private statusFor(request: IncomingMessage, body: unknown): number {
    if (request.method !== "POST" || request.url !== "/indexnow") return 404;
    const b = body as { host?: unknown; key?: unknown; keyLocation?: unknown; urlList?: unknown };
    if (typeof b.host !== "string" || typeof b.key !== "string" || !Array.isArray(b.urlList) || b.urlList.length === 0) return 400;
    if (!/^[A-Za-z0-9-]{8,128}$/.test(b.key)) return 403;
    const sameHost = (url: unknown) => typeof url === "string" && URL.canParse(url) && new URL(url).host === b.host;
    if (!b.urlList.every(sameHost) || (b.keyLocation !== undefined && !sameHost(b.keyLocation))) return 422;
    return 202;
  }
}
