/**
 * Reading in the newsroom: an article as its editor sees it (any state, with its story's fields,
 * who is editing it, whether its source moved on since the translation was last saved, and a
 * word diff of what moved), the article list, revisions and their diffs, a story's activity.
 */
import type { Db } from "../db/database.js";
import { type DetectedScript, detectScript } from "../lang/detect-script.js";
import type { Locale } from "../lang/locales.js";
import { type Editor, notFound, resourceOf } from "./editorial.js";
import { type ActivityRow, type DeskArticle, type Editing, EditorialRepository, type RevisionRow } from "./editorial.repository.js";
import type { ArticleListQuery } from "./editorial.schema.js";
import { type DeskListItem, bylines, categoriesOf, listDesk, tagsMatching } from "./desk.repository.js";
import { type TextDiff, textDiff } from "./renditions.js";
import { nextStates, transitionAction } from "./workflow.js";

export interface DeskView extends Omit<DeskArticle, "bodyHtml" | "derivedFrom" | "sourceRevision" | "coverMediaId" | "authorId" | "categorySlug"> {
  body: string;
  category: string;
  /** The story's tags: slugs, and their names in the article's language (what the editor shows and may send back). */
  tags: string[];
  tagNames: string[];
  cover: number | null;
  /** The byline (authors.id). */
  author: number | null;
  /** uz-Cyrl transliterated from uz-Latn and following it, until someone edits it. */
  derived: boolean;
  /** A translation whose source rendition changed since the translation was last saved. */
  sourceChanged: boolean;
  /** What changed in the source since then, word by word (when sourceChanged). */
  sourceDiff?: TextDiff;
  /** When a scheduled article goes on the site. */
  scheduledAt: string | null;
  /** The language the text reads as when it is not the rendition's (pasted from another one): worth a warning. */
  scriptMismatch: DetectedScript | null;
  /** The sites whose images the body shows (hotlinked, not from the media library): worth a warning. */
  externalImages: string[];
  editing: Editing | null;
  corrections: Array<{ id: number; text: string; createdAt: string }>;
  /** The moves the reading editor may make from here (the role's, of the state's). */
  allowedTransitions: string[];
  /** What the reading editor may change: this rendition's text, and the story's fields (every rendition's). */
  may: { edit: boolean; editStory: boolean };
  renditions: Array<{ id: number; locale: Locale; status: DeskArticle["status"]; derived: boolean }>;
}

export interface RevisionSummary extends Omit<RevisionRow, "title" | "slug" | "lead" | "bodyHtml"> {
  title: string;
}

const SCRIPT_OF: Record<Locale, DetectedScript> = { uz: "uz-Latn", oz: "uz-Cyrl", ru: "ru", en: "en" };

/** What the text reads as, when that is clearly another of our languages than the rendition's. */
function scriptMismatch(article: DeskArticle): DetectedScript | null {
  // An embed's link and provider name are not the rendition's language: left out.
  const text = article.bodyHtml.replace(/<figure data-embed="[a-z]+">[\s\S]*?<\/figure>/g, " ").replace(/<[^>]*>/g, " ");
  const detected = detectScript(`${article.title} ${article.lead} ${text}`);
  return detected !== "unknown" && detected !== SCRIPT_OF[article.locale] ? detected : null;
}

/** The hosts of the images a sanitized body shows from other sites (hotlinked, not in the media library), each once. */
export function externalImageHosts(html: string): string[] {
  const hosts = new Set<string>();
  for (const match of html.matchAll(/<img\b[^>]*?\ssrc="(https?:\/\/[^"]+)"/gi)) {
    try {
      hosts.add(new URL((match[1] ?? "").replace(/&amp;/g, "&")).host);
    } catch {
      // not a URL: nothing to name
    }
  }
  return [...hosts];
}

/** `ms-id` of the last row: where the next page starts. */
const cursorOf = (item: DeskListItem): string => `${Date.parse(item.updatedAt)}-${item.id}`;

export class DeskService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async article(id: number, by: Editor): Promise<DeskView> {
    const repo = new EditorialRepository(this.db);
    const article = (await repo.article(id)) ?? notFound();
    by.may("article.read", { authorId: article.createdBy, locale: article.locale, status: article.status });
    const now = this.now().toISOString();
    const [siblings, tags, tagNames, editing, corrections] = await Promise.all([
      repo.storyArticles(article.storyId),
      repo.storyTags(article.storyId),
      repo.taxonomy.tagNames(article.storyId, article.locale),
      repo.editing(id, now),
      repo.corrections(id),
    ]);
    const source = await this.sourceChange(repo, article, siblings);
    const { bodyHtml, derivedFrom, sourceRevision: _revision, coverMediaId, authorId, categorySlug, ...rest } = article;
    return {
      ...rest,
      body: bodyHtml,
      category: categorySlug,
      tags,
      tagNames,
      cover: coverMediaId,
      author: authorId,
      derived: derivedFrom !== null,
      ...source,
      scheduledAt: article.status === "scheduled" ? article.publishedAt : null,
      scriptMismatch: scriptMismatch(article),
      externalImages: externalImageHosts(article.bodyHtml),
      editing: editing ?? null,
      corrections,
      allowedTransitions: nextStates(article.status).filter((to) => {
        const action = transitionAction(article.status, to);
        return action !== undefined && by.can(action, resourceOf(article));
      }),
      may: {
        edit: by.can("article.edit", resourceOf(article)),
        editStory: siblings.every((sibling) => by.can("story.edit", resourceOf(sibling))),
      },
      renditions: siblings.map((a) => ({ id: a.id, locale: a.locale, status: a.status, derived: a.derivedFrom !== null })),
    };
  }

  /** Has the source rendition moved on since this translation was brought up to it, and how. */
  private async sourceChange(
    repo: EditorialRepository,
    article: DeskArticle,
    siblings: DeskArticle[],
  ): Promise<{ sourceChanged: boolean; sourceDiff?: TextDiff }> {
    const source = siblings.find((a) => a.locale === article.sourceLocale);
    if (article.sourceRevision === null || !source || source.id === article.id) return { sourceChanged: false };
    const latest = await repo.latestRevision(source.id);
    if (!latest || latest.id <= article.sourceRevision) return { sourceChanged: false };
    const base = await repo.revision(source.id, article.sourceRevision);
    return { sourceChanged: true, ...(base ? { sourceDiff: await textDiff(base, latest) } : {}) };
  }

  async list(query: ArticleListQuery): Promise<{ articles: DeskListItem[]; nextCursor: string | null }> {
    const [ms, id] = query.cursor ? query.cursor.split("-").map(Number) : [];
    const after = ms !== undefined && id !== undefined && Number.isSafeInteger(ms) ? { updatedAt: new Date(ms).toISOString(), id } : undefined;
    const { cursor: _cursor, limit, ...filters } = query;
    const rows = await listDesk(this.db, { ...filters, ...(after ? { after } : {}), limit: limit + 1 }, this.now().toISOString());
    const articles = rows.slice(0, limit);
    const last = articles[articles.length - 1];
    return { articles, nextCursor: rows.length > limit && last ? cursorOf(last) : null };
  }

  async revisions(articleId: number): Promise<RevisionSummary[]> {
    const repo = new EditorialRepository(this.db);
    if (!(await repo.article(articleId))) notFound();
    return (await repo.revisions(articleId)).map(({ slug: _slug, lead: _lead, bodyHtml: _body, ...summary }) => summary);
  }

  /** The word diff from revision `from` to revision `to` (either may be the older). */
  async revisionDiff(articleId: number, from: number, to: number): Promise<{ from: RevisionRow; to: RevisionRow; diff: TextDiff } | undefined> {
    const repo = new EditorialRepository(this.db);
    const [a, b] = await Promise.all([repo.revision(articleId, from), repo.revision(articleId, to)]);
    if (!a || !b) return undefined;
    return { from: a, to: b, diff: await textDiff(a, b) };
  }

  /** The story's log, newest first; undefined when there is no such story. */
  async activity(storyId: number): Promise<ActivityRow[] | undefined> {
    const repo = new EditorialRepository(this.db);
    if ((await repo.storyArticles(storyId)).length === 0) return undefined;
    return repo.activity(storyId);
  }

  /** Categories, tags (`q` matches a slug or a name) and bylines, with their names per locale. */
  async taxonomy(q?: string) {
    const [categories, tags, authors] = await Promise.all([categoriesOf(this.db), tagsMatching(this.db, q, 100), bylines(this.db)]);
    return { categories, tags, authors };
  }
}
