/**
 * Stories and articles through the admin API: writing, translating, the list, revisions, the
 * workflow, corrections, re-deriving uz-Cyrl, soft locks and the activity log. Handlers validate,
 * bind the role policy to the signed-in user (the services ask it inside their transactions)
 * and shape answers; the rules are the content services'.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import * as z from "zod";
import type { DeskService, DeskView } from "../../content/desk.service.js";
import type { Editor } from "../../content/editorial.js";
import type { EditorialService } from "../../content/editorial.service.js";
import {
  articleChangeBody,
  articleListQuery,
  bylineBody,
  correctionBody,
  newRenditionBody,
  newStoryBody,
  tagNamesBody,
  transitionBody,
} from "../../content/editorial.schema.js";
import type { TaxonomyService } from "../../content/taxonomy.service.js";
import type { WorkflowService } from "../../content/workflow.service.js";
import { idText } from "../../db/id.schema.js";
import { AppError, fieldDetails, problem } from "../../errors.js";
import { authorize, can } from "../../newsroom/policy.js";
import { articleUrl } from "../../site/urls.js";
import { parseBody, rederiveQuery, revisionDiffQuery, tagParams, taxonomyQuery } from "./admin.schema.js";
import { requireUser } from "./session.guard.js";

export interface StoriesRoutesOptions {
  editorial: EditorialService;
  taxonomy: TaxonomyService;
  workflow: WorkflowService;
  desk: DeskService;
}

const idParams = z.object({ id: idText });
const revisionParams = idParams.extend({ rev: idText });

/** The signed-in user, with the role policy bound to them. */
function editorOf(request: FastifyRequest): Editor {
  const user = requireUser(request);
  return { id: user.id, name: user.name, may: (action, resource) => authorize(user, action, resource), can: (action, resource) => can(user, action, resource) };
}

function idOf(request: FastifyRequest): number {
  const parsed = idParams.safeParse(request.params);
  if (!parsed.success) throw new AppError("XABAR_INVALID_ID");
  return parsed.data.id;
}

function query<T extends z.ZodType>(schema: T, request: FastifyRequest): z.output<T> {
  return parseBody(schema, request.query);
}

/** If-Match: `"7"`, `W/"7"` or `7`; required, so that nobody overwrites a version they never saw. */
function ifMatch(request: FastifyRequest): number {
  const version = optionalIfMatch(request);
  if (version === undefined) throw new AppError("XABAR_PRECONDITION_REQUIRED");
  return version;
}

/** If-Match when it is sent (moving, restoring and re-deriving take it: a stale one is a 409). */
function optionalIfMatch(request: FastifyRequest): number | undefined {
  const header = request.headers["if-match"];
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match)
    throw new AppError("XABAR_INVALID", "If-Match must be the article's ETag", fieldDetails({ "if-match": problem("invalid_format", 'an ETag such as "3"') }));
  return Number(match[1]);
}

const withUrl = <T extends { id: number; locale: DeskView["locale"]; slug: string }>(article: T, category: string) => ({
  ...article,
  url: articleUrl(article.locale, category, article.id, article.slug),
});

async function sendArticle(reply: FastifyReply, desk: DeskService, id: number, editor: Editor, status = 200) {
  const article = await desk.article(id, editor);
  return reply
    .code(status)
    .header("etag", `"${article.version}"`)
    .send({ article: withUrl(article, article.category) });
}

function storyRoutes(app: FastifyInstance, { editorial, taxonomy, desk }: StoriesRoutesOptions): void {
  app.post("/api/admin/stories", async (request, reply) => {
    const body = parseBody(newStoryBody, request.body);
    const created = await editorial.createStory(body, editorOf(request));
    const story = { id: created.storyId, category: body.category, tags: created.tags, sourceLocale: created.articles[0]?.locale };
    return reply.code(201).send({ story, articles: created.articles.map(({ categorySlug, ...a }) => withUrl(a, categorySlug)) });
  });

  app.post("/api/admin/stories/:id/renditions", async (request, reply) => {
    const storyId = idOf(request);
    const added = await editorial.addRendition(storyId, parseBody(newRenditionBody, request.body), editorOf(request));
    return reply.code(201).send({ articles: added.map(({ categorySlug, ...a }) => withUrl(a, categorySlug)) });
  });

  app.get("/api/admin/taxonomy", async (request) => {
    editorOf(request).may("article.read");
    return desk.taxonomy(query(taxonomyQuery, request).q);
  });

  app.patch("/api/admin/tags/:slug", async (request) => {
    const { slug } = parseBody(tagParams, request.params);
    return { tag: await taxonomy.renameTag(slug, parseBody(tagNamesBody, request.body).names, editorOf(request)) };
  });

  app.patch("/api/admin/bylines/:id", async (request) => {
    return { byline: await taxonomy.editByline(idOf(request), parseBody(bylineBody, request.body), editorOf(request)) };
  });

  app.get("/api/admin/stories/:id/activity", async (request) => {
    editorOf(request).may("article.read");
    const activity = await desk.activity(idOf(request));
    if (!activity) throw new AppError("XABAR_NOT_FOUND", "No such story");
    return { activity };
  });
}

function articleRoutes(app: FastifyInstance, { editorial, workflow, desk }: StoriesRoutesOptions): void {
  app.get("/api/admin/articles", async (request) => {
    editorOf(request).may("article.read");
    const page = await desk.list(query(articleListQuery, request));
    return { articles: page.articles.map((a) => withUrl(a, a.categorySlug)), nextCursor: page.nextCursor };
  });

  app.get("/api/admin/articles/:id", async (request, reply) => sendArticle(reply, desk, idOf(request), editorOf(request)));

  app.patch("/api/admin/articles/:id", async (request, reply) => {
    const id = idOf(request);
    const editor = editorOf(request);
    const version = ifMatch(request);
    await editorial.change(id, version, parseBody(articleChangeBody, request.body), editor);
    return sendArticle(reply, desk, id, editor);
  });

  app.post("/api/admin/articles/:id/transitions", async (request, reply) => {
    const id = idOf(request);
    const editor = editorOf(request);
    await workflow.transition(id, parseBody(transitionBody, request.body), editor, optionalIfMatch(request));
    return sendArticle(reply, desk, id, editor);
  });

  app.post("/api/admin/articles/:id/corrections", async (request, reply) => {
    const { correction, version } = await workflow.correct(idOf(request), parseBody(correctionBody, request.body).text, editorOf(request));
    return reply.code(201).send({ correction, version });
  });

  app.post("/api/admin/articles/:id/rederive", async (request) => {
    const { confirm } = query(rederiveQuery, request);
    return editorial.rederive(idOf(request), confirm === "1", editorOf(request), optionalIfMatch(request));
  });

  app.post("/api/admin/articles/:id/lock", async (request) => {
    const editing = await editorial.lock(idOf(request), editorOf(request));
    return { editing: editing ?? null };
  });

  app.delete("/api/admin/articles/:id/lock", async (request, reply) => {
    await editorial.unlock(idOf(request), editorOf(request));
    return reply.code(204).send();
  });
}

function revisionRoutes(app: FastifyInstance, { editorial, desk }: StoriesRoutesOptions): void {
  app.get("/api/admin/articles/:id/revisions", async (request) => {
    editorOf(request).may("article.read");
    return { revisions: await desk.revisions(idOf(request)) };
  });

  app.get("/api/admin/articles/:id/revisions/diff", async (request) => {
    editorOf(request).may("article.read");
    const { from, to } = query(revisionDiffQuery, request);
    const found = await desk.revisionDiff(idOf(request), from, to);
    if (!found) throw new AppError("XABAR_NOT_FOUND", "No such revision of this article");
    return { from: found.from.id, to: found.to.id, diff: found.diff };
  });

  app.post("/api/admin/articles/:id/revisions/:rev/restore", async (request, reply) => {
    const parsed = revisionParams.safeParse(request.params);
    if (!parsed.success) throw new AppError("XABAR_INVALID_ID");
    const editor = editorOf(request);
    await editorial.restore(parsed.data.id, parsed.data.rev, editor, optionalIfMatch(request));
    return sendArticle(reply, desk, parsed.data.id, editor);
  });
}

export function storiesRoutes(app: FastifyInstance, options: StoriesRoutesOptions): void {
  storyRoutes(app, options);
  articleRoutes(app, options);
  revisionRoutes(app, options);
}
