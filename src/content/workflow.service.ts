/**
 * Moving articles through the workflow (content/workflow.ts says which moves exist and what each
 * needs), publishing scheduled ones when their job runs, and corrections of published ones. A
 * uz-Latn article's derived uz-Cyrl sibling moves with it. Every move is logged in the story's
 * activity and announced: the pages it touches are invalidated everywhere, distribution hears
 * "published" / "updated" / "unpublished". A correction of a uz-Latn article is also made,
 * transliterated, on its derived uz-Cyrl sibling.
 */
import * as z from "zod";
import type { Db } from "../db/database.js";
import type { ArticleStatus } from "../db/schema.js";
import { AppError } from "../errors.js";
import type { Events } from "../events.js";
import { toCyrillic } from "../lang/translit.js";
import { type Announcement, type Editor, announce, announceWithin, announcement, invalid, notFound, resourceOf } from "./editorial.js";
import { type DeskArticle, EditorialRepository } from "./editorial.repository.js";
import { READERS_SEE, hasBody } from "./renditions.js";
import type { Transition } from "./editorial.schema.js";
import { nextStates, transitionAction } from "./workflow.js";

const publishPayload = z.object({ articleId: z.number().int().positive() });

function badTransition(article: DeskArticle, to: ArticleStatus): never {
  throw new AppError("XABAR_BAD_TRANSITION", `A ${article.status} article cannot become ${to}`, {
    data: { status: article.status, allowed: nextStates(article.status) },
  });
}

export class WorkflowService {
  constructor(
    private readonly db: Db,
    private readonly events: Events,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Moves the article (and its derived rendition). With `version` (the admin sends the one its
   * editor is looking at), a newer version is a 409: nobody publishes text they have not seen.
   */
  async transition(id: number, move: Transition, by: Editor, version?: number): Promise<void> {
    const now = this.now();
    const announced = await this.db.transaction().execute(async (trx) => {
      const repo = new EditorialRepository(trx);
      const article = (await repo.article(id)) ?? notFound();
      if (version !== undefined && article.version !== version)
        throw new AppError("XABAR_CONFLICT", "Someone else saved this article since you loaded it", { data: { version: article.version } });
      const action = transitionAction(article.status, move.to) ?? badTransition(article, move.to);
      by.may(action, resourceOf(article));
      if (READERS_SEE.has(move.to) && !hasBody(article.bodyHtml)) invalid("body", "required", "an article needs its text before it goes on the site");
      let at: Date | undefined;
      if (move.to === "scheduled") {
        if (!move.at) invalid("at", "required", "a scheduled article needs a time");
        at = new Date(move.at);
        if (at.getTime() <= now.getTime()) invalid("at", "not_future", "must be in the future");
      }
      // Its derived uz-Cyrl rendition moves with it, where it stands with it and the editor may move it too.
      const derived = (await repo.storyArticles(article.storyId)).filter(
        (a) => a.derivedFrom === article.id && a.status === article.status && by.can(action, resourceOf(a)),
      );
      for (const moving of [article, ...derived]) await this.move(repo, moving, move.to, now, at);
      await repo.addActivity({
        storyId: article.storyId,
        articleId: id,
        userId: by.id,
        action: "status",
        detail: { from: article.status, to: move.to, ...(at ? { at: at.toISOString() } : {}), ...(derived.length ? { with: derived.map((a) => a.id) } : {}) },
        at: now.toISOString(),
      });
      return announceWithin(this.events, trx, this.announcementOf([article, ...derived], article.status, move.to, await repo.storyTags(article.storyId)));
    });
    await announce(this.events, announced);
  }

  /** One article's move, if it is still where it was read (else someone moved it first: 409). */
  private async move(repo: EditorialRepository, article: DeskArticle, to: ArticleStatus, now: Date, at: Date | undefined): Promise<void> {
    const set: Parameters<EditorialRepository["updateArticle"]>[1] = { status: to, updated_at: now.toISOString() };
    if (to === "scheduled" && at) {
      set.published_at = at.toISOString();
      await repo.schedulePublishing(article.id, at, now.toISOString());
    }
    // Published now, unless it was on the site before: an article published again keeps its first date.
    if (to === "published" && (article.status === "scheduled" || article.publishedAt === null)) set.published_at = now.toISOString();
    if (to === "draft" && article.status === "scheduled") set.published_at = null;
    if (!(await repo.updateArticle(article.id, set, { status: article.status }))) badTransition(article, to);
  }

  private announcementOf(articles: DeskArticle[], from: ArticleStatus, to: ArticleStatus, tags: string[]): Announcement | undefined {
    if (to === "published") return announcement(articles, "article.published", { tags });
    if (from === "published") return announcement(articles, "article.unpublished", { tags });
    return undefined;
  }

  /**
   * The job handler of scheduled publishing: makes the article (and its derived sibling, scheduled
   * with it) visible if it is still scheduled. Idempotent: running it twice, or after an editor
   * published by hand, changes nothing more.
   */
  async publishScheduled(payload: unknown): Promise<boolean> {
    const { articleId } = publishPayload.parse(payload);
    const now = this.now().toISOString();
    const announced = await this.db.transaction().execute(async (trx) => {
      const repo = new EditorialRepository(trx);
      const article = await repo.article(articleId);
      if (!article || article.status !== "scheduled") return undefined;
      // Still scheduled, and due: a reschedule to later that committed after this job was claimed wins.
      if (!(await repo.updateArticle(article.id, { status: "published", updated_at: now }, { status: "scheduled", dueBy: now }))) return undefined;
      await repo.addActivity({
        storyId: article.storyId,
        articleId,
        userId: null,
        action: "status",
        detail: { from: "scheduled", to: "published", scheduled: true },
        at: now,
      });
      return announceWithin(this.events, trx, announcement([article], "article.published", { tags: await repo.storyTags(article.storyId) }));
    });
    await announce(this.events, announced);
    return announced !== undefined;
  }

  /**
   * A dated correction note at the end of a published article (its dateModified moves, and its
   * version: `version` is the article's after the note, so an editor holding the one before can
   * keep saving with If-Match).
   */
  async correct(id: number, text: string, by: Editor): Promise<{ correction: { id: number; text: string; createdAt: string }; version: number }> {
    const now = this.now().toISOString();
    const { correction, version, announced } = await this.db.transaction().execute(async (trx) => {
      const repo = new EditorialRepository(trx);
      const article = (await repo.article(id)) ?? notFound();
      by.may("article.correct", resourceOf(article));
      if (article.status !== "published")
        throw new AppError("XABAR_BAD_TRANSITION", "Only a published article takes corrections", { data: { status: article.status } });
      const correctionId = await repo.addCorrection(id, by.id, text, now);
      await repo.updateArticle(id, { updated_at: now });
      // The derived uz-Cyrl rendition follows its uz-Latn one, corrections too.
      const derived = (await repo.storyArticles(article.storyId)).filter((a) => a.derivedFrom === id && a.status === "published");
      for (const sibling of derived) {
        await repo.addCorrection(sibling.id, by.id, toCyrillic(text), now);
        await repo.updateArticle(sibling.id, { updated_at: now });
      }
      await repo.addActivity({ storyId: article.storyId, articleId: id, userId: by.id, action: "corrected", detail: { text }, at: now });
      return {
        correction: { id: correctionId, text, createdAt: now },
        version: ((await repo.article(id)) ?? notFound()).version,
        announced: await announceWithin(
          this.events,
          trx,
          announcement([article, ...derived], "article.updated", { tags: await repo.storyTags(article.storyId) }),
        ),
      };
    });
    await announce(this.events, announced);
    return { correction, version };
  }
}
