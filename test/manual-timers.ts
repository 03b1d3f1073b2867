/**
 * Timers that run only when the test moves time on: a test asserts what was scheduled and
 * when, and "nothing happened in the meantime" holds by construction instead of after a pause.
 */
import type { Timer, Timers } from "../src/widgets/timers.js";

interface Entry {
  at: number;
  callback: () => void;
}

export class ManualTimers implements Timers {
  private nowMs = 0;
  private entries: Entry[] = [];

  setTimeout(callback: () => void, delayMs: number): Timer {
    const entry: Entry = { at: this.nowMs + delayMs, callback };
    this.entries.push(entry);
    return { cancel: () => this.remove(entry) };
  }

  /** The delays, from now, of the timers yet to fire, soonest first. */
  pending(): number[] {
    return this.entries.map((e) => e.at - this.nowMs).sort((a, b) => a - b);
  }

  /** Moves time on by `ms`, running the timers that fall due on the way, in order (ties in the order they were set). */
  advance(ms: number): void {
    const until = this.nowMs + ms;
    for (let next = this.soonest(until); next; next = this.soonest(until)) {
      this.remove(next);
      this.nowMs = next.at;
      next.callback();
    }
    this.nowMs = until;
  }

  private soonest(until: number): Entry | undefined {
    let best: Entry | undefined;
    for (const entry of this.entries) if (entry.at <= until && (!best || entry.at < best.at)) best = entry;
    return best;
  }

  private remove(entry: Entry): void {
    this.entries = this.entries.filter((e) => e !== entry);
  }
}
