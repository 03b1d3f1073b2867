/**
 * Loading on first use: what only a rare route, a command or an optional setting needs (argon2,
 * ioredis, prom-client, the word differ, feedsmith, the sanitizer, sharp) is imported when it is
 * first asked for, not when the process starts, so that start-up and the serving process's memory
 * pay only for what serving pages needs. The module's types come with it:
 *
 *   const argon2 = lazy(() => import("@node-rs/argon2"));
 *   const { hash } = await argon2();
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      // A failed load (a missing optional package, say) is tried again next time, not kept.
      loading = undefined;
      throw error;
    }));
}
