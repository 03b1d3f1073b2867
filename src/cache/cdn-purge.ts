/** Asking a CDN to drop pages by Surrogate-Key, after a change. */
/** The logger it reports to (pino's shape). */
export interface PurgeLog {
  warn(obj: object, msg: string): void;
}

/** POSTs `{"keys": [...]}` to `url`; failures are logged, never fatal (pages also expire). */
export async function purgeCdn(url: string, keys: string[], log: PurgeLog): Promise<void> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ keys }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) log.warn({ status: response.status }, "CDN purge refused");
  } catch (error) {
    log.warn({ err: String(error) }, "CDN purge failed");
  }
}
