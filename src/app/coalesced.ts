/**
 * Runs `task` once `delayMs` after the first `schedule()` of a burst — later calls in the burst
 * join it, so steady publishing cannot postpone it for ever; never two runs at once.
 */
export class Coalesced {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly delayMs: number,
    private readonly task: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.running.then(this.task).catch(this.onError);
    }, this.delayMs);
    this.timer.unref();
  }

  /** Drops a pending run and waits for one in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
