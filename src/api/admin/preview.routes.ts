/**
 * The preview of an article — a draft too — as the site will show it: for those who may read the
 * article (a session and `article.read`), never cached (`no-store`, as every /api/admin/ answer;
 * no page-cache entry) and kept out of search engines (X-Robots-Tag and the page's robots meta).
 * The page itself comes from the site's presenter and views, handed in by the wiring (server/).
 */
import type { FastifyInstance } from "fastify";
import * as z from "zod";
import type { DeskService } from "../../content/desk.service.js";
import { idText } from "../../db/id.schema.js";
import { AppError } from "../../errors.js";
import { authorize, can } from "../../newsroom/policy.js";
import { requireUser } from "./session.guard.js";

/** The article's page as HTML, or undefined when there is no such article. */
export type PreviewRenderer = (articleId: number) => Promise<string | undefined>;

const params = z.object({ id: idText });

export function previewRoutes(app: FastifyInstance, options: { desk: DeskService; preview: PreviewRenderer }): void {
  app.get("/api/admin/articles/:id/preview", async (request, reply) => {
    const user = requireUser(request);
    const parsed = params.safeParse(request.params);
    if (!parsed.success) throw new AppError("XABAR_INVALID_ID");
    // The desk asks the policy whether this user may read the article (404 or 403 when not).
    await options.desk.article(parsed.data.id, { id: user.id, name: user.name, may: (a, r) => authorize(user, a, r), can: (a, r) => can(user, a, r) });
    const html = await options.preview(parsed.data.id);
    if (html === undefined) throw new AppError("XABAR_NOT_FOUND");
    return reply.header("content-type", "text/html; charset=utf-8").header("cache-control", "private, no-store").header("x-robots-tag", "noindex").send(html);
  });
}
