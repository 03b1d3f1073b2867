/**
 * At most `limit` images processed at once in the process, the rest waiting their turn in order
 * of arrival: a burst of uploads queues here instead of taking every core and libuv thread from
 * the pages. (The same idea as newsroom/passwords.ts's Limiter, which a domain may not import.)
 */
export class ProcessingQueue {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  /** How many tasks wait for a slot (for tests and metrics). */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    // A finishing task hands its slot straight to the next waiter, so none can slip in between.
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
