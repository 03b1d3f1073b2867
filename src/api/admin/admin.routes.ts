/**
 * The newsroom's JSON API under /api/admin/: signing in and out, setting a password from a
 * one-time link, accounts (users.routes.ts), stories and articles (stories.routes.ts), the media library (media.routes.ts), distribution (distribution.routes.ts). The guard (session.guard.ts) checks sessions, CSRF
 * tokens and origins for every route registered here; routes that need a user call `requireUser`.
 */
import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { MediaService } from "../../media/media.service.js";
import type { AccountService } from "../../newsroom/accounts.service.js";
import { loginBody, parseBody, setPasswordBody } from "./admin.schema.js";
import { type DistributionRoutesOptions, distributionRoutes } from "./distribution.routes.js";
import { mediaRoutes } from "./media.routes.js";
import { type PreviewRenderer, previewRoutes } from "./preview.routes.js";
import { adminOpenApi, isDocumented } from "./openapi.js";
import { SESSION_COOKIE, installSessionGuard, requireUser } from "./session.guard.js";
import { type StoriesRoutesOptions, storiesRoutes } from "./stories.routes.js";
import { usersRoutes } from "./users.routes.js";

/** The browser keeps the cookie as long as the server keeps a session at most (30 days; 7 idle days end it sooner). */
const COOKIE_MAX_AGE_S = 30 * 86_400;

export interface AdminRoutesOptions extends StoriesRoutesOptions, DistributionRoutesOptions {
  accounts: AccountService;
  /** The media library and its upload limit in bytes. */
  media: { service: MediaService; maxBytes: number };
  /** The site's public origin: cookies are Secure when it is https, and other origins are refused. */
  siteUrl: string;
  /** The site's page of an article in any status (the preview), drawn by the wiring. */
  preview?: PreviewRenderer;
  /** The newsroom's time zone (TIME_ZONE): the app shows times in it and reads the schedule's in it. */
  timeZone: string;
}

/** Sent with admin API calls only: public pages (and the caches and logs in front of them) never see it. */
function sessionCookie(reply: FastifyReply, value: string, secure: boolean, maxAge: number): void {
  reply.setCookie(SESSION_COOKIE, value, { path: "/api/admin", httpOnly: true, sameSite: "lax", secure, maxAge });
}

export async function adminRoutes(app: FastifyInstance, options: AdminRoutesOptions): Promise<void> {
  const { accounts } = options;
  const secure = options.siteUrl.startsWith("https:");
  installSessionGuard(app, options);
  // Every admin route is in the API document, or it does not register.
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) {
      if (!isDocumented(method, route.url)) throw new Error(`${method} ${route.url} is missing from ADMIN_OPERATIONS (src/api/admin/openapi.ts)`);
    }
  });
  // Built on first request: no server start pays for turning schemas into JSON Schema.
  let document: object | undefined;
  app.get("/api/admin/openapi.json", async () => (document ??= adminOpenApi(options.siteUrl)));

  app.post("/api/admin/session", async (request, reply) => {
    const { email, password } = parseBody(loginBody, request.body);
    const userAgent = request.headers["user-agent"];
    const signedIn = await accounts.login(email, password, { address: request.ip, ...(userAgent ? { userAgent } : {}) });
    sessionCookie(reply, signedIn.token, secure, COOKIE_MAX_AGE_S);
    return { user: signedIn.user, csrfToken: signedIn.csrfToken };
  });

  app.get("/api/admin/session", async (request) => {
    const user = requireUser(request);
    return { user, csrfToken: request.adminSession?.csrfToken, timeZone: options.timeZone };
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

  usersRoutes(app, options);
  storiesRoutes(app, options);
  distributionRoutes(app, options);
  if (options.preview) previewRoutes(app, { desk: options.desk, preview: options.preview });
  await mediaRoutes(app, { media: options.media.service, maxBytes: options.media.maxBytes });
}
