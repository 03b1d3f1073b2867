/**
 * What the newsroom's services share: who is acting (and the permission check the policy gives
 * them), the change an event announces, and the small rules every write follows.
 */
import type { Db } from "../db/database.js";
import type { ArticleStatus } from "../db/schema.js";
import { AppError, type FieldProblem, type FieldProblemCode, invalidField, problem } from "../errors.js";
import type { ArticleEvent, ArticlesChanged, Events, XabarEvents } from "../events.js";
import type { Locale } from "../lang/locales.js";
import type { DeskArticle } from "./editorial.repository.js";

/** The permissions the content services ask about (the role policy's names). */
export type EditorialAction =
  | "story.create"
  | "story.edit"
  | "article.read"
  | "article.edit"
  | "article.submit"
  | "article.publish"
  | "article.schedule"
  | "article.unpublish"
  | "article.correct"
  | "rendition.add"
  | "taxonomy.edit";

/** What a permission is about: an article (with its state) or a rendition to add to a story. */
export interface EditorialResource {
  /** The user who created the story. */
  authorId: number | null;
  locale: Locale;
  status?: ArticleStatus;
}

/** Throws XABAR_FORBIDDEN when the user may not: the route binds the role policy to the signed-in user. */
export type Permit = (action: EditorialAction, resource?: EditorialResource) => void;

/** The newsroom user a call acts for. */
export interface Editor {
  id: number;
  name: string;
  /** Throws XABAR_FORBIDDEN unless the policy allows it. */
  may: Permit;
  /** The same question, answered yes or no (for what a call does along the way, such as following a derived rendition). */
  can: (action: EditorialAction, resource?: EditorialResource) => boolean;
}

export const resourceOf = (article: DeskArticle): EditorialResource => ({ authorId: article.createdBy, locale: article.locale, status: article.status });

export function notFound(): never {
  throw new AppError("XABAR_ARTICLE_NOT_FOUND");
}

/** XABAR_INVALID naming `field`: what is wrong (a code the newsroom app words) and the English. */
export function invalid(field: string, code: FieldProblemCode, message: string, extra?: Pick<FieldProblem, "limit" | "value">): never {
  throw invalidField(field, problem(code, message, extra));
}

/** The pages a change to these articles touches (their categories and tags before and after). */
export function changeOf(articles: readonly DeskArticle[], categorySlugs: readonly string[], tagSlugs: readonly string[]): ArticlesChanged {
  return {
    articleIds: [...new Set(articles.map((a) => a.id))],
    storyIds: [...new Set(articles.map((a) => a.storyId))],
    locales: [...new Set(articles.map((a) => a.locale))],
    categorySlugs: [...new Set([...articles.map((a) => a.categorySlug), ...categorySlugs])],
    tagSlugs: [...new Set(tagSlugs)],
  };
}

/** The soft lock lapses after this long without a save or a renewal. */
export const LOCK_MS = 2 * 60_000;
/** Autosaves by one person within this long fold into one revision. */
export const AUTOSAVE_FOLD_MS = 5 * 60_000;

type ArticleEventName = { [K in keyof XabarEvents]: XabarEvents[K] extends ArticleEvent ? K : never }[keyof XabarEvents];

/** What a committed write tells the rest of the product: the pages it touched, and per article what happened to it. */
export interface Announcement {
  change: ArticlesChanged;
  articles: Array<{ name: ArticleEventName; event: ArticleEvent }>;
}

/**
 * The announcement of a write to `articles` with the story's category and tags (before and after
 * a change: both lists' pages are stale). `name` is said of those of them that are on the site
 * (all of them for "published" and "unpublished"). Nothing is announced when none of the articles
 * is, or was, on the site: a draft's save drops no public page.
 */
export function announcement(
  articles: readonly DeskArticle[],
  name: ArticleEventName,
  story: { categories?: string[]; tags: readonly string[] },
): Announcement | undefined {
  const onSite = name === "article.updated" ? articles.filter((a) => a.status === "published") : articles;
  if (onSite.length === 0) return undefined;
  return {
    change: changeOf(onSite, story.categories ?? [], story.tags),
    articles: onSite.map((a) => ({ name, event: { articleId: a.id, storyId: a.storyId, locale: a.locale } })),
  };
}

/**
 * Tells the in-transaction listeners (distribution's outbox jobs) of the articles' events, with
 * the writer's transaction, before it commits; returns the announcement for `announce` after it.
 */
export async function announceWithin(events: Events, trx: Db, announced: Announcement | undefined): Promise<Announcement | undefined> {
  for (const { name, event } of announced?.articles ?? []) await events.emitWithin(trx, name, event);
  return announced;
}

export async function announce(events: Events, announced: Announcement | undefined): Promise<void> {
  if (!announced) return;
  await events.emit("articles.changed", announced.change);
  for (const { name, event } of announced.articles) await events.emit(name, event);
}
