/**
 * Runs tasks with at most `limit` in flight in the process, the rest waiting their turn in order
 * of arrival. For work that holds a libuv thread or a core for long (argon2 hashes, image
 * variants): a burst queues here instead of starving the pages.
 */
export class Limiter {
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
