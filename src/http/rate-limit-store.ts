/**
 * The rate limiter's counters (a store for @fastify/rate-limit): in Redis, shared by every
 * instance, and always also in this process. When Redis is not ready, errs, or does not answer
 * within REDIS_TIMEOUT_MS (a partition, not a reset), the in-process count decides: the limit
 * then holds per instance — never no limit at all, as `skipOnError` would give.
 */
import type { Redis } from "ioredis";

interface Hit {
  current: number;
  ttl: number;
}
type Callback = (error: Error | null, hit: Hit) => void;

/** How long a request waits for Redis's count before this process's count decides. */
export const REDIS_TIMEOUT_MS = 250;
/** Addresses counted in process; past this, the oldest windows are forgotten first. */
const LOCAL_MAX_KEYS = 100_000;

/** INCR with the window's expiry set on the first hit of a window; the count and the time left. */
const INCREMENT = `
local current = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if current == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {current, ttl}`;

/** Fixed windows per key, in this process. */
export class LocalWindows {
  private readonly windows = new Map<string, { count: number; startedAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  increment(key: string, windowMs: number): Hit {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.startedAt + windowMs <= now) {
      // Re-inserted, so that the map's order is the windows' age: the oldest go first.
      this.windows.delete(key);
      window = { count: 0, startedAt: now };
      this.windows.set(key, window);
      if (this.windows.size > LOCAL_MAX_KEYS) {
        const oldest = this.windows.keys().next().value;
        if (oldest !== undefined) this.windows.delete(oldest);
      }
    }
    window.count++;
    return { current: window.count, ttl: window.startedAt + windowMs - now };
  }
}

async function redisIncrement(redis: Redis, key: string, windowMs: number): Promise<Hit | undefined> {
  if (redis.status !== "ready") return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), REDIS_TIMEOUT_MS);
  });
  const counted = redis.eval(INCREMENT, 1, key, windowMs).then(
    (result) => {
      const [current, ttl] = result as [number, number];
      return { current: Number(current), ttl: Number(ttl) };
    },
    () => undefined,
  );
  try {
    return await Promise.race([counted, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The store class @fastify/rate-limit instantiates (`store` option), over `redis` with keys under `nameSpace`. */
export function fallbackStore(redis: Redis, nameSpace: string, local: LocalWindows = new LocalWindows()) {
  return class FallbackStore {
    incr(key: string, callback: Callback, timeWindow: number): void {
      const here = local.increment(key, timeWindow);
      void redisIncrement(redis, `${nameSpace}${key}`, timeWindow).then((shared) => callback(null, shared ?? here));
    }

    child(): FallbackStore {
      return this;
    }
  };
}
