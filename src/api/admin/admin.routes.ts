/**
 * The newsroom's JSON API under /api/admin/: signing in and out, setting a password from a
 * one-time link. Every request is answered `no-store`; a session comes from its httpOnly cookie;
 * every state-changing request must carry `x-csrf-token` equal to its session's token and may not
 * come from another origin (403 XABAR_CSRF). Routes that need a user call `requireUser`.
 */
import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../errors.js";
import type { AccountService, PublicUser } from "../../newsroom/accounts.service.js";
import { loginBody, parseBody, setPasswordBody } from "./admin.schema.js";

export const SESSION_COOKIE = "xabar_session";
/** The browser keeps the cookie this long; the server ends sessions idle for 7 days sooner. */
const COOKIE_MAX_AGE_S = 30 * 86_400;

export interface AdminRoutesOptions {
  accounts: AccountService;
  /** The site's public origin: cookies are Secure when it is https, and other origins are refused. */
  siteUrl: string;
}

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
function installSessionGuard(app: FastifyInstance, options: AdminRoutesOptions): void {
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

function sessionCookie(reply: FastifyReply, value: string, secure: boolean, maxAge: number): void {
  reply.setCookie(SESSION_COOKIE, value, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge });
}

export async function adminRoutes(app: FastifyInstance, options: AdminRoutesOptions): Promise<void> {
  const { accounts } = options;
  const secure = options.siteUrl.startsWith("https:");
  installSessionGuard(app, options);

  app.post("/api/admin/session", async (request, reply) => {
    const { email, password } = parseBody(loginBody, request.body);
    const userAgent = request.headers["user-agent"];
    const signedIn = await accounts.login(email, password, { address: request.ip, ...(userAgent ? { userAgent } : {}) });
    sessionCookie(reply, signedIn.token, secure, COOKIE_MAX_AGE_S);
    return { user: signedIn.user, csrfToken: signedIn.csrfToken };
  });

  app.get("/api/admin/session", async (request) => {
    const user = requireUser(request);
    return { user, csrfToken: request.adminSession?.csrfToken };
  });

  app.delete("/api/admin/session", async (request, reply) => {
    requireUser(request);
    if (request.adminSession) await accounts.logout(request.adminSession.token);
    sessionCookie(reply, "", secure, 0);
    return reply.code(204).send();
  });

  // The target of the one-time link (`xabar create-user` without a password, `xabar reset-password`).
  app.post("/api/admin/password", async (request) => {
    const { token, password } = parseBody(setPasswordBody, request.body);
    return { user: await accounts.setPassword(token, password) };
  });
}
