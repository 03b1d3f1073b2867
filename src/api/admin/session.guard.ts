/**
 * The admin API's guard: every /api/admin/ request is answered `no-store` and gets its session
 * from the httpOnly cookie; every state-changing one must carry `x-csrf-token` equal to its
 * session's token and may not come from another origin (403 XABAR_CSRF).
 */
import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../../errors.js";
import { fromAnotherOrigin } from "../visitor.js";
import type { AccountService, PublicUser } from "../../newsroom/accounts.service.js";

export const SESSION_COOKIE = "xabar_session";

interface AdminSession {
  user: PublicUser;
  csrfToken: string;
  token: string;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in newsroom user of an /api/admin/ request, when there is one. */
    adminSession: AdminSession | null;
  }
}

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Requests that change state without a session: signing in, and setting a password from a link. */
const WITHOUT_SESSION = new Set(["POST /api/admin/session", "POST /api/admin/password"]);
/** Requests whose body is a file (multipart/form-data) rather than JSON: uploads. They need the session and its x-csrf-token like every other. */
const MULTIPART = new Set(["POST /api/admin/media"]);

/** The user of the request, or 401 XABAR_UNAUTHENTICATED. */
export function requireUser(request: FastifyRequest): PublicUser {
  if (!request.adminSession) throw new AppError("XABAR_UNAUTHENTICATED");
  return request.adminSession.user;
}

/**
 * A state change that may not happen: from another origin (Origin, or the browser's
 * Sec-Fetch-Site), or with a body that is not JSON — a cross-site HTML form can send only forms
 * and text, never `application/json`, so JSON-only closes the forged sign-in form too. Uploads
 * (MULTIPART) are the one exception: a form could send those, but never with the x-csrf-token
 * header that every one of them needs.
 */
function crossSite(request: FastifyRequest, siteOrigin: string, route: string): AppError | undefined {
  // The site's origin, or the one the request was made to (the same server reached as 127.0.0.1
  // rather than localhost): never another site's (visitor.ts, shared with the engagement API).
  if (fromAnotherOrigin(request, siteOrigin)) return new AppError("XABAR_CSRF");
  const type = request.headers["content-type"]?.toLowerCase();
  if (type?.startsWith("multipart/form-data") && MULTIPART.has(route)) return undefined;
  if (type !== undefined && !type.startsWith("application/json")) return new AppError("XABAR_UNSUPPORTED_MEDIA_TYPE", "The admin API takes JSON");
  return undefined;
}

/**
 * Resolves the session cookie, then refuses cross-site state changes, and — apart from signing
 * in and setting a password from a link — state changes without a session (401) or without its
 * x-csrf-token (403): the guard fails closed, whatever a route forgets.
 */
export function installSessionGuard(app: FastifyInstance, options: { accounts: AccountService; siteUrl: string }): void {
  const siteOrigin = new URL(options.siteUrl).origin;
  app.decorateRequest("adminSession", null);
  app.addHook("onRequest", async (request, reply) => {
    reply.header("cache-control", "private, no-store");
    const token = request.cookies[SESSION_COOKIE];
    const found = token ? await options.accounts.session(token) : undefined;
    request.adminSession = found && token ? { ...found, token } : null;
    if (!STATE_CHANGING.has(request.method)) return;
    const route = `${request.method} ${request.routeOptions.url ?? ""}`;
    const refused = crossSite(request, siteOrigin, route);
    if (refused) throw refused;
    if (WITHOUT_SESSION.has(route)) return;
    if (!request.adminSession) throw new AppError("XABAR_UNAUTHENTICATED");
    if (request.headers["x-csrf-token"] !== request.adminSession.csrfToken) throw new AppError("XABAR_CSRF");
  });
}
