/**
 * The anonymous visitor: a random id in an httpOnly, SameSite=Lax cookie, set by the engagement
 * API (never by a page, so pages stay cacheable). Services only see its keyed hash.
 */
import { createHmac, randomBytes } from "node:crypto";
import type {} from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";

export const VISITOR_COOKIE = "xv";
const VALID_ID = /^[A-Za-z0-9_-]{22}$/;
const BOT =
  /bot\b|bot\/|crawl|spider|slurp|facebookexternalhit|bingpreview|mediapartners|embedly|lighthouse|pingdom|uptime|curl\/|wget\/|python-requests|go-http-client|okhttp/i;

export function isBot(userAgent: string | undefined): boolean {
  return !userAgent || BOT.test(userAgent);
}

/** The visitor id from the cookie; without one, `create` makes one and sets the cookie. */
export function visitorId(request: FastifyRequest, reply: FastifyReply, create: boolean): string | undefined {
  const existing = request.cookies[VISITOR_COOKIE];
  if (existing && VALID_ID.test(existing)) return existing;
  if (!create) return undefined;
  const id = randomBytes(16).toString("base64url");
  reply.setCookie(VISITOR_COOKIE, id, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    maxAge: 400 * 86_400,
  });
  return id;
}

export function visitorHash(secret: string, id: string): string {
  return createHmac("sha256", secret).update(`visitor|${id}`).digest("base64url").slice(0, 24);
}
