/**
 * What the widgets (weather, exchange rates) share: a value kept in memory and refreshed in the
 * background from a service on the internet, never on a page's path. One fetch at a time
 * (callers arriving during a fetch share it), a chain of timeouts rather than setInterval (the
 * next is set only after a refresh ends), a fresh stored value waits out the rest of its
 * interval (restarts do not hammer the provider), and stop() cancels the request in flight so a
 * shutdown neither waits for it nor writes after it.
 */
import { MAX_TIMEOUT_MS, type Timer, type Timers, realTimers } from "./timers.js";

/** A widget's sense of time; both default to the real clock. */
export interface WidgetClock {
  /** Stamps what is stored and ages the stored value on start(). */
  now?: () => Date;
  /** Schedules the background refreshes. */
  timers?: Timers;
}

export abstract class BackgroundRefresh {
  private timer: Timer | undefined;
  private inFlight: Promise<boolean> | undefined;
  /** Aborted by stop(): the signal of the request in flight. */
  protected abort = new AbortController();
  private stopped = false;
  protected readonly now: () => Date;
  private readonly timers: Timers;

  protected constructor(
    private readonly refreshMs: number,
    clock: WidgetClock,
  ) {
    this.now = clock.now ?? (() => new Date());
    this.timers = clock.timers ?? realTimers;
  }

  /** Loads what is stored and schedules refreshes. Never throws, never waits for the network. */
  async start(): Promise<void> {
    this.stop();
    this.stopped = false;
    this.abort = new AbortController();
    const fetchedAt = await this.loadStored();
    const age = fetchedAt === undefined || Number.isNaN(fetchedAt) ? Infinity : this.now().getTime() - fetchedAt;
    // A clock that went backwards (negative age) counts as fresh.
    this.schedule(age >= this.refreshMs || this.dueAtStart() ? 0 : Math.min(this.refreshMs, this.refreshMs - age));
  }

  /** Fetches, stores and serves a new value; false (and a warning) on any failure. */
  refresh(): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    this.inFlight ??= this.fetchAndStore().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Clears the timers and cancels a request in flight; refresh() answers false until start() again. */
  stop(): void {
    this.stopped = true;
    this.timer?.cancel();
    this.timer = undefined;
    this.abort.abort();
  }

  /** Puts the stored value in memory; the time (ms) it was fetched at, if any. Never throws. */
  protected abstract loadStored(): Promise<number | undefined>;

  /** One refresh: fetch, keep in memory, store; false on any failure (logged). */
  protected abstract fetchAndStore(): Promise<boolean>;

  /** Whether to refresh at once even when the stored value is fresh (something is missing). */
  protected dueAtStart(): boolean {
    return false;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    // One chain: a start() while a refresh was in flight must not leave two timers running.
    this.timer?.cancel();
    // setTimeout fires at once beyond 2^31-1 ms; a refresh every ~24 days at least is harmless.
    this.timer = this.timers.setTimeout(
      () => {
        this.timer = undefined;
        void this.refresh().finally(() => this.schedule(this.refreshMs));
      },
      Math.min(delayMs, MAX_TIMEOUT_MS),
    );
  }
}
