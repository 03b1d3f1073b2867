/**
 * The engagement API the article page's island calls: count a view, read the stats, react.
 * The reaction endpoint also takes the page's plain form POST, so reacting works without JS.
 */
import rateLimit from "@fastify/rate-limit";
import type { Redis } from "ioredis";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ReactionService } from "../engagement/reactions.service.js";
import type { ViewCounter } from "../engagement/views.service.js";
import { AppError } from "../errors.js";
import { fallbackStore } from "../http/rate-limit-store.js";
import { engagementUrls, isArticlePath, routes } from "../site/urls.js";
import { articleParams, reactionBody, reactionForm } from "./engagement.schema.js";
import { fromAnotherOrigin, isBot, issueVisitorId, issuedVisitorId, visitorHash } from "./visitor.js";

export interface EngagementRoutesOptions {
  views: ViewCounter;
  reactions: ReactionService;
  /** True when the id is a published article. */
  articleExists: (id: number) => Promise<boolean>;
  secret: string;
  /** The site's public origin: engagement calls from other origins are refused. */
  siteUrl: string;
  rateLimitPerMinute: number;
  /** Counters shared by all instances (each instance counts alone while it is unreachable, never not at all). */
  redis?: Redis;
  /** Where the counters are in Redis (REDIS_PREFIX, so that sites sharing a Redis count apart). */
  redisNameSpace?: string;
}

/** Published articles seen recently: every page view asks, and the answer rarely changes. */
const KNOWN_TTL_MS = 60_000;
const KNOWN_MAX = 50_000;

function publishedArticles(articleExists: (id: number) => Promise<boolean>): (id: number) => Promise<boolean> {
  const known = new Map<number, number>();
  return async (id) => {
    const until = known.get(id);
    if (until !== undefined && until > Date.now()) return true;
    const exists = await articleExists(id);
    if (exists) {
      if (known.size >= KNOWN_MAX) known.clear();
      known.set(id, Date.now() + KNOWN_TTL_MS);
    }
    return exists;
  };
}

const noStore = (reply: FastifyReply) => reply.header("cache-control", "private, no-store");

/** The no-JS form's way back to the article (`mine` marks the pressed button), or home. */
function backTo(back: string | undefined, mine?: string | null): string {
  if (!back || !isArticlePath(back)) return "/";
  return mine === undefined ? back : `${back}?mine=${mine ?? "none"}`;
}

/**
 * The no-JS form: the button pressed toggles that reaction, then back to the article, rendered
 * fresh for this visitor (`mine` marks the pressed button). On a first visit the id is set on
 * this answer and 307 makes the browser post the same form again with it; a browser that keeps
 * no cookies is sent back with nothing counted.
 */
async function formReaction(
  request: FastifyRequest,
  reply: FastifyReply,
  id: number,
  hash: string | undefined,
  reactions: ReactionService,
): Promise<FastifyReply> {
  const form = reactionForm.safeParse(request.body);
  if (!form.success) throw new AppError("XABAR_INVALID_REACTION");
  if (hash === undefined) {
    const again = (request.query as { visitor?: unknown } | undefined)?.visitor === "new";
    return again ? reply.redirect(backTo(form.data.back), 303) : reply.redirect(`${engagementUrls(id).reactions}?visitor=new`, 307);
  }
  const mine = await reactions.toggle(id, hash, form.data.reaction);
  return reply.redirect(backTo(form.data.back, mine), 303);
}

/**
 * Views and reactions count only from a visitor id this server issued on an earlier response
 * (visitor.ts): a caller without one is given one and counts nothing this time. Calls from
 * another site's pages are refused (403), whatever they carry. The rate limit is per address.
 */
export async function engagementRoutes(app: FastifyInstance, options: EngagementRoutesOptions): Promise<void> {
  const { views, reactions, secret } = options;
  const isPublished = publishedArticles(options.articleExists);
  const siteOrigin = new URL(options.siteUrl).origin;

  await app.register(rateLimit, {
    max: options.rateLimitPerMinute,
    timeWindow: 60_000,
    // The address, not the visitor cookie: a client can drop or change its cookie at will.
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: () => new AppError("XABAR_RATE_LIMITED"),
    ...(options.redis ? { store: fallbackStore(options.redis, options.redisNameSpace ?? "xabar:rate:") } : {}),
  });
  app.addHook("onRequest", async (request) => {
    if (fromAnotherOrigin(request, siteOrigin)) throw new AppError("XABAR_FOREIGN_ORIGIN");
  });

  const articleId = async (request: FastifyRequest): Promise<number> => {
    const params = articleParams.safeParse(request.params);
    if (!params.success) throw new AppError("XABAR_INVALID_ID");
    if (!(await isPublished(params.data.id))) throw new AppError("XABAR_ARTICLE_NOT_FOUND");
    return params.data.id;
  };
  /** The keyed hash of the visitor's issued id, or undefined (then a person's browser is issued one). */
  const visitor = (request: FastifyRequest, reply: FastifyReply): string | undefined => {
    const id = issuedVisitorId(request, secret);
    if (id !== undefined) return visitorHash(secret, id);
    if (!isBot(request.headers["user-agent"])) issueVisitorId(request, reply, secret);
    return undefined;
  };
  const stats = async (id: number, hash: string | undefined) => {
    const [count, counts, mine] = await Promise.all([views.views(id), reactions.counts(id), hash ? reactions.mine(id, hash) : Promise.resolve(null)]);
    return { views: count, reactions: counts, mine };
  };

  app.post(routes.engagement.views, async (request, reply) => {
    const id = await articleId(request);
    noStore(reply);
    const hash = isBot(request.headers["user-agent"]) ? undefined : visitor(request, reply);
    const counted = hash !== undefined && views.record(id, hash);
    return { views: await views.views(id), counted };
  });

  // The island's first call: it gives a new visitor its id, so the view call after it counts.
  app.get(routes.engagement.stats, async (request, reply) => {
    const id = await articleId(request);
    return noStore(reply).send(await stats(id, visitor(request, reply)));
  });

  app.post(routes.engagement.reactions, async (request, reply) => {
    const id = await articleId(request);
    noStore(reply);
    const hash = visitor(request, reply);
    if (request.headers["content-type"]?.startsWith("application/x-www-form-urlencoded")) return formReaction(request, reply, id, hash, reactions);
    const body = reactionBody.safeParse(request.body);
    if (!body.success) throw new AppError("XABAR_INVALID_REACTION");
    if (hash === undefined) throw new AppError("XABAR_UNKNOWN_VISITOR");
    await reactions.react(id, hash, body.data.reaction);
    return stats(id, hash);
  });
}
