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
import { articleParams, reactionBody, reactionForm } from "./engagement.schema.js";
import { isBot, visitorHash, visitorId } from "./visitor.js";

export interface EngagementRoutesOptions {
  views: ViewCounter;
  reactions: ReactionService;
  /** True when the id is a published article. */
  articleExists(id: number): Promise<boolean>;
  secret: string;
  rateLimitPerMinute: number;
  /** Counters shared by all instances; without it each instance counts alone. */
  redis?: Redis;
}

/** Where the no-JS form may send the visitor back to: an article path of this site, nothing else. */
const ARTICLE_PATH = /^\/(?:uz|oz|ru|en)\/[a-z0-9-]{1,80}\/\d{1,10}(?:-[a-z0-9-]{0,200})?$/;

/** Published articles seen recently: every page view asks, and the answer rarely changes. */
const KNOWN_TTL_MS = 60_000;
const KNOWN_MAX = 50_000;

export async function engagementRoutes(app: FastifyInstance, options: EngagementRoutesOptions): Promise<void> {
  const { views, reactions } = options;
  const known = new Map<number, number>();
  const isPublished = async (id: number): Promise<boolean> => {
    const until = known.get(id);
    if (until !== undefined && until > Date.now()) return true;
    const exists = await options.articleExists(id);
    if (exists) {
      if (known.size >= KNOWN_MAX) known.clear();
      known.set(id, Date.now() + KNOWN_TTL_MS);
    }
    return exists;
  };

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

  const stats = async (id: number, visitor: string | undefined) => {
    const [count, counts, mine] = await Promise.all([views.views(id), reactions.counts(id), visitor ? reactions.mine(id, visitor) : Promise.resolve(null)]);
    return { views: count, reactions: counts, mine };
  };

  const noStore = (reply: FastifyReply) => reply.header("cache-control", "private, no-store");

  app.post("/api/v1/articles/:id/views", async (request, reply) => {
    const id = await articleId(request);
    noStore(reply);
    const userAgent = request.headers["user-agent"];
    if (!isBot(userAgent)) {
      const visitor = visitorId(request, reply, true) as string;
      views.record(id, visitorHash(options.secret, visitor));
    }
    return { views: await views.views(id) };
  });

  app.get("/api/v1/articles/:id/stats", async (request, reply) => {
    const id = await articleId(request);
    const visitor = visitorId(request, reply, false);
    return noStore(reply).send(await stats(id, visitor ? visitorHash(options.secret, visitor) : undefined));
  });

  app.post("/api/v1/articles/:id/reactions", async (request, reply) => {
    const id = await articleId(request);
    noStore(reply);
    const visitor = visitorHash(options.secret, visitorId(request, reply, true) as string);
    if (request.headers["content-type"]?.startsWith("application/x-www-form-urlencoded")) {
      // The no-JS form: the button pressed toggles that reaction, then back to the article.
      const form = reactionForm.safeParse(request.body);
      if (!form.success) throw new AppError("XABAR_INVALID_REACTION");
      const current = await reactions.mine(id, visitor);
      const mine = current === form.data.reaction ? null : form.data.reaction;
      await reactions.react(id, visitor, mine);
      // Back to the article, rendered fresh for this visitor (`mine` marks the pressed button).
      const back = form.data.back && ARTICLE_PATH.test(form.data.back) ? form.data.back : "/";
      return reply.redirect(back === "/" ? back : `${back}?mine=${mine ?? "none"}`, 303);
    }
    const body = reactionBody.safeParse(request.body);
    if (!body.success) throw new AppError("XABAR_INVALID_REACTION");
    await reactions.react(id, visitor, body.data.reaction);
    return stats(id, visitor);
  });
}
