/**
 * Telegram's flood limits, in this process: at most one message a second per channel and 30 a
 * second in all. A caller reserves the next free slot and waits for it; a 429's retry_after
 * closes a channel (or, without one, every channel) until then. Per process: several instances
 * each keep their own gate, and Telegram's 429 (honoured) is the backstop between them.
 */
export interface RateGateOptions {
  perChatMs: number;
  perSecond: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class RateGate {
  private readonly nextFree = new Map<string, number>();
  /** The times of the last `perSecond` slots handed out, oldest first. */
  private readonly recent: number[] = [];
  private closedUntil = 0;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: RateGateOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleep;
  }

  /** How long `chat`'s next message would wait now (ms). */
  waitFor(chat: string): number {
    return Math.max(0, this.slot(chat) - this.now());
  }

  /** Reserves `chat`'s next slot and resolves when it comes. */
  async take(chat: string): Promise<void> {
    const at = this.slot(chat);
    this.nextFree.set(chat, at + this.options.perChatMs);
    this.recent.push(at);
    this.recent.sort((a, b) => a - b);
    while (this.recent.length > this.options.perSecond) this.recent.shift();
    const wait = at - this.now();
    if (wait > 0) await this.sleep(wait);
  }

  /** Telegram said "retry after `seconds`" for `chat`. */
  close(chat: string, seconds: number): void {
    const until = this.now() + seconds * 1000;
    this.nextFree.set(chat, Math.max(this.nextFree.get(chat) ?? 0, until));
  }

  /** Flood control for the whole bot. */
  closeAll(seconds: number): void {
    this.closedUntil = Math.max(this.closedUntil, this.now() + seconds * 1000);
  }

  private slot(chat: string): number {
    let at = Math.max(this.now(), this.nextFree.get(chat) ?? 0, this.closedUntil);
    // The 30-a-second window: the slot `perSecond` slots back must be a second old.
    if (this.recent.length >= this.options.perSecond) at = Math.max(at, (this.recent[this.recent.length - this.options.perSecond] ?? 0) + 1000);
    return at;
  }
}
