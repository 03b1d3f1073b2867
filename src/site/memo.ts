/** Values kept for a minute per key: the small per-locale pieces every page repeats. */
const MEMO_MS = 60_000;

export class Memo<T> {
  private readonly values = new Map<string, { value: T; until: number }>();

  async get(key: string, now: number, load: () => Promise<T>): Promise<T> {
    const hit = this.values.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = await load();
    this.values.set(key, { value, until: now + MEMO_MS });
    return value;
  }

  clear(): void {
    this.values.clear();
  }
}
