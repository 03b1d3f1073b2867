/**
 * Where the weather service's refresh timers come from: the process's own timers in production,
 * a clock the test moves by hand in tests (so "nothing was requested meanwhile" is a fact, not a
 * hope after a pause).
 */

/** A scheduled callback that has not run yet. */
export interface Timer {
  /** Makes sure the callback never runs; harmless once it has run or was cancelled. */
  cancel(): void;
}

export interface Timers {
  /** Runs `callback` once, `delayMs` from now. The timer must not keep the process alive. */
  setTimeout(callback: () => void, delayMs: number): Timer;
}

/** The longest delay Node's setTimeout honours; beyond it, the callback fires at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export const realTimers: Timers = {
  setTimeout(callback, delayMs) {
    // The widget must never keep the process alive.
    const handle = setTimeout(callback, delayMs).unref();
    return { cancel: () => clearTimeout(handle) };
  },
};
