/**
 * A TCP forwarder on loopback, to make a real service unreachable and reachable again: `cut()`
 * drops every connection and refuses new ones; `restore()` listens on the same port again.
 * `partition()` is the nastier fault: connections are still accepted and kept open, but no byte
 * gets through either way (nothing is refused, nothing is reset), as when a network path dies;
 * `heal()` then resets the stuck connections (RST) and forwards again.
 */
import { type Server, type Socket, createConnection, createServer } from "node:net";

export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private partitioned = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<number> {
    const server = createServer((client) => {
      const upstream = createConnection({ host: this.targetHost, port: this.targetPort });
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      // Forwarded by hand, so that a partition can drop the bytes instead of passing them on.
      const forward = (from: Socket, to: Socket) =>
        from.on("data", (chunk: Buffer) => {
          if (!this.partitioned && !to.destroyed) to.write(chunk);
        });
      forward(client, upstream);
      forward(upstream, client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", resolve);
    });
    const address = server.address();
    this.port = typeof address === "object" && address ? address.port : 0;
    this.server = server;
    return this.port;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async restore(): Promise<void> {
    if (!this.server) await this.start();
  }

  /** Accepts and holds connections, old and new, but drops every byte. */
  partition(): void {
    this.partitioned = true;
  }

  /** Resets every connection held during the partition (RST, not FIN) and forwards again. */
  heal(): void {
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.partitioned = false;
  }
}
