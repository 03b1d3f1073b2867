/**
 * Telegram's bot-wide flood limit, in this process: at most `perSecond` messages in any second.
 * A caller brings the moment its channel's slot comes (reserved in the database, shared by every
 * instance: distribution.repository.ts reserveSlot) and waits for that and for room in the window.
 * With a channel per locale (four at most) a message a second apart, a bot stays far below 30 a
 * second however many instances run; the window holds when channels are allowed to go faster.
 */
export interface RateGateOptions {
  perSecond: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class RateGate {
  /** The times of the last `perSecond` messages let through, oldest first. */
  private readonly recent: number[] = [];
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: RateGateOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleep;
  }

  /** Resolves at `notBefore` or later, when the message keeps the window under its limit. */
  async take(notBefore: number): Promise<void> {
    const { perSecond } = this.options;
    let at = Math.max(this.now(), notBefore);
    // The message `perSecond` back must be a second older than this one.
    if (this.recent.length >= perSecond) at = Math.max(at, (this.recent[this.recent.length - perSecond] ?? 0) + 1000);
    this.recent.push(at);
    this.recent.sort((a, b) => a - b);
    while (this.recent.length > perSecond) this.recent.shift();
    const wait = at - this.now();
    if (wait > 0) await this.sleep(wait);
  }
}
