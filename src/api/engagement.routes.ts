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
import { isArticlePath, routes } from "../site/urls.js";
import { articleParams, reactionBody, reactionForm } from "./engagement.schema.js";
import { isBot, visitorHash, visitorId } from "./visitor.js";

export interface EngagementRoutesOptions {
  views: ViewCounter;
  reactions: ReactionService;
  /** True when the id is a published article. */
  articleExists: (id: number) => Promise<boolean>;
  secret: string;
  rateLimitPerMinute: number;
  /** Counters shared by all instances; without it each instance counts alone. */
  redis?: Redis;
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

export async function engagementRoutes(app: FastifyInstance, options: EngagementRoutesOptions): Promise<void> {
  const { views, reactions, secret } = options;
  const isPublished = publishedArticles(options.articleExists);

  await app.register(rateLimit, {
    max: options.rateLimitPerMinute,
    timeWindow: 60_000,
    // The address, not the visitor cookie: a client can drop or change its cookie at will.
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: () => new AppError("XABAR_RATE_LIMITED"),
    ...(options.redis ? { redis: options.redis, nameSpace: "xabar-rate:", skipOnError: true } : {}),
  });

  const articleId = async (request: FastifyRequest): Promise<number> => {
    const params = articleParams.safeParse(request.params);
    if (!params.success) throw new AppError("XABAR_INVALID_ID");
    if (!(await isPublished(params.data.id))) throw new AppError("XABAR_ARTICLE_NOT_FOUND");
    return params.data.id;
  };
  /** The visitor's keyed hash; `create` sets the cookie of a new visitor. */
  const visitor = (request: FastifyRequest, reply: FastifyReply, create: boolean): string | undefined => {
    const id = visitorId(request, reply, create);
    return id === undefined ? undefined : visitorHash(secret, id);
  };
  const stats = async (id: number, hash: string | undefined) => {
    const [count, counts, mine] = await Promise.all([views.views(id), reactions.counts(id), hash ? reactions.mine(id, hash) : Promise.resolve(null)]);
    return { views: count, reactions: counts, mine };
  };

  app.post(routes.engagement.views, async (request, reply) => {
    const id = await articleId(request);
    noStore(reply);
    const hash = isBot(request.headers["user-agent"]) ? undefined : visitor(request, reply, true);
    if (hash) views.record(id, hash);
    return { views: await views.views(id) };
  });

  app.get(routes.engagement.stats, async (request, reply) => {
    const id = await articleId(request);
    return noStore(reply).send(await stats(id, visitor(request, reply, false)));
  });

  app.post(routes.engagement.reactions, async (request, reply) => {
    const id = await articleId(request);
    noStore(reply);
    const hash = visitor(request, reply, true) ?? "";
    if (request.headers["content-type"]?.startsWith("application/x-www-form-urlencoded")) {
      // The no-JS form: the button pressed toggles that reaction, then back to the article,
      // rendered fresh for this visitor (`mine` marks the pressed button).
      const form = reactionForm.safeParse(request.body);
      if (!form.success) throw new AppError("XABAR_INVALID_REACTION");
      const mine = await reactions.toggle(id, hash, form.data.reaction);
      const back = form.data.back && isArticlePath(form.data.back) ? form.data.back : "/";
      return reply.redirect(back === "/" ? back : `${back}?mine=${mine ?? "none"}`, 303);
    }
    const body = reactionBody.safeParse(request.body);
    if (!body.success) throw new AppError("XABAR_INVALID_REACTION");
    await reactions.react(id, hash, body.data.reaction);
    return stats(id, hash);
  });
}
