/**
 * What distribution did, for the newsroom: `GET /api/admin/distribution?article=ID` lists the
 * article's Telegram posts (state, message id, last error), its webhook deliveries (every attempt)
 * and the distribution jobs that failed for good with their errors; without `article`, the latest
 * of each across the site. Editors and admins (`distribution.read`).
 */
import type { FastifyInstance } from "fastify";
import * as z from "zod";
import { idText } from "../../db/id.schema.js";
import type { DistributionView } from "../../distribution/distribution.js";
import { authorize } from "../../newsroom/policy.js";
import { parseBody } from "./admin.schema.js";
import { requireUser } from "./session.guard.js";

export const distributionQuery = z.object({ article: idText.optional() });

export interface DistributionRoutesOptions {
  /** Absent when the app runs without distribution (the view is then empty). */
  distribution?: (articleId: number | undefined) => Promise<DistributionView>;
}

export function distributionRoutes(app: FastifyInstance, options: DistributionRoutesOptions): void {
  app.get("/api/admin/distribution", async (request) => {
    authorize(requireUser(request), "distribution.read");
    const { article } = parseBody(distributionQuery, request.query);
    return options.distribution ? options.distribution(article) : { posts: [], deliveries: [], failedJobs: [] };
  });
}
