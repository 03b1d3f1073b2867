/**
 * Whether an error means "the database cannot be reached or cannot answer now" (down, cut off,
 * too slow, too busy) rather than a bug: such a request is answered 503 with Retry-After (or
 * from the page cache), not 500. Errors of either driver, as they arrive through Kysely.
 */

/** Socket-level failures of reaching the server. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * PostgreSQL SQLSTATEs: 57014 query_canceled (statement_timeout), 57P01–57P03 shutting down or
 * starting up, 53300 too many connections, class 08 connection exceptions. SQLite: the file is
 * locked by another writer for longer than the busy timeout.
 */
const SERVER_CODES = new Set(["57014", "57P01", "57P02", "57P03", "53300", "SQLITE_BUSY", "DB_POOL_TIMEOUT"]);

/** pg's own errors carry no code, only these messages. */
const PG_MESSAGES = [
  /^Connection terminated/, // unexpectedly, or due to connection timeout
  /^Query read timeout$/,
  /^timeout expired$/, // the client's connect timeout
  /^timeout exceeded when trying to connect$/, // the pool's
  /^Client has encountered a connection error and is not queryable$/,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith("08"))) return true;
  return PG_MESSAGES.some((pattern) => pattern.test(error.message));
}
