/**
 * Who may do what in the newsroom, in one place: `can(user, action, resource)`. Routes ask it
 * (through `authorize`, which throws XABAR_FORBIDDEN) instead of spelling role checks out.
 *
 * - admin: everything, users included.
 * - editor: all content in all locales; publish, unpublish, schedule, correct; delete media.
 * - author: creates stories, edits their own drafts (and their story's category, tags, cover …),
 *   submits them for review; never publishes,
 *   never touches others' work or anything already in review or published.
 * - translator: adds and edits renditions in the locales assigned to them (before they are
 *   published) and submits them for review; the story's own fields are not theirs.
 * - every role uploads media and edits its alt text and captions; only editors and admins delete it.
 * - editors and admins see what went to Telegram and webhooks, and what failed (distribution.read).
 */
import type { ArticleStatus, UserRole } from "../db/schema.js";
import { AppError } from "../errors.js";
import type { Locale } from "../lang/locales.js";

export type Role = UserRole;

/** The part of a user the policy looks at. */
export interface Actor {
  id: number;
  role: Role;
  /** The locales a translator works in. */
  locales: readonly Locale[];
}

/** A rendition to add to a story: its locale, and who wrote the story. */
export interface RenditionResource {
  /** The story's author, if anyone. */
  authorId: number | null;
  locale: Locale;
}

/** An article (one rendition of a story) as the policy sees it. */
export interface ArticleResource extends RenditionResource {
  status: ArticleStatus;
}

export type Action =
  | "users.manage"
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
  | "media.upload"
  | "media.delete"
  | "taxonomy.edit"
  | "distribution.read";

/** What an action is about: nothing, an article, or a rendition to add. */
export type Resource = ArticleResource | RenditionResource | undefined;

/** The actions only editors and admins take. */
const EDITORIAL: ReadonlySet<Action> = new Set([
  "article.publish",
  "article.schedule",
  "article.unpublish",
  "article.correct",
  "media.delete",
  "taxonomy.edit",
  "distribution.read",
]);

/** Not yet in anybody's hands for review or on the site. */
const isDraft = (article: ArticleResource): boolean => article.status === "draft";
const isUnpublished = (article: ArticleResource): boolean => article.status === "draft" || article.status === "review";

function isArticle(resource: Resource): resource is ArticleResource {
  return resource !== undefined && "status" in resource;
}

function authorMay(actor: Actor, action: Action, resource: Resource): boolean {
  switch (action) {
    case "story.create":
    case "article.read":
    case "media.upload":
      return true;
    case "article.edit":
    case "article.submit":
    case "story.edit":
      return isArticle(resource) && resource.authorId === actor.id && isDraft(resource);
    case "rendition.add":
      // Their own story in another language.
      return resource !== undefined && resource.authorId === actor.id;
    default:
      return false;
  }
}

function translatorMay(actor: Actor, action: Action, resource: Resource): boolean {
  const inTheirLocale = resource !== undefined && actor.locales.includes(resource.locale);
  switch (action) {
    case "article.read":
    case "media.upload":
      return true;
    case "rendition.add":
      return inTheirLocale;
    case "article.edit":
    case "article.submit":
      return inTheirLocale && isArticle(resource) && isUnpublished(resource);
    default:
      return false;
  }
}

export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  switch (actor.role) {
    case "admin":
      return true;
    case "editor":
      return action !== "users.manage";
    case "author":
      return !EDITORIAL.has(action) && authorMay(actor, action, resource);
    case "translator":
      return !EDITORIAL.has(action) && translatorMay(actor, action, resource);
  }
}

/** Throws XABAR_FORBIDDEN unless `can(...)`. */
export function authorize(actor: Actor, action: Action, resource?: Resource): void {
  if (!can(actor, action, resource)) throw new AppError("XABAR_FORBIDDEN");
}
