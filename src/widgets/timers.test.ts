import { afterEach, describe, expect, it, vi } from "vitest";
import { realTimers } from "./timers.js";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("realTimers", () => {
  it("does not keep the process alive", () => {
    const setTimeoutSpy = vi.spyOn(globalThis, "setTimeout");
    const timer = realTimers.setTimeout(() => undefined, 60_000);
    const handle = setTimeoutSpy.mock.results[0]?.value as NodeJS.Timeout | undefined;
    expect(handle?.hasRef()).toBe(false);
    timer.cancel();
  });

  it("runs the callback once after the delay, unless cancelled", () => {
    vi.useFakeTimers();
    const kept = vi.fn();
    const cancelled = vi.fn();
    realTimers.setTimeout(kept, 1_000);
    realTimers.setTimeout(cancelled, 1_000).cancel();
    vi.advanceTimersByTime(999);
    expect(kept).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(kept).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(10_000);
    expect(kept).toHaveBeenCalledOnce();
    expect(cancelled).not.toHaveBeenCalled();
  });
});
