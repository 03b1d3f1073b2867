/**
 * The anonymous visitor: an id the server issued, in an httpOnly, SameSite=Lax cookie signed with
 * the instance secret (`<id>.<HMAC>`), set by the engagement API (never by a page, so pages stay
 * cacheable). Only an id this server issued on an earlier response counts a view or a reaction: a
 * made-up, unsigned or rotated cookie counts nothing. Services only see the id's keyed hash.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type {} from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";

export const VISITOR_COOKIE = "xv";
const SIGNED_ID = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;
const BOT =
  /bot\b|bot\/|crawl|spider|slurp|facebookexternalhit|bingpreview|mediapartners|embedly|lighthouse|pingdom|uptime|curl\/|wget\/|python-requests|go-http-client|okhttp/i;

export function isBot(userAgent: string | undefined): boolean {
  return !userAgent || BOT.test(userAgent);
}

function signatureOf(secret: string, id: string): string {
  return createHmac("sha256", secret).update(`visitor-id|${id}`).digest("base64url").slice(0, 22);
}

/** The visitor id from the cookie when this server issued it (the signature holds), else undefined. */
export function issuedVisitorId(request: FastifyRequest, secret: string): string | undefined {
  const match = SIGNED_ID.exec(request.cookies[VISITOR_COOKIE] ?? "");
  const id = match?.[1];
  const signature = match?.[2];
  if (id === undefined || signature === undefined) return undefined;
  return timingSafeEqual(Buffer.from(signature), Buffer.from(signatureOf(secret, id))) ? id : undefined;
}

/** A new visitor id, set as the signed cookie on `reply`: it counts from the next request on. */
export function issueVisitorId(request: FastifyRequest, reply: FastifyReply, secret: string): string {
  const id = randomBytes(16).toString("base64url");
  reply.setCookie(VISITOR_COOKIE, `${id}.${signatureOf(secret, id)}`, {
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

/**
 * True when a browser says the call comes from another site: Sec-Fetch-Site other than
 * same-origin (or none: typed, bookmarked), or an Origin that is neither the site's public origin
 * nor the origin the request was made to. Callers that are not browsers send neither.
 */
export function fromAnotherOrigin(request: FastifyRequest, siteOrigin: string): boolean {
  const site = request.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return true;
  const origin = request.headers.origin;
  return origin !== undefined && origin !== siteOrigin && origin !== `${request.protocol}://${request.host}`;
}
