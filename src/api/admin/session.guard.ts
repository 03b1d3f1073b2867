/**
 * The admin API's guard: every /api/admin/ request is answered `no-store` and gets its session
 * from the httpOnly cookie; every state-changing one must carry `x-csrf-token` equal to its
 * session's token and may not come from another origin (403 XABAR_CSRF).
 */
import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../../errors.js";
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

/** The user of the request, or 401 XABAR_UNAUTHENTICATED. */
export function requireUser(request: FastifyRequest): PublicUser {
  if (!request.adminSession) throw new AppError("XABAR_UNAUTHENTICATED");
  return request.adminSession.user;
}

/** Resolves the session cookie, then refuses cross-origin and token-less state changes. */
export function installSessionGuard(app: FastifyInstance, options: { accounts: AccountService; siteUrl: string }): void {
  const siteOrigin = new URL(options.siteUrl).origin;
  app.decorateRequest("adminSession", null);
  app.addHook("onRequest", async (request, reply) => {
    reply.header("cache-control", "private, no-store");
    const token = request.cookies[SESSION_COOKIE];
    const found = token ? await options.accounts.session(token) : undefined;
    request.adminSession = found && token ? { ...found, token } : null;
    if (!STATE_CHANGING.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== siteOrigin) throw new AppError("XABAR_CSRF");
    if (WITHOUT_SESSION.has(`${request.method} ${request.routeOptions.url ?? ""}`)) return;
    if (request.adminSession && request.headers["x-csrf-token"] !== request.adminSession.csrfToken) throw new AppError("XABAR_CSRF");
  });
}
