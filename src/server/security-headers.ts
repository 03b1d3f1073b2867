/**
 * Security headers on every answer, and a Content-Security-Policy on every HTML page: the public
 * site's pages (their one script and stylesheet are files under /assets/; JSON-LD is data, not
 * script) and the newsroom app's (Vite's hashed module scripts and stylesheets under
 * /admin/assets/). Neither allows inline script or inline style. HSTS when the site is served over
 * HTTPS: SITE_URL says so, or the connection (or a trusted proxy's X-Forwarded-Proto) is https.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

const COMMON = ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "script-src 'self'", "style-src 'self'", "font-src 'self'", "connect-src 'self'"];

/** The public site: framed only by itself; article bodies may show images from anywhere (editors' links). */
export const SITE_CSP = ["default-src 'self'", ...COMMON, "img-src * data:", "frame-ancestors 'self'"].join("; ");
/** The newsroom: never framed; images of its own library, and previews of files being uploaded. */
export const ADMIN_CSP = ["default-src 'self'", ...COMMON, "img-src 'self' data: blob:", "frame-ancestors 'none'"].join("; ");
export const HSTS = "max-age=31536000";

/** Sets the headers on `reply` (the onSend hook does it for every answer; errors before routing call it themselves). */
export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply, httpsSite: boolean): void {
  const admin = request.url.startsWith("/admin");
  reply.header("x-content-type-options", "nosniff");
  reply.header("referrer-policy", "strict-origin-when-cross-origin");
  reply.header("x-frame-options", admin ? "DENY" : "SAMEORIGIN");
  if (String(reply.getHeader("content-type") ?? "").startsWith("text/html")) reply.header("content-security-policy", admin ? ADMIN_CSP : SITE_CSP);
  if (httpsSite || request.protocol === "https") reply.header("strict-transport-security", HSTS);
}

export function installSecurityHeaders(app: FastifyInstance, options: { siteUrl: string }): void {
  const httpsSite = options.siteUrl.startsWith("https:");
  app.addHook("onSend", async (request, reply) => {
    setSecurityHeaders(request, reply, httpsSite);
  });
}
